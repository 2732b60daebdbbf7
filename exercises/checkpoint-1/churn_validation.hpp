// Checkpoint exam 1, part 1 — Validating the churn extract.
//
// Every night a telecom's billing system exports one row per customer; a churn model is trained
// on it. Before training, a validation step checks each extract against the schema agreed with
// the billing team (below) and reports every problem as a typed issue, so that a bad export is
// stopped and traced instead of silently skewing the model. You implement that step in
// churn_validation.cpp. This header is the contract the grader tests against: do not edit it.
//
// The table comes from mlcore::parse_csv with default options. Remember how the reader types a
// column: numeric only when EVERY present cell is a number, so one "ninety" makes the whole
// column text (ColumnType::kCategorical). Rows are 0-based data rows.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/table.hpp"

namespace ex {

enum class ChurnIssueKind {
  kMissing,         // a missing cell (Column::is_missing) in any schema column: all are required
  kWrongType,       // a present cell of a kNumericSchema column that is not a number
  kOutOfRange,      // a number outside its kNumericSchema [min, max] (bounds inclusive)
  kNotAllowed,      // a present cell of a kCategorySchema column not spelled as one allowed value
  kChargeMismatch,  // a charge that disagrees with its minutes (kChargeSchema)
  kInconsistent,    // voice_mail_plan "no" but number_vmail_messages > 0
  kDuplicateRow,    // a row equal, cell for cell, to an earlier row
};

// One problem: the data row, the column (for kDuplicateRow the text "*": the whole row), the kind.
struct ChurnIssue {
  std::size_t row;
  std::string column;
  ChurnIssueKind kind;
};

struct NumericSpec {
  const char* column;
  double min;
  double max;
};

struct CategorySpec {
  const char* column;
  std::vector<std::string> allowed;  // compared exactly: case, spaces and all
};

// Each minute of a call is billed at a fixed rate: charge == minutes * rate, rounded to cents.
struct ChargeSpec {
  const char* minutes;
  const char* charge;
  double rate;
};

// The schema. Bounds are generous on purpose (the real extract peaks far below them): a value
// outside them is a unit mix-up, a sentinel or a corrupted cell, never a heavy user.
inline const std::vector<NumericSpec> kNumericSchema = {
    {"account_length", 1, 600},
    {"number_vmail_messages", 0, 100},
    {"total_day_minutes", 0, 1000},
    {"total_day_calls", 0, 500},
    {"total_day_charge", 0, 300},
    {"total_eve_minutes", 0, 1000},
    {"total_eve_calls", 0, 500},
    {"total_eve_charge", 0, 300},
    {"total_night_minutes", 0, 1000},
    {"total_night_calls", 0, 500},
    {"total_night_charge", 0, 300},
    {"total_intl_minutes", 0, 1000},
    {"total_intl_calls", 0, 500},
    {"total_intl_charge", 0, 300},
    {"number_customer_service_calls", 0, 20},
};

inline const std::vector<CategorySpec> kCategorySchema = {
    {"state", {"AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA",
               "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS",
               "MT", "NC", "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA",
               "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY"}},
    {"area_code", {"area_code_408", "area_code_415", "area_code_510"}},
    {"international_plan", {"no", "yes"}},
    {"voice_mail_plan", {"no", "yes"}},
    {"churn", {"no", "yes"}},
};

inline const std::vector<ChargeSpec> kChargeSchema = {
    {"total_day_minutes", "total_day_charge", 0.17},
    {"total_eve_minutes", "total_eve_charge", 0.085},
    {"total_night_minutes", "total_night_charge", 0.045},
    {"total_intl_minutes", "total_intl_charge", 0.27},
};

// A charge may differ from minutes * rate by rounding to cents (at most 0.005): more than this is
// a mismatch.
inline constexpr double kChargeTolerance = 0.01;

// Checks `table` (the 20 columns of data/churn.csv, in any order) and returns every issue, in any
// order, each (row, column, kind) at most once. A clean extract gives no issue: no false alarms.
//
// * kMissing: every missing cell of every schema column (all 20 are required). A missing cell
//   raises no other issue.
// * kWrongType / kOutOfRange: for each kNumericSchema column, a present cell that is not a number
//   (in a text-typed column: mlcore::parse_number(Column::to_string(row)) is std::nullopt) is
//   kWrongType; a number (Column::numeric, or the parsed text) < min or > max is kOutOfRange.
// * kNotAllowed: for each kCategorySchema column, a present cell whose text is not one of
//   `allowed`.
// * kChargeMismatch: for each kChargeSchema entry, a row where both cells are present numbers
//   (whatever their range) and |charge - minutes * rate| > kChargeTolerance. The issue's column is
//   the charge column.
// * kInconsistent: a row with voice_mail_plan exactly "no" and number_vmail_messages a present
//   number > 0. The issue's column is number_vmail_messages.
// * kDuplicateRow: a row whose cells (Column::to_string of every column, in table order) all equal
//   those of an earlier row. The first occurrence is not flagged. The column is "*".
//
// Throws mlcore::Error (from Table::column) when a schema column is absent.
std::vector<ChurnIssue> validate_churn(const mlcore::Table& table);

}  // namespace ex

#include "course/journal.hpp"

#include <algorithm>
#include <cctype>

#include "course/error.hpp"

namespace course {

void validate_journal_text(const std::string& text) {
  const bool blank =
      std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
  if (blank)
    throw InputError("journal", 0, 0, "TEXT",
                     "is empty; write what you learned, e.g. course journal add \"…\"");
  if (text.size() > kMaxJournalEntryBytes)
    throw InputError("journal", 0, 0, "TEXT",
                     "is " + std::to_string(text.size()) + " bytes; an entry holds at most " +
                         std::to_string(kMaxJournalEntryBytes) +
                         " bytes (4 KiB): split it into several entries");
}

JournalEntry add_journal_entry(ProgressStore& store, const std::string& text,
                               const std::string& now) {
  validate_journal_text(text);  // Before taking the lock: a refused entry writes nothing.
  JournalEntry entry{now, text};
  store.update([&](Progress& p) { p.journal.push_back(entry); });
  return entry;
}

}  // namespace course

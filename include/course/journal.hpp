// The learner's journal: timestamped free-text entries (reflections, "aha" moments) kept in
// progress.json next to the scores, so a learner's notes travel with their progress.
#pragma once

#include <cstddef>
#include <string>

#include "course/progress.hpp"
#include "course/progress_store.hpp"

namespace course {

// Longest entry accepted, in bytes: a journal is notes, not documents, and progress.json is read
// whole on every command.
constexpr std::size_t kMaxJournalEntryBytes = 4096;

// Throws InputError (exit 2) naming the TEXT argument when `text` is empty, only whitespace, or
// longer than kMaxJournalEntryBytes.
void validate_journal_text(const std::string& text);

// Validates `text`, then appends {now, text} to the journal through the store (lock, atomic save).
// Nothing is written when the text is refused. Returns the entry recorded.
JournalEntry add_journal_entry(ProgressStore& store, const std::string& text,
                               const std::string& now);

}  // namespace course

// Levels (Beginner → Expert) from the criteria in course.yaml; nothing about levels is in code.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "course/content.hpp"
#include "course/progress.hpp"

namespace course {

// A module is complete when it is written (not planned) and every exercise in it is done.
bool module_complete(const Module& module, const Progress& progress);

// The highest level whose criteria, and those of every level below it, are met. Levels awarded
// by an instructor are never reached here; a progress file already above that keeps its level.
int reached_level(const Course& course, const Progress& progress);

// Raises progress.level to reached_level() when that is higher, recording the event in
// level_history at `now`; returns the event, or nullopt when the level did not change. Call it
// inside ProgressStore::update after recording an attempt.
std::optional<LevelEvent> raise_level(const Course& course, Progress& progress,
                                      const std::string& now);

// What is still missing for `level`, one line per item ("module 2 (EDA …): 1 of 3 exercises done").
std::vector<std::string> missing_for_level(const Course& course, const Progress& progress,
                                           int level);

}  // namespace course

// Internal to the engine: the quiz part of load_course() (content_loader.cpp). Kept apart so the
// content loader stays one concept; it includes yaml_node.hpp, so only engine loaders include it.
#pragma once

#include "course/content.hpp"
#include "yaml_node.hpp"

namespace course {

// Loads every assessments/quizzes/module-N.yaml under course.root into course.quiz_bank (none when
// the folder does not exist). `course.modules` must be loaded: N must be one of them. Throws
// InputError naming file:line:column and the field.
void load_quiz_bank(Course& course);

// Parses the manifest's optional `quizzes:` list into course.quizzes, checked against the
// modules and the loaded bank (enough questions for each quiz).
void load_quizzes(const yaml::Node& manifest, Course& course);

}  // namespace course

# course_warnings(target): the project's warning set. -Werror only when COURSE_WERROR is on (CI),
# so a newer compiler's new warning never blocks a learner's build.
function(course_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion -Wnon-virtual-dtor)
  if(COURSE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# SPDX-License-Identifier: GPL-3.0-or-later
# Prequential accuracy of VADER, the sales layer and the rating learner (included from tests/bench).
add_executable(bench_prequential ${CMAKE_CURRENT_LIST_DIR}/bench_prequential.cpp)
target_link_libraries(bench_prequential PRIVATE dealpulse_sentiment Qt6::Core)

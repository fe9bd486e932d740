# SPDX-License-Identifier: GPL-3.0-or-later
# Sentiment scoring throughput over the four VADER ground-truth sets (included from tests/bench).
add_executable(bench_sentiment ${CMAKE_CURRENT_LIST_DIR}/bench_sentiment.cpp)
target_link_libraries(bench_sentiment PRIVATE dealpulse_sentiment Qt6::Core)
# Accuracy on the labelled sales sentences before and after the intent layer (tests/data/intent).
add_executable(intent_accuracy ${CMAKE_CURRENT_LIST_DIR}/intent_accuracy.cpp)
target_link_libraries(intent_accuracy PRIVATE dealpulse_sentiment Qt6::Core)

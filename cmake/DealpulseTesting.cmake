# SPDX-License-Identifier: GPL-3.0-or-later
# CTest starts the costliest tests first, so the cores finish together instead of one running the longest
# test alone at the end. A fresh clone has no timings of its own yet: these are seconds under ASan, roughly.
set(dealpulse_test_costs sync_faults=300 salesforce_cli=170 deal_view=130 sync_cli=100 demo=60
    salesforce_sync=60 hubspot_details=40 hubspot_sync=40)

# dealpulse_add_test(<unit> [LIBS lib...] [LABELS label...] [TIMEOUT s])
# Builds tests/<dir>/test_<unit>.cpp into an executable and registers it with CTest, with an offscreen
# platform, a fixed locale and a throwaway home so no test touches the user's settings.
function(dealpulse_add_test unit)
  # KEYCHAIN: the test (and the app it spawns) gets a real keychain of its own (tests/support/with-keyring.sh).
  cmake_parse_arguments(arg "KEYCHAIN" "TIMEOUT" "LIBS;LABELS" ${ARGN})
  set(target test_${unit})
  set(cost 1)
  foreach(entry IN LISTS dealpulse_test_costs)
    if(entry MATCHES "^${unit}=([0-9]+)$")
      set(cost ${CMAKE_MATCH_1})
    endif()
  endforeach()
  add_executable(${target} test_${unit}.cpp)
  target_link_libraries(${target} PRIVATE dealpulse_testsupport Qt6::Test ${arg_LIBS})
  if(arg_KEYCHAIN)
    add_test(NAME ${unit} COMMAND ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh $<TARGET_FILE:${target}>)
  else()
    add_test(NAME ${unit} COMMAND ${target})
  endif()
  if(NOT arg_TIMEOUT)
    set(arg_TIMEOUT 300)
  endif()
  set(home ${CMAKE_BINARY_DIR}/test-home/${unit})
  # Under ASan and UBSan the fault-injection loops run several times slower than Qt Test's five minutes
  # per test function allow.
  set(sanitized_env "")
  if(DEALPULSE_SANITIZE)
    set(sanitized_env ";QTEST_FUNCTION_TIMEOUT=1500000")
    math(EXPR arg_TIMEOUT "${arg_TIMEOUT} * 3")
  endif()
  set_tests_properties(${unit} PROPERTIES
    COST ${cost}
    TIMEOUT ${arg_TIMEOUT}
    LABELS "${arg_LABELS}"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;HOME=${home};XDG_CONFIG_HOME=${home}/config;XDG_DATA_HOME=${home}/data;DEALPULSE_SOURCE_DIR=${CMAKE_SOURCE_DIR};DEALPULSE_APP=$<TARGET_FILE:dealpulse>${sanitized_env}")
endfunction()

# SPDX-License-Identifier: GPL-3.0-or-later
# Every source, build and script file of the project names its licence in an SPDX line near its top, so a
# file copied out of the tree still says under which terms. Run as: cmake -DSOURCE_DIR=... -P spdx_headers.cmake
file(GLOB_RECURSE candidates
  "${SOURCE_DIR}/app/*" "${SOURCE_DIR}/models/*" "${SOURCE_DIR}/views/*" "${SOURCE_DIR}/tests/*"
  "${SOURCE_DIR}/packaging/*" "${SOURCE_DIR}/scripts/*" "${SOURCE_DIR}/cmake/*" "${SOURCE_DIR}/CMakeLists.txt")
set(missing "")
foreach(path IN LISTS candidates)
  if(NOT path MATCHES "\\.(cpp|h|sh|py|cmake)$" AND NOT path MATCHES "CMakeLists\\.txt$")
    continue()
  endif()
  if(path MATCHES "/tests/fuzz/corpus/")
    continue()
  endif()
  file(READ "${path}" head LIMIT 300)
  if(NOT head MATCHES "SPDX-License-Identifier: GPL-3\\.0-or-later")
    list(APPEND missing "${path}")
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " listed)
  message(FATAL_ERROR "No SPDX-License-Identifier line near the top of:\n  ${listed}")
endif()

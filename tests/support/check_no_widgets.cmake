# The command-line program is core plus plug-ins; if it needs libQt6Widgets, core links Widgets.
execute_process(COMMAND ldd "${TARGET_FILE}" OUTPUT_VARIABLE deps RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ldd failed on ${TARGET_FILE}")
endif()
if(deps MATCHES "libQt6Widgets")
  message(FATAL_ERROR "eo-collector-cli links Qt Widgets: core must not depend on Widgets")
endif()
message(STATUS "core is free of Qt Widgets")

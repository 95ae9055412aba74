# GDAL is loaded on first use (core/gdal): the command-line program must not link it.
execute_process(COMMAND ldd "${TARGET_FILE}" OUTPUT_VARIABLE deps RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ldd failed on ${TARGET_FILE}")
endif()
if(deps MATCHES "libgdal")
  message(FATAL_ERROR "eo-collector-cli links libgdal: GDAL must only be reached through the eoc_gdal module")
endif()
message(STATUS "GDAL is loaded on demand")

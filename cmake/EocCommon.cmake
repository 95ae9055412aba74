# Compiler settings every target of the project shares, carried by one INTERFACE target.

option(EOC_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)
option(EOC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(EOC_BUILD_FUZZERS "Build only core and the libFuzzer targets of the parsers (clang; tests/fuzz)" OFF)

# Compiler cache: rebuilds and the test command on a machine that built before (CI included) only
# compile what changed. Paths are hashed relative to the source folder, so two clones share hits.
option(EOC_USE_CCACHE "Compile through ccache when it is installed" ON)
find_program(EOC_CCACHE_PROGRAM ccache)
if(EOC_USE_CCACHE AND EOC_CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER
    "${CMAKE_COMMAND}" -E env "CCACHE_BASEDIR=${PROJECT_SOURCE_DIR}" CCACHE_NOHASHDIR=1
    "${EOC_CCACHE_PROGRAM}")
endif()

add_library(eoc_common_cfg INTERFACE)
target_compile_features(eoc_common_cfg INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

target_compile_options(eoc_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
# Line tables only (-g1) in RelWithDebInfo: backtraces and sanitizer reports keep file and line, and
# the build takes about a quarter less time than with full debug information (-g). Configure with
# -DEOC_FULL_DEBUG_INFO=ON to step through locals in a debugger.
option(EOC_FULL_DEBUG_INFO "Full debug information (-g) in RelWithDebInfo instead of line tables" OFF)
if(NOT EOC_FULL_DEBUG_INFO)
  target_compile_options(eoc_common_cfg INTERFACE $<$<CONFIG:RelWithDebInfo>:-g1>)
endif()
if(EOC_WERROR)
  target_compile_options(eoc_common_cfg INTERFACE -Werror)
endif()

target_compile_definitions(eoc_common_cfg INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  EOC_VERSION_STRING="${PROJECT_VERSION}"
)

if(EOC_SANITIZE)
  target_compile_options(eoc_common_cfg INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
    # -O1, as the sanitizers' authors advise: reports as exact as at -O2, and a build that takes
    # about 40% less time (these flags come after the build type's -O2, so they win).
    -O1)
  target_link_options(eoc_common_cfg INTERFACE -fsanitize=address,undefined)
endif()

# Fuzzing (tests/fuzz): everything is instrumented for libFuzzer's coverage and checked by ASan and
# UBSan; only the fuzz executables link libFuzzer's main (-fsanitize=fuzzer).
if(EOC_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "EOC_BUILD_FUZZERS needs clang (libFuzzer): configure with "
                        "-DCMAKE_CXX_COMPILER=clang++-14")
  endif()
  if(EOC_SANITIZE)
    message(FATAL_ERROR "EOC_BUILD_FUZZERS already builds with ASan and UBSan: leave EOC_SANITIZE off")
  endif()
  target_compile_options(eoc_common_cfg INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(eoc_common_cfg INTERFACE -fsanitize=address,undefined)
endif()

# Core is a static library; plug-ins (MODULE libraries) do not link it a second time but take its
# symbols from the executable that loads them. One copy of core's code and meta-objects per process
# keeps qobject_cast, signal connections and statics working across the plug-in boundary.
# The GDAL module (core/gdal) is such a library too, so every program that links core needs it.
function(eoc_link_core_for_plugins target)
  target_link_libraries(${target} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,eoc_core>")
  set_target_properties(${target} PROPERTIES ENABLE_EXPORTS ON)
  add_dependencies(${target} eoc_gdal)
endfunction()

# A provider plug-in: providers/<name>/, one MODULE target called eoc_provider_<name>.
function(eoc_add_provider name)
  cmake_parse_arguments(ARG "" "OUTPUT_DIR" "SOURCES" ${ARGN})
  set(target eoc_provider_${name})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE eoc_common_cfg eoc_core_headers
    Qt6::Core Qt6::Network Qt6::Positioning)
  if(NOT ARG_OUTPUT_DIR)
    set(ARG_OUTPUT_DIR "${EOC_PLUGIN_OUTPUT_DIR}")
  endif()
  set_target_properties(${target} PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY "${ARG_OUTPUT_DIR}"
    PREFIX "")
  # Only the product's providers are installed, beside the executables as in the build tree.
  if(NOT ARG_OUTPUT_DIR STREQUAL "${EOC_PLUGIN_OUTPUT_DIR}")
    return()
  endif()
  install(TARGETS ${target} LIBRARY DESTINATION lib/eo-collector/providers)
  # The product's providers are translated: translations/ reads this list.
  set_property(GLOBAL APPEND PROPERTY EOC_PRODUCT_PROVIDERS ${target})
endfunction()

# Installation layout and the Debian packages (cpack -G DEB) for Debian 12.
# Everything installed lives below the prefix and is found relative to the executables, so
# `cmake --install build --prefix DIR` gives a tree that runs from DIR.
include(GNUInstallDirs)
# Debian names the documentation folder after the package, not after the CMake project.
set(EOC_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/eo-collector")

# Where the project is published: the AppStream homepage and its screenshots (packaging/screenshots).
set(EOC_PROJECT_URL "https://github.com/eo-collector/eo-collector" CACHE STRING "The project's home page")
set(EOC_SCREENSHOT_URL "${EOC_PROJECT_URL}/raw/main/packaging/screenshots" CACHE STRING
    "Where the AppStream screenshots are served")
set(EOC_APPSTREAM_ID "io.github.eo_collector.EOCollector")

set(linux_dir "${PROJECT_SOURCE_DIR}/packaging/linux")
configure_file("${linux_dir}/eo-collector.metainfo.xml.in"
               "${CMAKE_BINARY_DIR}/packaging/${EOC_APPSTREAM_ID}.metainfo.xml" @ONLY)

install(FILES "${linux_dir}/eo-collector.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CMAKE_BINARY_DIR}/packaging/${EOC_APPSTREAM_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/eo-collector.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${linux_dir}/copyright" DESTINATION "${EOC_DOC_DIR}")
# Debian wants each package's copyright and changelog in its own documentation folder.
set(EOC_DEV_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/eo-collector-dev")
install(FILES "${linux_dir}/copyright" DESTINATION "${EOC_DEV_DOC_DIR}" COMPONENT dev)

# Man pages and bash completion, written from the programs' own --help once both are linked, so
# they cannot describe options the programs do not have.
if(EOC_BUILD_GUI)
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  set(docs_dir "${CMAKE_BINARY_DIR}/packaging/docs")
  set(docs_outputs "${docs_dir}/eo-collector-cli.1.gz" "${docs_dir}/eo-collector.1.gz"
                   "${docs_dir}/eo-collector-cli.bash")
  add_custom_command(
    OUTPUT ${docs_outputs}
    COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/packaging/tools/make-cli-docs.py"
            $<TARGET_FILE:eo-collector-cli> $<TARGET_FILE:eo-collector> "${PROJECT_VERSION}" "${docs_dir}"
    DEPENDS eo-collector-cli eo-collector "${PROJECT_SOURCE_DIR}/packaging/tools/make-cli-docs.py"
    COMMENT "Writing the man pages and the bash completion from the programs' help"
    VERBATIM)
  add_custom_target(eoc_cli_docs ALL DEPENDS ${docs_outputs})
  install(FILES "${docs_dir}/eo-collector-cli.1.gz" "${docs_dir}/eo-collector.1.gz"
          DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
  install(FILES "${docs_dir}/eo-collector-cli.bash" RENAME eo-collector-cli
          DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")
endif()

# The changelog Debian wants beside the copyright (a native package: changelog.gz), compressed without a time stamp.
set(changelog "${CMAKE_BINARY_DIR}/packaging/changelog.gz")
add_custom_command(
  OUTPUT "${changelog}"
  COMMAND gzip -9n -c "${linux_dir}/changelog" > "${changelog}"
  DEPENDS "${linux_dir}/changelog"
  VERBATIM)
add_custom_target(eoc_changelog ALL DEPENDS "${changelog}")
install(FILES "${changelog}" DESTINATION "${EOC_DOC_DIR}")
install(FILES "${changelog}" DESTINATION "${EOC_DEV_DOC_DIR}" COMPONENT dev)

set(CPACK_PACKAGE_NAME "eo-collector")
set(CPACK_PACKAGE_VENDOR "EO Collector developers")
set(EOC_PACKAGE_CONTACT "EO Collector developers <eo-collector@users.noreply.github.com>" CACHE STRING
    "The Maintainer of the Debian package")
set(CPACK_PACKAGE_CONTACT "${EOC_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "search and download satellite imagery from many providers")
# CPack puts the summary above this as the synopsis line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "EO Collector searches Copernicus, USGS, NASA Earthdata, STAC catalogues and
other providers at once, shows each scene once with every provider that
offers it, and downloads the scenes picked through a queue that resumes
after interruptions, verifies checksums and keeps each provider's limits.
It comes as a desktop program (eo-collector) and a command-line twin
(eo-collector-cli).")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${EOC_PROJECT_URL}")
# Two packages: the programs, their plug-ins and the shared library for programs built on it
# (component runtime), and what building on the library needs (component dev: headers, the unversioned
# library link, the CMake package).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME "eo-collector")
set(CPACK_DEBIAN_DEV_PACKAGE_NAME "eo-collector-dev")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION "libdevel")
# CPack puts the one summary above each package's description.
set(CPACK_COMPONENT_DEV_DESCRIPTION "This package holds the development files of EO Collector's C++ library:
the headers, the library link and the CMake package (find_package(EOCollector),
target EOCollector::core), for programs that search and download imagery with
EO Collector's providers, parse scene ids, place scenes in Brazil Data Cube
trees and read the products already on disk.")
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
# The library's shlibs file, so that packages built on it depend on a version that has its symbols.
# (CPack 3.25 reads these for every package; only the runtime one holds a shared library.)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
# The ldconfig trigger Debian wants for a library in /usr/lib.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_EXTRA "${linux_dir}/triggers")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# What Qt loads as plug-ins, which dpkg-shlibdeps cannot see: the X11/Wayland platform, the SQLite
# driver of the download journal and the SVG icon engine. Appended to what shlibdeps finds.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "eo-collector (= ${PROJECT_VERSION}), qt6-base-dev")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The keychain needs a running Secret Service; GDAL's data and the basemap tiles are optional.
# A download queue shared through PostgreSQL needs Qt's driver for it, loaded as a plug-in.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, libqt6sql6-psql")
set(CPACK_STRIP_FILES ON)
include(CPack)

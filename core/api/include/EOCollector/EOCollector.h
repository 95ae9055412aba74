#pragma once

// Everything of the EO Collector library: search and download satellite imagery from many
// providers (Session), parse scene ids, place scenes in Brazil Data Cube trees and read the
// products already on disk. Link with EOCollector::core (find_package(EOCollector)).
#include <EOCollector/Archive.h>
#include <EOCollector/Download.h>
#include <EOCollector/Layout.h>
#include <EOCollector/Scene.h>
#include <EOCollector/SceneId.h>
#include <EOCollector/Search.h>
#include <EOCollector/Session.h>
#include <EOCollector/Version.h>

#pragma once

#include "core/model/Result.h"
#include "core/model/SceneId.h"

#include <QString>

namespace eoc::layout {

// Collection layouts: where a scene's files and downloaded archive go inside a tree of collection
// folders, compatible with the Brazil Data Cube collectors. Pure functions of the collection, the
// parsed scene id and the options: nothing touches the disk.
//
//   layout      directory                                                         archive
//   default     {prefix}/{name}/{YYYY-MM}/{tile}/{scene_id}                        none
//   sentinel-2  {prefix}/{name}/{vNNN}/{tile[0:2]}/{tile[2]}/{tile[3:5]}/{YYYY}[/{MM}]/{scene_id}
//                                                                                  {dir}/{scene_id}.zip
//   sentinel-1  {prefix}/{name}/{vNNN}/{YYYY}/{MM}/{DD}                            {dir}/{scene_id}.zip
//   sentinel-3  as sentinel-1                                                      {dir}/{scene_id}.zip
//   landsat     {prefix}/{name}/{vNNN}/{path PPP}/{row RRR}/{YYYY}/{scene_id}      {dir}/{scene_id}.tar.gz
//   modis       {prefix}/{name}/{vNNN}/{hHH}/{vVV}/{YYYY}/{scene_id}               {dir}/../{scene_id}.hdf
//   dgi         {prefix}/{name}/{vNNN}/{YYYY-MM}                                   none
//   flat        {prefix}/{scene_id}                       {dir}/{scene_id}.{zip|tar.gz|hdf} by family
//
// Dates are the scene's sensing start in UTC. The layout is chosen by the scene id's family
// (SceneId::family); families without a layout of their own use the default layout, whose tile
// folder is left out when the id carries no tile. The month folder (--month) only exists in the
// Sentinel-2 layout; the other layouts ignore it, as the reference does.
//
// Where the reference implementation is inconsistent, this one is consistent:
//   * Months are always zero-padded ("02"). The reference writes the Sentinel-2 month folder
//     unpadded ("2") but pads the same month in the archive path ("02"), so its archive did not
//     lie in its folder; here folder and archive agree.
//   * Every layout uses the same version folder (see VersionFolder.h): "v001" for integer
//     versions, "v1.0" for decimal ones. The reference used this for Sentinel-2, Landsat and DGI
//     but a raw "v1" for Sentinel-1, Sentinel-3 and MODIS. Trees written by the reference for those
//     three collections have to be renamed v1 -> v001 (one folder per collection version).
// The reference's worked examples come out unchanged:
//   S2_L1C v1 S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255
//     -> {prefix}/S2_L1C/v001/21/L/ZG/2020/S2B_MSIL1C_20200223T135109_N0209_R024_T21LZG_20200223T153255
//   LC8_DN v1 LC08_L1TP_223064_20200831_20200906_01_T1
//     -> {prefix}/LC8_DN/v001/223/064/2020/LC08_L1TP_223064_20200831_20200906_01_T1
//
// The prefix is the folder the collections live in; with an empty prefix the paths are relative.

enum class LayoutKind { Default, Sentinel1, Sentinel2, Sentinel3, Landsat, Modis, Dgi, Flat };

struct Collection {
    QString name;      // e.g. S2_L1C; one folder name (no '/')
    QString version;   // e.g. 1 or 1.0
};

struct LayoutOptions {
    QString prefix;
    bool flat = false;          // {prefix}/{scene_id} whatever the family
    bool monthFolder = false;   // Sentinel-2: a month folder below the year
};

struct SceneLocation {
    LayoutKind layout = LayoutKind::Default;
    QString directory;          // where the scene's files go
    QString archivePath;        // where the downloaded archive goes; empty when the layout has none
};

// A collection name is one folder name: not empty, no '/', '\\', "." or "..".
Status checkCollectionName(const QString &name);

// The layout a scene id family uses without --flat ("sentinel-2" -> Sentinel2, "viirs" -> Default).
LayoutKind layoutForFamily(const QString &family);
// "sentinel-2", "landsat", "flat", ...
QString layoutName(LayoutKind layout);

// Where a parsed scene goes. Errors (BadInput) name what is missing or malformed: the collection
// name or version, the sensing date, or a tile that does not fit the family's layout.
Result<SceneLocation> sceneLocation(const Collection &collection, const SceneId &scene,
                                    const LayoutOptions &options);
// The same for a scene id as text, parsed with parseSceneId (an unknown id is its BadInput error).
Result<SceneLocation> sceneLocation(const Collection &collection, const QString &sceneId,
                                    const LayoutOptions &options);

} // namespace eoc::layout

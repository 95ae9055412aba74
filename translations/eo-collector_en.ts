<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <source>An account check is already running</source>
        <translation>An account check is already running</translation>
    </message>
    <message>
        <source>No credentials for %1</source>
        <translation>No credentials for %1</translation>
    </message>
    <message>
        <source>There is no secret for %1 at %2: enter it again</source>
        <translation>There is no secret for %1 at %2: enter it again</translation>
    </message>
</context>
<context>
    <name>AssetPreferences</name>
    <message>
        <source>An asset choice is remembered per collection: name the provider and the collection</source>
        <translation>An asset choice is remembered per collection: name the provider and the collection</translation>
    </message>
</context>
<context>
    <name>AssetSelection</name>
    <message>
        <source>Asset &apos;%1&apos; of %2 is in the requester-pays S3 bucket &apos;%3&apos; (%4): downloading it bills the downloader&apos;s AWS account, which EO Collector does not use. Choose other assets, or search a catalogue that serves this collection over https (e.g. --set stac.preset=planetary-computer).</source>
        <translation>Asset &apos;%1&apos; of %2 is in the requester-pays S3 bucket &apos;%3&apos; (%4): downloading it bills the downloader&apos;s AWS account, which EO Collector does not use. Choose other assets, or search a catalogue that serves this collection over https (e.g. --set stac.preset=planetary-computer).</translation>
    </message>
    <message>
        <source>%1 has no asset &apos;%2&apos;; it has: %3</source>
        <translation>%1 has no asset &apos;%2&apos;; it has: %3</translation>
    </message>
    <message>
        <source>No assets of %1 were selected</source>
        <translation>No assets of %1 were selected</translation>
    </message>
    <message>
        <source>%1 has no data assets to download; choose assets explicitly</source>
        <translation>%1 has no data assets to download; choose assets explicitly</translation>
    </message>
    <message>
        <source>the results list no assets</source>
        <translation>the results list no assets</translation>
    </message>
    <message>
        <source>valid keys: %1</source>
        <translation>valid keys: %1</translation>
    </message>
    <message>
        <source>No result has the asset(s) %1 (%2)</source>
        <translation>No result has the asset(s) %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has none of the assets %2; it has: %3</source>
        <translation>%1 has none of the assets %2; it has: %3</translation>
    </message>
    <message>
        <source>no assets</source>
        <translation>no assets</translation>
    </message>
    <message>
        <source>%1 of %2 assets per scene: %3</source>
        <translation>%1 of %2 assets per scene: %3</translation>
    </message>
</context>
<context>
    <name>BoundingBox</name>
    <message>
        <source>bounding box: %1</source>
        <translation>bounding box: %1</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 is not a finite number</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3..%4</source>
        <translation>%1 %2 is outside %3..%4</translation>
    </message>
    <message>
        <source>west</source>
        <translation>west</translation>
    </message>
    <message>
        <source>south</source>
        <translation>south</translation>
    </message>
    <message>
        <source>east</source>
        <translation>east</translation>
    </message>
    <message>
        <source>north</source>
        <translation>north</translation>
    </message>
    <message>
        <source>south greater than north (south %1, north %2)</source>
        <translation>south greater than north (south %1, north %2)</translation>
    </message>
    <message>
        <source>expected 4 numbers W,S,E,N separated by commas, got &apos;%1&apos;</source>
        <translation>expected 4 numbers W,S,E,N separated by commas, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number (expected 4 numbers W,S,E,N)</source>
        <translation>%1 &apos;%2&apos; is not a number (expected 4 numbers W,S,E,N)</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No password for %1 at %2 in the keychain: add it with `eo-collector-cli account add %2 --account %1`</source>
        <translation>No password for %1 at %2 in the keychain: add it with `eo-collector-cli account add %2 --account %1`</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1): unlock the keychain and try again</source>
        <translation>Access to the keychain was refused (%1): unlock the keychain and try again</translation>
    </message>
    <message>
        <source>Could not delete %1 at %2 from the keychain: %3</source>
        <translation>Could not delete %1 at %2 from the keychain: %3</translation>
    </message>
    <message>
        <source>The keychain&apos;s prompt was closed without an answer (%1): nothing was saved.</source>
        <translation>The keychain&apos;s prompt was closed without an answer (%1): nothing was saved.</translation>
    </message>
    <message>
        <source>No keychain service is running (%1): start gnome-keyring, KWallet or another Secret Service provider in your session, or pass the account through EOC_%2_USERNAME and EOC_%2_PASSWORD</source>
        <translation>No keychain service is running (%1): start gnome-keyring, KWallet or another Secret Service provider in your session, or pass the account through EOC_%2_USERNAME and EOC_%2_PASSWORD</translation>
    </message>
    <message>
        <source>No account for %1: add one with `eo-collector-cli account add %1 --account NAME`</source>
        <translation>No account for %1: add one with `eo-collector-cli account add %1 --account NAME`</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a provider name</source>
        <translation>&apos;%1&apos; is not a provider name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable account name (empty, or with &apos;,&apos; or &apos;:&apos;)</source>
        <translation>&apos;%1&apos; is not a usable account name (empty, or with &apos;,&apos; or &apos;:&apos;)</translation>
    </message>
    <message>
        <source>The password for %1 at %2 is empty</source>
        <translation>The password for %1 at %2 is empty</translation>
    </message>
    <message>
        <source>There is no account %1 for %2</source>
        <translation>There is no account %1 for %2</translation>
    </message>
</context>
<context>
    <name>DataspaceErrors</name>
    <message>
        <source>The Copernicus Data Space search</source>
        <translation>The Copernicus Data Space search</translation>
    </message>
    <message>
        <source>The Copernicus Data Space STAC search</source>
        <translation>The Copernicus Data Space STAC search</translation>
    </message>
</context>
<context>
    <name>DataspaceProvider</name>
    <message>
        <source>The provider is gone</source>
        <translation>The provider is gone</translation>
    </message>
    <message>
        <source>%1 is not in the Copernicus Data Space catalogue</source>
        <translation>%1 is not in the Copernicus Data Space catalogue</translation>
    </message>
    <message>
        <source>Downloading from the Copernicus Data Space needs an account: add one with `eo-collector-cli account add dataspace --account NAME` (sign up at https://dataspace.copernicus.eu)</source>
        <translation>Downloading from the Copernicus Data Space needs an account: add one with `eo-collector-cli account add dataspace --account NAME` (sign up at https://dataspace.copernicus.eu)</translation>
    </message>
    <message>
        <source>Unknown dataspace search strategy &apos;%1&apos; (odata or stac)</source>
        <translation>Unknown dataspace search strategy &apos;%1&apos; (odata or stac)</translation>
    </message>
    <message>
        <source>No scene id given</source>
        <translation>No scene id given</translation>
    </message>
    <message>
        <source>%1 is in the Copernicus long-term archive (Online: false). The Data Space API cannot order it: order it in the Data Workspace at https://dataspace.copernicus.eu (1 order at a time for general users), then download it again once it is online.</source>
        <translation>%1 is in the Copernicus long-term archive (Online: false). The Data Space API cannot order it: order it in the Data Workspace at https://dataspace.copernicus.eu (1 order at a time for general users), then download it again once it is online.</translation>
    </message>
</context>
<context>
    <name>DownloadSecrets</name>
    <message>
        <source>The credentials for this download are gone (header %1); add the item again with --header</source>
        <translation>The credentials for this download are gone (header %1); add the item again with --header</translation>
    </message>
    <message>
        <source>the keychain has no entry for it</source>
        <translation>the keychain has no entry for it</translation>
    </message>
    <message>
        <source>no keychain service is running: %1</source>
        <translation>no keychain service is running: %1</translation>
    </message>
    <message>
        <source>The keychain refused the credentials for this download (header %1): %2; unlock the keychain and retry</source>
        <translation>The keychain refused the credentials for this download (header %1): %2; unlock the keychain and retry</translation>
    </message>
    <message>
        <source>the keychain entry is incomplete</source>
        <translation>the keychain entry is incomplete</translation>
    </message>
</context>
<context>
    <name>EarthdataProvider</name>
    <message>
        <source>NASA CMR search API base URL</source>
        <translation>NASA CMR search API base URL</translation>
    </message>
    <message>
        <source>Earthdata Login host: the only host that receives the user name and password</source>
        <translation>Earthdata Login host: the only host that receives the user name and password</translation>
    </message>
    <message>
        <source>Granules per CMR request (at most 2000)</source>
        <translation>Granules per CMR request (at most 2000)</translation>
    </message>
    <message>
        <source>CMR provider whose granules are searched: empty chooses per collection (LPCLOUD, LP DAAC&apos;s Earthdata Cloud, for the listed LP DAAC collections), &apos;all&apos; searches every provider, or a provider id such as LPCLOUD or POCLOUD</source>
        <translation>CMR provider whose granules are searched: empty chooses per collection (LPCLOUD, LP DAAC&apos;s Earthdata Cloud, for the listed LP DAAC collections), &apos;all&apos; searches every provider, or a provider id such as LPCLOUD or POCLOUD</translation>
    </message>
    <message>
        <source>Tile h (horizontal)</source>
        <translation>Tile h (horizontal)</translation>
    </message>
    <message>
        <source>Sinusoidal grid column, 0-35</source>
        <translation>Sinusoidal grid column, 0-35</translation>
    </message>
    <message>
        <source>Tile v (vertical)</source>
        <translation>Tile v (vertical)</translation>
    </message>
    <message>
        <source>Sinusoidal grid row, 0-17</source>
        <translation>Sinusoidal grid row, 0-17</translation>
    </message>
    <message>
        <source>Day or night</source>
        <translation>Day or night</translation>
    </message>
    <message>
        <source>Choose a collection, e.g. MOD13Q1.061 or HLSS30 (see `providers`)</source>
        <translation>Choose a collection, e.g. MOD13Q1.061 or HLSS30 (see `providers`)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CMR collection name: write SHORTNAME, SHORTNAME.VERSION or a concept id, e.g. MOD13Q1.061 or C2799438303-POCLOUD</source>
        <translation>&apos;%1&apos; is not a CMR collection name: write SHORTNAME, SHORTNAME.VERSION or a concept id, e.g. MOD13Q1.061 or C2799438303-POCLOUD</translation>
    </message>
    <message>
        <source>day_night &apos;%1&apos; is not one of: day, night, both, unspecified, all</source>
        <translation>day_night &apos;%1&apos; is not one of: day, night, both, unspecified, all</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tile: MODIS/VIIRS tiles are hHHvVV (e.g. h12v10), HLS tiles are MGRS (e.g. 23KPQ)</source>
        <translation>&apos;%1&apos; is not a tile: MODIS/VIIRS tiles are hHHvVV (e.g. h12v10), HLS tiles are MGRS (e.g. 23KPQ)</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Search cancelled</translation>
    </message>
    <message>
        <source>NASA CMR collection search</source>
        <translation>NASA CMR collection search</translation>
    </message>
    <message>
        <source>NASA CMR search</source>
        <translation>NASA CMR search</translation>
    </message>
    <message>
        <source>NASA CMR answered without a granule list (status %1)</source>
        <translation>NASA CMR answered without a granule list (status %1)</translation>
    </message>
    <message>
        <source>NASA CMR collection search has no filter &apos;%1&apos;; use %2</source>
        <translation>NASA CMR collection search has no filter &apos;%1&apos;; use %2</translation>
    </message>
    <message>
        <source>Collection search cancelled</source>
        <translation>Collection search cancelled</translation>
    </message>
    <message>
        <source>NASA CMR answered the collection search without a collection list (status %1)</source>
        <translation>NASA CMR answered the collection search without a collection list (status %1)</translation>
    </message>
    <message>
        <source>NASA Earthdata refused the stored token (tokens last 60 days): create a new one under &quot;Generate Token&quot; at https://urs.earthdata.nasa.gov and store it with `eo-collector-cli account`</source>
        <translation>NASA Earthdata refused the stored token (tokens last 60 days): create a new one under &quot;Generate Token&quot; at https://urs.earthdata.nasa.gov and store it with `eo-collector-cli account`</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 before login</source>
        <translation>%1 answered HTTP %2 before login</translation>
    </message>
    <message>
        <source>Refused to send Earthdata credentials over plain http</source>
        <translation>Refused to send Earthdata credentials over plain http</translation>
    </message>
    <message>
        <source>Earthdata Login (%1) refused the user name or password (HTTP %2)</source>
        <translation>Earthdata Login (%1) refused the user name or password (HTTP %2)</translation>
    </message>
    <message>
        <source>Earthdata Login did not send you back to %1 (HTTP %2): sign in at %3 once and approve the data centre&apos;s application (and any licence it asks for)</source>
        <translation>Earthdata Login did not send you back to %1 (HTTP %2): sign in at %3 once and approve the data centre&apos;s application (and any licence it asks for)</translation>
    </message>
    <message>
        <source>Earthdata Login redirected to %1 instead of the data host %2; not following</source>
        <translation>Earthdata Login redirected to %1 instead of the data host %2; not following</translation>
    </message>
    <message>
        <source>%1 did not accept the Earthdata Login (HTTP %2)</source>
        <translation>%1 did not accept the Earthdata Login (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 has no https download link in CMR</source>
        <translation>%1 has no https download link in CMR</translation>
    </message>
    <message>
        <source>None of the selected files (%1) belongs to %2</source>
        <translation>None of the selected files (%1) belongs to %2</translation>
    </message>
    <message>
        <source>NASA Earthdata downloads need an Earthdata Login: store a token (or user name and password) with `eo-collector-cli account`, or set EOC_EARTHDATA_TOKEN. Register at https://urs.earthdata.nasa.gov/users/new</source>
        <translation>NASA Earthdata downloads need an Earthdata Login: store a token (or user name and password) with `eo-collector-cli account`, or set EOC_EARTHDATA_TOKEN. Register at https://urs.earthdata.nasa.gov/users/new</translation>
    </message>
    <message>
        <source>The Earthdata Login account has no token or password stored</source>
        <translation>The Earthdata Login account has no token or password stored</translation>
    </message>
    <message>
        <source>Earthdata Login needs the user name with the password</source>
        <translation>Earthdata Login needs the user name with the password</translation>
    </message>
</context>
<context>
    <name>FileVerifier</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot start decompression</source>
        <translation>%1: cannot start decompression</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is truncated (the gzip stream does not end)</source>
        <translation>%1 is truncated (the gzip stream does not end)</translation>
    </message>
    <message>
        <source>%1 is not a readable archive: %2</source>
        <translation>%1 is not a readable archive: %2</translation>
    </message>
    <message>
        <source>%1 is damaged after %2 member(s): %3</source>
        <translation>%1 is damaged after %2 member(s): %3</translation>
    </message>
    <message>
        <source>%1: member %2 is damaged: %3</source>
        <translation>%1: member %2 is damaged: %3</translation>
    </message>
    <message>
        <source>%1 is an empty or unreadable archive</source>
        <translation>%1 is an empty or unreadable archive</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, expected %3</source>
        <translation>%1 has %2 bytes, expected %3</translation>
    </message>
    <message>
        <source>%1: %2 checksum mismatch (expected %3, got %4)</source>
        <translation>%1: %2 checksum mismatch (expected %3, got %4)</translation>
    </message>
</context>
<context>
    <name>GeoJson</name>
    <message>
        <source>GeoJSON %1: %2</source>
        <translation>GeoJSON %1: %2</translation>
    </message>
    <message>
        <source>a ring must be an array of positions</source>
        <translation>a ring must be an array of positions</translation>
    </message>
    <message>
        <source>position %1 is not [longitude, latitude]</source>
        <translation>position %1 is not [longitude, latitude]</translation>
    </message>
    <message>
        <source>a Polygon&apos;s coordinates must be a non-empty array of rings</source>
        <translation>a Polygon&apos;s coordinates must be a non-empty array of rings</translation>
    </message>
    <message>
        <source>a MultiPolygon&apos;s coordinates must be an array of polygons</source>
        <translation>a MultiPolygon&apos;s coordinates must be an array of polygons</translation>
    </message>
    <message>
        <source>a region needs polygons, but the geometry is a %1</source>
        <translation>a region needs polygons, but the geometry is a %1</translation>
    </message>
    <message>
        <source>unknown geometry type &apos;%1&apos;</source>
        <translation>unknown geometry type &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the object has no &quot;type&quot;</source>
        <translation>the object has no &quot;type&quot;</translation>
    </message>
    <message>
        <source>the FeatureCollection has no features</source>
        <translation>the FeatureCollection has no features</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>feature %1</translation>
    </message>
    <message>
        <source>no feature of the FeatureCollection has a geometry</source>
        <translation>no feature of the FeatureCollection has a geometry</translation>
    </message>
    <message>
        <source>the Feature has no geometry</source>
        <translation>the Feature has no geometry</translation>
    </message>
    <message>
        <source>GeoJSON could not be read: %1 at character %2</source>
        <translation>GeoJSON could not be read: %1 at character %2</translation>
    </message>
    <message>
        <source>GeoJSON must be an object (a geometry, Feature or FeatureCollection)</source>
        <translation>GeoJSON must be an object (a geometry, Feature or FeatureCollection)</translation>
    </message>
    <message>
        <source>GeoJSON: %1</source>
        <translation>GeoJSON: %1</translation>
    </message>
</context>
<context>
    <name>HttpJob</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unsupported URL scheme: %1</source>
        <translation>Unsupported URL scheme: %1</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 bytes, the limit set by network.max_answer_bytes; the request was stopped</source>
        <translation>The answer of %1 is larger than %2 bytes, the limit set by network.max_answer_bytes; the request was stopped</translation>
    </message>
    <message>
        <source>Not enough memory for the answer of %1 (%2 bytes held); lower network.max_answer_bytes</source>
        <translation>Not enough memory for the answer of %1 (%2 bytes held); lower network.max_answer_bytes</translation>
    </message>
    <message>
        <source>%1 moved fewer than %2 bytes per second for %3 s; the request was cut (settings network.min_speed and network.min_speed_time)</source>
        <translation>%1 moved fewer than %2 bytes per second for %3 s; the request was cut (settings network.min_speed and network.min_speed_time)</translation>
    </message>
    <message>
        <source>%1 gave no complete answer within %2 s (setting network.api_deadline)</source>
        <translation>%1 gave no complete answer within %2 s (setting network.api_deadline)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 from %2</translation>
    </message>
    <message>
        <source>The answer of %1 was cut short: %2 of %3 bytes arrived</source>
        <translation>The answer of %1 was cut short: %2 of %3 bytes arrived</translation>
    </message>
    <message>
        <source>The answer of %1 was cut short after %2 bytes: %3</source>
        <translation>The answer of %1 was cut short after %2 bytes: %3</translation>
    </message>
    <message>
        <source>%1 redirected a request carrying a password or token to another host (%2); not following, so the secret stays with %1</source>
        <translation>%1 redirected a request carrying a password or token to another host (%2); not following, so the secret stays with %1</translation>
    </message>
</context>
<context>
    <name>HttpProvider</name>
    <message>
        <source>Header &apos;%1&apos; is not of the form &apos;Name: value&apos;</source>
        <translation>Header &apos;%1&apos; is not of the form &apos;Name: value&apos;</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos; contains invalid characters</source>
        <translation>Header &apos;%1&apos; contains invalid characters</translation>
    </message>
    <message>
        <source>Header %1 carries a credential; plain links take no credentials</source>
        <translation>Header %1 carries a credential; plain links take no credentials</translation>
    </message>
    <message>
        <source>Plain links: files downloaded at once</source>
        <translation>Plain links: files downloaded at once</translation>
    </message>
    <message>
        <source>Plain links cannot be searched</source>
        <translation>Plain links cannot be searched</translation>
    </message>
    <message>
        <source>Plain links have no scene ids to look up (&apos;%1&apos;); use --url</source>
        <translation>Plain links have no scene ids to look up (&apos;%1&apos;); use --url</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; is not an http or https URL</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no http or https link to download</source>
        <translation>&apos;%1&apos; has no http or https link to download</translation>
    </message>
</context>
<context>
    <name>LastResults</name>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Cannot create the folder of %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The results of the last search in %1 cannot be read: %2</source>
        <translation>The results of the last search in %1 cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>Metalink</name>
    <message>
        <source>Not a Metalink 4 document (root element &apos;%1&apos;)</source>
        <translation>Not a Metalink 4 document (root element &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>Metalink file &apos;%1&apos; has an invalid size</source>
        <translation>Metalink file &apos;%1&apos; has an invalid size</translation>
    </message>
    <message>
        <source>A Metalink &lt;file&gt; has no name</source>
        <translation>A Metalink &lt;file&gt; has no name</translation>
    </message>
    <message>
        <source>Metalink file &apos;%1&apos; has no http(s) URL</source>
        <translation>Metalink file &apos;%1&apos; has no http(s) URL</translation>
    </message>
    <message>
        <source>Metalink is not well-formed XML: %1 (line %2)</source>
        <translation>Metalink is not well-formed XML: %1 (line %2)</translation>
    </message>
    <message>
        <source>The Metalink lists no files</source>
        <translation>The Metalink lists no files</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>%1 must be %2; got &quot;%3&quot;</source>
        <translation>%1 must be %2; got &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Proxy: &quot;system&quot; (the platform&apos;s settings), &quot;none&quot;, &quot;http://host:port&quot; or &quot;socks5://host:port&quot;</source>
        <translation>Proxy: &quot;system&quot; (the platform&apos;s settings), &quot;none&quot;, &quot;http://host:port&quot; or &quot;socks5://host:port&quot;</translation>
    </message>
    <message>
        <source>Connections open at once over all providers (0: no cap)</source>
        <translation>Connections open at once over all providers (0: no cap)</translation>
    </message>
    <message>
        <source>Download rate limit in bytes per second, K and M allowed (0: unlimited)</source>
        <translation>Download rate limit in bytes per second, K and M allowed (0: unlimited)</translation>
    </message>
    <message>
        <source>Seconds without data before a download is reconnected and resumed</source>
        <translation>Seconds without data before a download is reconnected and resumed</translation>
    </message>
    <message>
        <source>Largest answer of a search or API call held in memory, K, M and G allowed</source>
        <translation>Largest answer of a search or API call held in memory, K, M and G allowed</translation>
    </message>
    <message>
        <source>Bytes per second below which a search or API call is cut and retried (0: no minimum)</source>
        <translation>Bytes per second below which a search or API call is cut and retried (0: no minimum)</translation>
    </message>
    <message>
        <source>Seconds a search or API call may stay below network.min_speed</source>
        <translation>Seconds a search or API call may stay below network.min_speed</translation>
    </message>
    <message>
        <source>Seconds a search or API call may take in all, retries included (0: no deadline)</source>
        <translation>Seconds a search or API call may take in all, retries included (0: no deadline)</translation>
    </message>
    <message>
        <source>a whole number, 0 for no cap</source>
        <translation>a whole number, 0 for no cap</translation>
    </message>
    <message>
        <source>bytes per second such as 500000, 512K or 2M (0: unlimited)</source>
        <translation>bytes per second such as 500000, 512K or 2M (0: unlimited)</translation>
    </message>
    <message>
        <source>a number of seconds from 1 to 3600</source>
        <translation>a number of seconds from 1 to 3600</translation>
    </message>
    <message>
        <source>a size in bytes such as 268435456, 256M or 1G</source>
        <translation>a size in bytes such as 268435456, 256M or 1G</translation>
    </message>
    <message>
        <source>bytes per second such as 100 or 1K (0: no minimum)</source>
        <translation>bytes per second such as 100 or 1K (0: no minimum)</translation>
    </message>
    <message>
        <source>a number of seconds above 0, at most 86400</source>
        <translation>a number of seconds above 0, at most 86400</translation>
    </message>
    <message>
        <source>a number of seconds up to 86400 (0: no deadline)</source>
        <translation>a number of seconds up to 86400 (0: no deadline)</translation>
    </message>
</context>
<context>
    <name>OidcSession</name>
    <message>
        <source>No credentials for %1</source>
        <translation>No credentials for %1</translation>
    </message>
    <message>
        <source>The network is shut down</source>
        <translation>The network is shut down</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>The login service of %1 answered without an access token</source>
        <translation>The login service of %1 answered without an access token</translation>
    </message>
    <message>
        <source>Could not reach the login service of %1: %2</source>
        <translation>Could not reach the login service of %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the %2 of %3%4</source>
        <translation>%1 refused the %2 of %3%4</translation>
    </message>
    <message>
        <source>session renewal</source>
        <translation>session renewal</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
</context>
<context>
    <name>OndaProvider</name>
    <message>
        <source>ONDA DIAS closed in February 2025 and no longer answers. The same Sentinel products are served by the &apos;dataspace&apos; provider (Copernicus Data Space Ecosystem) and by CREODIAS (&apos;creodias&apos;).</source>
        <translation>ONDA DIAS closed in February 2025 and no longer answers. The same Sentinel products are served by the &apos;dataspace&apos; provider (Copernicus Data Space Ecosystem) and by CREODIAS (&apos;creodias&apos;).</translation>
    </message>
    <message>
        <source>ONDA DIAS (closed)</source>
        <translation>ONDA DIAS (closed)</translation>
    </message>
</context>
<context>
    <name>PageGuard</name>
    <message>
        <source>The service linked back to a page it had already sent (after %1 pages); paging stopped there with %2 results.</source>
        <translation>The service linked back to a page it had already sent (after %1 pages); paging stopped there with %2 results.</translation>
    </message>
    <message>
        <source>The service sent %1 pages in a row without a new result; paging stopped there with %2 results.</source>
        <translation>The service sent %1 pages in a row without a new result; paging stopped there with %2 results.</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>Cannot open the partial download</source>
        <translation>Cannot open the partial download</translation>
    </message>
    <message>
        <source>Cannot shorten the partial download</source>
        <translation>Cannot shorten the partial download</translation>
    </message>
    <message>
        <source>Cannot seek in the partial download</source>
        <translation>Cannot seek in the partial download</translation>
    </message>
    <message>
        <source>Cannot empty the partial download</source>
        <translation>Cannot empty the partial download</translation>
    </message>
    <message>
        <source>the file size limit of this process was reached (ulimit -f). Raise the limit, then resume; the partial download is kept.</source>
        <translation>the file size limit of this process was reached (ulimit -f). Raise the limit, then resume; the partial download is kept.</translation>
    </message>
    <message>
        <source>the disk (or the quota) is full. Free some space, then resume; the partial download is kept.</source>
        <translation>the disk (or the quota) is full. Free some space, then resume; the partial download is kept.</translation>
    </message>
    <message>
        <source>%1. Free some disk space (or check quotas and file size limits) and resume.</source>
        <translation>%1. Free some disk space (or check quotas and file size limits) and resume.</translation>
    </message>
    <message>
        <source>Cannot write to %1 after %2 bytes: %3</source>
        <translation>Cannot write to %1 after %2 bytes: %3</translation>
    </message>
</context>
<context>
    <name>PointBuffer</name>
    <message>
        <source>The radius must be more than 0 and at most %1 km; %2 km was given.</source>
        <translation>The radius must be more than 0 and at most %1 km; %2 km was given.</translation>
    </message>
    <message>
        <source>The centre %1, %2 is not a longitude, latitude pair.</source>
        <translation>The centre %1, %2 is not a longitude, latitude pair.</translation>
    </message>
    <message>
        <source>A circle of %1 km around %2, %3 reaches over a pole or the antimeridian; draw a box or polygon there instead.</source>
        <translation>A circle of %1 km around %2, %3 reaches over a pole or the antimeridian; draw a box or polygon there instead.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 is offline and %2 cannot order offline products</source>
        <translation>%1 is offline and %2 cannot order offline products</translation>
    </message>
    <message>
        <source>%1 has a fixed list of collections</source>
        <translation>%1 has a fixed list of collections</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>%1: the plug-in has no provider name in its metadata</source>
        <translation>%1: the plug-in has no provider name in its metadata</translation>
    </message>
    <message>
        <source>%1: a provider named &apos;%2&apos; is already loaded from %3; this one is ignored</source>
        <translation>%1: a provider named &apos;%2&apos; is already loaded from %3; this one is ignored</translation>
    </message>
    <message>
        <source>%1: not a provider plug-in (%2)</source>
        <translation>%1: not a provider plug-in (%2)</translation>
    </message>
    <message>
        <source>A provider named &apos;%1&apos; is already registered (from %2)</source>
        <translation>A provider named &apos;%1&apos; is already registered (from %2)</translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos;; known providers: %2</source>
        <translation>Unknown provider &apos;%1&apos;; known providers: %2</translation>
    </message>
    <message>
        <source>The provider &apos;%1&apos; could not be created</source>
        <translation>The provider &apos;%1&apos; could not be created</translation>
    </message>
</context>
<context>
    <name>QueueText</name>
    <message>
        <source>Invalid request</source>
        <translation>Invalid request</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Sign-in problem</translation>
    </message>
    <message>
        <source>Provider quota used up</source>
        <translation>Provider quota used up</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Too many requests</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Connection problem</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Product offline</source>
        <translation>Product offline</translation>
    </message>
    <message>
        <source>Checksum or size check failed</source>
        <translation>Checksum or size check failed</translation>
    </message>
    <message>
        <source>Cannot write to disk</source>
        <translation>Cannot write to disk</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Unexpected answer from the server</translation>
    </message>
    <message>
        <source>Refused by the provider</source>
        <translation>Refused by the provider</translation>
    </message>
    <message>
        <source>Check the scene id, link or option named in the message, then add the item again.</source>
        <translation>Check the scene id, link or option named in the message, then add the item again.</translation>
    </message>
    <message>
        <source>Check the provider account (Accounts): the password or token may be wrong or expired, or the account may lack access to this product. Then retry.</source>
        <translation>Check the provider account (Accounts): the password or token may be wrong or expired, or the account may lack access to this product. Then retry.</translation>
    </message>
    <message>
        <source>The provider&apos;s download quota for this account is used up: wait until it is reset, or use another account, then retry.</source>
        <translation>The provider&apos;s download quota for this account is used up: wait until it is reset, or use another account, then retry.</translation>
    </message>
    <message>
        <source>The provider asks for fewer requests: retry later, or lower the number of connections.</source>
        <translation>The provider asks for fewer requests: retry later, or lower the number of connections.</translation>
    </message>
    <message>
        <source>The network or the server had a problem. Retry; the download resumes from what is on disk.</source>
        <translation>The network or the server had a problem. Retry; the download resumes from what is on disk.</translation>
    </message>
    <message>
        <source>The provider no longer has this file. Search again: the scene may have been reprocessed under a new id.</source>
        <translation>The provider no longer has this file. Search again: the scene may have been reprocessed under a new id.</translation>
    </message>
    <message>
        <source>The product sits in the provider&apos;s long-term archive and could not be ordered. Order it on the provider&apos;s site, then retry.</source>
        <translation>The product sits in the provider&apos;s long-term archive and could not be ordered. Order it on the provider&apos;s site, then retry.</translation>
    </message>
    <message>
        <source>The file that arrived is not the one the provider described; the bad copy was deleted. Retry; if it fails again, the provider&apos;s file or checksum is wrong.</source>
        <translation>The file that arrived is not the one the provider described; the bad copy was deleted. Retry; if it fails again, the provider&apos;s file or checksum is wrong.</translation>
    </message>
    <message>
        <source>Free some space or fix the permissions of the output folder, then resume.</source>
        <translation>Free some space or fix the permissions of the output folder, then resume.</translation>
    </message>
    <message>
        <source>Retry to download it again.</source>
        <translation>Retry to download it again.</translation>
    </message>
    <message>
        <source>The server answered something unexpected. Retry later; if it persists, the provider may have changed its service.</source>
        <translation>The server answered something unexpected. Retry later; if it persists, the provider may have changed its service.</translation>
    </message>
    <message>
        <source>The provider refused the download. Read its message; retrying will not help unless something changes on its side.</source>
        <translation>The provider refused the download. Read its message; retrying will not help unless something changes on its side.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Paused: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Waiting to retry: %1</source>
        <translation>Waiting to retry: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <source>Ordered, waiting for the provider</source>
        <translation>Ordered, waiting for the provider</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Waiting for a connection</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>no region given: expected W,S,E,N, WKT, GeoJSON or a file path</source>
        <translation>no region given: expected W,S,E,N, WKT, GeoJSON or a file path</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region: expected a box W,S,E,N, WKT, GeoJSON or the path of an existing file</source>
        <translation>&apos;%1&apos; is not a region: expected a box W,S,E,N, WKT, GeoJSON or the path of an existing file</translation>
    </message>
    <message>
        <source>no region file given</source>
        <translation>no region file given</translation>
    </message>
</context>
<context>
    <name>RegionValidation</name>
    <message>
        <source>outer ring</source>
        <translation>outer ring</translation>
    </message>
    <message>
        <source>hole %1</source>
        <translation>hole %1</translation>
    </message>
    <message>
        <source>polygon %1, %2</source>
        <translation>polygon %1, %2</translation>
    </message>
    <message>
        <source>point %1 is not a finite number</source>
        <translation>point %1 is not a finite number</translation>
    </message>
    <message>
        <source>point %1 has longitude %2, outside -180..180</source>
        <translation>point %1 has longitude %2, outside -180..180</translation>
    </message>
    <message>
        <source>point %1 has latitude %2, outside -90..90</source>
        <translation>point %1 has latitude %2, outside -90..90</translation>
    </message>
    <message>
        <source>ring has %1 points; a ring needs at least 4 (three corners and the first point repeated to close it)</source>
        <translation>ring has %1 points; a ring needs at least 4 (three corners and the first point repeated to close it)</translation>
    </message>
    <message>
        <source>ring is not closed: first point %1 differs from last point %2</source>
        <translation>ring is not closed: first point %1 differs from last point %2</translation>
    </message>
    <message>
        <source>ring has no area (its points lie on one line)</source>
        <translation>ring has no area (its points lie on one line)</translation>
    </message>
    <message>
        <source>ring intersects itself: it doubles back at %1</source>
        <translation>ring intersects itself: it doubles back at %1</translation>
    </message>
    <message>
        <source>the region has no polygons</source>
        <translation>the region has no polygons</translation>
    </message>
    <message>
        <source>edge %1-%2 meets edge %3-%4</source>
        <translation>edge %1-%2 meets edge %3-%4</translation>
    </message>
    <message>
        <source>ring intersects itself: %1</source>
        <translation>ring intersects itself: %1</translation>
    </message>
    <message>
        <source>rings of the polygon cross: %1</source>
        <translation>rings of the polygon cross: %1</translation>
    </message>
    <message>
        <source>hole lies outside its outer ring (point %1)</source>
        <translation>hole lies outside its outer ring (point %1)</translation>
    </message>
</context>
<context>
    <name>RequestRules</name>
    <message>
        <source>--header &apos;%1...&apos; is not of the form &apos;Name: value&apos;</source>
        <translation>--header &apos;%1...&apos; is not of the form &apos;Name: value&apos;</translation>
    </message>
    <message>
        <source>--header &apos;%1&apos;: a header name is letters, digits and !#$%&amp;&apos;*+-.^_`|~ only</source>
        <translation>--header &apos;%1&apos;: a header name is letters, digits and !#$%&amp;&apos;*+-.^_`|~ only</translation>
    </message>
    <message>
        <source>--header %1: the value contains a line break or another control character</source>
        <translation>--header %1: the value contains a line break or another control character</translation>
    </message>
    <message>
        <source>--header %1 has no value</source>
        <translation>--header %1 has no value</translation>
    </message>
    <message>
        <source>--header %1 cannot be set: the downloader sets it itself</source>
        <translation>--header %1 cannot be set: the downloader sets it itself</translation>
    </message>
    <message>
        <source>Redirect %1 from %2 without Location</source>
        <translation>Redirect %1 from %2 without Location</translation>
    </message>
    <message>
        <source>More than %1 redirects, last to %2</source>
        <translation>More than %1 redirects, last to %2</translation>
    </message>
    <message>
        <source>Refused a redirect to an unsupported URL (%1)</source>
        <translation>Refused a redirect to an unsupported URL (%1)</translation>
    </message>
    <message>
        <source>Refused a redirect from https to plain http (%1)</source>
        <translation>Refused a redirect from https to plain http (%1)</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s TLS certificate or handshake was refused)</source>
        <translation>%1 (the server&apos;s TLS certificate or handshake was refused)</translation>
    </message>
    <message>
        <source>%1 (check the proxy setting)</source>
        <translation>%1 (check the proxy setting)</translation>
    </message>
</context>
<context>
    <name>ResultExport</name>
    <message>
        <source>Could not write the exported results: %1</source>
        <translation>Could not write the exported results: %1</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the GeoPackage: %1</source>
        <translation>Could not create a temporary folder for the GeoPackage: %1</translation>
    </message>
    <message>
        <source>Could not read back %1: %2</source>
        <translation>Could not read back %1: %2</translation>
    </message>
    <message>
        <source>The export target is not open for writing</source>
        <translation>The export target is not open for writing</translation>
    </message>
    <message>
        <source>Unknown export format</source>
        <translation>Unknown export format</translation>
    </message>
    <message>
        <source>No output file was given for the export</source>
        <translation>No output file was given for the export</translation>
    </message>
    <message>
        <source>Could not replace %1: remove it or choose another name</source>
        <translation>Could not replace %1: remove it or choose another name</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>Cannot read the saved searches %1: %2</source>
        <translation>Cannot read the saved searches %1: %2</translation>
    </message>
    <message>
        <source>The saved searches %1 are larger than %2 MB; is it the right file?</source>
        <translation>The saved searches %1 are larger than %2 MB; is it the right file?</translation>
    </message>
    <message>
        <source>The saved searches %1 are not valid JSON (%2 at byte %3); fix or delete the file</source>
        <translation>The saved searches %1 are not valid JSON (%2 at byte %3); fix or delete the file</translation>
    </message>
    <message>
        <source>The saved searches %1 have version %2; this program reads version %3</source>
        <translation>The saved searches %1 have version %2; this program reads version %3</translation>
    </message>
    <message>
        <source>The saved search &apos;%1&apos; in %2 cannot be read: %3</source>
        <translation>The saved search &apos;%1&apos; in %2 cannot be read: %3</translation>
    </message>
    <message>
        <source>none are saved yet</source>
        <translation>none are saved yet</translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation>saved: %1</translation>
    </message>
    <message>
        <source>No saved search is called &apos;%1&apos; (%2)</source>
        <translation>No saved search is called &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>A saved search needs a name</source>
        <translation>A saved search needs a name</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Cannot create the folder of %1</translation>
    </message>
    <message>
        <source>Cannot write the saved searches %1: %2</source>
        <translation>Cannot write the saved searches %1: %2</translation>
    </message>
</context>
<context>
    <name>SceneResult</name>
    <message>
        <source>A result has no scene_id</source>
        <translation>A result has no scene_id</translation>
    </message>
    <message>
        <source>The footprint of %1 is invalid: %2</source>
        <translation>The footprint of %1 is invalid: %2</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>Not valid JSON at offset %1: %2</translation>
    </message>
    <message>
        <source>Expected a GeoJSON FeatureCollection or {&quot;results&quot;: [...]}</source>
        <translation>Expected a GeoJSON FeatureCollection or {&quot;results&quot;: [...]}</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>No collection given</source>
        <translation>No collection given</translation>
    </message>
    <message>
        <source>Invalid date range</source>
        <translation>Invalid date range</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation>The end date %1 is before the start date %2</translation>
    </message>
    <message>
        <source>Cloud cover %1 is not a percentage from 0 to 100</source>
        <translation>Cloud cover %1 is not a percentage from 0 to 100</translation>
    </message>
    <message>
        <source>The limit must be a positive number</source>
        <translation>The limit must be a positive number</translation>
    </message>
    <message>
        <source>The relative orbit must be positive</source>
        <translation>The relative orbit must be positive</translation>
    </message>
    <message>
        <source>&apos;bbox&apos; must be four numbers: west, south, east, north</source>
        <translation>&apos;bbox&apos; must be four numbers: west, south, east, north</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD): %2</source>
        <translation>&apos;%1&apos; is not a date (YYYY-MM-DD): %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: %2</source>
        <translation>&apos;%1&apos; is not a number: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number: %2</source>
        <translation>&apos;%1&apos; is not a whole number: %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file %1 %2; it is ignored (and never overwritten) until it is fixed or removed</source>
        <translation>The settings file %1 %2; it is ignored (and never overwritten) until it is fixed or removed</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a secret; secrets are kept in the keychain, not in the settings file</source>
        <translation>&apos;%1&apos; looks like a secret; secrets are kept in the keychain, not in the settings file</translation>
    </message>
    <message>
        <source>Could not write the settings file %1</source>
        <translation>Could not write the settings file %1</translation>
    </message>
    <message>
        <source>--set expects KEY=VALUE, got &apos;%1&apos;</source>
        <translation>--set expects KEY=VALUE, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot read the config file %1: %2</source>
        <translation>Cannot read the config file %1: %2</translation>
    </message>
    <message>
        <source>The config file %1 is not a JSON object (%2 at byte %3)</source>
        <translation>The config file %1 is not a JSON object (%2 at byte %3)</translation>
    </message>
    <message>
        <source>The config file %1 is not a JSON object: it must be {&quot;key&quot;: &quot;value&quot;, ...}, not %2</source>
        <translation>The config file %1 is not a JSON object: it must be {&quot;key&quot;: &quot;value&quot;, ...}, not %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>a bare value</source>
        <translation>a bare value</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos; (from %2); `eo-collector-cli providers --json` lists the settings</source>
        <translation>Unknown setting &apos;%1&apos; (from %2); `eo-collector-cli providers --json` lists the settings</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos; (from %2); did you mean %3?</source>
        <translation>Unknown setting &apos;%1&apos; (from %2); did you mean %3?</translation>
    </message>
    <message>
        <source>The setting %1 (from %2) is empty; it must be a URL. Leave it out to use the default, %3</source>
        <translation>The setting %1 (from %2) is empty; it must be a URL. Leave it out to use the default, %3</translation>
    </message>
</context>
<context>
    <name>StacCatalog</name>
    <message>
        <source>%1 is not an http(s) URL of a STAC API: &apos;%2&apos;</source>
        <translation>%1 is not an http(s) URL of a STAC API: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Unknown stac.preset &apos;%1&apos;; known: %2</source>
        <translation>Unknown stac.preset &apos;%1&apos;; known: %2</translation>
    </message>
    <message>
        <source>The catalog filter</source>
        <translation>The catalog filter</translation>
    </message>
    <message>
        <source>Unknown STAC catalog &apos;%1&apos;; use a URL or one of: %2</source>
        <translation>Unknown STAC catalog &apos;%1&apos;; use a URL or one of: %2</translation>
    </message>
</context>
<context>
    <name>StacPage</name>
    <message>
        <source>The STAC search at %1 did not answer with a FeatureCollection</source>
        <translation>The STAC search at %1 did not answer with a FeatureCollection</translation>
    </message>
</context>
<context>
    <name>StacPager</name>
    <message>
        <source>The network is shut down</source>
        <translation>The network is shut down</translation>
    </message>
    <message>
        <source>The STAC search at %1 failed</source>
        <translation>The STAC search at %1 failed</translation>
    </message>
</context>
<context>
    <name>StacProvider</name>
    <message>
        <source>Root URL of the STAC API to search. Set to anything other than the default, it wins over stac.preset.</source>
        <translation>Root URL of the STAC API to search. Set to anything other than the default, it wins over stac.preset.</translation>
    </message>
    <message>
        <source>A known public catalogue: earth-search, planetary-computer, landsatlook, bdc, cdse (empty: earth-search, or the catalogue stac.url points at).</source>
        <translation>A known public catalogue: earth-search, planetary-computer, landsatlook, bdc, cdse (empty: earth-search, or the catalogue stac.url points at).</translation>
    </message>
    <message>
        <source>Planetary Computer SAS token endpoint; GET &lt;url&gt;/&lt;account&gt;/&lt;container&gt; signs the downloads from that storage container.</source>
        <translation>Planetary Computer SAS token endpoint; GET &lt;url&gt;/&lt;account&gt;/&lt;container&gt; signs the downloads from that storage container.</translation>
    </message>
    <message>
        <source>Planetary Computer storage accounts that are public (comma-separated): no SAS token.</source>
        <translation>Planetary Computer storage accounts that are public (comma-separated): no SAS token.</translation>
    </message>
    <message>
        <source>Items per search page (the catalogue&apos;s own cap applies).</source>
        <translation>Items per search page (the catalogue&apos;s own cap applies).</translation>
    </message>
    <message>
        <source>Root URL of %1</source>
        <translation>Root URL of %1</translation>
    </message>
    <message>
        <source>The STAC API at %1 did not answer</source>
        <translation>The STAC API at %1 did not answer</translation>
    </message>
    <message>
        <source>%1 is not a STAC API: its landing page is not a JSON object</source>
        <translation>%1 is not a STAC API: its landing page is not a JSON object</translation>
    </message>
    <message>
        <source>Could not list the collections of %1</source>
        <translation>Could not list the collections of %1</translation>
    </message>
    <message>
        <source>The STAC provider is gone</source>
        <translation>The STAC provider is gone</translation>
    </message>
    <message>
        <source>Unknown collection &apos;%1&apos; at %2; it has: %3</source>
        <translation>Unknown collection &apos;%1&apos; at %2; it has: %3</translation>
    </message>
    <message>
        <source>The search was cancelled</source>
        <translation>The search was cancelled</translation>
    </message>
    <message>
        <source>Listing the collections was cancelled</source>
        <translation>Listing the collections was cancelled</translation>
    </message>
    <message>
        <source>Looking up a STAC item needs a collection and an id</source>
        <translation>Looking up a STAC item needs a collection and an id</translation>
    </message>
    <message>
        <source>Could not read item %1</source>
        <translation>Could not read item %1</translation>
    </message>
    <message>
        <source>Could not look up %1</source>
        <translation>Could not look up %1</translation>
    </message>
    <message>
        <source>No item &apos;%1&apos; in the STAC collection &apos;%2&apos;</source>
        <translation>No item &apos;%1&apos; in the STAC collection &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The lookup was cancelled</source>
        <translation>The lookup was cancelled</translation>
    </message>
    <message>
        <source>Asset &apos;%1&apos; of %2 is only in the Copernicus Data Space S3 store (%3), which needs S3 keys of a CDSE account; choose its Product asset, or search with the dataspace provider.</source>
        <translation>Asset &apos;%1&apos; of %2 is only in the Copernicus Data Space S3 store (%3), which needs S3 keys of a CDSE account; choose its Product asset, or search with the dataspace provider.</translation>
    </message>
    <message>
        <source>Asset &apos;%1&apos; of %2 has no downloadable URL (%3)</source>
        <translation>Asset &apos;%1&apos; of %2 has no downloadable URL (%3)</translation>
    </message>
    <message>
        <source>Asset &apos;%1&apos; of %2 is at %3, which LandsatLook serves only after a USGS (EROS Registration System) sign-in, and its S3 copy (s3://usgs-landsat) is requester-pays, billed to an AWS account. EO Collector has neither here: download this scene with the usgs provider and a USGS account (eo-collector-cli account add usgs), or search another catalogue.</source>
        <translation>Asset &apos;%1&apos; of %2 is at %3, which LandsatLook serves only after a USGS (EROS Registration System) sign-in, and its S3 copy (s3://usgs-landsat) is requester-pays, billed to an AWS account. EO Collector has neither here: download this scene with the usgs provider and a USGS account (eo-collector-cli account add usgs), or search another catalogue.</translation>
    </message>
    <message>
        <source>The files of %1 are on the Copernicus Data Space download service, which needs a login: add a dataspace account with `eo-collector-cli account add dataspace --account NAME` (sign up at https://dataspace.copernicus.eu)</source>
        <translation>The files of %1 are on the Copernicus Data Space download service, which needs a login: add a dataspace account with `eo-collector-cli account add dataspace --account NAME` (sign up at https://dataspace.copernicus.eu)</translation>
    </message>
    <message>
        <source>Could not get a Planetary Computer SAS token for the storage container %1</source>
        <translation>Could not get a Planetary Computer SAS token for the storage container %1</translation>
    </message>
    <message>
        <source>The Planetary Computer SAS answer for %1 has no token</source>
        <translation>The Planetary Computer SAS answer for %1 has no token</translation>
    </message>
    <message>
        <source>Resolving the download was cancelled</source>
        <translation>Resolving the download was cancelled</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>No network access for %1</source>
        <translation>No network access for %1</translation>
    </message>
    <message>
        <source>No file to download %1 into</source>
        <translation>No file to download %1 into</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unsupported URL scheme: %1</source>
        <translation>Unsupported URL scheme: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was restarted mid-answer</source>
        <translation>The connection to %1 was restarted mid-answer</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s; reconnecting</source>
        <translation>No data from %1 for %2 s; reconnecting</translation>
    </message>
    <message>
        <source>Gave up on %1 after %2 attempts; the last one failed: %3</source>
        <translation>Gave up on %1 after %2 attempts; the last one failed: %3</translation>
    </message>
    <message>
        <source>%1 sent %2 bytes but %3 bytes were expected</source>
        <translation>%1 sent %2 bytes but %3 bytes were expected</translation>
    </message>
</context>
<context>
    <name>TransferAnswer</name>
    <message>
        <source>%1 answered a range request with a malformed Content-Range (&quot;%2&quot;)</source>
        <translation>%1 answered a range request with a malformed Content-Range (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The file at %1 changed during the download</source>
        <translation>The file at %1 changed during the download</translation>
    </message>
    <message>
        <source>%1 sent bytes from offset %2 but %3 bytes are on disk; the partial download was left as it was</source>
        <translation>%1 sent bytes from offset %2 but %3 bytes are on disk; the partial download was left as it was</translation>
    </message>
    <message>
        <source>%1 now reports %2 bytes for a file of %3 bytes; the partial download was left as it was</source>
        <translation>%1 now reports %2 bytes for a file of %3 bytes; the partial download was left as it was</translation>
    </message>
    <message>
        <source>%1 reports %2 bytes but %3 bytes were expected</source>
        <translation>%1 reports %2 bytes but %3 bytes were expected</translation>
    </message>
    <message>
        <source>The connection to %1 broke after %2 of %3 bytes (%4)</source>
        <translation>The connection to %1 broke after %2 of %3 bytes (%4)</translation>
    </message>
    <message>
        <source>answer shorter than announced</source>
        <translation>answer shorter than announced</translation>
    </message>
    <message>
        <source>%1 refused the range from byte %2; starting over</source>
        <translation>%1 refused the range from byte %2; starting over</translation>
    </message>
    <message>
        <source>%1 refused a request for the whole file (416)</source>
        <translation>%1 refused a request for the whole file (416)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 for %3</source>
        <translation>HTTP %1 from %2 for %3</translation>
    </message>
</context>
<context>
    <name>UsgsProvider</name>
    <message>
        <source>USGS M2M JSON API base URL</source>
        <translation>USGS M2M JSON API base URL</translation>
    </message>
    <message>
        <source>Scenes per scene-search request (M2M caps a search at 50000)</source>
        <translation>Scenes per scene-search request (M2M caps a search at 50000)</translation>
    </message>
    <message>
        <source>Seconds an M2M API key lasts; it is renewed ahead of expiry</source>
        <translation>Seconds an M2M API key lasts; it is renewed ahead of expiry</translation>
    </message>
    <message>
        <source>download-retrieve polls before a download is left in the ordered state</source>
        <translation>download-retrieve polls before a download is left in the ordered state</translation>
    </message>
    <message>
        <source>Milliseconds between download-retrieve polls</source>
        <translation>Milliseconds between download-retrieve polls</translation>
    </message>
    <message>
        <source>Choose a USGS dataset, e.g. landsat_ot_c2_l2 (see `providers`)</source>
        <translation>Choose a USGS dataset, e.g. landsat_ot_c2_l2 (see `providers`)</translation>
    </message>
    <message>
        <source>WRS-2 path</source>
        <translation>WRS-2 path</translation>
    </message>
    <message>
        <source>Worldwide Reference System 2 path (1-233)</source>
        <translation>Worldwide Reference System 2 path (1-233)</translation>
    </message>
    <message>
        <source>WRS-2 row</source>
        <translation>WRS-2 row</translation>
    </message>
    <message>
        <source>Worldwide Reference System 2 row (1-248)</source>
        <translation>Worldwide Reference System 2 row (1-248)</translation>
    </message>
    <message>
        <source>Day or night</source>
        <translation>Day or night</translation>
    </message>
    <message>
        <source>Include unknown cloud cover</source>
        <translation>Include unknown cloud cover</translation>
    </message>
    <message>
        <source>With a cloud cover limit, also scenes whose cloud cover is not known</source>
        <translation>With a cloud cover limit, also scenes whose cloud cover is not known</translation>
    </message>
    <message>
        <source>USGS M2M dataset-search answered without a list of datasets</source>
        <translation>USGS M2M dataset-search answered without a list of datasets</translation>
    </message>
    <message>
        <source>USGS M2M %1 answered something that is not its JSON envelope (%2)</source>
        <translation>USGS M2M %1 answered something that is not its JSON envelope (%2)</translation>
    </message>
    <message>
        <source>USGS M2M needs an ERS user name and application token: store them with `eo-collector-cli account` or set EOC_USGS_USERNAME and EOC_USGS_TOKEN</source>
        <translation>USGS M2M needs an ERS user name and application token: store them with `eo-collector-cli account` or set EOC_USGS_USERNAME and EOC_USGS_TOKEN</translation>
    </message>
    <message>
        <source>USGS M2M needs both the ERS user name and an application token (EOC_USGS_USERNAME and EOC_USGS_TOKEN)</source>
        <translation>USGS M2M needs both the ERS user name and an application token (EOC_USGS_USERNAME and EOC_USGS_TOKEN)</translation>
    </message>
    <message>
        <source>USGS M2M login-token answered without an API key</source>
        <translation>USGS M2M login-token answered without an API key</translation>
    </message>
    <message>
        <source>WRS-2 %1 &apos;%2&apos; is not a number or a range like 10-12</source>
        <translation>WRS-2 %1 &apos;%2&apos; is not a number or a range like 10-12</translation>
    </message>
    <message>
        <source>WRS-2 %1 &apos;%2&apos; must lie within 1..%3</source>
        <translation>WRS-2 %1 &apos;%2&apos; must lie within 1..%3</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Search cancelled</translation>
    </message>
    <message>
        <source>USGS dataset %1 has no &apos;%2&apos; filter</source>
        <translation>USGS dataset %1 has no &apos;%2&apos; filter</translation>
    </message>
    <message>
        <source>USGS dataset %1 cannot be searched by scene id</source>
        <translation>USGS dataset %1 cannot be searched by scene id</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a WRS-2 tile: write path and row as PPPRRR, e.g. 226078</source>
        <translation>&apos;%1&apos; is not a WRS-2 tile: write path and row as PPPRRR, e.g. 226078</translation>
    </message>
    <message>
        <source>day_night &apos;%1&apos; is not one of: day, night, all</source>
        <translation>day_night &apos;%1&apos; is not one of: day, night, all</translation>
    </message>
    <message>
        <source>USGS dataset-search has no filter &apos;%1&apos;; use dataset or keyword</source>
        <translation>USGS dataset-search has no filter &apos;%1&apos;; use dataset or keyword</translation>
    </message>
    <message>
        <source>Dataset listing cancelled</source>
        <translation>Dataset listing cancelled</translation>
    </message>
    <message>
        <source>%1 has no USGS entity id: search for it first</source>
        <translation>%1 has no USGS entity id: search for it first</translation>
    </message>
    <message>
        <source>None of the selected files (%1) is offered for %2</source>
        <translation>None of the selected files (%1) is offered for %2</translation>
    </message>
    <message>
        <source>USGS does not offer %1 for download now; it must be ordered (EarthExplorer or TRAM order-submit)</source>
        <translation>USGS does not offer %1 for download now; it must be ordered (EarthExplorer or TRAM order-submit)</translation>
    </message>
    <message>
        <source>USGS offers no downloadable product for %1 in %2</source>
        <translation>USGS offers no downloadable product for %1 in %2</translation>
    </message>
    <message>
        <source>USGS download limits used up (remaining %1); wait until pending downloads finish</source>
        <translation>USGS download limits used up (remaining %1); wait until pending downloads finish</translation>
    </message>
    <message>
        <source>USGS refused to stage %1: %2</source>
        <translation>USGS refused to stage %1: %2</translation>
    </message>
    <message>
        <source>USGS is preparing %1 of %2 file(s) of %3 (request %4); resolve again later</source>
        <translation>USGS is preparing %1 of %2 file(s) of %3 (request %4); resolve again later</translation>
    </message>
</context>
<context>
    <name>eoc::odata</name>
    <message>
        <source>The Copernicus catalogue has no collection &apos;%1&apos;; known: %2</source>
        <translation>The Copernicus catalogue has no collection &apos;%1&apos;; known: %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (check the account with `eo-collector-cli account test %2`)</source>
        <translation>%1 (check the account with `eo-collector-cli account test %2`)</translation>
    </message>
    <message>
        <source>The collection %1 holds only %2 products, not %3</source>
        <translation>The collection %1 holds only %2 products, not %3</translation>
    </message>
    <message>
        <source>The search region has no polygon to search with</source>
        <translation>The search region has no polygon to search with</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an MGRS tile (e.g. 23LKC)</source>
        <translation>&apos;%1&apos; is not an MGRS tile (e.g. 23LKC)</translation>
    </message>
    <message>
        <source>The orbit direction must be ASCENDING or DESCENDING, not &apos;%1&apos;</source>
        <translation>The orbit direction must be ASCENDING or DESCENDING, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sentinel platform (e.g. sentinel-2a, S1B)</source>
        <translation>&apos;%1&apos; is not a Sentinel platform (e.g. sentinel-2a, S1B)</translation>
    </message>
    <message>
        <source>The OData catalogue answered something that is not a product list (%1)</source>
        <translation>The OData catalogue answered something that is not a product list (%1)</translation>
    </message>
    <message>
        <source>no &apos;value&apos; array</source>
        <translation>no &apos;value&apos; array</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Search cancelled</translation>
    </message>
    <message>
        <source>The network is shut down</source>
        <translation>The network is shut down</translation>
    </message>
    <message>
        <source>The catalogue holds %1 products between %2 and %3, more than it pages through (%4); only those it lists are delivered. Narrow the search (area, product type) to get them all.</source>
        <translation>The catalogue holds %1 products between %2 and %3, more than it pages through (%4); only those it lists are delivered. Narrow the search (area, product type) to get them all.</translation>
    </message>
</context>
<context>
    <name>eoc::ui</name>
    <message>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Provider id</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Acquired (UTC)</source>
        <translation>Acquired (UTC)</translation>
    </message>
    <message>
        <source>Cloud cover</source>
        <translation>Cloud cover</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Tile</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline (archived)</source>
        <translation>offline (archived)</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Download size</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Assets (%n)</source>
        <translation>Assets (%n)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>downloaded</translation>
    </message>
    <message>
        <source>marks the files a download fetches.</source>
        <translation>marks the files a download fetches.</translation>
    </message>
    <message>
        <source>Download: %1</source>
        <translation>Download: %1</translation>
    </message>
    <message>
        <source>Quicklook: %1</source>
        <translation>Quicklook: %1</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Metadata: %1</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Attributes (%n)</source>
        <translation>Attributes (%n)</translation>
    </message>
    <message>
        <source>%1 is empty: it needs an http or https URL (Reset restores the default).</source>
        <translation>%1 is empty: it needs an http or https URL (Reset restores the default).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an http or https URL, e.g. https://example.org/path.</source>
        <translation>%1: &apos;%2&apos; is not an http or https URL, e.g. https://example.org/path.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not system, none, http://host:port or socks5://host:port.</source>
        <translation>%1: &apos;%2&apos; is not system, none, http://host:port or socks5://host:port.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an http or https URL.</source>
        <translation>%1: &apos;%2&apos; is not an http or https URL.</translation>
    </message>
    <message>
        <source>%1 needs the {z}, {x} and {y} placeholders.</source>
        <translation>%1 needs the {z}, {x} and {y} placeholders.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::AboutDialog</name>
    <message>
        <source>About EO Collector</source>
        <translation>About EO Collector</translation>
    </message>
    <message>
        <source>&lt;h2&gt;EO Collector %1&lt;/h2&gt;&lt;p&gt;Find and download Earth-observation imagery from many providers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EO Collector %1&lt;/h2&gt;&lt;p&gt;Find and download Earth-observation imagery from many providers.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © the EO Collector authors.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Map tiles:&lt;/b&gt; © &lt;a href=&quot;https://www.openstreetmap.org/copyright&quot;&gt;OpenStreetMap contributors&lt;/a&gt;, Open Database License, when the OpenStreetMap tile server is used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Offline basemap:&lt;/b&gt; made with &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (public domain), 1:110m country outlines, as TopoJSON from the &lt;a href=&quot;https://github.com/topojson/world-atlas&quot;&gt;world-atlas&lt;/a&gt; package (© 2013-2019 Michael Bostock, ISC licence).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Search results and imagery&lt;/b&gt; belong to their providers and come under their licences (for example the Copernicus Sentinel data terms, or USGS public-domain Landsat data).&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;p&gt;Qt %1 (LGPL-3.0), GDAL (MIT), QtKeychain (BSD-3-Clause), libarchive (BSD-2-Clause).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © the EO Collector authors.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Map tiles:&lt;/b&gt; © &lt;a href=&quot;https://www.openstreetmap.org/copyright&quot;&gt;OpenStreetMap contributors&lt;/a&gt;, Open Database License, when the OpenStreetMap tile server is used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Offline basemap:&lt;/b&gt; made with &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (public domain), 1:110m country outlines, as TopoJSON from the &lt;a href=&quot;https://github.com/topojson/world-atlas&quot;&gt;world-atlas&lt;/a&gt; package (© 2013-2019 Michael Bostock, ISC licence).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Search results and imagery&lt;/b&gt; belong to their providers and come under their licences (for example the Copernicus Sentinel data terms, or USGS public-domain Landsat data).&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;p&gt;Qt %1 (LGPL-3.0), GDAL (MIT), QtKeychain (BSD-3-Clause), libarchive (BSD-2-Clause).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>eoc::ui::AccountCheckController</name>
    <message>
        <source>Logged in to %1 as %2, and logged out again: the account works.</source>
        <translation>Logged in to %1 as %2, and logged out again: the account works.</translation>
    </message>
    <message>
        <source>The keychain holds a secret for %1. %2 has no login that can be tried from here, so this check only confirms the keychain entry, not the password.</source>
        <translation>The keychain holds a secret for %1. %2 has no login that can be tried from here, so this check only confirms the keychain entry, not the password.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in the system keychain only.</source>
        <translation>Passwords and tokens are kept in the system keychain only.</translation>
    </message>
    <message>
        <source>No provider plug-ins were found.</source>
        <translation>No provider plug-ins were found.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs an account to download.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; needs an account to download.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; works without an account.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; works without an account.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Create an account&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Create an account&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The default account</source>
        <translation>The default account</translation>
    </message>
    <message>
        <source>Add account for %1</source>
        <translation>Add account for %1</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>Edit account %1</translation>
    </message>
    <message>
        <source>unchanged when left empty</source>
        <translation>unchanged when left empty</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Saving to the keychain...</source>
        <translation>Saving to the keychain...</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>Account %1 saved.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>Remove the account %1 of %2 and its secret from the keychain?</source>
        <translation>Remove the account %1 of %2 and its secret from the keychain?</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Account %1 removed.</translation>
    </message>
    <message>
        <source>Logs in once at the provider with the account&apos;s secret from the keychain, and logs out again</source>
        <translation>Logs in once at the provider with the account&apos;s secret from the keychain, and logs out again</translation>
    </message>
    <message>
        <source>Checking %1 at %2…</source>
        <translation>Checking %1 at %2…</translation>
    </message>
    <message>
        <source>Both the user name and the %1 are needed.</source>
        <translation>Both the user name and the %1 are needed.</translation>
    </message>
    <message>
        <source>%1 Save again to answer the keychain&apos;s prompt.</source>
        <translation>%1 Save again to answer the keychain&apos;s prompt.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::AssetPickerController</name>
    <message>
        <source>Choose &amp;assets...</source>
        <translation>Choose &amp;assets...</translation>
    </message>
    <message>
        <source>Choose which files (bands) of each result to download and export</source>
        <translation>Choose which files (bands) of each result to download and export</translation>
    </message>
</context>
<context>
    <name>eoc::ui::AssetPickerDialog</name>
    <message>
        <source>Remember for %1</source>
        <translation>Remember for %1</translation>
    </message>
    <message>
        <source>Choose assets of %1</source>
        <translation>Choose assets of %1</translation>
    </message>
    <message>
        <source>The checked assets of each result are what Download fetches, what the sizes count and what File → Export lists.</source>
        <translation>The checked assets of each result are what Download fetches, what the sizes count and what File → Export lists.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Media type</translation>
    </message>
    <message>
        <source>Typical size</source>
        <translation>Typical size</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <source>&amp;Data only</source>
        <translation>&amp;Data only</translation>
    </message>
    <message>
        <source>The assets whose roles include &quot;data&quot;</source>
        <translation>The assets whose roles include &quot;data&quot;</translation>
    </message>
</context>
<context>
    <name>eoc::ui::BasemapLayer</name>
    <message>
        <source>Basemap: Natural Earth</source>
        <translation>Basemap: Natural Earth</translation>
    </message>
</context>
<context>
    <name>eoc::ui::BasemapMenu</name>
    <message>
        <source>Base&amp;map</source>
        <translation>Base&amp;map</translation>
    </message>
    <message>
        <source>&amp;Natural Earth (offline)</source>
        <translation>&amp;Natural Earth (offline)</translation>
    </message>
    <message>
        <source>Country outlines shipped with the program: no network needed</source>
        <translation>Country outlines shipped with the program: no network needed</translation>
    </message>
    <message>
        <source>&amp;OpenStreetMap</source>
        <translation>&amp;OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Custom tile server...</source>
        <translation>&amp;Custom tile server...</translation>
    </message>
    <message>
        <source>Tiles from any XYZ server, given as a URL template with {z}, {x} and {y}</source>
        <translation>Tiles from any XYZ server, given as a URL template with {z}, {x} and {y}</translation>
    </message>
    <message>
        <source>Custom tile server</source>
        <translation>Custom tile server</translation>
    </message>
    <message>
        <source>XYZ tile URL template, with {z}, {x} and {y}:</source>
        <translation>XYZ tile URL template, with {z}, {x} and {y}:</translation>
    </message>
</context>
<context>
    <name>eoc::ui::CloudCoverHistogram</name>
    <message>
        <source>Cloud cover of the results: click a bar or drag across bars to show only that range</source>
        <translation>Cloud cover of the results: click a bar or drag across bars to show only that range</translation>
    </message>
    <message>
        <source>no cloud cover stated</source>
        <translation>no cloud cover stated</translation>
    </message>
    <message>
        <source>%1–%2 % cloud</source>
        <translation>%1–%2 % cloud</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n result(s)</source>
        <translation>
            <numerusform>%1: %n result</numerusform>
            <numerusform>%1: %n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show all results again</source>
        <translation>Click to show all results again</translation>
    </message>
    <message>
        <source>Click to show only this range, or drag across bars</source>
        <translation>Click to show only this range, or drag across bars</translation>
    </message>
</context>
<context>
    <name>eoc::ui::DateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>Pick the day from a calendar</source>
        <translation>Pick the day from a calendar</translation>
    </message>
    <message>
        <source>%1 is after today: limited to today, %2.</source>
        <translation>%1 is after today: limited to today, %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day written as yyyy-mm-dd, e.g. %2.</source>
        <translation>&apos;%1&apos; is not a day written as yyyy-mm-dd, e.g. %2.</translation>
    </message>
    <message>
        <source>%1 is before the first satellite images (%2).</source>
        <translation>%1 is before the first satellite images (%2).</translation>
    </message>
</context>
<context>
    <name>eoc::ui::DownloadController</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the selected downloads, keeping what has arrived</source>
        <translation>Pause the selected downloads, keeping what has arrived</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Resume the selected downloads</source>
        <translation>Resume the selected downloads</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Start the selected failed or cancelled downloads again</source>
        <translation>Start the selected failed or cancelled downloads again</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pause all</translation>
    </message>
    <message>
        <source>Pause every download</source>
        <translation>Pause every download</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Resume all</translation>
    </message>
    <message>
        <source>Resume every paused download</source>
        <translation>Resume every paused download</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Open the folder the selected download is saved in</source>
        <translation>Open the folder the selected download is saved in</translation>
    </message>
    <message>
        <source>Downloads: %1 active, %2 queued, %3 done</source>
        <translation>Downloads: %1 active, %2 queued, %3 done</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Downloads finished</source>
        <translation>Downloads finished</translation>
    </message>
    <message>
        <source>%1 done, %2 failed.</source>
        <translation>%1 done, %2 failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected download(s) already have data on disk (%1 in all).</source>
        <translation>
            <numerusform>%n of the selected downloads already has data on disk (%1 in all).</numerusform>
            <numerusform>%n of the selected downloads already have data on disk (%1 in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) are not finished.</source>
        <translation>
            <numerusform>%n download is not finished.</numerusform>
            <numerusform>%n downloads are not finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s) downloaded.</source>
        <translation>
            <numerusform>%n scene downloaded.</numerusform>
            <numerusform>%n scenes downloaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the selected downloads (asks before deleting partial files)</source>
        <translation>Cancel the selected downloads (asks before deleting partial files)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>The state, the full reason of a failure, what to do, and the files of the selected download</source>
        <translation>The state, the full reason of a failure, what to do, and the files of the selected download</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected downloads from the list (asks before deleting partial files)</source>
        <translation>Remove the selected downloads from the list (asks before deleting partial files)</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Clear finished</translation>
    </message>
    <message>
        <source>Remove every finished download from the list; the files stay</source>
        <translation>Remove every finished download from the list; the files stay</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>Start every failed download again</source>
        <translation>Start every failed download again</translation>
    </message>
    <message>
        <source>Start sooner</source>
        <translation>Start sooner</translation>
    </message>
    <message>
        <source>Start later</source>
        <translation>Start later</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>Cancel downloads</translation>
    </message>
    <message>
        <source>Keep it to resume later (the downloads are paused), or delete it?</source>
        <translation>Keep it to resume later (the downloads are paused), or delete it?</translation>
    </message>
    <message>
        <source>Keep and pause</source>
        <translation>Keep and pause</translation>
    </message>
    <message>
        <source>Delete partial data</source>
        <translation>Delete partial data</translation>
    </message>
    <message>
        <source>Don&apos;t cancel</source>
        <translation>Don&apos;t cancel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>They keep their partial files either way. Left queued, another eo-collector process waiting for them continues them now, otherwise the next start of the application or of &quot;queue run&quot; does. Paused, they wait until you resume them.</source>
        <translation>They keep their partial files either way. Left queued, another eo-collector process waiting for them continues them now, otherwise the next start of the application or of &quot;queue run&quot; does. Paused, they wait until you resume them.</translation>
    </message>
    <message>
        <source>Quit, leave them queued</source>
        <translation>Quit, leave them queued</translation>
    </message>
    <message>
        <source>Pause them and quit</source>
        <translation>Pause them and quit</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>Don&apos;t quit</translation>
    </message>
    <message>
        <source>No file manager could be started to show the folder. The files are in:
%1</source>
        <translation>No file manager could be started to show the folder. The files are in:
%1</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <source>Downloads finished: %1</source>
        <translation>Downloads finished: %1</translation>
    </message>
</context>
<context>
    <name>eoc::ui::DownloadDetailsDialog</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Download details: %1</source>
        <translation>Download details: %1</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>The provider has not said yet which files make up this scene.</source>
        <translation>The provider has not said yet which files make up this scene.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
</context>
<context>
    <name>eoc::ui::DownloadsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ErrorBanner</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Add or fix an account for this provider in Accounts.</source>
        <translation>Add or fix an account for this provider in Accounts.</translation>
    </message>
    <message>
        <source>Wait until the provider&apos;s quota is renewed, or use another account.</source>
        <translation>Wait until the provider&apos;s quota is renewed, or use another account.</translation>
    </message>
    <message>
        <source>The provider asks to slow down: wait a little and search again.</source>
        <translation>The provider asks to slow down: wait a little and search again.</translation>
    </message>
    <message>
        <source>The service did not answer properly: check the connection and try again.</source>
        <translation>The service did not answer properly: check the connection and try again.</translation>
    </message>
    <message>
        <source>Check the collection and the provider&apos;s endpoint in Settings.</source>
        <translation>Check the collection and the provider&apos;s endpoint in Settings.</translation>
    </message>
    <message>
        <source>The product is in a long-term archive: order it first.</source>
        <translation>The product is in a long-term archive: order it first.</translation>
    </message>
    <message>
        <source>The service answered something unexpected; check the endpoint in Settings.</source>
        <translation>The service answered something unexpected; check the endpoint in Settings.</translation>
    </message>
    <message>
        <source>Check the output folder in Settings and the free disk space.</source>
        <translation>Check the output folder in Settings and the free disk space.</translation>
    </message>
    <message>
        <source>The file was damaged on the way: download it again.</source>
        <translation>The file was damaged on the way: download it again.</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Search cancelled.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::FilterFieldsEditor</name>
    <message>
        <source>whole number</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The filters this collection accepts, with their types</source>
        <translation>The filters this collection accepts, with their types</translation>
    </message>
    <message>
        <source>The same filters for eo-collector-cli search</source>
        <translation>The same filters for eo-collector-cli search</translation>
    </message>
    <message>
        <source>Add a filter…</source>
        <translation>Add a filter…</translation>
    </message>
    <message>
        <source>Other filter (key = value)…</source>
        <translation>Other filter (key = value)…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>Command line: %1</translation>
    </message>
</context>
<context>
    <name>eoc::ui::FirstRunGuide</name>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>EO Collector finds satellite scenes on the map and downloads them. Three steps get you going; all of them can be changed later.</source>
        <translation>EO Collector finds satellite scenes on the map and downloads them. Three steps get you going; all of them can be changed later.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>1. Where downloads go</source>
        <translation>1. Where downloads go</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Download folder</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoose...</translation>
    </message>
    <message>
        <source>2. Accounts</source>
        <translation>2. Accounts</translation>
    </message>
    <message>
        <source>No installed service needs an account.</source>
        <translation>No installed service needs an account.</translation>
    </message>
    <message>
        <source>Some services need a free account to download (or to search). Register at %1, then add the account here; the password is kept in the system keychain.</source>
        <translation>Some services need a free account to download (or to search). Register at %1, then add the account here; the password is kept in the system keychain.</translation>
    </message>
    <message>
        <source>Add an &amp;account...</source>
        <translation>Add an &amp;account...</translation>
    </message>
    <message>
        <source>3. A first search</source>
        <translation>3. A first search</translation>
    </message>
    <message>
        <source>Every installed service needs an account: add one first.</source>
        <translation>Every installed service needs an account: add one first.</translation>
    </message>
    <message>
        <source>&amp;Try a search</source>
        <translation>&amp;Try a search</translation>
    </message>
    <message>
        <source>%1 needs no account. Draw a box on the map (B) to limit the search to a region, or search the whole globe now.</source>
        <translation>%1 needs no account. Draw a box on the map (B) to limit the search to a region, or search the whole globe now.</translation>
    </message>
    <message>
        <source>&amp;Try a search on %1</source>
        <translation>&amp;Try a search on %1</translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation>The download folder must be a full path, such as %1.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::FootprintLayer</name>
    <message>
        <source>cloud %1 %</source>
        <translation>cloud %1 %</translation>
    </message>
    <message>
        <source>cloud cover unknown</source>
        <translation>cloud cover unknown</translation>
    </message>
</context>
<context>
    <name>eoc::ui::GraticuleLayer</name>
    <message>
        <source>%1°E</source>
        <translation>%1°E</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>%1°W</translation>
    </message>
    <message>
        <source>%1°N</source>
        <translation>%1°N</translation>
    </message>
    <message>
        <source>%1°S</source>
        <translation>%1°S</translation>
    </message>
</context>
<context>
    <name>eoc::ui::MainWindow</name>
    <message>
        <source>EO Collector</source>
        <translation>EO Collector</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) saved to %1</source>
        <translation>
            <numerusform>%n result saved to %1</numerusform>
            <numerusform>%n results saved to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw &amp;box</source>
        <translation>Draw &amp;box</translation>
    </message>
    <message>
        <source>Draw a box on the map by dragging; drag its handles to adjust it (B)</source>
        <translation>Draw a box on the map by dragging; drag its handles to adjust it (B)</translation>
    </message>
    <message>
        <source>Draw &amp;polygon</source>
        <translation>Draw &amp;polygon</translation>
    </message>
    <message>
        <source>Click the corners of a polygon; double-click or Enter closes it (P)</source>
        <translation>Click the corners of a polygon; double-click or Enter closes it (P)</translation>
    </message>
    <message>
        <source>&amp;Open region file...</source>
        <translation>&amp;Open region file...</translation>
    </message>
    <message>
        <source>Read the region from GeoJSON, KML/KMZ, GeoPackage or a (zipped) Shapefile</source>
        <translation>Read the region from GeoJSON, KML/KMZ, GeoPackage or a (zipped) Shapefile</translation>
    </message>
    <message>
        <source>C&amp;lear region</source>
        <translation>C&amp;lear region</translation>
    </message>
    <message>
        <source>Remove the region: search the whole globe</source>
        <translation>Remove the region: search the whole globe</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Zoom to results</source>
        <translation>&amp;Zoom to results</translation>
    </message>
    <message>
        <source>Map &amp;tiles</source>
        <translation>Map &amp;tiles</translation>
    </message>
    <message>
        <source>Show map tiles from the tile server; off: the offline basemap only</source>
        <translation>Show map tiles from the tile server; off: the offline basemap only</translation>
    </message>
    <message>
        <source>&amp;Download selected</source>
        <translation>&amp;Download selected</translation>
    </message>
    <message>
        <source>Download the selected results (Ctrl+D)</source>
        <translation>Download the selected results (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Export results...</source>
        <translation>&amp;Export results...</translation>
    </message>
    <message>
        <source>&amp;Accounts...</source>
        <translation>&amp;Accounts...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>&amp;About EO Collector</source>
        <translation>&amp;About EO Collector</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Open region</source>
        <translation>Open region</translation>
    </message>
    <message>
        <source>Vector files (*.geojson *.json *.kml *.kmz *.gpkg *.shp *.zip);;All files (*)</source>
        <translation>Vector files (*.geojson *.json *.kml *.kmz *.gpkg *.shp *.zip);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Getting started...</source>
        <translation>&amp;Getting started...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Draw &amp;circle around a point</source>
        <translation>Draw &amp;circle around a point</translation>
    </message>
    <message>
        <source>Click a point on the map and give a radius in km: the circle becomes the region (C)</source>
        <translation>Click a point on the map and give a radius in km: the circle becomes the region (C)</translation>
    </message>
    <message>
        <source>&amp;Graticule</source>
        <translation>&amp;Graticule</translation>
    </message>
    <message>
        <source>Lines of latitude and longitude with their degrees (G)</source>
        <translation>Lines of latitude and longitude with their degrees (G)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n selected result(s)...</source>
        <translation>
            <numerusform>&amp;Export %n selected result...</numerusform>
            <numerusform>&amp;Export %n selected results...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export all %n result(s)...</source>
        <translation>
            <numerusform>&amp;Export all %n result...</numerusform>
            <numerusform>&amp;Export all %n results...</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets of %1: %2</source>
        <translation>Assets of %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The %n result(s) of the last search are shown again</source>
        <translation>
            <numerusform>The result of the last search is shown again</numerusform>
            <numerusform>The %n results of the last search are shown again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eoc::ui::MapWidget</name>
    <message numerus="yes">
        <source>%n footprint(s) here: click again for the next</source>
        <translation>
            <numerusform>%n footprint here: click again for the next</numerusform>
            <numerusform>%n footprints here: click again for the next</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap contributors</translation>
    </message>
    <message>
        <source>Tiles: %1</source>
        <translation>Tiles: %1</translation>
    </message>
    <message>
        <source>Offline: map tiles cannot be fetched</source>
        <translation>Offline: map tiles cannot be fetched</translation>
    </message>
</context>
<context>
    <name>eoc::ui::PointBufferTool</name>
    <message>
        <source>Circle around a point</source>
        <translation>Circle around a point</translation>
    </message>
    <message>
        <source>Radius in km around %1, %2:</source>
        <translation>Radius in km around %1, %2:</translation>
    </message>
</context>
<context>
    <name>eoc::ui::QuicklookLayer</name>
    <message>
        <source>No quicklook for this scene.</source>
        <translation>No quicklook for this scene.</translation>
    </message>
    <message>
        <source>Quicklook could not be fetched: %1</source>
        <translation>Quicklook could not be fetched: %1</translation>
    </message>
</context>
<context>
    <name>eoc::ui::RegionAreaLabel</name>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
</context>
<context>
    <name>eoc::ui::RegionEditor</name>
    <message>
        <source>A polygon needs at least three points.</source>
        <translation>A polygon needs at least three points.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ResultDetailsPanel</name>
    <message>
        <source>Result details</source>
        <translation>Result details</translation>
    </message>
    <message>
        <source>Select one result to see its details.</source>
        <translation>Select one result to see its details.</translation>
    </message>
    <message>
        <source>No quicklook for this scene.</source>
        <translation>No quicklook for this scene.</translation>
    </message>
    <message>
        <source>Fetching the quicklook...</source>
        <translation>Fetching the quicklook...</translation>
    </message>
    <message>
        <source>Quicklook could not be fetched: %1</source>
        <translation>Quicklook could not be fetched: %1</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ResultsExporter</name>
    <message numerus="yes">
        <source>Export %n result(s)</source>
        <translation>
            <numerusform>Export %n result</numerusform>
            <numerusform>Export %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eoc::ui::ResultsModel</name>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>%1
provider id: %2</source>
        <translation>%1
provider id: %2</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Cloud %</source>
        <translation>Cloud %</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Tile</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ResultsView</name>
    <message numerus="yes">
        <source>%n selected, %1</source>
        <translation>
            <numerusform>%n selected, %1</numerusform>
            <numerusform>%n selected, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected, size unknown</source>
        <translation>
            <numerusform>%n selected, size unknown</numerusform>
            <numerusform>%n selected, size unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(size of %n unknown)</source>
        <translation>
            <numerusform>(size of %n unknown)</numerusform>
            <numerusform>(sizes of %n unknown)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by scene, tile or provider</source>
        <translation>Filter by scene, tile or provider</translation>
    </message>
    <message>
        <source>Copy scene ids</source>
        <translation>Copy scene ids</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n result(s)</source>
        <translation>
            <numerusform>%1 of %n result</numerusform>
            <numerusform>%1 of %n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Show quicklook</source>
        <translation>Show quicklook</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoom to</translation>
    </message>
    <message>
        <source>Export selected...</source>
        <translation>Export selected...</translation>
    </message>
    <message>
        <source>Export all...</source>
        <translation>Export all...</translation>
    </message>
    <message>
        <source>Choose assets...</source>
        <translation>Choose assets...</translation>
    </message>
    <message>
        <source>Cloud cover:</source>
        <translation>Cloud cover:</translation>
    </message>
</context>
<context>
    <name>eoc::ui::SavedSearchesActions</name>
    <message>
        <source>Sa&amp;ve search...</source>
        <translation>Sa&amp;ve search...</translation>
    </message>
    <message>
        <source>Keep the region, provider, collection, dates and filters under a name</source>
        <translation>Keep the region, provider, collection, dates and filters under a name</translation>
    </message>
    <message>
        <source>Saved searc&amp;hes...</source>
        <translation>Saved searc&amp;hes...</translation>
    </message>
    <message>
        <source>Run or delete a saved search (also: eo-collector-cli search --saved NAME)</source>
        <translation>Run or delete a saved search (also: eo-collector-cli search --saved NAME)</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Name of the search:</translation>
    </message>
</context>
<context>
    <name>eoc::ui::SavedSearchesDialog</name>
    <message>
        <source>Saved searches</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <source>Run one again, or delete it. The command line runs them too: eo-collector-cli search --saved NAME</source>
        <translation>Run one again, or delete it. The command line runs them too: eo-collector-cli search --saved NAME</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>eoc::ui::SearchController</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Cancel search</source>
        <translation>&amp;Cancel search</translation>
    </message>
    <message>
        <source>Search with these filters (Ctrl+Return)</source>
        <translation>Search with these filters (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Stop the running search</source>
        <translation>Stop the running search</translation>
    </message>
    <message>
        <source>No provider can search: none was found among the plug-ins.</source>
        <translation>No provider can search: none was found among the plug-ins.</translation>
    </message>
    <message>
        <source>Nothing found. Widen the dates or the region, or relax the cloud limit.</source>
        <translation>Nothing found. Widen the dates or the region, or relax the cloud limit.</translation>
    </message>
    <message numerus="yes">
        <source>Search cancelled; %n result(s) kept.</source>
        <translation>
            <numerusform>Search cancelled; %n result kept.</numerusform>
            <numerusform>Search cancelled; %n results kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh collections</source>
        <translation>Refresh collections</translation>
    </message>
    <message>
        <source>Ask the service for its current list of collections</source>
        <translation>Ask the service for its current list of collections</translation>
    </message>
    <message>
        <source>Could not refresh the collections of %1: %2</source>
        <translation>Could not refresh the collections of %1: %2</translation>
    </message>
    <message>
        <source>Fix the region, dates or filters and search again.</source>
        <translation>Fix the region, dates or filters and search again.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::SearchPanel</name>
    <message numerus="yes">
        <source>%1 of %n result(s)</source>
        <translation>
            <numerusform>%1 of %n result</numerusform>
            <numerusform>%1 of %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>First day of the search, inclusive (UTC)</source>
        <translation>First day of the search, inclusive (UTC)</translation>
    </message>
    <message>
        <source>Last day of the search, inclusive (UTC)</source>
        <translation>Last day of the search, inclusive (UTC)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>any, e.g. S2MSI2A</source>
        <translation>any, e.g. S2MSI2A</translation>
    </message>
    <message>
        <source>any, e.g. 23KLP or 220069</source>
        <translation>any, e.g. 23KLP or 220069</translation>
    </message>
    <message>
        <source>MGRS tiles, WRS-2 path/row or MODIS tiles, separated by commas</source>
        <translation>MGRS tiles, WRS-2 path/row or MODIS tiles, separated by commas</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation>Add filter</translation>
    </message>
    <message>
        <source>A provider-specific filter as key and value, e.g. sat:orbit_state = ascending</source>
        <translation>A provider-specific filter as key and value, e.g. sat:orbit_state = ascending</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Collection:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Cloud cover:</source>
        <translation>Cloud cover:</translation>
    </message>
    <message>
        <source>Product t&amp;ype:</source>
        <translation>Product t&amp;ype:</translation>
    </message>
    <message>
        <source>T&amp;ile:</source>
        <translation>T&amp;ile:</translation>
    </message>
    <message>
        <source>Other filters:</source>
        <translation>Other filters:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>West longitude (degrees)</source>
        <translation>West longitude (degrees)</translation>
    </message>
    <message>
        <source>East longitude (degrees); smaller than west when the box crosses the antimeridian</source>
        <translation>East longitude (degrees); smaller than west when the box crosses the antimeridian</translation>
    </message>
    <message>
        <source>South latitude (degrees)</source>
        <translation>South latitude (degrees)</translation>
    </message>
    <message>
        <source>North latitude (degrees)</source>
        <translation>North latitude (degrees)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>No region: the whole globe is searched.</source>
        <translation>No region: the whole globe is searched.</translation>
    </message>
    <message>
        <source>≤ %1%</source>
        <translation>≤ %1%</translation>
    </message>
    <message>
        <source>Not offered by this collection</source>
        <translation>Not offered by this collection</translation>
    </message>
    <message>
        <source>Largest cloud cover accepted</source>
        <translation>Largest cloud cover accepted</translation>
    </message>
    <message>
        <source>Box across the antimeridian.</source>
        <translation>Box across the antimeridian.</translation>
    </message>
    <message>
        <source>Box.</source>
        <translation>Box.</translation>
    </message>
    <message>
        <source>Fetching the collections from the service…</source>
        <translation>Fetching the collections from the service…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The service searched. Some services need an account (Tools → Accounts) to download, and some also to search; the others can be tried at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The service searched. Some services need an account (Tools → Accounts) to download, and some also to search; the others can be tried at once.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The kind of product searched, such as Sentinel-2 Level-2A or Landsat Collection 2 Level-2. Filters the chosen collection does not offer are greyed out below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The kind of product searched, such as Sentinel-2 Level-2A or Landsat Collection 2 Level-2. Filters the chosen collection does not offer are greyed out below.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scenes acquired from the first day to the last, both included, in UTC. Long periods over large regions give many results: narrow them to get the scenes you want first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scenes acquired from the first day to the last, both included, in UTC. Long periods over large regions give many results: narrow them to get the scenes you want first.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The largest share of the scene covered by clouds, as the provider estimated it. At the right end there is no limit; radar and other collections without a cloud estimate do not offer this filter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The largest share of the scene covered by clouds, as the provider estimated it. At the right end there is no limit; radar and other collections without a cloud estimate do not offer this filter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The provider&apos;s own product type, for example S2MSI2A (Sentinel-2 Level-2A) or GRD (Sentinel-1). Empty: every type of the collection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The provider&apos;s own product type, for example S2MSI2A (Sentinel-2 Level-2A) or GRD (Sentinel-1). Empty: every type of the collection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Only scenes of these tiles: MGRS tiles for Sentinel-2 (23KLP), WRS-2 path and row for Landsat (220069) or MODIS tiles (h13v10). Separate several with commas.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Only scenes of these tiles: MGRS tiles for Sentinel-2 (23KLP), WRS-2 path and row for Landsat (220069) or MODIS tiles (h13v10). Separate several with commas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Filters a provider offers beyond the ones above, as a name and a value, for example &lt;i&gt;path&lt;/i&gt; = &lt;i&gt;220&lt;/i&gt; and &lt;i&gt;row&lt;/i&gt; = &lt;i&gt;69&lt;/i&gt; on USGS. &lt;tt&gt;eo-collector-cli providers NAME&lt;/tt&gt; lists the filters of each collection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Filters a provider offers beyond the ones above, as a name and a value, for example &lt;i&gt;path&lt;/i&gt; = &lt;i&gt;220&lt;/i&gt; and &lt;i&gt;row&lt;/i&gt; = &lt;i&gt;69&lt;/i&gt; on USGS. &lt;tt&gt;eo-collector-cli providers NAME&lt;/tt&gt; lists the filters of each collection.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The region as west, south, east and north edges in degrees (WGS 84). Typing here moves the box on the map, and drawing on the map fills these in. No region: the whole globe is searched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The region as west, south, east and north edges in degrees (WGS 84). Typing here moves the box on the map, and drawing on the map fills these in. No region: the whole globe is searched.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name, concept id or keyword</source>
        <translation>Name, concept id or keyword</translation>
    </message>
    <message>
        <source>Pick a collection or type a short name, SHORTNAME.VERSION or concept id; the refresh button searches the service&apos;s collections for the typed words</source>
        <translation>Pick a collection or type a short name, SHORTNAME.VERSION or concept id; the refresh button searches the service&apos;s collections for the typed words</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Set the dates to a range ending today</source>
        <translation>Set the dates to a range ending today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message numerus="yes">
        <source>Polygon with %n corners (its bounds are shown).</source>
        <translation>
            <numerusform>Polygon with %n corner (its bounds are shown).</numerusform>
            <numerusform>Polygon with %n corners (its bounds are shown).</numerusform>
        </translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>The end date %1 is before the start date %2.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Output folder:</translation>
    </message>
    <message>
        <source>Folder layout:</source>
        <translation>Folder layout:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>A new language is used from the next start.</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Parallel downloads per account; the provider allows %1.</source>
        <translation>Parallel downloads per account; the provider allows %1.</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>Bandwidth limit:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Connections per provider:</source>
        <translation>Connections per provider:</translation>
    </message>
    <message>
        <source>Show map tiles (off: the offline basemap only)</source>
        <translation>Show map tiles (off: the offline basemap only)</translation>
    </message>
    <message>
        <source>An XYZ tile URL with {z}, {x} and {y}</source>
        <translation>An XYZ tile URL with {z}, {x} and {y}</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>no disk cache</source>
        <translation>no disk cache</translation>
    </message>
    <message>
        <source>Tile server:</source>
        <translation>Tile server:</translation>
    </message>
    <message>
        <source>Tile cache:</source>
        <translation>Tile cache:</translation>
    </message>
    <message>
        <source>Using the OpenStreetMap servers means following their &lt;a href=&quot;https://operations.osmfoundation.org/policies/tiles/&quot;&gt;tile usage policy&lt;/a&gt;.</source>
        <translation>Using the OpenStreetMap servers means following their &lt;a href=&quot;https://operations.osmfoundation.org/policies/tiles/&quot;&gt;tile usage policy&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1
Default: %2</source>
        <translation>%1
Default: %2</translation>
    </message>
    <message>
        <source>Reset selected to default</source>
        <translation>Reset selected to default</translation>
    </message>
    <message>
        <source>Flat: every file straight in the output folder</source>
        <translation>Flat: every file straight in the output folder</translation>
    </message>
    <message>
        <source>One folder per scene</source>
        <translation>One folder per scene</translation>
    </message>
    <message>
        <source>Brazil Data Cube collection folders</source>
        <translation>Brazil Data Cube collection folders</translation>
    </message>
    <message>
        <source>Collection, version, tile or path/row and date folders, as the BDC collectors write them, e.g. S2_L1C/v001/21/L/ZG/2020/&lt;scene&gt;</source>
        <translation>Collection, version, tile or path/row and date folders, as the BDC collectors write them, e.g. S2_L1C/v001/21/L/ZG/2020/&lt;scene&gt;</translation>
    </message>
    <message>
        <source>1 makes the folder v001, 1.0 makes v1.0</source>
        <translation>1 makes the folder v001, 1.0 makes v1.0</translation>
    </message>
    <message>
        <source>Collection version:</source>
        <translation>Collection version:</translation>
    </message>
    <message>
        <source>system, none, or e.g. http://proxy.example.org:3128</source>
        <translation>system, none, or e.g. http://proxy.example.org:3128</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>eoc::ui::ThumbnailCache</name>
    <message numerus="yes">
        <source>the answer (%n byte(s)) is not an image this program can read</source>
        <translation>
            <numerusform>the answer (%n byte) is not an image this program can read</numerusform>
            <numerusform>the answer (%n bytes) is not an image this program can read</numerusform>
        </translation>
    </message>
    <message>
        <source>no network access in this window</source>
        <translation>no network access in this window</translation>
    </message>
</context>
</TS>

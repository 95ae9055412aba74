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
    <name>AccountCommand</name>
    <message>
        <source>Usage:
  eo-collector-cli account add PROVIDER --account NAME     store NAME&apos;s password in the keychain
  eo-collector-cli account list [PROVIDER]                 the accounts (never their passwords)
  eo-collector-cli account remove PROVIDER --account NAME  delete the account from the keychain
  eo-collector-cli account test PROVIDER [--account NAME] [--one-time-code]
                                                           log in once and report the result
The password is asked for with echo off when standard input is a terminal, otherwise it is
read from standard input (e.g. `printf %s &quot;$PW&quot; | eo-collector-cli account add ...`); it is
never taken from the command line. For scripts, EOC_&lt;PROVIDER&gt;_USERNAME and
EOC_&lt;PROVIDER&gt;_PASSWORD (or _TOKEN) in the environment are used before the keychain.
</source>
        <translation>Usage:
  eo-collector-cli account add PROVIDER --account NAME     store NAME&apos;s password in the keychain
  eo-collector-cli account list [PROVIDER]                 the accounts (never their passwords)
  eo-collector-cli account remove PROVIDER --account NAME  delete the account from the keychain
  eo-collector-cli account test PROVIDER [--account NAME] [--one-time-code]
                                                           log in once and report the result
The password is asked for with echo off when standard input is a terminal, otherwise it is
read from standard input (e.g. `printf %s &quot;$PW&quot; | eo-collector-cli account add ...`); it is
never taken from the command line. For scripts, EOC_&lt;PROVIDER&gt;_USERNAME and
EOC_&lt;PROVIDER&gt;_PASSWORD (or _TOKEN) in the environment are used before the keychain.
</translation>
    </message>
    <message>
        <source>Manage provider accounts in the keychain</source>
        <translation>Manage provider accounts in the keychain</translation>
    </message>
    <message>
        <source>add, list, remove or test</source>
        <translation>add, list, remove or test</translation>
    </message>
    <message>
        <source>The provider, e.g. dataspace</source>
        <translation>The provider, e.g. dataspace</translation>
    </message>
    <message>
        <source>The user name at the provider (default: the first account).</source>
        <translation>The user name at the provider (default: the first account).</translation>
    </message>
    <message>
        <source>test: ask for a two-factor one-time code (read from standard input when it is not a terminal).</source>
        <translation>test: ask for a two-factor one-time code (read from standard input when it is not a terminal).</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;
%2</source>
        <translation>Unexpected argument &apos;%1&apos;
%2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>No action given</source>
        <translation>No action given</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;</source>
        <translation>Unknown action &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No provider given, e.g. `account %1 dataspace`</source>
        <translation>No provider given, e.g. `account %1 dataspace`</translation>
    </message>
    <message>
        <source>--account NAME is required (the user name at %1)</source>
        <translation>--account NAME is required (the user name at %1)</translation>
    </message>
    <message>
        <source>User name at %1: </source>
        <translation>User name at %1: </translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Password for %1 at %2: </translation>
    </message>
    <message>
        <source>No password given</source>
        <translation>No password given</translation>
    </message>
    <message>
        <source>No password on standard input</source>
        <translation>No password on standard input</translation>
    </message>
    <message>
        <source>Stored the password of %1 for %2 in the keychain</source>
        <translation>Stored the password of %1 for %2 in the keychain</translation>
    </message>
    <message>
        <source>--account NAME is required: which account of %1 to remove</source>
        <translation>--account NAME is required: which account of %1 to remove</translation>
    </message>
    <message>
        <source>Removed %1 of %2 from the keychain</source>
        <translation>Removed %1 of %2 from the keychain</translation>
    </message>
    <message>
        <source>The keychain is unavailable, so no password can be stored or read: %1</source>
        <translation>The keychain is unavailable, so no password can be stored or read: %1</translation>
    </message>
    <message>
        <source>No accounts; add one with `eo-collector-cli account add PROVIDER --account NAME`</source>
        <translation>No accounts; add one with `eo-collector-cli account add PROVIDER --account NAME`</translation>
    </message>
    <message>
        <source>`account test` knows only OpenID Connect logins; %1 has none (the password of %2 was found, but not tried)</source>
        <translation>`account test` knows only OpenID Connect logins; %1 has none (the password of %2 was found, but not tried)</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>One-time code: </translation>
    </message>
    <message>
        <source>No one-time code given</source>
        <translation>No one-time code given</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2</source>
        <translation>Logged in to %1 as %2</translation>
    </message>
    <message>
        <source>FTP servers</source>
        <translation>FTP servers</translation>
    </message>
    <message>
        <source>%1 signs downloads with the e-mail address you registered there: give it as --account (not &apos;%2&apos;)</source>
        <translation>%1 signs downloads with the e-mail address you registered there: give it as --account (not &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>The shared queue&apos;s password is checked when a `queue` command connects to it</source>
        <translation>The shared queue&apos;s password is checked when a `queue` command connects to it</translation>
    </message>
    <message>
        <source>the shared download queue</source>
        <translation>the shared download queue</translation>
    </message>
</context>
<context>
    <name>ArchiveCommand</name>
    <message>
        <source>tile</source>
        <translation>tile</translation>
    </message>
    <message>
        <source>zipped</source>
        <translation>zipped</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>bands:</source>
        <translation>bands:</translation>
    </message>
    <message>
        <source>assets:</source>
        <translation>assets:</translation>
    </message>
    <message>
        <source>DAMAGED:</source>
        <translation>DAMAGED:</translation>
    </message>
    <message>
        <source>List, check and open the products already on disk</source>
        <translation>List, check and open the products already on disk</translation>
    </message>
    <message>
        <source>Print JSON: an array of products (scan, verify) or an object of name → GDAL path.</source>
        <translation>Print JSON: an array of products (scan, verify) or an object of name → GDAL path.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 product(s), %2, %3 damaged</source>
        <translation>%1 product(s), %2, %3 damaged</translation>
    </message>
    <message>
        <source>%1 damaged product(s) under %2</source>
        <translation>%1 damaged product(s) under %2</translation>
    </message>
    <message>
        <source>%1 (scanned %2)</source>
        <translation>%1 (scanned %2)</translation>
    </message>
    <message>
        <source>%1 was never scanned; run `archive scan %1` first</source>
        <translation>%1 was never scanned; run `archive scan %1` first</translation>
    </message>
    <message>
        <source>scan FOLDER | verify FOLDER | list [FOLDER] | files PRODUCT | assets PRODUCT</source>
        <translation>scan FOLDER | verify FOLDER | list [FOLDER] | files PRODUCT | assets PRODUCT</translation>
    </message>
    <message>
        <source>archive needs an action and a path: scan FOLDER, verify FOLDER, list [FOLDER], files PRODUCT or assets PRODUCT</source>
        <translation>archive needs an action and a path: scan FOLDER, verify FOLDER, list [FOLDER], files PRODUCT or assets PRODUCT</translation>
    </message>
    <message numerus="yes">
        <source>checksums: %n file(s) still match what was recorded at download</source>
        <translation>
            <numerusform>checksums: %n file still matches what was recorded at download</numerusform>
            <numerusform>checksums: %n files still match what was recorded at download</numerusform>
        </translation>
    </message>
    <message>
        <source>scan: list the bands without opening them with GDAL or comparing the checksums recorded at download.</source>
        <translation>scan: list the bands without opening them with GDAL or comparing the checksums recorded at download.</translation>
    </message>
    <message>
        <source>loose files</source>
        <translation>loose files</translation>
    </message>
    <message>
        <source>A folder to scan, or one product (zip, .SAFE or scene folder, or FOLDER/SCENE_ID for a scene&apos;s loose files in FOLDER).</source>
        <translation>A folder to scan, or one product (zip, .SAFE or scene folder, or FOLDER/SCENE_ID for a scene&apos;s loose files in FOLDER).</translation>
    </message>
</context>
<context>
    <name>ArchiveController</name>
    <message>
        <source>%1. Scan its folder again to update the list.</source>
        <translation>%1. Scan its folder again to update the list.</translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>%1 is selected among the search results and on the map</source>
        <translation>%1 is selected among the search results and on the map</translation>
    </message>
    <message>
        <source>%1 is not among the search results: search its tile and date to see it on the map</source>
        <translation>%1 is not among the search results: search its tile and date to see it on the map</translation>
    </message>
</context>
<context>
    <name>AssetOption</name>
    <message>
        <source>assets: %1; %2 in all</source>
        <translation>assets: %1; %2 in all</translation>
    </message>
    <message>
        <source>assets: %1</source>
        <translation>assets: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>assets: forgot the choice for %1</source>
        <translation>assets: forgot the choice for %1</translation>
    </message>
    <message>
        <source>assets: remembered for %1</source>
        <translation>assets: remembered for %1</translation>
    </message>
    <message>
        <source>Only these assets of each scene, e.g. B04,B08,SCL (case does not matter); &apos;all&apos; for the default files. Without it, the choice remembered for the collection applies.</source>
        <translation>Only these assets of each scene, e.g. B04,B08,SCL (case does not matter); &apos;all&apos; for the default files. Without it, the choice remembered for the collection applies.</translation>
    </message>
    <message>
        <source>Remember the --assets choice for the collection (--assets all forgets it).</source>
        <translation>Remember the --assets choice for the collection (--assets all forgets it).</translation>
    </message>
    <message>
        <source>--remember-assets needs --assets KEYS (or --assets all)</source>
        <translation>--remember-assets needs --assets KEYS (or --assets all)</translation>
    </message>
    <message>
        <source>The assets remembered for %1 (%2) do not fit: %3. Give --assets KEYS, or --assets all --remember-assets to forget them</source>
        <translation>The assets remembered for %1 (%2) do not fit: %3. Give --assets KEYS, or --assets all --remember-assets to forget them</translation>
    </message>
    <message>
        <source>remembered for %1</source>
        <translation>remembered for %1</translation>
    </message>
    <message>
        <source>--assets needs asset keys like B04,B08,SCL, or &apos;all&apos;</source>
        <translation>--assets needs asset keys like B04,B08,SCL, or &apos;all&apos;</translation>
    </message>
    <message>
        <source>--assets: %1</source>
        <translation>--assets: %1</translation>
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
    <name>BasicAuthSession</name>
    <message>
        <source>No credentials for %1</source>
        <translation>No credentials for %1</translation>
    </message>
</context>
<context>
    <name>BdcCollections</name>
    <message>
        <source>Sentinel-2 16-day data cube, version 2</source>
        <translation>Sentinel-2 16-day data cube, version 2</translation>
    </message>
    <message>
        <source>CBERS-4 WFI 16-day data cube, version 2</source>
        <translation>CBERS-4 WFI 16-day data cube, version 2</translation>
    </message>
    <message>
        <source>CBERS-4/4A WFI 8-day data cube, version 1</source>
        <translation>CBERS-4/4A WFI 8-day data cube, version 1</translation>
    </message>
    <message>
        <source>Landsat 16-day data cube, version 1</source>
        <translation>Landsat 16-day data cube, version 1</translation>
    </message>
    <message>
        <source>MODIS MOD13Q1 vegetation indices, 6.1</source>
        <translation>MODIS MOD13Q1 vegetation indices, 6.1</translation>
    </message>
    <message>
        <source>CBERS-4 WFI scenes, surface reflectance</source>
        <translation>CBERS-4 WFI scenes, surface reflectance</translation>
    </message>
    <message>
        <source>CBERS-4 MUX scenes, surface reflectance</source>
        <translation>CBERS-4 MUX scenes, surface reflectance</translation>
    </message>
    <message>
        <source>CBERS-4A WFI scenes, surface reflectance</source>
        <translation>CBERS-4A WFI scenes, surface reflectance</translation>
    </message>
    <message>
        <source>CBERS-4A MUX scenes, surface reflectance</source>
        <translation>CBERS-4A MUX scenes, surface reflectance</translation>
    </message>
    <message>
        <source>Amazonia-1 WFI scenes, surface reflectance</source>
        <translation>Amazonia-1 WFI scenes, surface reflectance</translation>
    </message>
    <message>
        <source>Sentinel-2 Level-2A scenes</source>
        <translation>Sentinel-2 Level-2A scenes</translation>
    </message>
    <message>
        <source>Landsat Collection 2 scenes</source>
        <translation>Landsat Collection 2 scenes</translation>
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
    <name>CliApplication</name>
    <message>
        <source>Set a provider setting for this run (repeatable).</source>
        <translation>Set a provider setting for this run (repeatable).</translation>
    </message>
    <message>
        <source>Read settings from a JSON file ({&quot;key&quot;: &quot;value&quot;}).</source>
        <translation>Read settings from a JSON file ({&quot;key&quot;: &quot;value&quot;}).</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Show help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Usage: eo-collector-cli [--set KEY=VALUE]... [--config FILE] COMMAND [options]

Search and download Earth-observation imagery from many providers.

Commands:
</source>
        <translation>Usage: eo-collector-cli [--set KEY=VALUE]... [--config FILE] COMMAND [options]

Search and download Earth-observation imagery from many providers.

Commands:
</translation>
    </message>
    <message>
        <source>
Global options:
  --set KEY=VALUE   a setting for this run, e.g. --set dataspace.odata_url=https://...
  --config FILE     settings from a JSON file
  --help            help (with a command: that command&apos;s options)
  --version         the version

Exit codes: 0 success, 2 bad input, 1 any other failure.
</source>
        <translation>
Global options:
  --set KEY=VALUE   a setting for this run, e.g. --set dataspace.odata_url=https://...
  --config FILE     settings from a JSON file
  --help            help (with a command: that command&apos;s options)
  --version         the version

Exit codes: 0 success, 2 bad input, 1 any other failure.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no command given</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run --help for the list</source>
        <translation>unknown command &apos;%1&apos;; run --help for the list</translation>
    </message>
</context>
<context>
    <name>CliCredentials</name>
    <message>
        <source>One-time code for %1 at %2: </source>
        <translation>One-time code for %1 at %2: </translation>
    </message>
    <message>
        <source>No one-time code was given for %1</source>
        <translation>No one-time code was given for %1</translation>
    </message>
</context>
<context>
    <name>CollectionLayout</name>
    <message>
        <source>the %1 is empty</source>
        <translation>the %1 is empty</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; must be a single folder name (no &apos;/&apos;, &apos;\&apos;, &apos;.&apos; or &apos;..&apos;)</source>
        <translation>the %1 &apos;%2&apos; must be a single folder name (no &apos;/&apos;, &apos;\&apos;, &apos;.&apos; or &apos;..&apos;)</translation>
    </message>
    <message>
        <source>scene %1: tile &apos;%2&apos; is not an MGRS tile such as 21LZG</source>
        <translation>scene %1: tile &apos;%2&apos; is not an MGRS tile such as 21LZG</translation>
    </message>
    <message>
        <source>scene %1: tile &apos;%2&apos; is not a WRS-2 path and row PPPRRR</source>
        <translation>scene %1: tile &apos;%2&apos; is not a WRS-2 path and row PPPRRR</translation>
    </message>
    <message>
        <source>scene %1: tile &apos;%2&apos; is not a MODIS tile such as h14v10</source>
        <translation>scene %1: tile &apos;%2&apos; is not a MODIS tile such as h14v10</translation>
    </message>
    <message>
        <source>collection name</source>
        <translation>collection name</translation>
    </message>
    <message>
        <source>scene id</source>
        <translation>scene id</translation>
    </message>
    <message>
        <source>scene %1 has no sensing date, which the %2 layout needs</source>
        <translation>scene %1 has no sensing date, which the %2 layout needs</translation>
    </message>
    <message>
        <source>collection version &apos;%1&apos; is neither an integer (1) nor a decimal (1.0)</source>
        <translation>collection version &apos;%1&apos; is neither an integer (1) nor a decimal (1.0)</translation>
    </message>
</context>
<context>
    <name>CredentialSource</name>
    <message>
        <source>%1 asks for a two-factor one-time code with every login, and none was given: pass --one-time-code (the code is read from the terminal or standard input), or download from the desktop application, which asks for it</source>
        <translation>%1 asks for a two-factor one-time code with every login, and none was given: pass --one-time-code (the code is read from the terminal or standard input), or download from the desktop application, which asks for it</translation>
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
    <name>CreodiasProvider</name>
    <message>
        <source>OData catalogue (search; anonymous)</source>
        <translation>OData catalogue (search; anonymous)</translation>
    </message>
    <message>
        <source>Download service (Products(&lt;Id&gt;)/$value)</source>
        <translation>Download service (Products(&lt;Id&gt;)/$value)</translation>
    </message>
    <message>
        <source>Keycloak token endpoint (login and refresh)</source>
        <translation>Keycloak token endpoint (login and refresh)</translation>
    </message>
    <message>
        <source>Keycloak client id</source>
        <translation>Keycloak client id</translation>
    </message>
    <message>
        <source>Keycloak client secret of the public client (empty: none is sent)</source>
        <translation>Keycloak client secret of the public client (empty: none is sent)</translation>
    </message>
    <message>
        <source>Every login asks for a two-factor one-time code (mandatory on CREODIAS since May 2023; false only for accounts exempt from it)</source>
        <translation>Every login asks for a two-factor one-time code (mandatory on CREODIAS since May 2023; false only for accounts exempt from it)</translation>
    </message>
    <message>
        <source>Requests a minute to the catalogue and download services (0: no limit)</source>
        <translation>Requests a minute to the catalogue and download services (0: no limit)</translation>
    </message>
    <message>
        <source>Simultaneous downloads per account</source>
        <translation>Simultaneous downloads per account</translation>
    </message>
    <message>
        <source>Results per catalogue request (1..1000)</source>
        <translation>Results per catalogue request (1..1000)</translation>
    </message>
    <message>
        <source>The CREODIAS search</source>
        <translation>The CREODIAS search</translation>
    </message>
    <message>
        <source>CREODIAS is searched through its OData catalogue only</source>
        <translation>CREODIAS is searched through its OData catalogue only</translation>
    </message>
    <message>
        <source>No scene id given</source>
        <translation>No scene id given</translation>
    </message>
    <message>
        <source>%1 is not online at CREODIAS (Online: false) and its API cannot order it; try the dataspace provider, or download it later.</source>
        <translation>%1 is not online at CREODIAS (Online: false) and its API cannot order it; try the dataspace provider, or download it later.</translation>
    </message>
    <message>
        <source>Downloading from CREODIAS needs an account: add one with `eo-collector-cli account add creodias --account NAME` (sign up at https://creodias.eu; two-factor authentication is mandatory)</source>
        <translation>Downloading from CREODIAS needs an account: add one with `eo-collector-cli account add creodias --account NAME` (sign up at https://creodias.eu; two-factor authentication is mandatory)</translation>
    </message>
    <message>
        <source>%1 is not in the CREODIAS catalogue</source>
        <translation>%1 is not in the CREODIAS catalogue</translation>
    </message>
    <message>
        <source>Where the eodata store is mounted on this machine (/eodata on CREODIAS virtual machines): products found there are copied instead of downloaded, without a login; empty: always download</source>
        <translation>Where the eodata store is mounted on this machine (/eodata on CREODIAS virtual machines): products found there are copied instead of downloaded, without a login; empty: always download</translation>
    </message>
    <message>
        <source>Catalogue pages and time windows of one search fetched at once (1: one after the other); creodias.requests_per_minute still holds</source>
        <translation>Catalogue pages and time windows of one search fetched at once (1: one after the other); creodias.requests_per_minute still holds</translation>
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
    <message>
        <source>The STAC service of the Copernicus Data Space has no collection for %1%2; use the OData strategy (--set dataspace.strategy=odata)</source>
        <translation>The STAC service of the Copernicus Data Space has no collection for %1%2; use the OData strategy (--set dataspace.strategy=odata)</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Search cancelled</translation>
    </message>
    <message>
        <source>OData catalogue (search)</source>
        <translation>OData catalogue (search)</translation>
    </message>
    <message>
        <source>STAC service (search with dataspace.strategy=stac)</source>
        <translation>STAC service (search with dataspace.strategy=stac)</translation>
    </message>
    <message>
        <source>OpenID Connect token endpoint (login and refresh)</source>
        <translation>OpenID Connect token endpoint (login and refresh)</translation>
    </message>
    <message>
        <source>OpenID Connect end-session endpoint (logout when the program quits)</source>
        <translation>OpenID Connect end-session endpoint (logout when the program quits)</translation>
    </message>
    <message>
        <source>OpenID Connect client id</source>
        <translation>OpenID Connect client id</translation>
    </message>
    <message>
        <source>Download service (Products(&lt;Id&gt;)/$value)</source>
        <translation>Download service (Products(&lt;Id&gt;)/$value)</translation>
    </message>
    <message>
        <source>Search API: odata or stac</source>
        <translation>Search API: odata or stac</translation>
    </message>
    <message>
        <source>Sentinel-1 GRD searches also list the cloud-optimised twins (-COG types); the cog filter overrides it per search</source>
        <translation>Sentinel-1 GRD searches also list the cloud-optimised twins (-COG types); the cog filter overrides it per search</translation>
    </message>
    <message>
        <source>Results per catalogue request (1..1000)</source>
        <translation>Results per catalogue request (1..1000)</translation>
    </message>
    <message>
        <source>Simultaneous downloads per account (the service allows 4 for general users)</source>
        <translation>Simultaneous downloads per account (the service allows 4 for general users)</translation>
    </message>
    <message>
        <source>Where the eodata store is mounted on this machine (/eodata on Data Space virtual machines): products found there are copied instead of downloaded; empty: always download</source>
        <translation>Where the eodata store is mounted on this machine (/eodata on Data Space virtual machines): products found there are copied instead of downloaded; empty: always download</translation>
    </message>
    <message>
        <source>Catalogue pages and time windows of one search fetched at once (1: one after the other)</source>
        <translation>Catalogue pages and time windows of one search fetched at once (1: one after the other)</translation>
    </message>
    <message>
        <source>Login sessions per account that the workers of a shared queue hold together (the service allows 100 per user)</source>
        <translation>Login sessions per account that the workers of a shared queue hold together (the service allows 100 per user)</translation>
    </message>
</context>
<context>
    <name>DhusProvider</name>
    <message>
        <source>ESA&apos;s Copernicus Open Access Hub (SciHub, apihub) closed in October 2023 and no longer answers. Its Sentinel products are served by the &apos;dataspace&apos; provider (Copernicus Data Space Ecosystem) and by CREODIAS (&apos;creodias&apos;); set dhus.url to a national or collaborative hub that still runs the Data Hub Software.</source>
        <translation>ESA&apos;s Copernicus Open Access Hub (SciHub, apihub) closed in October 2023 and no longer answers. Its Sentinel products are served by the &apos;dataspace&apos; provider (Copernicus Data Space Ecosystem) and by CREODIAS (&apos;creodias&apos;); set dhus.url to a national or collaborative hub that still runs the Data Hub Software.</translation>
    </message>
    <message>
        <source>dhus.url &apos;%1&apos; is not an http(s) address of a hub (e.g. https://colhub.met.no)</source>
        <translation>dhus.url &apos;%1&apos; is not an http(s) address of a hub (e.g. https://colhub.met.no)</translation>
    </message>
    <message>
        <source>Choose a hub: set dhus.url to its root (e.g. --set dhus.url=https://colhub.met.no) or dhus.preset to colhub, colhub-archive or finhub</source>
        <translation>Choose a hub: set dhus.url to its root (e.g. --set dhus.url=https://colhub.met.no) or dhus.preset to colhub, colhub-archive or finhub</translation>
    </message>
    <message>
        <source>Unknown dhus.preset &apos;%1&apos;; known: %2</source>
        <translation>Unknown dhus.preset &apos;%1&apos;; known: %2</translation>
    </message>
    <message>
        <source>The hubs know no collection &apos;%1&apos;; known: %2</source>
        <translation>The hubs know no collection &apos;%1&apos;; known: %2</translation>
    </message>
    <message>
        <source>%1 has no hub product id: search for it first</source>
        <translation>%1 has no hub product id: search for it first</translation>
    </message>
    <message>
        <source>Asking the hub whether %1 is online</source>
        <translation>Asking the hub whether %1 is online</translation>
    </message>
    <message>
        <source>The hub answered &apos;%1&apos; when asked whether %2 is online</source>
        <translation>The hub answered &apos;%1&apos; when asked whether %2 is online</translation>
    </message>
    <message>
        <source>%1 is in the hub&apos;s long-term archive: it is requested and downloaded once online (archive requests this hour: %2 of %3)</source>
        <translation>%1 is in the hub&apos;s long-term archive: it is requested and downloaded once online (archive requests this hour: %2 of %3)</translation>
    </message>
    <message>
        <source>The hub allows %1 long-term archive requests an hour per account, and they are used up; %2 is requested again later</source>
        <translation>The hub allows %1 long-term archive requests an hour per account, and they are used up; %2 is requested again later</translation>
    </message>
    <message>
        <source>Requesting %1 from the hub&apos;s archive</source>
        <translation>Requesting %1 from the hub&apos;s archive</translation>
    </message>
    <message>
        <source>%1 was requested from the hub&apos;s long-term archive (archive requests this hour: %2 of %3)</source>
        <translation>%1 was requested from the hub&apos;s long-term archive (archive requests this hour: %2 of %3)</translation>
    </message>
    <message>
        <source>Root of the hub (it serves /odata/v1 and /search), e.g. https://colhub.met.no</source>
        <translation>Root of the hub (it serves /odata/v1 and /search), e.g. https://colhub.met.no</translation>
    </message>
    <message>
        <source>A known hub when dhus.url is empty: colhub, colhub-archive or finhub (apihub and scihub closed in October 2023)</source>
        <translation>A known hub when dhus.url is empty: colhub, colhub-archive or finhub (apihub and scihub closed in October 2023)</translation>
    </message>
    <message>
        <source>Search API: odata or opensearch</source>
        <translation>Search API: odata or opensearch</translation>
    </message>
    <message>
        <source>Accounts used in turn to spread the hub&apos;s per-account limits, names separated by commas (their passwords are in the keychain); empty: the default account</source>
        <translation>Accounts used in turn to spread the hub&apos;s per-account limits, names separated by commas (their passwords are in the keychain); empty: the default account</translation>
    </message>
    <message>
        <source>Simultaneous downloads per account (the hubs allowed 2)</source>
        <translation>Simultaneous downloads per account (the hubs allowed 2)</translation>
    </message>
    <message>
        <source>Long-term archive requests per account and hour</source>
        <translation>Long-term archive requests per account and hour</translation>
    </message>
    <message>
        <source>Results per request (the hubs allow at most 100)</source>
        <translation>Results per request (the hubs allow at most 100)</translation>
    </message>
    <message>
        <source>Data Hub Software hubs (SciHub protocol)</source>
        <translation>Data Hub Software hubs (SciHub protocol)</translation>
    </message>
    <message>
        <source>Unknown dhus search strategy &apos;%1&apos; (odata or opensearch)</source>
        <translation>Unknown dhus search strategy &apos;%1&apos; (odata or opensearch)</translation>
    </message>
    <message>
        <source>The hub&apos;s search</source>
        <translation>The hub&apos;s search</translation>
    </message>
    <message>
        <source>No scene id given</source>
        <translation>No scene id given</translation>
    </message>
    <message>
        <source>Search pages fetched at once (1: one after the other)</source>
        <translation>Search pages fetched at once (1: one after the other)</translation>
    </message>
</context>
<context>
    <name>DownloadCommand</name>
    <message>
        <source>Download scenes or URLs through the queue</source>
        <translation>Download scenes or URLs through the queue</translation>
    </message>
    <message>
        <source>Download every file of a Metalink 4 file (RFC 5854).</source>
        <translation>Download every file of a Metalink 4 file (RFC 5854).</translation>
    </message>
    <message>
        <source>Download the results saved by `search --output` (.json or .geojson).</source>
        <translation>Download the results saved by `search --output` (.json or .geojson).</translation>
    </message>
    <message>
        <source>Provider of --scene-id.</source>
        <translation>Provider of --scene-id.</translation>
    </message>
    <message>
        <source>Scene to look up and download (repeatable).</source>
        <translation>Scene to look up and download (repeatable).</translation>
    </message>
    <message>
        <source>Collection of --scene-id.</source>
        <translation>Collection of --scene-id.</translation>
    </message>
    <message>
        <source>Output folder (default: the current folder).</source>
        <translation>Output folder (default: the current folder).</translation>
    </message>
    <message>
        <source>flat (default), scene-folder (one folder per scene) or bdc (Brazil Data Cube collection folders, version from the setting download.bdc_version, default 1).</source>
        <translation>flat (default), scene-folder (one folder per scene) or bdc (Brazil Data Cube collection folders, version from the setting download.bdc_version, default 1).</translation>
    </message>
    <message>
        <source>Expected SHA-256 of --url.</source>
        <translation>Expected SHA-256 of --url.</translation>
    </message>
    <message>
        <source>Expected SHA-512 of --url.</source>
        <translation>Expected SHA-512 of --url.</translation>
    </message>
    <message>
        <source>Expected SHA-1 of --url.</source>
        <translation>Expected SHA-1 of --url.</translation>
    </message>
    <message>
        <source>Expected MD5 of --url.</source>
        <translation>Expected MD5 of --url.</translation>
    </message>
    <message>
        <source>Expected BLAKE3 of --url.</source>
        <translation>Expected BLAKE3 of --url.</translation>
    </message>
    <message>
        <source>Extra request header for --url (repeatable), like curl -H. Sent to the URL&apos;s own host only; values other than Accept, Accept-Language, User-Agent, Cache-Control, Pragma and DNT are kept in the keychain, not the journal.</source>
        <translation>Extra request header for --url (repeatable), like curl -H. Sent to the URL&apos;s own host only; values other than Accept, Accept-Language, User-Agent, Cache-Control, Pragma and DNT are kept in the keychain, not the journal.</translation>
    </message>
    <message>
        <source>Transfers at once (default 4).</source>
        <translation>Transfers at once (default 4).</translation>
    </message>
    <message>
        <source>Total download rate, like curl: 500K, 2M.</source>
        <translation>Total download rate, like curl: 500K, 2M.</translation>
    </message>
    <message>
        <source>Priority of the new items (higher runs first).</source>
        <translation>Priority of the new items (higher runs first).</translation>
    </message>
    <message>
        <source>Progress as one JSON object per line.</source>
        <translation>Progress as one JSON object per line.</translation>
    </message>
    <message>
        <source>Read the two-factor one-time code a login asks for (CREODIAS) from standard input; on a terminal it is asked for anyway.</source>
        <translation>Read the two-factor one-time code a login asks for (CREODIAS) from standard input; on a terminal it is asked for anyway.</translation>
    </message>
    <message>
        <source>Give exactly one of --url, --metalink, --from or --provider with --scene-id</source>
        <translation>Give exactly one of --url, --metalink, --from or --provider with --scene-id</translation>
    </message>
    <message>
        <source>--assets chooses files of scenes: use it with --from or --scene-id</source>
        <translation>--assets chooses files of scenes: use it with --from or --scene-id</translation>
    </message>
    <message>
        <source>Unknown layout &apos;%1&apos; (flat, scene-folder, bdc)</source>
        <translation>Unknown layout &apos;%1&apos; (flat, scene-folder, bdc)</translation>
    </message>
    <message>
        <source>--priority needs a whole number</source>
        <translation>--priority needs a whole number</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 64</source>
        <translation>--jobs needs a number from 1 to 64</translation>
    </message>
    <message>
        <source>--limit-rate &apos;%1&apos; is not a rate like 500K or 2M</source>
        <translation>--limit-rate &apos;%1&apos; is not a rate like 500K or 2M</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Result &apos;%1&apos; in %2 names no provider</source>
        <translation>Result &apos;%1&apos; in %2 names no provider</translation>
    </message>
    <message>
        <source>--scene-id needs --provider</source>
        <translation>--scene-id needs --provider</translation>
    </message>
    <message>
        <source>--%1 checks one file, but %2 --url were given: download the files one per run to check them</source>
        <translation>--%1 checks one file, but %2 --url were given: download the files one per run to check them</translation>
    </message>
    <message>
        <source>--%1 needs %2 hexadecimal digits, got &apos;%3&apos;</source>
        <translation>--%1 needs %2 hexadecimal digits, got &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--url &apos;%1&apos; has a user name, which works with a single --url only: give one URL per run, or the credentials with --header</source>
        <translation>--url &apos;%1&apos; has a user name, which works with a single --url only: give one URL per run, or the credentials with --header</translation>
    </message>
    <message>
        <source>--url has a user name and --header gives Authorization: give only one of them</source>
        <translation>--url has a user name and --header gives Authorization: give only one of them</translation>
    </message>
    <message>
        <source>note: no keychain is available (%1); the headers %2 are kept in memory for this run only</source>
        <translation>note: no keychain is available (%1); the headers %2 are kept in memory for this run only</translation>
    </message>
    <message>
        <source>note: the process that runs the queue cannot read them, so this download will fail</source>
        <translation>note: the process that runs the queue cannot read them, so this download will fail</translation>
    </message>
    <message>
        <source>Scene &apos;%1&apos; was not found</source>
        <translation>Scene &apos;%1&apos; was not found</translation>
    </message>
    <message>
        <source>note: another eo-collector process runs the queue; it will download these items. Following its progress.</source>
        <translation>note: another eo-collector process runs the queue; it will download these items. Following its progress.</translation>
    </message>
    <message>
        <source>Download this http(s), ftp or ftps URL (plain-link provider; repeatable).</source>
        <translation>Download this http(s), ftp or ftps URL (plain-link provider; repeatable).</translation>
    </message>
    <message>
        <source>With an ftp:// or ftps:// --url of a folder: download the files under it that PATTERN names, level by level (tokens %Y %YY %m %d %JJJ %H %M %S, *).</source>
        <translation>With an ftp:// or ftps:// --url of a folder: download the files under it that PATTERN names, level by level (tokens %Y %YY %m %d %JJJ %H %M %S, *).</translation>
    </message>
    <message>
        <source>--mask needs exactly one --url: the FTP folder it starts in</source>
        <translation>--mask needs exactly one --url: the FTP folder it starts in</translation>
    </message>
    <message>
        <source>--mask may name many files; a checksum option checks one: give the file&apos;s own --url</source>
        <translation>--mask may name many files; a checksum option checks one: give the file&apos;s own --url</translation>
    </message>
    <message>
        <source>--url &apos;%1&apos; is not an http, https, ftp or ftps URL</source>
        <translation>--url &apos;%1&apos; is not an http, https, ftp or ftps URL</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the queue (%1); not downloaded now: `eo-collector-cli queue run` downloads them</source>
        <translation>
            <numerusform>%n item in the queue (%1); not downloaded now: `eo-collector-cli queue run` downloads them</numerusform>
            <numerusform>%n items in the queue (%1); not downloaded now: `eo-collector-cli queue run` downloads them</numerusform>
        </translation>
    </message>
    <message>
        <source>Only put the items in the queue; `queue run` or the desktop program downloads them.</source>
        <translation>Only put the items in the queue; `queue run` or the desktop program downloads them.</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>No queue item %1</source>
        <translation>No queue item %1</translation>
    </message>
    <message>
        <source>A queue item needs a provider</source>
        <translation>A queue item needs a provider</translation>
    </message>
    <message>
        <source>A queue item needs an output folder</source>
        <translation>A queue item needs an output folder</translation>
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
    <message>
        <source>NASA CMR: %1</source>
        <translation>NASA CMR: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>A search of several days without a limit is cut into this many date ranges searched at once (1: one search, one page after the other)</source>
        <translation>A search of several days without a limit is cut into this many date ranges searched at once (1: one search, one page after the other)</translation>
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
    <name>FolderMask</name>
    <message>
        <source>The mask &apos;%1&apos; has &apos;%2&apos;, which is not a mask token; use %Y, %YY, %m, %d, %JJJ, %H, %M, %S or *</source>
        <translation>The mask &apos;%1&apos; has &apos;%2&apos;, which is not a mask token; use %Y, %YY, %m, %d, %JJJ, %H, %M, %S or *</translation>
    </message>
    <message>
        <source>The mask is empty; give a file name pattern such as &apos;*.tif&apos;</source>
        <translation>The mask is empty; give a file name pattern such as &apos;*.tif&apos;</translation>
    </message>
    <message>
        <source>The mask &apos;%1&apos; may not climb folders (&apos;%2&apos;)</source>
        <translation>The mask &apos;%1&apos; may not climb folders (&apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>FolderOpener</name>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
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
</context>
<context>
    <name>FolderZip</name>
    <message>
        <source>Cannot pack %1: %2</source>
        <translation>Cannot pack %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 is missing</source>
        <translation>the folder %1 is missing</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>cannot rename %1</translation>
    </message>
</context>
<context>
    <name>FtpErrors</name>
    <message>
        <source>%1 refused the FTP login (%2). The user name and password come from EOC_FTP_USERNAME and EOC_FTP_PASSWORD, the keychain (provider ftp, account %1) or the URL; check them there</source>
        <translation>%1 refused the FTP login (%2). The user name and password come from EOC_FTP_USERNAME and EOC_FTP_PASSWORD, the keychain (provider ftp, account %1) or the URL; check them there</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. A server with a certificate of its own making is trusted only when that certificate is listed in the setting network.trusted_certificates</source>
        <translation>The TLS connection to %1 failed: %2. A server with a certificate of its own making is trusted only when that certificate is listed in the setting network.trusted_certificates</translation>
    </message>
    <message>
        <source>%1 holds less of %2 than is already on disk; starting over</source>
        <translation>%1 holds less of %2 than is already on disk; starting over</translation>
    </message>
    <message>
        <source>%1 has no file or folder %2 (FTP 550: %3)</source>
        <translation>%1 has no file or folder %2 (FTP 550: %3)</translation>
    </message>
    <message>
        <source>%1 is not an FTP URL this program can use: %2</source>
        <translation>%1 is not an FTP URL this program can use: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (FTP %3: %4)</source>
        <translation>%1 refused access to %2 (FTP %3: %4)</translation>
    </message>
    <message>
        <source>FTP transfer from %1 failed: %2</source>
        <translation>FTP transfer from %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>FtpFolderWalk</name>
    <message>
        <source>The listing of %1 is longer than %2 bytes</source>
        <translation>The listing of %1 is longer than %2 bytes</translation>
    </message>
</context>
<context>
    <name>FtpMaskOption</name>
    <message>
        <source>--mask lists folders of FTP servers: give an ftp:// or ftps:// --url (got %1)</source>
        <translation>--mask lists folders of FTP servers: give an ftp:// or ftps:// --url (got %1)</translation>
    </message>
    <message>
        <source>The mask &apos;%1&apos; matches no file under %2</source>
        <translation>The mask &apos;%1&apos; matches no file under %2</translation>
    </message>
</context>
<context>
    <name>GcsListJob</name>
    <message>
        <source>No network access</source>
        <translation>No network access</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Listing %1 on Google Cloud Storage failed: %2</source>
        <translation>Listing %1 on Google Cloud Storage failed: %2</translation>
    </message>
    <message>
        <source>Listing %1 stopped after %2 pages: the service kept handing out pages</source>
        <translation>Listing %1 stopped after %2 pages: the service kept handing out pages</translation>
    </message>
</context>
<context>
    <name>GcsListing</name>
    <message>
        <source>Listing %1 on Google Cloud Storage: %2</source>
        <translation>Listing %1 on Google Cloud Storage: %2</translation>
    </message>
    <message>
        <source>the answer is not a JSON object (%1)</source>
        <translation>the answer is not a JSON object (%1)</translation>
    </message>
    <message>
        <source>&quot;prefixes&quot; is not a list</source>
        <translation>&quot;prefixes&quot; is not a list</translation>
    </message>
    <message>
        <source>a prefix is not a string</source>
        <translation>a prefix is not a string</translation>
    </message>
    <message>
        <source>&quot;items&quot; is not a list</source>
        <translation>&quot;items&quot; is not a list</translation>
    </message>
    <message>
        <source>an object has no name</source>
        <translation>an object has no name</translation>
    </message>
</context>
<context>
    <name>GdalBackend</name>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 has no %2</translation>
    </message>
    <message>
        <source>GDAL support is missing, so region files, WKT and GeoPackage cannot be used (%1). Reinstall EO Collector.</source>
        <translation>GDAL support is missing, so region files, WKT and GeoPackage cannot be used (%1). Reinstall EO Collector.</translation>
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
    <name>GeoPackageWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This GDAL has no GeoPackage (GPKG) driver</source>
        <translation>This GDAL has no GeoPackage (GPKG) driver</translation>
    </message>
    <message>
        <source>Could not create the GeoPackage %1</source>
        <translation>Could not create the GeoPackage %1</translation>
    </message>
    <message>
        <source>Could not create the layer of %1</source>
        <translation>Could not create the layer of %1</translation>
    </message>
    <message>
        <source>Could not add the field %1</source>
        <translation>Could not add the field %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
    <message>
        <source>Could not write %1 into %2</source>
        <translation>Could not write %1 into %2</translation>
    </message>
    <message>
        <source>Could not finish %1</source>
        <translation>Could not finish %1</translation>
    </message>
</context>
<context>
    <name>GoogleProvider</name>
    <message>
        <source>Sentinel-2 Level-1C (SAFE folders)</source>
        <translation>Sentinel-2 Level-1C (SAFE folders)</translation>
    </message>
    <message>
        <source>Sentinel-2 Level-2A (SAFE folders)</source>
        <translation>Sentinel-2 Level-2A (SAFE folders)</translation>
    </message>
    <message>
        <source>Landsat 8 OLI/TIRS, Collection 1 (frozen archive: no new scenes)</source>
        <translation>Landsat 8 OLI/TIRS, Collection 1 (frozen archive: no new scenes)</translation>
    </message>
    <message>
        <source>Landsat 7 ETM+, Collection 1 (frozen archive: no new scenes)</source>
        <translation>Landsat 7 ETM+, Collection 1 (frozen archive: no new scenes)</translation>
    </message>
    <message>
        <source>Landsat 5 TM, Collection 1 (frozen archive)</source>
        <translation>Landsat 5 TM, Collection 1 (frozen archive)</translation>
    </message>
    <message>
        <source>Landsat 4 TM, Collection 1 (frozen archive)</source>
        <translation>Landsat 4 TM, Collection 1 (frozen archive)</translation>
    </message>
    <message>
        <source>The region covers %1 %2; Google&apos;s buckets are listed folder by folder, so at most %3 are searched at once: draw a smaller region or name the tiles</source>
        <translation>The region covers %1 %2; Google&apos;s buckets are listed folder by folder, so at most %3 are searched at once: draw a smaller region or name the tiles</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sentinel-2 tile (MGRS, such as 23LKC)</source>
        <translation>&apos;%1&apos; is not a Sentinel-2 tile (MGRS, such as 23LKC)</translation>
    </message>
    <message>
        <source>Google&apos;s Sentinel-2 bucket is searched tile by tile: give a region or the tiles (MGRS, such as 23LKC)</source>
        <translation>Google&apos;s Sentinel-2 bucket is searched tile by tile: give a region or the tiles (MGRS, such as 23LKC)</translation>
    </message>
    <message>
        <source>Sentinel-2 tiles</source>
        <translation>Sentinel-2 tiles</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a WRS-2 path/row (PPPRRR, such as 220069)</source>
        <translation>&apos;%1&apos; is not a WRS-2 path/row (PPPRRR, such as 220069)</translation>
    </message>
    <message>
        <source>Google&apos;s Landsat bucket is searched path/row by path/row: give a region or the path/rows (PPPRRR, such as 220069)</source>
        <translation>Google&apos;s Landsat bucket is searched path/row by path/row: give a region or the path/rows (PPPRRR, such as 220069)</translation>
    </message>
    <message>
        <source>WRS-2 path/rows</source>
        <translation>WRS-2 path/rows</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sentinel-2 product name with its tile (S2B_MSIL1C_20240105T131239_N0510_R138_T23LKC_...)</source>
        <translation>&apos;%1&apos; is not a Sentinel-2 product name with its tile (S2B_MSIL1C_20240105T131239_N0510_R138_T23LKC_...)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Landsat Collection 1 product name (LC08_L1TP_044034_20130330_20170310_01_T1)</source>
        <translation>&apos;%1&apos; is not a Landsat Collection 1 product name (LC08_L1TP_044034_20130330_20170310_01_T1)</translation>
    </message>
    <message>
        <source>The provider is gone</source>
        <translation>The provider is gone</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 has no folder in Google&apos;s bucket: search for it first</source>
        <translation>%1 has no folder in Google&apos;s bucket: search for it first</translation>
    </message>
    <message>
        <source>%1 has no files in gs://%2/%3</source>
        <translation>%1 has no files in gs://%2/%3</translation>
    </message>
    <message>
        <source>Google&apos;s buckets have no collection &apos;%1&apos;; known: %2</source>
        <translation>Google&apos;s buckets have no collection &apos;%1&apos;; known: %2</translation>
    </message>
    <message>
        <source>Google Cloud public data (Sentinel-2; Landsat Collection 1 archive)</source>
        <translation>Google Cloud public data (Sentinel-2; Landsat Collection 1 archive)</translation>
    </message>
    <message>
        <source>Google Cloud Storage: its JSON listing API and the public objects</source>
        <translation>Google Cloud Storage: its JSON listing API and the public objects</translation>
    </message>
    <message>
        <source>Pack each downloaded Sentinel-2 SAFE folder into &lt;name&gt;.SAFE.zip, as BDC-Collectors stored them (true/false)</source>
        <translation>Pack each downloaded Sentinel-2 SAFE folder into &lt;name&gt;.SAFE.zip, as BDC-Collectors stored them (true/false)</translation>
    </message>
    <message>
        <source>Google&apos;s bucket listings carry no cloud cover: the cloud filter was not applied</source>
        <translation>Google&apos;s bucket listings carry no cloud cover: the cloud filter was not applied</translation>
    </message>
</context>
<context>
    <name>HtmlAnswer</name>
    <message>
        <source>a sign-in page</source>
        <translation>a sign-in page</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>an HTML page</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of %3 (asked for %4); nothing was saved. The account may lack access to the file, or its sign-in did not go through.</source>
        <translation>%1 answered with %2 instead of %3 (asked for %4); nothing was saved. The account may lack access to the file, or its sign-in did not go through.</translation>
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
        <source>&apos;%1&apos; has no http or https link to download</source>
        <translation>&apos;%1&apos; has no http or https link to download</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http, https, ftp or ftps URL</source>
        <translation>&apos;%1&apos; is not an http, https, ftp or ftps URL</translation>
    </message>
    <message>
        <source>Plain links: requests per minute, spread evenly and shared by every worker of a shared queue (0: no limit)</source>
        <translation>Plain links: requests per minute, spread evenly and shared by every worker of a shared queue (0: no limit)</translation>
    </message>
</context>
<context>
    <name>InpeProvider</name>
    <message>
        <source>level 2 (system-corrected)</source>
        <translation>level 2 (system-corrected)</translation>
    </message>
    <message>
        <source>level 4 (orthorectified)</source>
        <translation>level 4 (orthorectified)</translation>
    </message>
    <message>
        <source>INPE&apos;s catalogue answered something that is not its search answer (%1)</source>
        <translation>INPE&apos;s catalogue answered something that is not its search answer (%1)</translation>
    </message>
    <message>
        <source>INPE&apos;s catalogue refused the search: %1</source>
        <translation>INPE&apos;s catalogue refused the search: %1</translation>
    </message>
    <message>
        <source>INPE&apos;s catalogue could not search %1 of %2: %3</source>
        <translation>INPE&apos;s catalogue could not search %1 of %2: %3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The provider is gone</source>
        <translation>The provider is gone</translation>
    </message>
    <message>
        <source>Searching INPE&apos;s catalogue failed: %1</source>
        <translation>Searching INPE&apos;s catalogue failed: %1</translation>
    </message>
    <message>
        <source>INPE image catalogue (CBERS-4, CBERS-4A, Amazonia-1)</source>
        <translation>INPE image catalogue (CBERS-4, CBERS-4A, Amazonia-1)</translation>
    </message>
    <message>
        <source>INPE&apos;s stac-compose search endpoint (the DGI catalogue)</source>
        <translation>INPE&apos;s stac-compose search endpoint (the DGI catalogue)</translation>
    </message>
    <message>
        <source>INPE serves its scenes&apos; files only with the e-mail address of a registered user: register at %1, then add it with `eo-collector-cli account add inpe --account you@example.org` (or set EOC_INPE_EMAIL)</source>
        <translation>INPE serves its scenes&apos; files only with the e-mail address of a registered user: register at %1, then add it with `eo-collector-cli account add inpe --account you@example.org` (or set EOC_INPE_EMAIL)</translation>
    </message>
    <message>
        <source>INPE&apos;s catalogue has no collection &apos;%1&apos;; known: %2</source>
        <translation>INPE&apos;s catalogue has no collection &apos;%1&apos;; known: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CBERS or Amazonia scene id (such as CBERS4_AWFI17909920200206)</source>
        <translation>&apos;%1&apos; is not a CBERS or Amazonia scene id (such as CBERS4_AWFI17909920200206)</translation>
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
    <name>LayoutCommand</name>
    <message>
        <source>Print the directory of a scene in a collection layout</source>
        <translation>Print the directory of a scene in a collection layout</translation>
    </message>
    <message>
        <source>Collection name, e.g. S2_L1C.</source>
        <translation>Collection name, e.g. S2_L1C.</translation>
    </message>
    <message>
        <source>Collection version: 1 (folder v001) or 1.0 (folder v1.0).</source>
        <translation>Collection version: 1 (folder v001) or 1.0 (folder v1.0).</translation>
    </message>
    <message>
        <source>Scene identifier; its family chooses the layout.</source>
        <translation>Scene identifier; its family chooses the layout.</translation>
    </message>
    <message>
        <source>Folder the collections live in (default: relative path).</source>
        <translation>Folder the collections live in (default: relative path).</translation>
    </message>
    <message>
        <source>Flat layout: PREFIX/SCENE_ID.</source>
        <translation>Flat layout: PREFIX/SCENE_ID.</translation>
    </message>
    <message>
        <source>Sentinel-2: add a month folder below the year.</source>
        <translation>Sentinel-2: add a month folder below the year.</translation>
    </message>
    <message>
        <source>Print the path of the downloaded archive instead.</source>
        <translation>Print the path of the downloaded archive instead.</translation>
    </message>
    <message>
        <source>layout takes no arguments besides its options, got &apos;%1&apos;</source>
        <translation>layout takes no arguments besides its options, got &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 is required</translation>
    </message>
    <message>
        <source>--prefix is empty</source>
        <translation>--prefix is empty</translation>
    </message>
    <message>
        <source>--archive: the %1 layout has no archive file</source>
        <translation>--archive: the %1 layout has no archive file</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
</context>
<context>
    <name>LocalArchive</name>
    <message>
        <source>not a readable zip: %1</source>
        <translation>not a readable zip: %1</translation>
    </message>
    <message>
        <source>it ends early (cut short?)</source>
        <translation>it ends early (cut short?)</translation>
    </message>
    <message>
        <source>the zip is damaged after %1 member(s): %2</source>
        <translation>the zip is damaged after %1 member(s): %2</translation>
    </message>
    <message>
        <source>the zip holds no file</source>
        <translation>the zip holds no file</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 is not a product: its name is no scene id (a zip, a .SAFE folder or a scene folder is expected)</source>
        <translation>%1 is not a product: its name is no scene id (a zip, a .SAFE folder or a scene folder is expected)</translation>
    </message>
    <message>
        <source>no band file found</source>
        <translation>no band file found</translation>
    </message>
    <message>
        <source>band %1: %2</source>
        <translation>band %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable folder</source>
        <translation>%1 is not a readable folder</translation>
    </message>
    <message>
        <source>GDAL cannot open it as a raster</source>
        <translation>GDAL cannot open it as a raster</translation>
    </message>
    <message>
        <source>it holds no raster band</source>
        <translation>it holds no raster band</translation>
    </message>
    <message>
        <source>band %1 cannot be read to its end: %2</source>
        <translation>band %1 cannot be read to its end: %2</translation>
    </message>
    <message>
        <source>The archive index %1 %2</source>
        <translation>The archive index %1 %2</translation>
    </message>
    <message>
        <source>a product without a path</source>
        <translation>a product without a path</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is damaged (%1); scan again after removing it</source>
        <translation>is damaged (%1); scan again after removing it</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>cannot be written: %1</translation>
    </message>
    <message>
        <source>%1 is in no scanned folder of the archive index %2</source>
        <translation>%1 is in no scanned folder of the archive index %2</translation>
    </message>
    <message>
        <source>the checksum of %1 no longer matches the %2 recorded when it was downloaded</source>
        <translation>the checksum of %1 no longer matches the %2 recorded when it was downloaded</translation>
    </message>
    <message numerus="yes">
        <source>The scan of %1 was stopped after %n product(s)</source>
        <translation>
            <numerusform>The scan of %1 was stopped after %n product</numerusform>
            <numerusform>The scan of %1 was stopped after %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>The download journal %1 cannot be read: %2</source>
        <translation>The download journal %1 cannot be read: %2</translation>
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
        <source>Metalink is not well-formed XML: %1 (line %2)</source>
        <translation>Metalink is not well-formed XML: %1 (line %2)</translation>
    </message>
    <message>
        <source>The Metalink lists no files</source>
        <translation>The Metalink lists no files</translation>
    </message>
    <message>
        <source>Metalink file &apos;%1&apos; has no http(s) or ftp(s) URL</source>
        <translation>Metalink file &apos;%1&apos; has no http(s) or ftp(s) URL</translation>
    </message>
</context>
<context>
    <name>MultiSearchJob</name>
    <message>
        <source>No provider to search</source>
        <translation>No provider to search</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Search cancelled</translation>
    </message>
    <message>
        <source>Every provider failed: %1</source>
        <translation>Every provider failed: %1</translation>
    </message>
</context>
<context>
    <name>NetworkAccess</name>
    <message>
        <source>network.proxy must be &quot;system&quot;, &quot;none&quot;, &quot;http://host:port&quot; or &quot;socks5://host:port&quot;; got &quot;%1&quot;</source>
        <translation>network.proxy must be &quot;system&quot;, &quot;none&quot;, &quot;http://host:port&quot; or &quot;socks5://host:port&quot;; got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>network.proxy must not contain a user name or password (settings never hold secrets); use &quot;%1&quot;</source>
        <translation>network.proxy must not contain a user name or password (settings never hold secrets); use &quot;%1&quot;</translation>
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
    <message>
        <source>Download rates by day and time, first matching rule wins, e.g. &quot;Mon-Fri 08:00-18:00 2M; Sat-Sun 00:00-24:00 0&quot; (0: unlimited); outside every rule network.bandwidth_limit applies</source>
        <translation>Download rates by day and time, first matching rule wins, e.g. &quot;Mon-Fri 08:00-18:00 2M; Sat-Sun 00:00-24:00 0&quot; (0: unlimited); outside every rule network.bandwidth_limit applies</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: cannot read %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1: %2 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>PEM certificate files trusted besides the system&apos;s authorities, separated by &apos;;&apos; (an FTPS server with a certificate of its own making)</source>
        <translation>PEM certificate files trusted besides the system&apos;s authorities, separated by &apos;;&apos; (an FTPS server with a certificate of its own making)</translation>
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
    <message>
        <source>Waiting for a session of %1 at %2: all %3 are in use by other workers</source>
        <translation>Waiting for a session of %1 at %2: all %3 are in use by other workers</translation>
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
    <message>
        <source>The ONDA catalogue answered something that is not a product list (%1)</source>
        <translation>The ONDA catalogue answered something that is not a product list (%1)</translation>
    </message>
    <message>
        <source>no &apos;value&apos; array</source>
        <translation>no &apos;value&apos; array</translation>
    </message>
    <message>
        <source>%1 has no ONDA product id: search for it first</source>
        <translation>%1 has no ONDA product id: search for it first</translation>
    </message>
    <message>
        <source>Reading the product from the ONDA catalogue</source>
        <translation>Reading the product from the ONDA catalogue</translation>
    </message>
    <message>
        <source>%1 is not in the ONDA catalogue</source>
        <translation>%1 is not in the ONDA catalogue</translation>
    </message>
    <message>
        <source>%1 is offline at ONDA: it is ordered and downloaded once it is restored (for 24 hours; at most 20 orders an hour)</source>
        <translation>%1 is offline at ONDA: it is ordered and downloaded once it is restored (for 24 hours; at most 20 orders an hour)</translation>
    </message>
    <message>
        <source>Ordering %1 from ONDA</source>
        <translation>Ordering %1 from ONDA</translation>
    </message>
    <message>
        <source>%1 was ordered from ONDA&apos;s archive</source>
        <translation>%1 was ordered from ONDA&apos;s archive</translation>
    </message>
    <message>
        <source>ONDA-compatible catalogue</source>
        <translation>ONDA-compatible catalogue</translation>
    </message>
    <message>
        <source>An ONDA-compatible OData catalogue (ONDA DIAS itself closed in February 2025; empty: the provider says so and sends nothing)</source>
        <translation>An ONDA-compatible OData catalogue (ONDA DIAS itself closed in February 2025; empty: the provider says so and sends nothing)</translation>
    </message>
    <message>
        <source>Results per catalogue request</source>
        <translation>Results per catalogue request</translation>
    </message>
    <message>
        <source>The ONDA catalogue search</source>
        <translation>The ONDA catalogue search</translation>
    </message>
    <message>
        <source>%1 An ONDA-compatible catalogue can still be searched: set onda.url in Settings.</source>
        <translation>%1 An ONDA-compatible catalogue can still be searched: set onda.url in Settings.</translation>
    </message>
</context>
<context>
    <name>OneTimeCodePrompt</name>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>%1 asks for the code of your authenticator app to log in:</source>
        <translation>%1 asks for the code of your authenticator app to log in:</translation>
    </message>
    <message>
        <source>%1 asks for the code of your authenticator app to log in as %2:</source>
        <translation>%1 asks for the code of your authenticator app to log in as %2:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>The login to %1 was cancelled: no one-time code was entered</source>
        <translation>The login to %1 was cancelled: no one-time code was entered</translation>
    </message>
    <message>
        <source>No one-time code was entered for %1</source>
        <translation>No one-time code was entered for %1</translation>
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
    <name>ParseIdCommand</name>
    <message>
        <source>Parse scene identifiers</source>
        <translation>Parse scene identifiers</translation>
    </message>
    <message>
        <source>Print one JSON array, one object per id.</source>
        <translation>Print one JSON array, one object per id.</translation>
    </message>
    <message>
        <source>Scene ids (%1); .SAFE/.SEN3/.zip/.hdf... suffixes are ignored.</source>
        <translation>Scene ids (%1); .SAFE/.SEN3/.zip/.hdf... suffixes are ignored.</translation>
    </message>
    <message>
        <source>parse-id needs at least one scene id, e.g. eo-collector-cli parse-id S2B_MSIL2A_20200930T135119_N0214_R024_T21KXA_20200930T175714</source>
        <translation>parse-id needs at least one scene id, e.g. eo-collector-cli parse-id S2B_MSIL2A_20200930T135119_N0214_R024_T21KXA_20200930T175714</translation>
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
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>PlaceIndex</name>
    <message>
        <source>Line %1 of the place index is not a place (9 fields: kind, name, ASCII name, country, admin-1, lon, lat, rank, boundary)</source>
        <translation>Line %1 of the place index is not a place (9 fields: kind, name, ASCII name, country, admin-1, lon, lat, rank, boundary)</translation>
    </message>
    <message>
        <source>No place called &apos;%1&apos; in the offline index (Natural Earth&apos;s populated places and states or provinces); check the spelling, or give an area with --bbox</source>
        <translation>No place called &apos;%1&apos; in the offline index (Natural Earth&apos;s populated places and states or provinces); check the spelling, or give an area with --bbox</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could be: %2. Name one, e.g. &quot;%3&quot;, or &quot;%4 state&quot; for the state or province</source>
        <translation>&apos;%1&apos; could be: %2. Name one, e.g. &quot;%3&quot;, or &quot;%4 state&quot; for the state or province</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could be: %2. Name one, e.g. &quot;%3&quot;</source>
        <translation>&apos;%1&apos; could be: %2. Name one, e.g. &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 (state or province, %2)</source>
        <translation>%1 (state or province, %2)</translation>
    </message>
    <message>
        <source>%1 (city, %2)</source>
        <translation>%1 (city, %2)</translation>
    </message>
    <message>
        <source>%1 (city, %2, %3)</source>
        <translation>%1 (city, %2, %3)</translation>
    </message>
</context>
<context>
    <name>PlaceOption</name>
    <message>
        <source>Area around a place found offline (Natural Earth cities, states and provinces): &quot;São Paulo&quot;, &quot;Porto, Portugal&quot;, &quot;Minas Gerais state&quot;.</source>
        <translation>Area around a place found offline (Natural Earth cities, states and provinces): &quot;São Paulo&quot;, &quot;Porto, Portugal&quot;, &quot;Minas Gerais state&quot;.</translation>
    </message>
    <message>
        <source>Radius in km around a --place without a known outline (default 25).</source>
        <translation>Radius in km around a --place without a known outline (default 25).</translation>
    </message>
    <message>
        <source>--place-buffer needs --place</source>
        <translation>--place-buffer needs --place</translation>
    </message>
    <message>
        <source>--place-buffer &apos;%1&apos; is not a positive number of km</source>
        <translation>--place-buffer &apos;%1&apos; is not a positive number of km</translation>
    </message>
    <message>
        <source>--place: %1</source>
        <translation>--place: %1</translation>
    </message>
    <message>
        <source>Place: %1, its outline</source>
        <translation>Place: %1, its outline</translation>
    </message>
    <message>
        <source>Place: %1, %2 km around it</source>
        <translation>Place: %1, %2 km around it</translation>
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
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
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
    <name>ProvidersCommand</name>
    <message>
        <source>List the providers, their collections and settings</source>
        <translation>List the providers, their collections and settings</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Only these providers.</source>
        <translation>Only these providers.</translation>
    </message>
    <message>
        <source>Ask the services for their current collections first (STAC catalogues, USGS datasets, NASA CMR collection search; USGS needs an account).</source>
        <translation>Ask the services for their current collections first (STAC catalogues, USGS datasets, NASA CMR collection search; USGS needs an account).</translation>
    </message>
    <message>
        <source>A filter for --refresh, e.g. keyword=swot for NASA CMR&apos;s collection search (repeatable; implies --refresh).</source>
        <translation>A filter for --refresh, e.g. keyword=swot for NASA CMR&apos;s collection search (repeatable; implies --refresh).</translation>
    </message>
    <message>
        <source>--filter &apos;%1&apos; is not key=value, e.g. keyword=swot</source>
        <translation>--filter &apos;%1&apos; is not key=value, e.g. keyword=swot</translation>
    </message>
    <message>
        <source>%1: could not list collections: %2</source>
        <translation>%1: could not list collections: %2</translation>
    </message>
    <message>
        <source>setting %1 = %2</source>
        <translation>setting %1 = %2</translation>
    </message>
    <message>
        <source>No providers found in: %1</source>
        <translation>No providers found in: %1</translation>
    </message>
    <message>
        <source>List the shared collection names (sentinel-2-l2a, landsat-c2-l2...) and the providers that carry each, as `search --collection` takes them.</source>
        <translation>List the shared collection names (sentinel-2-l2a, landsat-c2-l2...) and the providers that carry each, as `search --collection` takes them.</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Show and control the download queue</source>
        <translation>Show and control the download queue</translation>
    </message>
    <message>
        <source>Item ids (or --all).</source>
        <translation>Item ids (or --all).</translation>
    </message>
    <message>
        <source>Every item.</source>
        <translation>Every item.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>One JSON object per line.</translation>
    </message>
    <message>
        <source>run: total download rate, like curl: 500K, 2M.</source>
        <translation>run: total download rate, like curl: 500K, 2M.</translation>
    </message>
    <message>
        <source>Unknown queue action &apos;%1&apos; (%2)</source>
        <translation>Unknown queue action &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a queue item id</source>
        <translation>&apos;%1&apos; is not a queue item id</translation>
    </message>
    <message>
        <source>queue %1 needs item ids or --all</source>
        <translation>queue %1 needs item ids or --all</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 64</source>
        <translation>--jobs needs a number from 1 to 64</translation>
    </message>
    <message>
        <source>--limit-rate &apos;%1&apos; is not a rate like 500K or 2M</source>
        <translation>--limit-rate &apos;%1&apos; is not a rate like 500K or 2M</translation>
    </message>
    <message>
        <source>No queue item %1</source>
        <translation>No queue item %1</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>The queue is empty.</translation>
    </message>
    <message>
        <source>Another eo-collector process is running the queue (%1.lock)</source>
        <translation>Another eo-collector process is running the queue (%1.lock)</translation>
    </message>
    <message>
        <source>Another machine or process is running the shared queue %1; `download` hands it items and follows them</source>
        <translation>Another machine or process is running the shared queue %1; `download` hands it items and follows them</translation>
    </message>
    <message>
        <source>run, worker: transfers at once (default 4); a worker also holds at most N items.</source>
        <translation>run, worker: transfers at once (default 4); a worker also holds at most N items.</translation>
    </message>
    <message>
        <source>worker: this worker&apos;s name in the shared queue (default: host name and process id).</source>
        <translation>worker: this worker&apos;s name in the shared queue (default: host name and process id).</translation>
    </message>
    <message>
        <source>worker: stop once no queued item is left to run; without it the worker waits for new items.</source>
        <translation>worker: stop once no queued item is left to run; without it the worker waits for new items.</translation>
    </message>
    <message>
        <source>queue needs an action: list, pause, resume, cancel, retry, remove, run or worker</source>
        <translation>queue needs an action: list, pause, resume, cancel, retry, remove, run or worker</translation>
    </message>
    <message>
        <source>queue worker takes no item ids: it runs whatever the queue holds</source>
        <translation>queue worker takes no item ids: it runs whatever the queue holds</translation>
    </message>
    <message>
        <source>--name and --until-empty are for queue worker</source>
        <translation>--name and --until-empty are for queue worker</translation>
    </message>
    <message>
        <source>--name needs a name of 1 to 200 characters</source>
        <translation>--name needs a name of 1 to 200 characters</translation>
    </message>
    <message>
        <source>Worker %1 on %2%3</source>
        <translation>Worker %1 on %2%3</translation>
    </message>
    <message>
        <source> (waiting: a runner holds the queue)</source>
        <translation> (waiting: a runner holds the queue)</translation>
    </message>
</context>
<context>
    <name>QueueEngine</name>
    <message>
        <source>The product is offline and the provider cannot order it</source>
        <translation>The product is offline and the provider cannot order it</translation>
    </message>
    <message>
        <source>The provider returned no file to download</source>
        <translation>The provider returned no file to download</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Not enough free space in %1: %2 bytes needed, %3 available. Free some space, then resume.</source>
        <translation>Not enough free space in %1: %2 bytes needed, %3 available. Free some space, then resume.</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Cannot replace %1</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>Cannot rename %1 to %2</translation>
    </message>
</context>
<context>
    <name>QueueFailover</name>
    <message>
        <source>%1 failed (%2); fetching from %3</source>
        <translation>%1 failed (%2); fetching from %3</translation>
    </message>
</context>
<context>
    <name>QueueJournal</name>
    <message>
        <source>Download journal: %1 failed: %2</source>
        <translation>Download journal: %1 failed: %2</translation>
    </message>
    <message>
        <source>Download journal: cannot create %1: %2</source>
        <translation>Download journal: cannot create %1: %2</translation>
    </message>
    <message>
        <source>The download journal %1 is empty (0 bytes): it was probably cut short by a crash or a full disk, and holds no queue. It is left as it is; remove it to start a new, empty queue</source>
        <translation>The download journal %1 is empty (0 bytes): it was probably cut short by a crash or a full disk, and holds no queue. It is left as it is; remove it to start a new, empty queue</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>opening %1</translation>
    </message>
    <message>
        <source>%1 (the download journal %2; it is left as it is)</source>
        <translation>%1 (the download journal %2; it is left as it is)</translation>
    </message>
    <message>
        <source>creating the migrations table</source>
        <translation>creating the migrations table</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>reading the schema version</translation>
    </message>
    <message>
        <source>The download journal was written by a newer version (schema %1, this program knows %2)</source>
        <translation>The download journal was written by a newer version (schema %1, this program knows %2)</translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation>creating the schema</translation>
    </message>
    <message>
        <source>committing the schema</source>
        <translation>committing the schema</translation>
    </message>
    <message>
        <source>reading files</source>
        <translation>reading files</translation>
    </message>
    <message>
        <source>reading items</source>
        <translation>reading items</translation>
    </message>
    <message>
        <source>reading an item</source>
        <translation>reading an item</translation>
    </message>
    <message>
        <source>No queue item %1</source>
        <translation>No queue item %1</translation>
    </message>
    <message>
        <source>adding an item</source>
        <translation>adding an item</translation>
    </message>
    <message>
        <source>adding files</source>
        <translation>adding files</translation>
    </message>
    <message>
        <source>committing a new item</source>
        <translation>committing a new item</translation>
    </message>
    <message>
        <source>updating an item</source>
        <translation>updating an item</translation>
    </message>
    <message>
        <source>updating an item&apos;s secret headers</source>
        <translation>updating an item&apos;s secret headers</translation>
    </message>
    <message>
        <source>replacing files</source>
        <translation>replacing files</translation>
    </message>
    <message>
        <source>committing files</source>
        <translation>committing files</translation>
    </message>
    <message>
        <source>updating a file</source>
        <translation>updating a file</translation>
    </message>
    <message>
        <source>removing an item</source>
        <translation>removing an item</translation>
    </message>
    <message>
        <source>posting a request</source>
        <translation>posting a request</translation>
    </message>
    <message>
        <source>reading requests</source>
        <translation>reading requests</translation>
    </message>
    <message>
        <source>clearing requests</source>
        <translation>clearing requests</translation>
    </message>
    <message>
        <source>reading ids</source>
        <translation>reading ids</translation>
    </message>
    <message>
        <source>recording a source&apos;s speed</source>
        <translation>recording a source&apos;s speed</translation>
    </message>
    <message>
        <source>reading the sources&apos; speeds</source>
        <translation>reading the sources&apos; speeds</translation>
    </message>
    <message>
        <source>the journal %1</source>
        <translation>the journal %1</translation>
    </message>
    <message>
        <source>claiming items</source>
        <translation>claiming items</translation>
    </message>
    <message>
        <source>renewing leases</source>
        <translation>renewing leases</translation>
    </message>
    <message>
        <source>releasing an item</source>
        <translation>releasing an item</translation>
    </message>
    <message>
        <source>releasing items</source>
        <translation>releasing items</translation>
    </message>
    <message>
        <source>claiming a connection slot</source>
        <translation>claiming a connection slot</translation>
    </message>
    <message>
        <source>renewing connection slots</source>
        <translation>renewing connection slots</translation>
    </message>
    <message>
        <source>releasing a connection slot</source>
        <translation>releasing a connection slot</translation>
    </message>
    <message>
        <source>reporting a worker</source>
        <translation>reporting a worker</translation>
    </message>
    <message>
        <source>reading the workers</source>
        <translation>reading the workers</translation>
    </message>
    <message>
        <source>renewing a session slot</source>
        <translation>renewing a session slot</translation>
    </message>
    <message>
        <source>taking a request token</source>
        <translation>taking a request token</translation>
    </message>
</context>
<context>
    <name>QueuePassword</name>
    <message>
        <source>No password for the shared queue&apos;s user %1: set %2, or keep it in the keychain with `eo-collector-cli account add queue --account %1` (or in Settings → Queue)%3</source>
        <translation>No password for the shared queue&apos;s user %1: set %2, or keep it in the keychain with `eo-collector-cli account add queue --account %1` (or in Settings → Queue)%3</translation>
    </message>
    <message>
        <source>; no keychain answers in this session</source>
        <translation>; no keychain answers in this session</translation>
    </message>
    <message>
        <source>The keychain refused the shared queue&apos;s password: %1</source>
        <translation>The keychain refused the shared queue&apos;s password: %1</translation>
    </message>
    <message>
        <source>The keychain did not keep the shared queue&apos;s password: %1</source>
        <translation>The keychain did not keep the shared queue&apos;s password: %1</translation>
    </message>
</context>
<context>
    <name>QueueReporter</name>
    <message>
        <source>ETA %1:%2</source>
        <translation>ETA %1:%2</translation>
    </message>
    <message>
        <source>(%1/%2 done)</source>
        <translation>(%1/%2 done)</translation>
    </message>
    <message>
        <source>  [worker %1]</source>
        <translation>  [worker %1]</translation>
    </message>
</context>
<context>
    <name>QueueRetries</name>
    <message>
        <source>%1; trying the mirror %2</source>
        <translation>%1; trying the mirror %2</translation>
    </message>
</context>
<context>
    <name>QueueSettings</name>
    <message>
        <source>%1 needs a whole number from 1 to 1000, not &apos;%2&apos;</source>
        <translation>%1 needs a whole number from 1 to 1000, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;; use one of: %3</source>
        <translation>%1 is &apos;%2&apos;; use one of: %3</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 must be true or false, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 needs a whole number of seconds from 3 to 86400, not &apos;%2&apos;</source>
        <translation>%1 needs a whole number of seconds from 3 to 86400, not &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>QueueStore</name>
    <message>
        <source>Shared queue %1: %2</source>
        <translation>Shared queue %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>cannot connect: %1</translation>
    </message>
    <message>
        <source>starting the schema transaction</source>
        <translation>starting the schema transaction</translation>
    </message>
    <message>
        <source>locking the schema</source>
        <translation>locking the schema</translation>
    </message>
    <message>
        <source>it was written by a newer version (schema %1, this program knows %2)</source>
        <translation>it was written by a newer version (schema %1, this program knows %2)</translation>
    </message>
    <message>
        <source>taking the run lock</source>
        <translation>taking the run lock</translation>
    </message>
    <message>
        <source>connected again, but another process took the queue&apos;s run lock meanwhile</source>
        <translation>connected again, but another process took the queue&apos;s run lock meanwhile</translation>
    </message>
    <message>
        <source>cannot connect again: %1</source>
        <translation>cannot connect again: %1</translation>
    </message>
</context>
<context>
    <name>QueueStoreAccess</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>QueueStoreLocation</name>
    <message>
        <source>The queue location %1 %2 (the form is %3)</source>
        <translation>The queue location %1 %2 (the form is %3)</translation>
    </message>
    <message>
        <source>is not a PostgreSQL URL</source>
        <translation>is not a PostgreSQL URL</translation>
    </message>
    <message>
        <source>has options after &apos;?&apos; or &apos;#&apos;, which are not supported</source>
        <translation>has options after &apos;?&apos; or &apos;#&apos;, which are not supported</translation>
    </message>
    <message>
        <source>names no user (USER@ before the host)</source>
        <translation>names no user (USER@ before the host)</translation>
    </message>
    <message>
        <source>holds a password: passwords do not belong in the setting; keep it in the keychain or give it in EOC_QUEUE_PASSWORD</source>
        <translation>holds a password: passwords do not belong in the setting; keep it in the keychain or give it in EOC_QUEUE_PASSWORD</translation>
    </message>
    <message>
        <source>has a &apos;[&apos; without its &apos;]&apos; around the host</source>
        <translation>has a &apos;[&apos; without its &apos;]&apos; around the host</translation>
    </message>
    <message>
        <source>names no host</source>
        <translation>names no host</translation>
    </message>
    <message>
        <source>has the port &quot;%1&quot;, which is not a number from 1 to 65535</source>
        <translation>has the port &quot;%1&quot;, which is not a number from 1 to 65535</translation>
    </message>
    <message>
        <source>names no database (/DATABASE after the host)</source>
        <translation>names no database (/DATABASE after the host)</translation>
    </message>
    <message>
        <source>has a &apos;/&apos; in the database name</source>
        <translation>has a &apos;/&apos; in the database name</translation>
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
    <message>
        <source>Waiting for another worker (%1 stopped)</source>
        <translation>Waiting for another worker (%1 stopped)</translation>
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
    <message>
        <source>%1: the geometry is empty</source>
        <translation>%1: the geometry is empty</translation>
    </message>
    <message>
        <source>%1: the curved polygon cannot be read</source>
        <translation>%1: the curved polygon cannot be read</translation>
    </message>
    <message>
        <source>%1: a region needs polygons, but the geometry is a %2</source>
        <translation>%1: a region needs polygons, but the geometry is a %2</translation>
    </message>
    <message>
        <source>cannot reproject from the file&apos;s coordinate system to EPSG:4326: %1</source>
        <translation>cannot reproject from the file&apos;s coordinate system to EPSG:4326: %1</translation>
    </message>
    <message>
        <source>reprojection to EPSG:4326 failed: %1</source>
        <translation>reprojection to EPSG:4326 failed: %1</translation>
    </message>
    <message>
        <source>WKT: the text is empty</source>
        <translation>WKT: the text is empty</translation>
    </message>
    <message>
        <source>WKT could not be read (check the geometry type, parentheses and that every point has two numbers): &apos;%1&apos;</source>
        <translation>WKT could not be read (check the geometry type, parentheses and that every point has two numbers): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>WKT: unknown coordinate system SRID=%1</source>
        <translation>WKT: unknown coordinate system SRID=%1</translation>
    </message>
    <message>
        <source>WKT: %1</source>
        <translation>WKT: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: feature %2 of layer &apos;%3&apos;</source>
        <translation>%1: feature %2 of layer &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the file contains no features</source>
        <translation>the file contains no features</translation>
    </message>
    <message>
        <source>no feature in the file has a geometry</source>
        <translation>no feature in the file has a geometry</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>the file cannot be read (check its permissions)</source>
        <translation>the file cannot be read (check its permissions)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>not a vector format GDAL/OGR can read (Shapefile, zipped Shapefile, GeoPackage, KML/KMZ, GeoJSON...)</source>
        <translation>not a vector format GDAL/OGR can read (Shapefile, zipped Shapefile, GeoPackage, KML/KMZ, GeoJSON...)</translation>
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
    <name>RequestPlanJob</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The provider is gone</source>
        <translation>The provider is gone</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>SceneId</name>
    <message>
        <source>The %1 id &apos;%2&apos; has an invalid %3: &apos;%4&apos;</source>
        <translation>The %1 id &apos;%2&apos; has an invalid %3: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>sensing start</source>
        <translation>sensing start</translation>
    </message>
    <message>
        <source>sensing stop</source>
        <translation>sensing stop</translation>
    </message>
    <message>
        <source>sensing stop (before the start)</source>
        <translation>sensing stop (before the start)</translation>
    </message>
    <message>
        <source>product discriminator</source>
        <translation>product discriminator</translation>
    </message>
    <message>
        <source>relative orbit (1-143)</source>
        <translation>relative orbit (1-143)</translation>
    </message>
    <message>
        <source>creation date</source>
        <translation>creation date</translation>
    </message>
    <message>
        <source>relative orbit (1-385)</source>
        <translation>relative orbit (1-385)</translation>
    </message>
    <message>
        <source>processing date</source>
        <translation>processing date</translation>
    </message>
    <message>
        <source>satellite number</source>
        <translation>satellite number</translation>
    </message>
    <message>
        <source>acquisition date</source>
        <translation>acquisition date</translation>
    </message>
    <message>
        <source>acquisition year and day of year</source>
        <translation>acquisition year and day of year</translation>
    </message>
    <message>
        <source>horizontal tile (h00-h35)</source>
        <translation>horizontal tile (h00-h35)</translation>
    </message>
    <message>
        <source>vertical tile (v00-v17)</source>
        <translation>vertical tile (v00-v17)</translation>
    </message>
    <message>
        <source>production date</source>
        <translation>production date</translation>
    </message>
    <message>
        <source>sensing time</source>
        <translation>sensing time</translation>
    </message>
    <message>
        <source>An empty scene id cannot be parsed</source>
        <translation>An empty scene id cannot be parsed</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a scene id of a known family (tried: %2)</source>
        <translation>&apos;%1&apos; is not a scene id of a known family (tried: %2)</translation>
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
    <name>SearchCommand</name>
    <message>
        <source>%1 &apos;%2&apos; is not a date like 2024-06-30</source>
        <translation>%1 &apos;%2&apos; is not a date like 2024-06-30</translation>
    </message>
    <message>
        <source>SCENE</source>
        <translation>SCENE</translation>
    </message>
    <message>
        <source>DATE (UTC)</source>
        <translation>DATE (UTC)</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>CLOUD</translation>
    </message>
    <message>
        <source>TILE</source>
        <translation>TILE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Search a provider for scenes</source>
        <translation>Search a provider for scenes</translation>
    </message>
    <message>
        <source>Area as W,S,E,N in degrees (W &gt; E crosses the antimeridian).</source>
        <translation>Area as W,S,E,N in degrees (W &gt; E crosses the antimeridian).</translation>
    </message>
    <message>
        <source>Area from a vector file (GeoJSON, Shapefile, GeoPackage, KML...) or WKT/GeoJSON text.</source>
        <translation>Area from a vector file (GeoJSON, Shapefile, GeoPackage, KML...) or WKT/GeoJSON text.</translation>
    </message>
    <message>
        <source>First day, inclusive (YYYY-MM-DD, UTC).</source>
        <translation>First day, inclusive (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Last day, inclusive (YYYY-MM-DD, UTC).</source>
        <translation>Last day, inclusive (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Maximum cloud cover in percent (0-100).</source>
        <translation>Maximum cloud cover in percent (0-100).</translation>
    </message>
    <message>
        <source>Product type, e.g. S2MSI2A, GRD, L2SP.</source>
        <translation>Product type, e.g. S2MSI2A, GRD, L2SP.</translation>
    </message>
    <message>
        <source>Tile: MGRS (23LLG), WRS-2 path/row (220069)...; repeatable or comma-separated.</source>
        <translation>Tile: MGRS (23LLG), WRS-2 path/row (220069)...; repeatable or comma-separated.</translation>
    </message>
    <message>
        <source>Platform, e.g. sentinel-2a.</source>
        <translation>Platform, e.g. sentinel-2a.</translation>
    </message>
    <message>
        <source>Provider-specific filter KEY=VALUE (repeatable), e.g. catalog=planetary-computer or s2:nodata_pixel_percentage=&lt;=10.</source>
        <translation>Provider-specific filter KEY=VALUE (repeatable), e.g. catalog=planetary-computer or s2:nodata_pixel_percentage=&lt;=10.</translation>
    </message>
    <message>
        <source>Stop after N results.</source>
        <translation>Stop after N results.</translation>
    </message>
    <message>
        <source>table, json, geojson, csv, ids, metalink or gpkg (gpkg needs --output). Default: table on a terminal, json otherwise.</source>
        <translation>table, json, geojson, csv, ids, metalink or gpkg (gpkg needs --output). Default: table on a terminal, json otherwise.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>Run the search saved under NAME in the desktop program; the other options given here replace the saved ones.</source>
        <translation>Run the search saved under NAME in the desktop program; the other options given here replace the saved ones.</translation>
    </message>
    <message>
        <source>List the saved searches and exit.</source>
        <translation>List the saved searches and exit.</translation>
    </message>
    <message>
        <source>Unknown --format &apos;%1&apos;; use table, %2</source>
        <translation>Unknown --format &apos;%1&apos;; use table, %2</translation>
    </message>
    <message>
        <source>--format gpkg needs --output FILE</source>
        <translation>--format gpkg needs --output FILE</translation>
    </message>
    <message>
        <source>--provider is required (see `providers`)</source>
        <translation>--provider is required (see `providers`)</translation>
    </message>
    <message>
        <source>received %1 of %2</source>
        <translation>received %1 of %2</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <source>Give either --bbox or --region, not both</source>
        <translation>Give either --bbox or --region, not both</translation>
    </message>
    <message>
        <source>--bbox: %1</source>
        <translation>--bbox: %1</translation>
    </message>
    <message>
        <source>--region &apos;%1&apos;: %2</source>
        <translation>--region &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>--end %1 is before --start %2</source>
        <translation>--end %1 is before --start %2</translation>
    </message>
    <message>
        <source>--cloud-max must be a percentage 0-100 (got &apos;%1&apos;)</source>
        <translation>--cloud-max must be a percentage 0-100 (got &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--limit must be a positive whole number (got &apos;%1&apos;)</source>
        <translation>--limit must be a positive whole number (got &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--filter needs KEY=VALUE (got &apos;%1&apos;)</source>
        <translation>--filter needs KEY=VALUE (got &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>Give only one of --bbox, --region and --place</source>
        <translation>Give only one of --bbox, --region and --place</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>SOURCES</translation>
    </message>
    <message>
        <source>Provider(s) to search, comma-separated, a preset as PROVIDER:PRESET (stac:earth-search), or `all` (every provider that carries the collection); several providers are searched at once and each scene is listed once with its sources (see `providers`).</source>
        <translation>Provider(s) to search, comma-separated, a preset as PROVIDER:PRESET (stac:earth-search), or `all` (every provider that carries the collection); several providers are searched at once and each scene is listed once with its sources (see `providers`).</translation>
    </message>
    <message>
        <source>Collection: a shared name such as sentinel-2-l2a (see `providers`), or the provider&apos;s own (or a BDC-Collectors alias).</source>
        <translation>Collection: a shared name such as sentinel-2-l2a (see `providers`), or the provider&apos;s own (or a BDC-Collectors alias).</translation>
    </message>
    <message>
        <source>--assets names one provider&apos;s asset keys: search one provider to choose assets</source>
        <translation>--assets names one provider&apos;s asset keys: search one provider to choose assets</translation>
    </message>
    <message>
        <source>not searched: %1</source>
        <translation>not searched: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
    <message>
        <source>the settings file %1</source>
        <translation>the settings file %1</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>the default</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>is not a text file (it holds NUL bytes)</source>
        <translation>is not a text file (it holds NUL bytes)</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>is not UTF-8 text</translation>
    </message>
    <message>
        <source>line %1 is not KEY=VALUE or [section]: &apos;%2&apos;</source>
        <translation>line %1 is not KEY=VALUE or [section]: &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>SourceName</name>
    <message>
        <source>&apos;%1&apos; is not a provider name like dataspace or stac:earth-search</source>
        <translation>&apos;%1&apos; is not a provider name like dataspace or stac:earth-search</translation>
    </message>
</context>
<context>
    <name>SourceSearchPlan</name>
    <message>
        <source>Unknown collection &apos;%1&apos; for %2; known: %3</source>
        <translation>Unknown collection &apos;%1&apos; for %2; known: %3</translation>
    </message>
    <message>
        <source>--provider names no provider (see `providers`)</source>
        <translation>--provider names no provider (see `providers`)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no preset &apos;%2&apos;; its presets: %3</source>
        <translation>%1 has no preset &apos;%2&apos;; its presets: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 does not carry %2; these do: %3</source>
        <translation>%1 does not carry %2; these do: %3</translation>
    </message>
    <message>
        <source>No provider that can search now carries %1</source>
        <translation>No provider that can search now carries %1</translation>
    </message>
    <message>
        <source>No provider knows the collection &apos;%1&apos;</source>
        <translation>No provider knows the collection &apos;%1&apos;</translation>
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
    <name>StacItem</name>
    <message>
        <source>A STAC item without an id</source>
        <translation>A STAC item without an id</translation>
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
    <message>
        <source>Root URL of %1&apos;s STAC API</source>
        <translation>Root URL of %1&apos;s STAC API</translation>
    </message>
    <message>
        <source>A search of several days without a limit is cut into this many date ranges searched at once (1: one search, one page after the other).</source>
        <translation>A search of several days without a limit is cut into this many date ranges searched at once (1: one search, one page after the other).</translation>
    </message>
</context>
<context>
    <name>StacSearchRequest</name>
    <message>
        <source>&apos;%1&apos; is neither an MGRS tile (e.g. 23LLG) nor a WRS-2 path/row (e.g. 220069)</source>
        <translation>&apos;%1&apos; is neither an MGRS tile (e.g. 23LLG) nor a WRS-2 path/row (e.g. 220069)</translation>
    </message>
    <message>
        <source>A property filter has no property name</source>
        <translation>A property filter has no property name</translation>
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
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
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was copied</source>
        <translation>%1 changed while it was copied</translation>
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
    <name>TransferFtp</name>
    <message>
        <source>The file at %1 changed during the download</source>
        <translation>The file at %1 changed during the download</translation>
    </message>
    <message>
        <source>%1 reports %2 bytes but %3 bytes were expected</source>
        <translation>%1 reports %2 bytes but %3 bytes were expected</translation>
    </message>
    <message>
        <source>The connection to %1 broke after %2 of %3 bytes</source>
        <translation>The connection to %1 broke after %2 of %3 bytes</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>USGS M2M %1: %2</source>
        <translation>USGS M2M %1: %2</translation>
    </message>
    <message>
        <source>%1. Check the ERS user name and the application token (M2M no longer accepts passwords; create a token in your ERS profile).</source>
        <translation>%1. Check the ERS user name and the application token (M2M no longer accepts passwords; create a token in your ERS profile).</translation>
    </message>
    <message>
        <source>%1. The API key expired; log in again.</source>
        <translation>%1. The API key expired; log in again.</translation>
    </message>
    <message>
        <source>%1. Your ERS account is not approved for machine access: request it on the &quot;Access Request&quot; page of your ERS profile (%2), then try again once USGS approves it.</source>
        <translation>%1. Your ERS account is not approved for machine access: request it on the &quot;Access Request&quot; page of your ERS profile (%2), then try again once USGS approves it.</translation>
    </message>
    <message>
        <source>%1. This dataset needs an additional approval; request it on %2.</source>
        <translation>%1. This dataset needs an additional approval; request it on %2.</translation>
    </message>
    <message>
        <source>%1. Your USGS download limits are used up; wait for pending downloads to finish.</source>
        <translation>%1. Your USGS download limits are used up; wait for pending downloads to finish.</translation>
    </message>
    <message>
        <source>%1. Too many requests; wait and retry.</source>
        <translation>%1. Too many requests; wait and retry.</translation>
    </message>
    <message>
        <source>USGS M2M: %1</source>
        <translation>USGS M2M: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1. Remaining USGS limits: %2</source>
        <translation>%1. Remaining USGS limits: %2</translation>
    </message>
</context>
<context>
    <name>eoc::BandwidthSchedule</name>
    <message>
        <source>needs three parts, days, times and rate, as in &quot;Mon-Fri 08:00-18:00 2M&quot;</source>
        <translation>needs three parts, days, times and rate, as in &quot;Mon-Fri 08:00-18:00 2M&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; are not days such as Mon-Fri, Sat,Sun or daily</source>
        <translation>&quot;%1&quot; are not days such as Mon-Fri, Sat,Sun or daily</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time range such as 08:00-18:00 (00:00 to 24:00)</source>
        <translation>&quot;%1&quot; is not a time range such as 08:00-18:00 (00:00 to 24:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts; over midnight, write two rules (22:00-24:00 and 00:00-06:00)</source>
        <translation>&quot;%1&quot; ends before it starts; over midnight, write two rules (22:00-24:00 and 00:00-06:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate such as 500000, 512K or 2M (0: unlimited)</source>
        <translation>&quot;%1&quot; is not a rate such as 500000, 512K or 2M (0: unlimited)</translation>
    </message>
    <message>
        <source>rule %1 (&quot;%2&quot;): %3</source>
        <translation>rule %1 (&quot;%2&quot;): %3</translation>
    </message>
</context>
<context>
    <name>eoc::SearchJob</name>
    <message>
        <source>Search cancelled</source>
        <translation>Search cancelled</translation>
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
    <message>
        <source>&apos;%1&apos; in a GML footprint is not a lat,lon pair</source>
        <translation>&apos;%1&apos; in a GML footprint is not a lat,lon pair</translation>
    </message>
    <message>
        <source>A GML footprint ring has fewer than 4 points</source>
        <translation>A GML footprint ring has fewer than 4 points</translation>
    </message>
    <message>
        <source>The GML footprint has no coordinates</source>
        <translation>The GML footprint has no coordinates</translation>
    </message>
    <message>
        <source>The hub answered something that is not an OData product list (%1)</source>
        <translation>The hub answered something that is not an OData product list (%1)</translation>
    </message>
    <message>
        <source>no &apos;d&apos; object</source>
        <translation>no &apos;d&apos; object</translation>
    </message>
    <message>
        <source>The hub&apos;s OData answer holds neither a product nor a list of products</source>
        <translation>The hub&apos;s OData answer holds neither a product nor a list of products</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2)</source>
        <translation>%1 failed (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 (check the account with `eo-collector-cli account test dhus`)</source>
        <translation>%1 (check the account with `eo-collector-cli account test dhus`)</translation>
    </message>
    <message>
        <source>The provider is gone</source>
        <translation>The provider is gone</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>eoc::opensearch</name>
    <message>
        <source>The hub answered something that is not an OpenSearch feed (%1)</source>
        <translation>The hub answered something that is not an OpenSearch feed (%1)</translation>
    </message>
    <message>
        <source>no &apos;feed&apos; object</source>
        <translation>no &apos;feed&apos; object</translation>
    </message>
    <message>
        <source>The hub answered with a page instead of search results: %1</source>
        <translation>The hub answered with a page instead of search results: %1</translation>
    </message>
    <message>
        <source>The hub refused the search (%1): %2</source>
        <translation>The hub refused the search (%1): %2</translation>
    </message>
    <message>
        <source>The hub&apos;s Atom feed cannot be read (line %1: %2)</source>
        <translation>The hub&apos;s Atom feed cannot be read (line %1: %2)</translation>
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
    <message>
        <source>Registered e-mail:</source>
        <translation>Registered e-mail:</translation>
    </message>
    <message>
        <source>The e-mail address you registered at %1 is needed.</source>
        <translation>The e-mail address you registered at %1 is needed.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ArchiveController</name>
    <message>
        <source>Scan folder…</source>
        <translation>Scan folder…</translation>
    </message>
    <message>
        <source>Find the products in a folder (zips, SAFE folders, scene folders, at any depth), open their bands and compare their files with the checksums recorded at download</source>
        <translation>Find the products in a folder (zips, SAFE folders, scene folders, at any depth), open their bands and compare their files with the checksums recorded at download</translation>
    </message>
    <message>
        <source>Re-verify</source>
        <translation>Re-verify</translation>
    </message>
    <message>
        <source>Check the selected products again: their bands and the checksums of their files</source>
        <translation>Check the selected products again: their bands and the checksums of their files</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Show the selected product in the file manager</source>
        <translation>Show the selected product in the file manager</translation>
    </message>
    <message>
        <source>No product is known yet: “Scan folder…” lists what is on disk.</source>
        <translation>No product is known yet: “Scan folder…” lists what is on disk.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s), %1 on disk</source>
        <translation>
            <numerusform>%n product, %1 on disk</numerusform>
            <numerusform>%n products, %1 on disk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged</source>
        <translation>
            <numerusform>%n damaged</numerusform>
            <numerusform>%n damaged</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan folder</source>
        <translation>Scan folder</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Scanning %1…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %1… %n product(s) found</source>
        <translation>
            <numerusform>Scanning %1… %n product found</numerusform>
            <numerusform>Scanning %1… %n products found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n product(s)…</source>
        <translation>
            <numerusform>Checking %n product…</numerusform>
            <numerusform>Checking %n products…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation>Stop scan</translation>
    </message>
    <message>
        <source>Stop the running scan; the list stays as it was</source>
        <translation>Stop the running scan; the list stays as it was</translation>
    </message>
    <message>
        <source>No product found in %1. A scan finds zips, .SAFE folders, scene folders and the files this program downloaded.</source>
        <translation>No product found in %1. A scan finds zips, .SAFE folders, scene folders and the files this program downloaded.</translation>
    </message>
    <message>
        <source>The scan of %1 was stopped; the list is as it was</source>
        <translation>The scan of %1 was stopped; the list is as it was</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ArchiveModel</name>
    <message>
        <source>✓ ok</source>
        <translation>✓ ok</translation>
    </message>
    <message>
        <source>⚠ damaged</source>
        <translation>⚠ damaged</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) still match the checksums recorded when they were downloaded</source>
        <translation>
            <numerusform>%n file still matches the checksum recorded when it was downloaded</numerusform>
            <numerusform>%n files still match the checksums recorded when they were downloaded</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found. No checksum was recorded for its files: this program did not download them, or their source gave none</source>
        <translation>No problem found. No checksum was recorded for its files: this program did not download them, or their source gave none</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scene</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Tile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bands</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <name>eoc::ui::BandwidthScheduleEditor</name>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Mon, Tue, ... Sun; ranges such as Mon-Fri; lists such as Sat,Sun; or daily</source>
        <translation>Mon, Tue, ... Sun; ranges such as Mon-Fri; lists such as Sat,Sun; or daily</translation>
    </message>
    <message>
        <source>Local time, HH:MM</source>
        <translation>Local time, HH:MM</translation>
    </message>
    <message>
        <source>Local time, HH:MM, up to 24:00; after From</source>
        <translation>Local time, HH:MM, up to 24:00; after From</translation>
    </message>
    <message>
        <source>Bytes per second such as 500000, 512K or 2M; 0 for unlimited</source>
        <translation>Bytes per second such as 500000, 512K or 2M; 0 for unlimited</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unlimited</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Rule %1: %2</translation>
    </message>
    <message>
        <source>Correct the rules to see the rate in force now.</source>
        <translation>Correct the rules to see the rate in force now.</translation>
    </message>
    <message>
        <source>In force now: %1 (rule %2)</source>
        <translation>In force now: %1 (rule %2)</translation>
    </message>
    <message>
        <source>In force now: %1 (the bandwidth limit; no rule covers this time)</source>
        <translation>In force now: %1 (the bandwidth limit; no rule covers this time)</translation>
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
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Other sources</translation>
    </message>
    <message>
        <source>Failed source</source>
        <translation>Failed source</translation>
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
    <message>
        <source>Run by the worker %1</source>
        <translation>Run by the worker %1</translation>
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
    <name>eoc::ui::PlaceSearchField</name>
    <message>
        <source>City, state or province, e.g. Recife or Minas Gerais</source>
        <translation>City, state or province, e.g. Recife or Minas Gerais</translation>
    </message>
    <message>
        <source>Searches Natural Earth&apos;s cities, states and provinces offline. Write &quot;Name, Country&quot; or &quot;Name, State&quot; to narrow it down, &quot;Name state&quot; for a state that shares a city&apos;s name.</source>
        <translation>Searches Natural Earth&apos;s cities, states and provinces offline. Write &quot;Name, Country&quot; or &quot;Name, State&quot; to narrow it down, &quot;Name state&quot; for a state that shares a city&apos;s name.</translation>
    </message>
    <message>
        <source>%1, its outline</source>
        <translation>%1, its outline</translation>
    </message>
    <message>
        <source>%1: no outline offline, %2 km around its centre</source>
        <translation>%1: no outline offline, %2 km around its centre</translation>
    </message>
    <message>
        <source>%1, %2 km around it</source>
        <translation>%1, %2 km around it</translation>
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
    <name>eoc::ui::QueueSettingsPage</name>
    <message>
        <source>On this computer (its own download journal)</source>
        <translation>On this computer (its own download journal)</translation>
    </message>
    <message>
        <source>Shared by several machines (a PostgreSQL database)</source>
        <translation>Shared by several machines (a PostgreSQL database)</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE, without a password</source>
        <translation>postgresql://USER@HOST:PORT/DATABASE, without a password</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain; empty keeps the stored one</source>
        <translation>kept in this computer&apos;s keychain; empty keeps the stored one</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a machine holds an item without a sign of life; an item whose machine stopped is taken over by another one after this</source>
        <translation>How long a machine holds an item without a sign of life; an item whose machine stopped is taken over by another one after this</translation>
    </message>
    <message>
        <source>The queue is opened when the program starts: a change is used from the next start. Each machine keeps the password in its own keychain (or EOC_QUEUE_PASSWORD); the database holds no secret.</source>
        <translation>The queue is opened when the program starts: a change is used from the next start. Each machine keeps the password in its own keychain (or EOC_QUEUE_PASSWORD); the database holds no secret.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Lease:</source>
        <translation>Lease:</translation>
    </message>
    <message>
        <source>Only watch: this computer never downloads the queue&apos;s items</source>
        <translation>Only watch: this computer never downloads the queue&apos;s items</translation>
    </message>
    <message>
        <source>For a computer that follows workers running elsewhere: when no worker is running, the queue waits for one instead of downloading here</source>
        <translation>For a computer that follows workers running elsewhere: when no worker is running, the queue waits for one instead of downloading here</translation>
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
    <message>
        <source>SAFE zip</source>
        <translation>SAFE zip</translation>
    </message>
    <message>
        <source>SAFE</source>
        <translation>SAFE</translation>
    </message>
    <message>
        <source>COG</source>
        <translation>COG</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>bundle</translation>
    </message>
    <message>
        <source>files</source>
        <translation>files</translation>
    </message>
    <message>
        <source>%1. %2: %3, %4, collection %5, named %6</source>
        <translation>%1. %2: %3, %4, collection %5, named %6</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Downloads come from the first; the others are tried in turn if it fails.</source>
        <translation>Downloads come from the first; the others are tried in turn if it fails.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>On disk</translation>
    </message>
    <message>
        <source>✓ on disk</source>
        <translation>✓ on disk</translation>
    </message>
    <message>
        <source>⚠ damaged</source>
        <translation>⚠ damaged</translation>
    </message>
    <message>
        <source>On disk: %1</source>
        <translation>On disk: %1</translation>
    </message>
    <message>
        <source>Damaged copy: %1 (%2)</source>
        <translation>Damaged copy: %1 (%2)</translation>
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
    <message>
        <source>Download from</source>
        <translation>Download from</translation>
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
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not every provider answered; the results of the others are shown. %1</source>
        <translation>Not every provider answered; the results of the others are shown. %1</translation>
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
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A city, state or province, found without a network among Natural Earth&apos;s places. Type a few letters, choose with the arrows and press Enter: a state whose outline is known becomes the region, anything else a circle of 25 km around it. Write &lt;i&gt;Name, Country&lt;/i&gt; or &lt;i&gt;Name, State&lt;/i&gt; to narrow the list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A city, state or province, found without a network among Natural Earth&apos;s places. Type a few letters, choose with the arrows and press Enter: a state whose outline is known becomes the region, anything else a circle of 25 km around it. Write &lt;i&gt;Name, Country&lt;/i&gt; or &lt;i&gt;Name, State&lt;/i&gt; to narrow the list.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search other providers that carry this collection at the same time: each scene is listed once, with a badge per source, and a download falls back to the next source if the first one fails.</source>
        <translation>Search other providers that carry this collection at the same time: each scene is listed once, with a badge per source, and a download falls back to the next source if the first one fails.</translation>
    </message>
    <message>
        <source>Also search:</source>
        <translation>Also search:</translation>
    </message>
    <message>
        <source>Every provider that carries %1</source>
        <translation>Every provider that carries %1</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <source>No other provider</source>
        <translation>No other provider</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Also searched: %1</source>
        <translation>Also searched: %1</translation>
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
    <message>
        <source>Bandwidth schedule:</source>
        <translation>Bandwidth schedule:</translation>
    </message>
    <message>
        <source>In the order the providers were chosen</source>
        <translation>In the order the providers were chosen</translation>
    </message>
    <message>
        <source>Providers that need no account first</source>
        <translation>Providers that need no account first</translation>
    </message>
    <message>
        <source>Copies online now first</source>
        <translation>Copies online now first</translation>
    </message>
    <message>
        <source>The fastest provider so far first</source>
        <translation>The fastest provider so far first</translation>
    </message>
    <message>
        <source>By the throughput the download queue has measured for each provider</source>
        <translation>By the throughput the download queue has measured for each provider</translation>
    </message>
    <message>
        <source>When every source of the same format fails, try another format (e.g. a SAFE zip instead of COG files)</source>
        <translation>When every source of the same format fails, try another format (e.g. a SAFE zip instead of COG files)</translation>
    </message>
    <message>
        <source>Several sources:</source>
        <translation>Several sources:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Give the shared queue&apos;s database as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>Give the shared queue&apos;s database as postgresql://USER@HOST:PORT/DATABASE</translation>
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
<context>
    <name>eoc::ui::WorkersModel</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Stopped (last seen %1)</source>
        <translation>Stopped (last seen %1)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Fetched</translation>
    </message>
</context>
<context>
    <name>eoc::ui::WorkersPanel</name>
    <message numerus="yes">
        <source>Workers of the shared queue: %n running, %1/s together</source>
        <translation>
            <numerusform>Workers of the shared queue: %n running, %1/s together</numerusform>
            <numerusform>Workers of the shared queue: %n running, %1/s together</numerusform>
        </translation>
    </message>
    <message>
        <source>(this computer only watches)</source>
        <translation>(this computer only watches)</translation>
    </message>
    <message>
        <source>(this computer only watches: the queue waits for a worker)</source>
        <translation>(this computer only watches: the queue waits for a worker)</translation>
    </message>
</context>
</TS>

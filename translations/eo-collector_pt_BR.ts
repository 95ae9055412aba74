<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountCheck</name>
    <message>
        <source>An account check is already running</source>
        <translation>Uma verificação de conta já está em andamento</translation>
    </message>
    <message>
        <source>No credentials for %1</source>
        <translation>Sem credenciais para %1</translation>
    </message>
    <message>
        <source>There is no secret for %1 at %2: enter it again</source>
        <translation>Não há segredo para %1 em %2: digite-o novamente</translation>
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
        <translation>Uso:
  eo-collector-cli account add PROVIDER --account NAME     guarda a senha de NAME no chaveiro
  eo-collector-cli account list [PROVIDER]                 as contas (nunca as senhas)
  eo-collector-cli account remove PROVIDER --account NAME  apaga a conta do chaveiro
  eo-collector-cli account test PROVIDER [--account NAME] [--one-time-code]
                                                           entra uma vez e informa o resultado
A senha é pedida sem eco quando a entrada padrão é um terminal; caso contrário, ela é
lida da entrada padrão (por exemplo `printf %s &quot;$PW&quot; | eo-collector-cli account add ...`); ela
nunca é tirada da linha de comando. Para scripts, EOC_&lt;PROVIDER&gt;_USERNAME e
EOC_&lt;PROVIDER&gt;_PASSWORD (ou _TOKEN) no ambiente são usados antes do chaveiro.
</translation>
    </message>
    <message>
        <source>Manage provider accounts in the keychain</source>
        <translation>Gerencia as contas de provedores no chaveiro</translation>
    </message>
    <message>
        <source>add, list, remove or test</source>
        <translation>add, list, remove ou test</translation>
    </message>
    <message>
        <source>The provider, e.g. dataspace</source>
        <translation>O provedor, por exemplo dataspace</translation>
    </message>
    <message>
        <source>The user name at the provider (default: the first account).</source>
        <translation>O nome de usuário no provedor (padrão: a primeira conta).</translation>
    </message>
    <message>
        <source>test: ask for a two-factor one-time code (read from standard input when it is not a terminal).</source>
        <translation>test: pede um código de uso único de dois fatores (lido da entrada padrão quando ela não é um terminal).</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;
%2</source>
        <translation>Argumento inesperado &apos;%1&apos;
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
        <translation>Nenhuma ação informada</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;</source>
        <translation>Ação desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No provider given, e.g. `account %1 dataspace`</source>
        <translation>Nenhum provedor informado, por exemplo `account %1 dataspace`</translation>
    </message>
    <message>
        <source>--account NAME is required (the user name at %1)</source>
        <translation>--account NAME é obrigatório (o nome de usuário em %1)</translation>
    </message>
    <message>
        <source>User name at %1: </source>
        <translation>Nome de usuário em %1: </translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Senha de %1 em %2: </translation>
    </message>
    <message>
        <source>No password given</source>
        <translation>Nenhuma senha informada</translation>
    </message>
    <message>
        <source>No password on standard input</source>
        <translation>Nenhuma senha na entrada padrão</translation>
    </message>
    <message>
        <source>Stored the password of %1 for %2 in the keychain</source>
        <translation>A senha de %1 para %2 foi guardada no chaveiro</translation>
    </message>
    <message>
        <source>--account NAME is required: which account of %1 to remove</source>
        <translation>--account NAME é obrigatório: qual conta de %1 remover</translation>
    </message>
    <message>
        <source>Removed %1 of %2 from the keychain</source>
        <translation>%1 de %2 foi removida do chaveiro</translation>
    </message>
    <message>
        <source>The keychain is unavailable, so no password can be stored or read: %1</source>
        <translation>O chaveiro não está disponível, então nenhuma senha pode ser guardada ou lida: %1</translation>
    </message>
    <message>
        <source>No accounts; add one with `eo-collector-cli account add PROVIDER --account NAME`</source>
        <translation>Nenhuma conta; adicione uma com `eo-collector-cli account add PROVIDER --account NAME`</translation>
    </message>
    <message>
        <source>`account test` knows only OpenID Connect logins; %1 has none (the password of %2 was found, but not tried)</source>
        <translation>`account test` conhece apenas logins OpenID Connect; %1 não tem nenhum (a senha de %2 foi encontrada, mas não testada)</translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Código de uso único: </translation>
    </message>
    <message>
        <source>No one-time code given</source>
        <translation>Nenhum código de uso único informado</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2</source>
        <translation>Entrou em %1 como %2</translation>
    </message>
    <message>
        <source>FTP servers</source>
        <translation>Servidores FTP</translation>
    </message>
    <message>
        <source>%1 signs downloads with the e-mail address you registered there: give it as --account (not &apos;%2&apos;)</source>
        <translation>%1 assina os downloads com o endereço de e-mail que você cadastrou lá: informe-o em --account (não &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>The shared queue&apos;s password is checked when a `queue` command connects to it</source>
        <translation>A senha da fila compartilhada é verificada quando um comando `queue` se conecta a ela</translation>
    </message>
    <message>
        <source>the shared download queue</source>
        <translation>a fila de downloads compartilhada</translation>
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
        <translation>zipado</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>bands:</source>
        <translation>bandas:</translation>
    </message>
    <message>
        <source>assets:</source>
        <translation>assets:</translation>
    </message>
    <message>
        <source>DAMAGED:</source>
        <translation>DANIFICADO:</translation>
    </message>
    <message>
        <source>List, check and open the products already on disk</source>
        <translation>Lista, verifica e abre os produtos que já estão no disco</translation>
    </message>
    <message>
        <source>Print JSON: an array of products (scan, verify) or an object of name → GDAL path.</source>
        <translation>Imprime JSON: uma lista de produtos (scan, verify) ou um objeto de nome → caminho GDAL.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 product(s), %2, %3 damaged</source>
        <translation>%1 produto(s), %2, %3 danificado(s)</translation>
    </message>
    <message>
        <source>%1 damaged product(s) under %2</source>
        <translation>%1 produto(s) danificado(s) em %2</translation>
    </message>
    <message>
        <source>%1 (scanned %2)</source>
        <translation>%1 (examinada em %2)</translation>
    </message>
    <message>
        <source>%1 was never scanned; run `archive scan %1` first</source>
        <translation>%1 nunca foi examinada; rode `archive scan %1` antes</translation>
    </message>
    <message>
        <source>scan FOLDER | verify FOLDER | list [FOLDER] | files PRODUCT | assets PRODUCT</source>
        <translation>scan FOLDER | verify FOLDER | list [FOLDER] | files PRODUCT | assets PRODUCT</translation>
    </message>
    <message>
        <source>archive needs an action and a path: scan FOLDER, verify FOLDER, list [FOLDER], files PRODUCT or assets PRODUCT</source>
        <translation>archive precisa de uma ação e um caminho: scan FOLDER, verify FOLDER, list [FOLDER], files PRODUCT ou assets PRODUCT</translation>
    </message>
    <message numerus="yes">
        <source>checksums: %n file(s) still match what was recorded at download</source>
        <translation>
            <numerusform>checksums: %n arquivo ainda confere com o registrado no download</numerusform>
            <numerusform>checksums: %n arquivos ainda conferem com o registrado no download</numerusform>
        </translation>
    </message>
    <message>
        <source>scan: list the bands without opening them with GDAL or comparing the checksums recorded at download.</source>
        <translation>scan: lista as bandas sem abri-las com o GDAL nem comparar os checksums registrados no download.</translation>
    </message>
    <message>
        <source>loose files</source>
        <translation>arquivos soltos</translation>
    </message>
    <message>
        <source>A folder to scan, or one product (zip, .SAFE or scene folder, or FOLDER/SCENE_ID for a scene&apos;s loose files in FOLDER).</source>
        <translation>Uma pasta a examinar, ou um produto (zip, .SAFE ou pasta de cena, ou PASTA/ID_DA_CENA para os arquivos soltos de uma cena em PASTA).</translation>
    </message>
</context>
<context>
    <name>ArchiveController</name>
    <message>
        <source>%1. Scan its folder again to update the list.</source>
        <translation>%1. Varra a pasta de novo para atualizar a lista.</translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <source>Archive</source>
        <translation>Arquivo local</translation>
    </message>
    <message>
        <source>%1 is selected among the search results and on the map</source>
        <translation>%1 está selecionada nos resultados da busca e no mapa</translation>
    </message>
    <message>
        <source>%1 is not among the search results: search its tile and date to see it on the map</source>
        <translation>%1 não está nos resultados da busca: busque o tile e a data dela para vê-la no mapa</translation>
    </message>
</context>
<context>
    <name>AssetOption</name>
    <message>
        <source>assets: %1; %2 in all</source>
        <translation>assets: %1; %2 no total</translation>
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
        <translation>assets: a escolha para %1 foi esquecida</translation>
    </message>
    <message>
        <source>assets: remembered for %1</source>
        <translation>assets: lembrados para %1</translation>
    </message>
    <message>
        <source>Only these assets of each scene, e.g. B04,B08,SCL (case does not matter); &apos;all&apos; for the default files. Without it, the choice remembered for the collection applies.</source>
        <translation>Apenas estes assets de cada cena, por exemplo B04,B08,SCL (maiúsculas e minúsculas tanto faz); &apos;all&apos; para os arquivos padrão. Sem esta opção, vale a escolha lembrada para a coleção.</translation>
    </message>
    <message>
        <source>Remember the --assets choice for the collection (--assets all forgets it).</source>
        <translation>Lembra a escolha de --assets para a coleção (--assets all a esquece).</translation>
    </message>
    <message>
        <source>--remember-assets needs --assets KEYS (or --assets all)</source>
        <translation>--remember-assets precisa de --assets KEYS (ou --assets all)</translation>
    </message>
    <message>
        <source>The assets remembered for %1 (%2) do not fit: %3. Give --assets KEYS, or --assets all --remember-assets to forget them</source>
        <translation>Os assets lembrados para %1 (%2) não servem: %3. Informe --assets KEYS, ou --assets all --remember-assets para esquecê-los</translation>
    </message>
    <message>
        <source>remembered for %1</source>
        <translation>lembrados para %1</translation>
    </message>
    <message>
        <source>--assets needs asset keys like B04,B08,SCL, or &apos;all&apos;</source>
        <translation>--assets precisa de chaves de assets como B04,B08,SCL, ou &apos;all&apos;</translation>
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
        <translation>A escolha de assets é lembrada por coleção: informe o provedor e a coleção</translation>
    </message>
</context>
<context>
    <name>AssetSelection</name>
    <message>
        <source>Asset &apos;%1&apos; of %2 is in the requester-pays S3 bucket &apos;%3&apos; (%4): downloading it bills the downloader&apos;s AWS account, which EO Collector does not use. Choose other assets, or search a catalogue that serves this collection over https (e.g. --set stac.preset=planetary-computer).</source>
        <translation>O asset &apos;%1&apos; de %2 está no bucket S3 &apos;%3&apos; com cobrança do solicitante (%4): baixá-lo é cobrado na conta AWS de quem baixa, que o EO Collector não usa. Escolha outros assets, ou busque em um catálogo que sirva esta coleção por https (por exemplo --set stac.preset=planetary-computer).</translation>
    </message>
    <message>
        <source>%1 has no asset &apos;%2&apos;; it has: %3</source>
        <translation>%1 não tem o asset &apos;%2&apos;; ele tem: %3</translation>
    </message>
    <message>
        <source>No assets of %1 were selected</source>
        <translation>Nenhum asset de %1 foi selecionado</translation>
    </message>
    <message>
        <source>%1 has no data assets to download; choose assets explicitly</source>
        <translation>%1 não tem assets de dados para baixar; escolha os assets explicitamente</translation>
    </message>
    <message>
        <source>the results list no assets</source>
        <translation>os resultados não listam assets</translation>
    </message>
    <message>
        <source>valid keys: %1</source>
        <translation>chaves válidas: %1</translation>
    </message>
    <message>
        <source>No result has the asset(s) %1 (%2)</source>
        <translation>Nenhum resultado tem o(s) asset(s) %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has none of the assets %2; it has: %3</source>
        <translation>%1 não tem nenhum dos assets %2; ele tem: %3</translation>
    </message>
    <message>
        <source>no assets</source>
        <translation>nenhum asset</translation>
    </message>
    <message>
        <source>%1 of %2 assets per scene: %3</source>
        <translation>%1 de %2 assets por cena: %3</translation>
    </message>
</context>
<context>
    <name>BasicAuthSession</name>
    <message>
        <source>No credentials for %1</source>
        <translation>Sem credenciais para %1</translation>
    </message>
</context>
<context>
    <name>BdcCollections</name>
    <message>
        <source>Sentinel-2 16-day data cube, version 2</source>
        <translation>Cubo de dados Sentinel-2 de 16 dias, versão 2</translation>
    </message>
    <message>
        <source>CBERS-4 WFI 16-day data cube, version 2</source>
        <translation>Cubo de dados CBERS-4 WFI de 16 dias, versão 2</translation>
    </message>
    <message>
        <source>CBERS-4/4A WFI 8-day data cube, version 1</source>
        <translation>Cubo de dados CBERS-4/4A WFI de 8 dias, versão 1</translation>
    </message>
    <message>
        <source>Landsat 16-day data cube, version 1</source>
        <translation>Cubo de dados Landsat de 16 dias, versão 1</translation>
    </message>
    <message>
        <source>MODIS MOD13Q1 vegetation indices, 6.1</source>
        <translation>Índices de vegetação MODIS MOD13Q1, 6.1</translation>
    </message>
    <message>
        <source>CBERS-4 WFI scenes, surface reflectance</source>
        <translation>Cenas CBERS-4 WFI, reflectância de superfície</translation>
    </message>
    <message>
        <source>CBERS-4 MUX scenes, surface reflectance</source>
        <translation>Cenas CBERS-4 MUX, reflectância de superfície</translation>
    </message>
    <message>
        <source>CBERS-4A WFI scenes, surface reflectance</source>
        <translation>Cenas CBERS-4A WFI, reflectância de superfície</translation>
    </message>
    <message>
        <source>CBERS-4A MUX scenes, surface reflectance</source>
        <translation>Cenas CBERS-4A MUX, reflectância de superfície</translation>
    </message>
    <message>
        <source>Amazonia-1 WFI scenes, surface reflectance</source>
        <translation>Cenas Amazonia-1 WFI, reflectância de superfície</translation>
    </message>
    <message>
        <source>Sentinel-2 Level-2A scenes</source>
        <translation>Cenas Sentinel-2 Nível 2A</translation>
    </message>
    <message>
        <source>Landsat Collection 2 scenes</source>
        <translation>Cenas Landsat Coleção 2</translation>
    </message>
</context>
<context>
    <name>BoundingBox</name>
    <message>
        <source>bounding box: %1</source>
        <translation>retângulo: %1</translation>
    </message>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 não é um número finito</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3..%4</source>
        <translation>%1 %2 está fora de %3..%4</translation>
    </message>
    <message>
        <source>west</source>
        <translation>oeste</translation>
    </message>
    <message>
        <source>south</source>
        <translation>sul</translation>
    </message>
    <message>
        <source>east</source>
        <translation>leste</translation>
    </message>
    <message>
        <source>north</source>
        <translation>norte</translation>
    </message>
    <message>
        <source>south greater than north (south %1, north %2)</source>
        <translation>sul maior que norte (sul %1, norte %2)</translation>
    </message>
    <message>
        <source>expected 4 numbers W,S,E,N separated by commas, got &apos;%1&apos;</source>
        <translation>esperados 4 números O,S,L,N separados por vírgulas; recebido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number (expected 4 numbers W,S,E,N)</source>
        <translation>%1 &apos;%2&apos; não é um número (esperados 4 números O,S,L,N)</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Set a provider setting for this run (repeatable).</source>
        <translation>Define uma configuração de provedor para esta execução (pode ser repetida).</translation>
    </message>
    <message>
        <source>Read settings from a JSON file ({&quot;key&quot;: &quot;value&quot;}).</source>
        <translation>Lê as configurações de um arquivo JSON ({&quot;key&quot;: &quot;value&quot;}).</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Mostra a ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra a versão.</translation>
    </message>
    <message>
        <source>Usage: eo-collector-cli [--set KEY=VALUE]... [--config FILE] COMMAND [options]

Search and download Earth-observation imagery from many providers.

Commands:
</source>
        <translation>Uso: eo-collector-cli [--set KEY=VALUE]... [--config FILE] COMMAND [opções]

Busca e baixa imagens de observação da Terra de muitos provedores.

Comandos:
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
Opções globais:
  --set KEY=VALUE   uma configuração para esta execução, por exemplo --set dataspace.odata_url=https://...
  --config FILE     configurações de um arquivo JSON
  --help            ajuda (com um comando: as opções desse comando)
  --version         a versão

Códigos de saída: 0 sucesso, 2 entrada inválida, 1 qualquer outra falha.
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>nenhum comando informado</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run --help for the list</source>
        <translation>comando desconhecido &apos;%1&apos;; execute --help para ver a lista</translation>
    </message>
</context>
<context>
    <name>CliCredentials</name>
    <message>
        <source>One-time code for %1 at %2: </source>
        <translation>Código de uso único de %1 em %2: </translation>
    </message>
    <message>
        <source>No one-time code was given for %1</source>
        <translation>Nenhum código de uso único foi informado para %1</translation>
    </message>
</context>
<context>
    <name>CollectionLayout</name>
    <message>
        <source>the %1 is empty</source>
        <translation>o %1 está vazio</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; must be a single folder name (no &apos;/&apos;, &apos;\&apos;, &apos;.&apos; or &apos;..&apos;)</source>
        <translation>o %1 &apos;%2&apos; precisa ser um único nome de pasta (sem &apos;/&apos;, &apos;\&apos;, &apos;.&apos; ou &apos;..&apos;)</translation>
    </message>
    <message>
        <source>scene %1: tile &apos;%2&apos; is not an MGRS tile such as 21LZG</source>
        <translation>cena %1: o tile &apos;%2&apos; não é um tile MGRS como 21LZG</translation>
    </message>
    <message>
        <source>scene %1: tile &apos;%2&apos; is not a WRS-2 path and row PPPRRR</source>
        <translation>cena %1: o tile &apos;%2&apos; não é um path e row WRS-2 PPPRRR</translation>
    </message>
    <message>
        <source>scene %1: tile &apos;%2&apos; is not a MODIS tile such as h14v10</source>
        <translation>cena %1: o tile &apos;%2&apos; não é um tile MODIS como h14v10</translation>
    </message>
    <message>
        <source>collection name</source>
        <translation>nome da coleção</translation>
    </message>
    <message>
        <source>scene id</source>
        <translation>id da cena</translation>
    </message>
    <message>
        <source>scene %1 has no sensing date, which the %2 layout needs</source>
        <translation>a cena %1 não tem data de aquisição, que o layout %2 exige</translation>
    </message>
    <message>
        <source>collection version &apos;%1&apos; is neither an integer (1) nor a decimal (1.0)</source>
        <translation>a versão da coleção &apos;%1&apos; não é nem um inteiro (1) nem um decimal (1.0)</translation>
    </message>
</context>
<context>
    <name>CredentialSource</name>
    <message>
        <source>%1 asks for a two-factor one-time code with every login, and none was given: pass --one-time-code (the code is read from the terminal or standard input), or download from the desktop application, which asks for it</source>
        <translation>%1 pede um código de uso único de dois fatores a cada login, e nenhum foi informado: passe --one-time-code (o código é lido do terminal ou da entrada padrão) ou baixe pelo aplicativo de desktop, que o pede</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No password for %1 at %2 in the keychain: add it with `eo-collector-cli account add %2 --account %1`</source>
        <translation>Sem senha para %1 em %2 no chaveiro: adicione-a com `eo-collector-cli account add %2 --account %1`</translation>
    </message>
    <message>
        <source>Access to the keychain was refused (%1): unlock the keychain and try again</source>
        <translation>O acesso ao chaveiro foi recusado (%1): desbloqueie o chaveiro e tente novamente</translation>
    </message>
    <message>
        <source>Could not delete %1 at %2 from the keychain: %3</source>
        <translation>Não foi possível apagar %1 em %2 do chaveiro: %3</translation>
    </message>
    <message>
        <source>The keychain&apos;s prompt was closed without an answer (%1): nothing was saved.</source>
        <translation>A janela do chaveiro foi fechada sem resposta (%1): nada foi salvo.</translation>
    </message>
    <message>
        <source>No keychain service is running (%1): start gnome-keyring, KWallet or another Secret Service provider in your session, or pass the account through EOC_%2_USERNAME and EOC_%2_PASSWORD</source>
        <translation>Nenhum serviço de chaveiro está em execução (%1): inicie o gnome-keyring, o KWallet ou outro provedor do Secret Service na sua sessão, ou passe a conta por EOC_%2_USERNAME e EOC_%2_PASSWORD</translation>
    </message>
    <message>
        <source>No account for %1: add one with `eo-collector-cli account add %1 --account NAME`</source>
        <translation>Nenhuma conta para %1: adicione uma com `eo-collector-cli account add %1 --account NOME`</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a provider name</source>
        <translation>&apos;%1&apos; não é um nome de provedor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable account name (empty, or with &apos;,&apos; or &apos;:&apos;)</source>
        <translation>&apos;%1&apos; não é um nome de conta utilizável (vazio, ou com &apos;,&apos; ou &apos;:&apos;)</translation>
    </message>
    <message>
        <source>The password for %1 at %2 is empty</source>
        <translation>A senha de %1 em %2 está vazia</translation>
    </message>
    <message>
        <source>There is no account %1 for %2</source>
        <translation>Não existe a conta %1 para %2</translation>
    </message>
</context>
<context>
    <name>CreodiasProvider</name>
    <message>
        <source>OData catalogue (search; anonymous)</source>
        <translation>Catálogo OData (busca; anônima)</translation>
    </message>
    <message>
        <source>Download service (Products(&lt;Id&gt;)/$value)</source>
        <translation>Serviço de download (Products(&lt;Id&gt;)/$value)</translation>
    </message>
    <message>
        <source>Keycloak token endpoint (login and refresh)</source>
        <translation>Endpoint de token do Keycloak (login e renovação)</translation>
    </message>
    <message>
        <source>Keycloak client id</source>
        <translation>Id de cliente do Keycloak</translation>
    </message>
    <message>
        <source>Keycloak client secret of the public client (empty: none is sent)</source>
        <translation>Segredo de cliente do Keycloak do cliente público (vazio: nenhum é enviado)</translation>
    </message>
    <message>
        <source>Every login asks for a two-factor one-time code (mandatory on CREODIAS since May 2023; false only for accounts exempt from it)</source>
        <translation>Todo login pede um código de uso único de dois fatores (obrigatório no CREODIAS desde maio de 2023; false só para contas isentas)</translation>
    </message>
    <message>
        <source>Requests a minute to the catalogue and download services (0: no limit)</source>
        <translation>Pedidos por minuto aos serviços de catálogo e download (0: sem limite)</translation>
    </message>
    <message>
        <source>Simultaneous downloads per account</source>
        <translation>Downloads simultâneos por conta</translation>
    </message>
    <message>
        <source>Results per catalogue request (1..1000)</source>
        <translation>Resultados por requisição ao catálogo (1..1000)</translation>
    </message>
    <message>
        <source>The CREODIAS search</source>
        <translation>A busca no CREODIAS</translation>
    </message>
    <message>
        <source>CREODIAS is searched through its OData catalogue only</source>
        <translation>O CREODIAS é buscado apenas pelo seu catálogo OData</translation>
    </message>
    <message>
        <source>No scene id given</source>
        <translation>Nenhum id de cena informado</translation>
    </message>
    <message>
        <source>%1 is not online at CREODIAS (Online: false) and its API cannot order it; try the dataspace provider, or download it later.</source>
        <translation>%1 não está online no CREODIAS (Online: false) e sua API não pode encomendá-lo; tente o provedor dataspace ou baixe-o mais tarde.</translation>
    </message>
    <message>
        <source>Downloading from CREODIAS needs an account: add one with `eo-collector-cli account add creodias --account NAME` (sign up at https://creodias.eu; two-factor authentication is mandatory)</source>
        <translation>Baixar do CREODIAS exige uma conta: adicione uma com `eo-collector-cli account add creodias --account NOME` (cadastre-se em https://creodias.eu; a autenticação de dois fatores é obrigatória)</translation>
    </message>
    <message>
        <source>%1 is not in the CREODIAS catalogue</source>
        <translation>%1 não está no catálogo do CREODIAS</translation>
    </message>
    <message>
        <source>Where the eodata store is mounted on this machine (/eodata on CREODIAS virtual machines): products found there are copied instead of downloaded, without a login; empty: always download</source>
        <translation>Onde o repositório eodata está montado nesta máquina (/eodata nas máquinas virtuais do CREODIAS): os produtos encontrados ali são copiados em vez de baixados, sem login; vazio: sempre baixar</translation>
    </message>
    <message>
        <source>Catalogue pages and time windows of one search fetched at once (1: one after the other); creodias.requests_per_minute still holds</source>
        <translation>Páginas do catálogo e janelas de tempo de uma busca obtidas ao mesmo tempo (1: uma após a outra); creodias.requests_per_minute continua valendo</translation>
    </message>
</context>
<context>
    <name>DataspaceErrors</name>
    <message>
        <source>The Copernicus Data Space search</source>
        <translation>A busca no Copernicus Data Space</translation>
    </message>
    <message>
        <source>The Copernicus Data Space STAC search</source>
        <translation>A busca STAC no Copernicus Data Space</translation>
    </message>
</context>
<context>
    <name>DataspaceProvider</name>
    <message>
        <source>%1 is not in the Copernicus Data Space catalogue</source>
        <translation>%1 não está no catálogo do Copernicus Data Space</translation>
    </message>
    <message>
        <source>Downloading from the Copernicus Data Space needs an account: add one with `eo-collector-cli account add dataspace --account NAME` (sign up at https://dataspace.copernicus.eu)</source>
        <translation>Baixar do Copernicus Data Space exige uma conta: adicione uma com `eo-collector-cli account add dataspace --account NOME` (cadastre-se em https://dataspace.copernicus.eu)</translation>
    </message>
    <message>
        <source>Unknown dataspace search strategy &apos;%1&apos; (odata or stac)</source>
        <translation>Estratégia de busca do dataspace desconhecida &apos;%1&apos; (odata ou stac)</translation>
    </message>
    <message>
        <source>No scene id given</source>
        <translation>Nenhum id de cena informado</translation>
    </message>
    <message>
        <source>%1 is in the Copernicus long-term archive (Online: false). The Data Space API cannot order it: order it in the Data Workspace at https://dataspace.copernicus.eu (1 order at a time for general users), then download it again once it is online.</source>
        <translation>%1 está no arquivo de longo prazo do Copernicus (Online: false). A API do Data Space não pode encomendá-lo: encomende-o no Data Workspace em https://dataspace.copernicus.eu (1 encomenda por vez para usuários comuns) e baixe-o de novo quando estiver online.</translation>
    </message>
    <message>
        <source>The STAC service of the Copernicus Data Space has no collection for %1%2; use the OData strategy (--set dataspace.strategy=odata)</source>
        <translation>O serviço STAC do Copernicus Data Space não tem coleção para %1%2; use a estratégia OData (--set dataspace.strategy=odata)</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Busca cancelada</translation>
    </message>
    <message>
        <source>OData catalogue (search)</source>
        <translation>Catálogo OData (busca)</translation>
    </message>
    <message>
        <source>STAC service (search with dataspace.strategy=stac)</source>
        <translation>Serviço STAC (busca com dataspace.strategy=stac)</translation>
    </message>
    <message>
        <source>OpenID Connect token endpoint (login and refresh)</source>
        <translation>Endpoint de token OpenID Connect (login e renovação)</translation>
    </message>
    <message>
        <source>OpenID Connect end-session endpoint (logout when the program quits)</source>
        <translation>Endpoint de fim de sessão OpenID Connect (logout quando o programa termina)</translation>
    </message>
    <message>
        <source>OpenID Connect client id</source>
        <translation>Id de cliente OpenID Connect</translation>
    </message>
    <message>
        <source>Download service (Products(&lt;Id&gt;)/$value)</source>
        <translation>Serviço de download (Products(&lt;Id&gt;)/$value)</translation>
    </message>
    <message>
        <source>Search API: odata or stac</source>
        <translation>API de busca: odata ou stac</translation>
    </message>
    <message>
        <source>Sentinel-1 GRD searches also list the cloud-optimised twins (-COG types); the cog filter overrides it per search</source>
        <translation>As buscas de Sentinel-1 GRD também listam os gêmeos otimizados para nuvem (tipos -COG); o filtro cog a substitui em cada busca</translation>
    </message>
    <message>
        <source>Results per catalogue request (1..1000)</source>
        <translation>Resultados por requisição ao catálogo (1..1000)</translation>
    </message>
    <message>
        <source>Simultaneous downloads per account (the service allows 4 for general users)</source>
        <translation>Downloads simultâneos por conta (o serviço permite 4 para usuários comuns)</translation>
    </message>
    <message>
        <source>Where the eodata store is mounted on this machine (/eodata on Data Space virtual machines): products found there are copied instead of downloaded; empty: always download</source>
        <translation>Onde o repositório eodata está montado nesta máquina (/eodata nas máquinas virtuais do Data Space): os produtos encontrados ali são copiados em vez de baixados; vazio: sempre baixar</translation>
    </message>
    <message>
        <source>Catalogue pages and time windows of one search fetched at once (1: one after the other)</source>
        <translation>Páginas do catálogo e janelas de tempo de uma busca obtidas ao mesmo tempo (1: uma após a outra)</translation>
    </message>
    <message>
        <source>Login sessions per account that the workers of a shared queue hold together (the service allows 100 per user)</source>
        <translation>Sessões de login por conta que os workers de uma fila compartilhada mantêm juntos (o serviço permite 100 por usuário)</translation>
    </message>
</context>
<context>
    <name>DhusProvider</name>
    <message>
        <source>ESA&apos;s Copernicus Open Access Hub (SciHub, apihub) closed in October 2023 and no longer answers. Its Sentinel products are served by the &apos;dataspace&apos; provider (Copernicus Data Space Ecosystem) and by CREODIAS (&apos;creodias&apos;); set dhus.url to a national or collaborative hub that still runs the Data Hub Software.</source>
        <translation>O Copernicus Open Access Hub da ESA (SciHub, apihub) foi encerrado em outubro de 2023 e não responde mais. Seus produtos Sentinel são servidos pelo provedor &apos;dataspace&apos; (Copernicus Data Space Ecosystem) e pelo CREODIAS (&apos;creodias&apos;); defina dhus.url com um hub nacional ou colaborativo que ainda rode o Data Hub Software.</translation>
    </message>
    <message>
        <source>dhus.url &apos;%1&apos; is not an http(s) address of a hub (e.g. https://colhub.met.no)</source>
        <translation>dhus.url &apos;%1&apos; não é um endereço http(s) de um hub (por exemplo https://colhub.met.no)</translation>
    </message>
    <message>
        <source>Choose a hub: set dhus.url to its root (e.g. --set dhus.url=https://colhub.met.no) or dhus.preset to colhub, colhub-archive or finhub</source>
        <translation>Escolha um hub: defina dhus.url com a raiz dele (por exemplo --set dhus.url=https://colhub.met.no) ou dhus.preset como colhub, colhub-archive ou finhub</translation>
    </message>
    <message>
        <source>Unknown dhus.preset &apos;%1&apos;; known: %2</source>
        <translation>dhus.preset desconhecido &apos;%1&apos;; conhecidos: %2</translation>
    </message>
    <message>
        <source>The hubs know no collection &apos;%1&apos;; known: %2</source>
        <translation>Os hubs não conhecem a coleção &apos;%1&apos;; conhecidas: %2</translation>
    </message>
    <message>
        <source>%1 has no hub product id: search for it first</source>
        <translation>%1 não tem id de produto do hub: busque-o primeiro</translation>
    </message>
    <message>
        <source>Asking the hub whether %1 is online</source>
        <translation>A consulta ao hub sobre se %1 está online</translation>
    </message>
    <message>
        <source>The hub answered &apos;%1&apos; when asked whether %2 is online</source>
        <translation>O hub respondeu &apos;%1&apos; quando perguntado se %2 está online</translation>
    </message>
    <message>
        <source>%1 is in the hub&apos;s long-term archive: it is requested and downloaded once online (archive requests this hour: %2 of %3)</source>
        <translation>%1 está no arquivo de longo prazo do hub: ele é pedido e baixado quando estiver online (pedidos ao arquivo nesta hora: %2 de %3)</translation>
    </message>
    <message>
        <source>The hub allows %1 long-term archive requests an hour per account, and they are used up; %2 is requested again later</source>
        <translation>O hub permite %1 pedidos ao arquivo de longo prazo por hora e por conta, e eles se esgotaram; %2 será pedido de novo mais tarde</translation>
    </message>
    <message>
        <source>Requesting %1 from the hub&apos;s archive</source>
        <translation>O pedido de %1 ao arquivo do hub</translation>
    </message>
    <message>
        <source>%1 was requested from the hub&apos;s long-term archive (archive requests this hour: %2 of %3)</source>
        <translation>%1 foi pedido ao arquivo de longo prazo do hub (pedidos ao arquivo nesta hora: %2 de %3)</translation>
    </message>
    <message>
        <source>Root of the hub (it serves /odata/v1 and /search), e.g. https://colhub.met.no</source>
        <translation>Raiz do hub (ele serve /odata/v1 e /search), por exemplo https://colhub.met.no</translation>
    </message>
    <message>
        <source>A known hub when dhus.url is empty: colhub, colhub-archive or finhub (apihub and scihub closed in October 2023)</source>
        <translation>Um hub conhecido quando dhus.url está vazio: colhub, colhub-archive ou finhub (apihub e scihub foram encerrados em outubro de 2023)</translation>
    </message>
    <message>
        <source>Search API: odata or opensearch</source>
        <translation>API de busca: odata ou opensearch</translation>
    </message>
    <message>
        <source>Accounts used in turn to spread the hub&apos;s per-account limits, names separated by commas (their passwords are in the keychain); empty: the default account</source>
        <translation>Contas usadas em revezamento para repartir os limites por conta do hub, nomes separados por vírgulas (as senhas ficam no chaveiro); vazio: a conta padrão</translation>
    </message>
    <message>
        <source>Simultaneous downloads per account (the hubs allowed 2)</source>
        <translation>Downloads simultâneos por conta (os hubs permitiam 2)</translation>
    </message>
    <message>
        <source>Long-term archive requests per account and hour</source>
        <translation>Pedidos ao arquivo de longo prazo por conta e hora</translation>
    </message>
    <message>
        <source>Results per request (the hubs allow at most 100)</source>
        <translation>Resultados por pedido (os hubs permitem no máximo 100)</translation>
    </message>
    <message>
        <source>Data Hub Software hubs (SciHub protocol)</source>
        <translation>Hubs Data Hub Software (protocolo SciHub)</translation>
    </message>
    <message>
        <source>Unknown dhus search strategy &apos;%1&apos; (odata or opensearch)</source>
        <translation>Estratégia de busca do dhus desconhecida &apos;%1&apos; (odata ou opensearch)</translation>
    </message>
    <message>
        <source>The hub&apos;s search</source>
        <translation>A busca no hub</translation>
    </message>
    <message>
        <source>No scene id given</source>
        <translation>Nenhum id de cena informado</translation>
    </message>
    <message>
        <source>Search pages fetched at once (1: one after the other)</source>
        <translation>Páginas de busca obtidas ao mesmo tempo (1: uma após a outra)</translation>
    </message>
</context>
<context>
    <name>DownloadCommand</name>
    <message>
        <source>Download scenes or URLs through the queue</source>
        <translation>Baixa cenas ou URLs pela fila</translation>
    </message>
    <message>
        <source>Download every file of a Metalink 4 file (RFC 5854).</source>
        <translation>Baixa todos os arquivos de um arquivo Metalink 4 (RFC 5854).</translation>
    </message>
    <message>
        <source>Download the results saved by `search --output` (.json or .geojson).</source>
        <translation>Baixa os resultados salvos por `search --output` (.json ou .geojson).</translation>
    </message>
    <message>
        <source>Provider of --scene-id.</source>
        <translation>Provedor de --scene-id.</translation>
    </message>
    <message>
        <source>Scene to look up and download (repeatable).</source>
        <translation>Cena a procurar e baixar (pode ser repetida).</translation>
    </message>
    <message>
        <source>Collection of --scene-id.</source>
        <translation>Coleção de --scene-id.</translation>
    </message>
    <message>
        <source>Output folder (default: the current folder).</source>
        <translation>Pasta de saída (padrão: a pasta atual).</translation>
    </message>
    <message>
        <source>flat (default), scene-folder (one folder per scene) or bdc (Brazil Data Cube collection folders, version from the setting download.bdc_version, default 1).</source>
        <translation>flat (padrão), scene-folder (uma pasta por cena) ou bdc (pastas de coleção do Brazil Data Cube, versão da configuração download.bdc_version, padrão 1).</translation>
    </message>
    <message>
        <source>Expected SHA-256 of --url.</source>
        <translation>SHA-256 esperado de --url.</translation>
    </message>
    <message>
        <source>Expected SHA-512 of --url.</source>
        <translation>SHA-512 esperado de --url.</translation>
    </message>
    <message>
        <source>Expected SHA-1 of --url.</source>
        <translation>SHA-1 esperado de --url.</translation>
    </message>
    <message>
        <source>Expected MD5 of --url.</source>
        <translation>MD5 esperado de --url.</translation>
    </message>
    <message>
        <source>Expected BLAKE3 of --url.</source>
        <translation>BLAKE3 esperado de --url.</translation>
    </message>
    <message>
        <source>Extra request header for --url (repeatable), like curl -H. Sent to the URL&apos;s own host only; values other than Accept, Accept-Language, User-Agent, Cache-Control, Pragma and DNT are kept in the keychain, not the journal.</source>
        <translation>Cabeçalho de requisição extra para --url (pode ser repetido), como curl -H. Enviado apenas ao próprio host da URL; valores que não sejam Accept, Accept-Language, User-Agent, Cache-Control, Pragma e DNT ficam no chaveiro, não no diário.</translation>
    </message>
    <message>
        <source>Transfers at once (default 4).</source>
        <translation>Transferências simultâneas (padrão 4).</translation>
    </message>
    <message>
        <source>Total download rate, like curl: 500K, 2M.</source>
        <translation>Taxa total de download, como no curl: 500K, 2M.</translation>
    </message>
    <message>
        <source>Priority of the new items (higher runs first).</source>
        <translation>Prioridade dos novos itens (a maior é executada primeiro).</translation>
    </message>
    <message>
        <source>Progress as one JSON object per line.</source>
        <translation>Progresso como um objeto JSON por linha.</translation>
    </message>
    <message>
        <source>Read the two-factor one-time code a login asks for (CREODIAS) from standard input; on a terminal it is asked for anyway.</source>
        <translation>Lê da entrada padrão o código de uso único de dois fatores que um login pede (CREODIAS); num terminal ele é pedido de qualquer forma.</translation>
    </message>
    <message>
        <source>Give exactly one of --url, --metalink, --from or --provider with --scene-id</source>
        <translation>Informe exatamente um de --url, --metalink, --from ou --provider com --scene-id</translation>
    </message>
    <message>
        <source>--assets chooses files of scenes: use it with --from or --scene-id</source>
        <translation>--assets escolhe arquivos de cenas: use-o com --from ou --scene-id</translation>
    </message>
    <message>
        <source>Unknown layout &apos;%1&apos; (flat, scene-folder, bdc)</source>
        <translation>Layout desconhecido &apos;%1&apos; (flat, scene-folder, bdc)</translation>
    </message>
    <message>
        <source>--priority needs a whole number</source>
        <translation>--priority precisa de um número inteiro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 64</source>
        <translation>--jobs precisa de um número de 1 a 64</translation>
    </message>
    <message>
        <source>--limit-rate &apos;%1&apos; is not a rate like 500K or 2M</source>
        <translation>--limit-rate &apos;%1&apos; não é uma taxa como 500K ou 2M</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Result &apos;%1&apos; in %2 names no provider</source>
        <translation>O resultado &apos;%1&apos; em %2 não indica nenhum provedor</translation>
    </message>
    <message>
        <source>--scene-id needs --provider</source>
        <translation>--scene-id precisa de --provider</translation>
    </message>
    <message>
        <source>--%1 checks one file, but %2 --url were given: download the files one per run to check them</source>
        <translation>--%1 verifica um arquivo, mas %2 --url foram informadas: baixe os arquivos um por execução para verificá-los</translation>
    </message>
    <message>
        <source>--%1 needs %2 hexadecimal digits, got &apos;%3&apos;</source>
        <translation>--%1 precisa de %2 dígitos hexadecimais, recebido &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--url &apos;%1&apos; has a user name, which works with a single --url only: give one URL per run, or the credentials with --header</source>
        <translation>--url &apos;%1&apos; tem um nome de usuário, o que só funciona com uma única --url: informe uma URL por execução, ou as credenciais com --header</translation>
    </message>
    <message>
        <source>--url has a user name and --header gives Authorization: give only one of them</source>
        <translation>--url tem um nome de usuário e --header informa Authorization: informe apenas um deles</translation>
    </message>
    <message>
        <source>note: no keychain is available (%1); the headers %2 are kept in memory for this run only</source>
        <translation>nota: nenhum chaveiro está disponível (%1); os cabeçalhos %2 ficam na memória apenas durante esta execução</translation>
    </message>
    <message>
        <source>note: the process that runs the queue cannot read them, so this download will fail</source>
        <translation>nota: o processo que executa a fila não pode lê-los, então este download vai falhar</translation>
    </message>
    <message>
        <source>Scene &apos;%1&apos; was not found</source>
        <translation>A cena &apos;%1&apos; não foi encontrada</translation>
    </message>
    <message>
        <source>note: another eo-collector process runs the queue; it will download these items. Following its progress.</source>
        <translation>nota: outro processo do eo-collector executa a fila; ele vai baixar estes itens. Acompanhando o progresso dele.</translation>
    </message>
    <message>
        <source>Download this http(s), ftp or ftps URL (plain-link provider; repeatable).</source>
        <translation>Baixa esta URL http(s), ftp ou ftps (provedor de links simples; repetível).</translation>
    </message>
    <message>
        <source>With an ftp:// or ftps:// --url of a folder: download the files under it that PATTERN names, level by level (tokens %Y %YY %m %d %JJJ %H %M %S, *).</source>
        <translation>Com uma --url ftp:// ou ftps:// de uma pasta: baixa os arquivos dentro dela que PADRÃO indica, nível a nível (marcas %Y %YY %m %d %JJJ %H %M %S, *).</translation>
    </message>
    <message>
        <source>--mask needs exactly one --url: the FTP folder it starts in</source>
        <translation>--mask precisa de exatamente uma --url: a pasta FTP onde começa</translation>
    </message>
    <message>
        <source>--mask may name many files; a checksum option checks one: give the file&apos;s own --url</source>
        <translation>--mask pode indicar muitos arquivos; uma opção de soma de verificação confere um só: informe a --url do próprio arquivo</translation>
    </message>
    <message>
        <source>--url &apos;%1&apos; is not an http, https, ftp or ftps URL</source>
        <translation>--url &apos;%1&apos; não é uma URL http, https, ftp ou ftps</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the queue (%1); not downloaded now: `eo-collector-cli queue run` downloads them</source>
        <translation>
            <numerusform>%n item na fila (%1); não baixado agora: `eo-collector-cli queue run` o baixa</numerusform>
            <numerusform>%n itens na fila (%1); não baixados agora: `eo-collector-cli queue run` os baixa</numerusform>
        </translation>
    </message>
    <message>
        <source>Only put the items in the queue; `queue run` or the desktop program downloads them.</source>
        <translation>Só coloca os itens na fila; `queue run` ou o programa de desktop os baixa.</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>No queue item %1</source>
        <translation>Nenhum item %1 na fila</translation>
    </message>
    <message>
        <source>A queue item needs a provider</source>
        <translation>Um item da fila precisa de um provedor</translation>
    </message>
    <message>
        <source>A queue item needs an output folder</source>
        <translation>Um item da fila precisa de uma pasta de saída</translation>
    </message>
</context>
<context>
    <name>DownloadSecrets</name>
    <message>
        <source>The credentials for this download are gone (header %1); add the item again with --header</source>
        <translation>As credenciais deste download não existem mais (cabeçalho %1); adicione o item novamente com --header</translation>
    </message>
    <message>
        <source>the keychain has no entry for it</source>
        <translation>o chaveiro não tem uma entrada para ele</translation>
    </message>
    <message>
        <source>no keychain service is running: %1</source>
        <translation>nenhum serviço de chaveiro está em execução: %1</translation>
    </message>
    <message>
        <source>The keychain refused the credentials for this download (header %1): %2; unlock the keychain and retry</source>
        <translation>O chaveiro recusou as credenciais deste download (cabeçalho %1): %2; desbloqueie o chaveiro e tente novamente</translation>
    </message>
    <message>
        <source>the keychain entry is incomplete</source>
        <translation>a entrada do chaveiro está incompleta</translation>
    </message>
</context>
<context>
    <name>EarthdataProvider</name>
    <message>
        <source>NASA CMR search API base URL</source>
        <translation>URL base da API de busca do NASA CMR</translation>
    </message>
    <message>
        <source>Earthdata Login host: the only host that receives the user name and password</source>
        <translation>Host do Earthdata Login: o único host que recebe o nome de usuário e a senha</translation>
    </message>
    <message>
        <source>Granules per CMR request (at most 2000)</source>
        <translation>Grânulos por pedido ao CMR (no máximo 2000)</translation>
    </message>
    <message>
        <source>CMR provider whose granules are searched: empty chooses per collection (LPCLOUD, LP DAAC&apos;s Earthdata Cloud, for the listed LP DAAC collections), &apos;all&apos; searches every provider, or a provider id such as LPCLOUD or POCLOUD</source>
        <translation>Provedor do CMR cujos grânulos são buscados: vazio escolhe por coleção (LPCLOUD, o Earthdata Cloud do LP DAAC, para as coleções do LP DAAC listadas), &apos;all&apos; busca em todos os provedores, ou um id de provedor como LPCLOUD ou POCLOUD</translation>
    </message>
    <message>
        <source>Tile h (horizontal)</source>
        <translation>Tile h (horizontal)</translation>
    </message>
    <message>
        <source>Sinusoidal grid column, 0-35</source>
        <translation>Coluna da grade sinusoidal, 0-35</translation>
    </message>
    <message>
        <source>Tile v (vertical)</source>
        <translation>Tile v (vertical)</translation>
    </message>
    <message>
        <source>Sinusoidal grid row, 0-17</source>
        <translation>Linha da grade sinusoidal, 0-17</translation>
    </message>
    <message>
        <source>Day or night</source>
        <translation>Dia ou noite</translation>
    </message>
    <message>
        <source>Choose a collection, e.g. MOD13Q1.061 or HLSS30 (see `providers`)</source>
        <translation>Escolha uma coleção, por exemplo MOD13Q1.061 ou HLSS30 (veja `providers`)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CMR collection name: write SHORTNAME, SHORTNAME.VERSION or a concept id, e.g. MOD13Q1.061 or C2799438303-POCLOUD</source>
        <translation>&apos;%1&apos; não é um nome de coleção do CMR: escreva SHORTNAME, SHORTNAME.VERSION ou um concept id, por exemplo MOD13Q1.061 ou C2799438303-POCLOUD</translation>
    </message>
    <message>
        <source>day_night &apos;%1&apos; is not one of: day, night, both, unspecified, all</source>
        <translation>day_night &apos;%1&apos; não é um destes: day, night, both, unspecified, all</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tile: MODIS/VIIRS tiles are hHHvVV (e.g. h12v10), HLS tiles are MGRS (e.g. 23KPQ)</source>
        <translation>&apos;%1&apos; não é um tile: tiles MODIS/VIIRS são hHHvVV (por exemplo h12v10), tiles HLS são MGRS (por exemplo 23KPQ)</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Busca cancelada</translation>
    </message>
    <message>
        <source>NASA CMR collection search</source>
        <translation>A busca de coleções do NASA CMR</translation>
    </message>
    <message>
        <source>NASA CMR search</source>
        <translation>A busca do NASA CMR</translation>
    </message>
    <message>
        <source>NASA CMR answered without a granule list (status %1)</source>
        <translation>O NASA CMR respondeu sem uma lista de grânulos (status %1)</translation>
    </message>
    <message>
        <source>NASA CMR collection search has no filter &apos;%1&apos;; use %2</source>
        <translation>A busca de coleções do NASA CMR não tem o filtro &apos;%1&apos;; use %2</translation>
    </message>
    <message>
        <source>Collection search cancelled</source>
        <translation>Busca de coleções cancelada</translation>
    </message>
    <message>
        <source>NASA CMR answered the collection search without a collection list (status %1)</source>
        <translation>O NASA CMR respondeu à busca de coleções sem uma lista de coleções (status %1)</translation>
    </message>
    <message>
        <source>NASA Earthdata refused the stored token (tokens last 60 days): create a new one under &quot;Generate Token&quot; at https://urs.earthdata.nasa.gov and store it with `eo-collector-cli account`</source>
        <translation>O NASA Earthdata recusou o token guardado (tokens duram 60 dias): crie um novo em &quot;Generate Token&quot; em https://urs.earthdata.nasa.gov e guarde-o com `eo-collector-cli account`</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 before login</source>
        <translation>%1 respondeu HTTP %2 antes do login</translation>
    </message>
    <message>
        <source>Refused to send Earthdata credentials over plain http</source>
        <translation>Envio de credenciais do Earthdata por http simples recusado</translation>
    </message>
    <message>
        <source>Earthdata Login (%1) refused the user name or password (HTTP %2)</source>
        <translation>O Earthdata Login (%1) recusou o nome de usuário ou a senha (HTTP %2)</translation>
    </message>
    <message>
        <source>Earthdata Login did not send you back to %1 (HTTP %2): sign in at %3 once and approve the data centre&apos;s application (and any licence it asks for)</source>
        <translation>O Earthdata Login não mandou você de volta para %1 (HTTP %2): entre em %3 uma vez e aprove o aplicativo do centro de dados (e qualquer licença que ele pedir)</translation>
    </message>
    <message>
        <source>Earthdata Login redirected to %1 instead of the data host %2; not following</source>
        <translation>O Earthdata Login redirecionou para %1 em vez do host de dados %2; o redirecionamento não foi seguido</translation>
    </message>
    <message>
        <source>%1 did not accept the Earthdata Login (HTTP %2)</source>
        <translation>%1 não aceitou o Earthdata Login (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 has no https download link in CMR</source>
        <translation>%1 não tem link de download https no CMR</translation>
    </message>
    <message>
        <source>None of the selected files (%1) belongs to %2</source>
        <translation>Nenhum dos arquivos selecionados (%1) pertence a %2</translation>
    </message>
    <message>
        <source>NASA Earthdata downloads need an Earthdata Login: store a token (or user name and password) with `eo-collector-cli account`, or set EOC_EARTHDATA_TOKEN. Register at https://urs.earthdata.nasa.gov/users/new</source>
        <translation>Downloads do NASA Earthdata exigem um Earthdata Login: guarde um token (ou nome de usuário e senha) com `eo-collector-cli account`, ou defina EOC_EARTHDATA_TOKEN. Cadastre-se em https://urs.earthdata.nasa.gov/users/new</translation>
    </message>
    <message>
        <source>The Earthdata Login account has no token or password stored</source>
        <translation>A conta do Earthdata Login não tem token nem senha guardados</translation>
    </message>
    <message>
        <source>Earthdata Login needs the user name with the password</source>
        <translation>O Earthdata Login precisa do nome de usuário junto com a senha</translation>
    </message>
    <message>
        <source>NASA CMR: %1</source>
        <translation>NASA CMR: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>A search of several days without a limit is cut into this many date ranges searched at once (1: one search, one page after the other)</source>
        <translation>Uma busca de vários dias sem limite é dividida neste número de intervalos de datas buscados ao mesmo tempo (1: uma busca, uma página após a outra)</translation>
    </message>
</context>
<context>
    <name>FileVerifier</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot start decompression</source>
        <translation>%1: não é possível iniciar a descompressão</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está danificado: %2</translation>
    </message>
    <message>
        <source>%1 is truncated (the gzip stream does not end)</source>
        <translation>%1 está truncado (o fluxo gzip não termina)</translation>
    </message>
    <message>
        <source>%1 is not a readable archive: %2</source>
        <translation>%1 não é um arquivo compactado legível: %2</translation>
    </message>
    <message>
        <source>%1 is damaged after %2 member(s): %3</source>
        <translation>%1 está danificado após %2 membro(s): %3</translation>
    </message>
    <message>
        <source>%1: member %2 is damaged: %3</source>
        <translation>%1: o membro %2 está danificado: %3</translation>
    </message>
    <message>
        <source>%1 is an empty or unreadable archive</source>
        <translation>%1 é um arquivo compactado vazio ou ilegível</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, expected %3</source>
        <translation>%1 tem %2 bytes; esperados %3</translation>
    </message>
    <message>
        <source>%1: %2 checksum mismatch (expected %3, got %4)</source>
        <translation>%1: checksum %2 não confere (esperado %3, obtido %4)</translation>
    </message>
</context>
<context>
    <name>FolderMask</name>
    <message>
        <source>The mask &apos;%1&apos; has &apos;%2&apos;, which is not a mask token; use %Y, %YY, %m, %d, %JJJ, %H, %M, %S or *</source>
        <translation>A máscara &apos;%1&apos; contém &apos;%2&apos;, que não é uma marca de máscara; use %Y, %YY, %m, %d, %JJJ, %H, %M, %S ou *</translation>
    </message>
    <message>
        <source>The mask is empty; give a file name pattern such as &apos;*.tif&apos;</source>
        <translation>A máscara está vazia; informe um padrão de nome de arquivo como &apos;*.tif&apos;</translation>
    </message>
    <message>
        <source>The mask &apos;%1&apos; may not climb folders (&apos;%2&apos;)</source>
        <translation>A máscara &apos;%1&apos; não pode subir de pasta (&apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>FolderOpener</name>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>No file manager could be started to show the folder. The files are in:
%1</source>
        <translation>Nenhum gerenciador de arquivos pôde ser aberto para mostrar a pasta. Os arquivos estão em:
%1</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar caminho</translation>
    </message>
</context>
<context>
    <name>FolderZip</name>
    <message>
        <source>Cannot pack %1: %2</source>
        <translation>Não foi possível empacotar %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 is missing</source>
        <translation>a pasta %1 não existe</translation>
    </message>
    <message>
        <source>cannot rename %1</source>
        <translation>não foi possível renomear %1</translation>
    </message>
</context>
<context>
    <name>FtpErrors</name>
    <message>
        <source>%1 refused the FTP login (%2). The user name and password come from EOC_FTP_USERNAME and EOC_FTP_PASSWORD, the keychain (provider ftp, account %1) or the URL; check them there</source>
        <translation>%1 recusou o login FTP (%2). O usuário e a senha vêm de EOC_FTP_USERNAME e EOC_FTP_PASSWORD, do chaveiro (provedor ftp, conta %1) ou da URL; confira-os ali</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. A server with a certificate of its own making is trusted only when that certificate is listed in the setting network.trusted_certificates</source>
        <translation>A conexão TLS com %1 falhou: %2. Um servidor com certificado próprio só é confiável quando esse certificado está listado na configuração network.trusted_certificates</translation>
    </message>
    <message>
        <source>%1 holds less of %2 than is already on disk; starting over</source>
        <translation>%1 tem menos de %2 do que já está no disco; recomeçando</translation>
    </message>
    <message>
        <source>%1 has no file or folder %2 (FTP 550: %3)</source>
        <translation>%1 não tem o arquivo ou pasta %2 (FTP 550: %3)</translation>
    </message>
    <message>
        <source>%1 is not an FTP URL this program can use: %2</source>
        <translation>%1 não é uma URL FTP que este programa possa usar: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 refused access to %2 (FTP %3: %4)</source>
        <translation>%1 recusou o acesso a %2 (FTP %3: %4)</translation>
    </message>
    <message>
        <source>FTP transfer from %1 failed: %2</source>
        <translation>A transferência FTP de %1 falhou: %2</translation>
    </message>
</context>
<context>
    <name>FtpFolderWalk</name>
    <message>
        <source>The listing of %1 is longer than %2 bytes</source>
        <translation>A listagem de %1 tem mais de %2 bytes</translation>
    </message>
</context>
<context>
    <name>FtpMaskOption</name>
    <message>
        <source>--mask lists folders of FTP servers: give an ftp:// or ftps:// --url (got %1)</source>
        <translation>--mask lista pastas de servidores FTP: informe uma --url ftp:// ou ftps:// (recebida: %1)</translation>
    </message>
    <message>
        <source>The mask &apos;%1&apos; matches no file under %2</source>
        <translation>A máscara &apos;%1&apos; não corresponde a nenhum arquivo em %2</translation>
    </message>
</context>
<context>
    <name>GcsListJob</name>
    <message>
        <source>No network access</source>
        <translation>Sem acesso à rede</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Listing %1 on Google Cloud Storage failed: %2</source>
        <translation>A listagem de %1 no Google Cloud Storage falhou: %2</translation>
    </message>
    <message>
        <source>Listing %1 stopped after %2 pages: the service kept handing out pages</source>
        <translation>A listagem de %1 parou após %2 páginas: o serviço continuava entregando páginas</translation>
    </message>
</context>
<context>
    <name>GcsListing</name>
    <message>
        <source>Listing %1 on Google Cloud Storage: %2</source>
        <translation>Listagem de %1 no Google Cloud Storage: %2</translation>
    </message>
    <message>
        <source>the answer is not a JSON object (%1)</source>
        <translation>a resposta não é um objeto JSON (%1)</translation>
    </message>
    <message>
        <source>&quot;prefixes&quot; is not a list</source>
        <translation>&quot;prefixes&quot; não é uma lista</translation>
    </message>
    <message>
        <source>a prefix is not a string</source>
        <translation>um prefixo não é um texto</translation>
    </message>
    <message>
        <source>&quot;items&quot; is not a list</source>
        <translation>&quot;items&quot; não é uma lista</translation>
    </message>
    <message>
        <source>an object has no name</source>
        <translation>um objeto não tem nome</translation>
    </message>
</context>
<context>
    <name>GdalBackend</name>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 não tem %2</translation>
    </message>
    <message>
        <source>GDAL support is missing, so region files, WKT and GeoPackage cannot be used (%1). Reinstall EO Collector.</source>
        <translation>O suporte a GDAL está faltando, então arquivos de região, WKT e GeoPackage não podem ser usados (%1). Reinstale o EO Collector.</translation>
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
        <translation>um anel deve ser uma lista de posições</translation>
    </message>
    <message>
        <source>position %1 is not [longitude, latitude]</source>
        <translation>a posição %1 não é [longitude, latitude]</translation>
    </message>
    <message>
        <source>a Polygon&apos;s coordinates must be a non-empty array of rings</source>
        <translation>as coordenadas de um Polygon devem ser uma lista não vazia de anéis</translation>
    </message>
    <message>
        <source>a MultiPolygon&apos;s coordinates must be an array of polygons</source>
        <translation>as coordenadas de um MultiPolygon devem ser uma lista de polígonos</translation>
    </message>
    <message>
        <source>a region needs polygons, but the geometry is a %1</source>
        <translation>uma região precisa de polígonos, mas a geometria é um %1</translation>
    </message>
    <message>
        <source>unknown geometry type &apos;%1&apos;</source>
        <translation>tipo de geometria desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the object has no &quot;type&quot;</source>
        <translation>o objeto não tem &quot;type&quot;</translation>
    </message>
    <message>
        <source>the FeatureCollection has no features</source>
        <translation>a FeatureCollection não tem feições</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>feição %1</translation>
    </message>
    <message>
        <source>no feature of the FeatureCollection has a geometry</source>
        <translation>nenhuma feição da FeatureCollection tem geometria</translation>
    </message>
    <message>
        <source>the Feature has no geometry</source>
        <translation>a Feature não tem geometria</translation>
    </message>
    <message>
        <source>GeoJSON could not be read: %1 at character %2</source>
        <translation>Não foi possível ler o GeoJSON: %1 no caractere %2</translation>
    </message>
    <message>
        <source>GeoJSON must be an object (a geometry, Feature or FeatureCollection)</source>
        <translation>O GeoJSON deve ser um objeto (uma geometria, Feature ou FeatureCollection)</translation>
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
        <translation>Este GDAL não tem o driver GeoPackage (GPKG)</translation>
    </message>
    <message>
        <source>Could not create the GeoPackage %1</source>
        <translation>Não foi possível criar o GeoPackage %1</translation>
    </message>
    <message>
        <source>Could not create the layer of %1</source>
        <translation>Não foi possível criar a camada de %1</translation>
    </message>
    <message>
        <source>Could not add the field %1</source>
        <translation>Não foi possível acrescentar o campo %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Não foi possível escrever %1</translation>
    </message>
    <message>
        <source>Could not write %1 into %2</source>
        <translation>Não foi possível escrever %1 em %2</translation>
    </message>
    <message>
        <source>Could not finish %1</source>
        <translation>Não foi possível concluir %1</translation>
    </message>
</context>
<context>
    <name>GoogleProvider</name>
    <message>
        <source>Sentinel-2 Level-1C (SAFE folders)</source>
        <translation>Sentinel-2 Nível 1C (pastas SAFE)</translation>
    </message>
    <message>
        <source>Sentinel-2 Level-2A (SAFE folders)</source>
        <translation>Sentinel-2 Nível 2A (pastas SAFE)</translation>
    </message>
    <message>
        <source>Landsat 8 OLI/TIRS, Collection 1 (frozen archive: no new scenes)</source>
        <translation>Landsat 8 OLI/TIRS, Coleção 1 (acervo congelado: sem cenas novas)</translation>
    </message>
    <message>
        <source>Landsat 7 ETM+, Collection 1 (frozen archive: no new scenes)</source>
        <translation>Landsat 7 ETM+, Coleção 1 (acervo congelado: sem cenas novas)</translation>
    </message>
    <message>
        <source>Landsat 5 TM, Collection 1 (frozen archive)</source>
        <translation>Landsat 5 TM, Coleção 1 (acervo congelado)</translation>
    </message>
    <message>
        <source>Landsat 4 TM, Collection 1 (frozen archive)</source>
        <translation>Landsat 4 TM, Coleção 1 (acervo congelado)</translation>
    </message>
    <message>
        <source>The region covers %1 %2; Google&apos;s buckets are listed folder by folder, so at most %3 are searched at once: draw a smaller region or name the tiles</source>
        <translation>A região cobre %1 %2; os buckets do Google são listados pasta por pasta, então no máximo %3 são pesquisados de uma vez: desenhe uma região menor ou indique os tiles</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sentinel-2 tile (MGRS, such as 23LKC)</source>
        <translation>&apos;%1&apos; não é um tile do Sentinel-2 (MGRS, como 23LKC)</translation>
    </message>
    <message>
        <source>Google&apos;s Sentinel-2 bucket is searched tile by tile: give a region or the tiles (MGRS, such as 23LKC)</source>
        <translation>O bucket do Sentinel-2 no Google é pesquisado tile a tile: informe uma região ou os tiles (MGRS, como 23LKC)</translation>
    </message>
    <message>
        <source>Sentinel-2 tiles</source>
        <translation>tiles do Sentinel-2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a WRS-2 path/row (PPPRRR, such as 220069)</source>
        <translation>&apos;%1&apos; não é uma órbita/ponto WRS-2 (PPPRRR, como 220069)</translation>
    </message>
    <message>
        <source>Google&apos;s Landsat bucket is searched path/row by path/row: give a region or the path/rows (PPPRRR, such as 220069)</source>
        <translation>O bucket do Landsat no Google é pesquisado órbita/ponto a órbita/ponto: informe uma região ou as órbitas/pontos (PPPRRR, como 220069)</translation>
    </message>
    <message>
        <source>WRS-2 path/rows</source>
        <translation>órbitas/pontos WRS-2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sentinel-2 product name with its tile (S2B_MSIL1C_20240105T131239_N0510_R138_T23LKC_...)</source>
        <translation>&apos;%1&apos; não é um nome de produto Sentinel-2 com seu tile (S2B_MSIL1C_20240105T131239_N0510_R138_T23LKC_...)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Landsat Collection 1 product name (LC08_L1TP_044034_20130330_20170310_01_T1)</source>
        <translation>&apos;%1&apos; não é um nome de produto Landsat Coleção 1 (LC08_L1TP_044034_20130330_20170310_01_T1)</translation>
    </message>
    <message>
        <source>The provider is gone</source>
        <translation>O provedor não existe mais</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 has no folder in Google&apos;s bucket: search for it first</source>
        <translation>%1 não tem pasta no bucket do Google: pesquise-o antes</translation>
    </message>
    <message>
        <source>%1 has no files in gs://%2/%3</source>
        <translation>%1 não tem arquivos em gs://%2/%3</translation>
    </message>
    <message>
        <source>Google&apos;s buckets have no collection &apos;%1&apos;; known: %2</source>
        <translation>Os buckets do Google não têm a coleção &apos;%1&apos;; conhecidas: %2</translation>
    </message>
    <message>
        <source>Google Cloud public data (Sentinel-2; Landsat Collection 1 archive)</source>
        <translation>Dados públicos do Google Cloud (Sentinel-2; acervo Landsat Coleção 1)</translation>
    </message>
    <message>
        <source>Google Cloud Storage: its JSON listing API and the public objects</source>
        <translation>Google Cloud Storage: sua API JSON de listagem e os objetos públicos</translation>
    </message>
    <message>
        <source>Pack each downloaded Sentinel-2 SAFE folder into &lt;name&gt;.SAFE.zip, as BDC-Collectors stored them (true/false)</source>
        <translation>Empacota cada pasta SAFE do Sentinel-2 baixada em &lt;nome&gt;.SAFE.zip, como o BDC-Collectors as guardava (true/false)</translation>
    </message>
    <message>
        <source>Google&apos;s bucket listings carry no cloud cover: the cloud filter was not applied</source>
        <translation>As listagens dos buckets do Google não trazem cobertura de nuvens: o filtro de nuvens não foi aplicado</translation>
    </message>
</context>
<context>
    <name>HtmlAnswer</name>
    <message>
        <source>a sign-in page</source>
        <translation>uma página de login</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>uma página HTML</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of %3 (asked for %4); nothing was saved. The account may lack access to the file, or its sign-in did not go through.</source>
        <translation>%1 respondeu com %2 em vez de %3 (pedido: %4); nada foi salvo. A conta talvez não tenha acesso ao arquivo, ou o login dela não foi concluído.</translation>
    </message>
</context>
<context>
    <name>HttpJob</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unsupported URL scheme: %1</source>
        <translation>Esquema de URL não suportado: %1</translation>
    </message>
    <message>
        <source>The answer of %1 is larger than %2 bytes, the limit set by network.max_answer_bytes; the request was stopped</source>
        <translation>A resposta de %1 é maior que %2 bytes, o limite definido por network.max_answer_bytes; o pedido foi interrompido</translation>
    </message>
    <message>
        <source>Not enough memory for the answer of %1 (%2 bytes held); lower network.max_answer_bytes</source>
        <translation>Memória insuficiente para a resposta de %1 (%2 bytes retidos); diminua network.max_answer_bytes</translation>
    </message>
    <message>
        <source>%1 moved fewer than %2 bytes per second for %3 s; the request was cut (settings network.min_speed and network.min_speed_time)</source>
        <translation>%1 transferiu menos de %2 bytes por segundo durante %3 s; o pedido foi interrompido (configurações network.min_speed e network.min_speed_time)</translation>
    </message>
    <message>
        <source>%1 gave no complete answer within %2 s (setting network.api_deadline)</source>
        <translation>%1 não deu uma resposta completa em %2 s (configuração network.api_deadline)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>The answer of %1 was cut short: %2 of %3 bytes arrived</source>
        <translation>A resposta de %1 foi interrompida: chegaram %2 de %3 bytes</translation>
    </message>
    <message>
        <source>The answer of %1 was cut short after %2 bytes: %3</source>
        <translation>A resposta de %1 foi interrompida após %2 bytes: %3</translation>
    </message>
    <message>
        <source>%1 redirected a request carrying a password or token to another host (%2); not following, so the secret stays with %1</source>
        <translation>%1 redirecionou um pedido com senha ou token para outro host (%2); o redirecionamento não foi seguido, para que o segredo fique só com %1</translation>
    </message>
</context>
<context>
    <name>HttpProvider</name>
    <message>
        <source>Header &apos;%1&apos; is not of the form &apos;Name: value&apos;</source>
        <translation>O cabeçalho &apos;%1&apos; não tem a forma &apos;Nome: valor&apos;</translation>
    </message>
    <message>
        <source>Header &apos;%1&apos; contains invalid characters</source>
        <translation>O cabeçalho &apos;%1&apos; contém caracteres inválidos</translation>
    </message>
    <message>
        <source>Header %1 carries a credential; plain links take no credentials</source>
        <translation>O cabeçalho %1 leva uma credencial; links simples não aceitam credenciais</translation>
    </message>
    <message>
        <source>Plain links: files downloaded at once</source>
        <translation>Links simples: arquivos baixados ao mesmo tempo</translation>
    </message>
    <message>
        <source>Plain links cannot be searched</source>
        <translation>Links simples não podem ser buscados</translation>
    </message>
    <message>
        <source>Plain links have no scene ids to look up (&apos;%1&apos;); use --url</source>
        <translation>Links simples não têm ids de cena para consultar (&apos;%1&apos;); use --url</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no http or https link to download</source>
        <translation>&apos;%1&apos; não tem link http ou https para baixar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http, https, ftp or ftps URL</source>
        <translation>&apos;%1&apos; não é uma URL http, https, ftp ou ftps</translation>
    </message>
    <message>
        <source>Plain links: requests per minute, spread evenly and shared by every worker of a shared queue (0: no limit)</source>
        <translation>Links simples: requisições por minuto, espaçadas por igual e compartilhadas por todos os workers de uma fila compartilhada (0: sem limite)</translation>
    </message>
</context>
<context>
    <name>InpeProvider</name>
    <message>
        <source>level 2 (system-corrected)</source>
        <translation>nível 2 (correção de sistema)</translation>
    </message>
    <message>
        <source>level 4 (orthorectified)</source>
        <translation>nível 4 (ortorretificado)</translation>
    </message>
    <message>
        <source>INPE&apos;s catalogue answered something that is not its search answer (%1)</source>
        <translation>O catálogo do INPE respondeu algo que não é sua resposta de pesquisa (%1)</translation>
    </message>
    <message>
        <source>INPE&apos;s catalogue refused the search: %1</source>
        <translation>O catálogo do INPE recusou a pesquisa: %1</translation>
    </message>
    <message>
        <source>INPE&apos;s catalogue could not search %1 of %2: %3</source>
        <translation>O catálogo do INPE não conseguiu pesquisar %1 de %2: %3</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The provider is gone</source>
        <translation>O provedor não existe mais</translation>
    </message>
    <message>
        <source>Searching INPE&apos;s catalogue failed: %1</source>
        <translation>A pesquisa no catálogo do INPE falhou: %1</translation>
    </message>
    <message>
        <source>INPE image catalogue (CBERS-4, CBERS-4A, Amazonia-1)</source>
        <translation>Catálogo de imagens do INPE (CBERS-4, CBERS-4A, Amazonia-1)</translation>
    </message>
    <message>
        <source>INPE&apos;s stac-compose search endpoint (the DGI catalogue)</source>
        <translation>O endereço de pesquisa stac-compose do INPE (o catálogo da DGI)</translation>
    </message>
    <message>
        <source>INPE serves its scenes&apos; files only with the e-mail address of a registered user: register at %1, then add it with `eo-collector-cli account add inpe --account you@example.org` (or set EOC_INPE_EMAIL)</source>
        <translation>O INPE só entrega os arquivos das cenas com o e-mail de um usuário cadastrado: cadastre-se em %1 e depois adicione-o com `eo-collector-cli account add inpe --account voce@example.org` (ou defina EOC_INPE_EMAIL)</translation>
    </message>
    <message>
        <source>INPE&apos;s catalogue has no collection &apos;%1&apos;; known: %2</source>
        <translation>O catálogo do INPE não tem a coleção &apos;%1&apos;; conhecidas: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CBERS or Amazonia scene id (such as CBERS4_AWFI17909920200206)</source>
        <translation>&apos;%1&apos; não é um identificador de cena CBERS ou Amazonia (como CBERS4_AWFI17909920200206)</translation>
    </message>
</context>
<context>
    <name>LastResults</name>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Não foi possível criar a pasta de %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>The results of the last search in %1 cannot be read: %2</source>
        <translation>Os resultados da última busca em %1 não podem ser lidos: %2</translation>
    </message>
</context>
<context>
    <name>LayoutCommand</name>
    <message>
        <source>Print the directory of a scene in a collection layout</source>
        <translation>Mostra a pasta de uma cena em um layout de coleção</translation>
    </message>
    <message>
        <source>Collection name, e.g. S2_L1C.</source>
        <translation>Nome da coleção, por exemplo S2_L1C.</translation>
    </message>
    <message>
        <source>Collection version: 1 (folder v001) or 1.0 (folder v1.0).</source>
        <translation>Versão da coleção: 1 (pasta v001) ou 1.0 (pasta v1.0).</translation>
    </message>
    <message>
        <source>Scene identifier; its family chooses the layout.</source>
        <translation>Identificador da cena; a família dele escolhe o layout.</translation>
    </message>
    <message>
        <source>Folder the collections live in (default: relative path).</source>
        <translation>Pasta onde ficam as coleções (padrão: caminho relativo).</translation>
    </message>
    <message>
        <source>Flat layout: PREFIX/SCENE_ID.</source>
        <translation>Layout plano: PREFIX/SCENE_ID.</translation>
    </message>
    <message>
        <source>Sentinel-2: add a month folder below the year.</source>
        <translation>Sentinel-2: acrescenta uma pasta do mês abaixo do ano.</translation>
    </message>
    <message>
        <source>Print the path of the downloaded archive instead.</source>
        <translation>Mostra, em vez disso, o caminho do arquivo compactado baixado.</translation>
    </message>
    <message>
        <source>layout takes no arguments besides its options, got &apos;%1&apos;</source>
        <translation>layout não aceita argumentos além das suas opções, recebido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 é obrigatório</translation>
    </message>
    <message>
        <source>--prefix is empty</source>
        <translation>--prefix está vazio</translation>
    </message>
    <message>
        <source>--archive: the %1 layout has no archive file</source>
        <translation>--archive: o layout %1 não tem arquivo compactado</translation>
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
        <translation>não é um zip legível: %1</translation>
    </message>
    <message>
        <source>it ends early (cut short?)</source>
        <translation>ele termina antes da hora (cortado?)</translation>
    </message>
    <message>
        <source>the zip is damaged after %1 member(s): %2</source>
        <translation>o zip está danificado após %1 membro(s): %2</translation>
    </message>
    <message>
        <source>the zip holds no file</source>
        <translation>o zip não contém nenhum arquivo</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 não existe</translation>
    </message>
    <message>
        <source>%1 is not a product: its name is no scene id (a zip, a .SAFE folder or a scene folder is expected)</source>
        <translation>%1 não é um produto: o nome não é um id de cena (espera-se um zip, uma pasta .SAFE ou uma pasta de cena)</translation>
    </message>
    <message>
        <source>no band file found</source>
        <translation>nenhum arquivo de banda encontrado</translation>
    </message>
    <message>
        <source>band %1: %2</source>
        <translation>banda %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable folder</source>
        <translation>%1 não é uma pasta legível</translation>
    </message>
    <message>
        <source>GDAL cannot open it as a raster</source>
        <translation>o GDAL não consegue abri-lo como raster</translation>
    </message>
    <message>
        <source>it holds no raster band</source>
        <translation>ele não tem nenhuma banda raster</translation>
    </message>
    <message>
        <source>band %1 cannot be read to its end: %2</source>
        <translation>a banda %1 não pode ser lida até o fim: %2</translation>
    </message>
    <message>
        <source>The archive index %1 %2</source>
        <translation>O índice de produtos locais %1 %2</translation>
    </message>
    <message>
        <source>a product without a path</source>
        <translation>um produto sem caminho</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>is damaged (%1); scan again after removing it</source>
        <translation>está danificado (%1); examine de novo depois de removê-lo</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>não pode ser gravado: %1</translation>
    </message>
    <message>
        <source>%1 is in no scanned folder of the archive index %2</source>
        <translation>%1 não está em nenhuma pasta varrida do índice do arquivo local %2</translation>
    </message>
    <message>
        <source>the checksum of %1 no longer matches the %2 recorded when it was downloaded</source>
        <translation>o checksum de %1 não confere mais com o %2 registrado no download</translation>
    </message>
    <message numerus="yes">
        <source>The scan of %1 was stopped after %n product(s)</source>
        <translation>
            <numerusform>O exame de %1 foi interrompido após %n produto</numerusform>
            <numerusform>O exame de %1 foi interrompido após %n produtos</numerusform>
        </translation>
    </message>
    <message>
        <source>The download journal %1 cannot be read: %2</source>
        <translation>O diário de downloads %1 não pode ser lido: %2</translation>
    </message>
</context>
<context>
    <name>Metalink</name>
    <message>
        <source>Not a Metalink 4 document (root element &apos;%1&apos;)</source>
        <translation>Não é um documento Metalink 4 (elemento raiz &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>Metalink file &apos;%1&apos; has an invalid size</source>
        <translation>O arquivo &apos;%1&apos; do Metalink tem um tamanho inválido</translation>
    </message>
    <message>
        <source>A Metalink &lt;file&gt; has no name</source>
        <translation>Um &lt;file&gt; do Metalink não tem nome</translation>
    </message>
    <message>
        <source>Metalink is not well-formed XML: %1 (line %2)</source>
        <translation>O Metalink não é XML bem formado: %1 (linha %2)</translation>
    </message>
    <message>
        <source>The Metalink lists no files</source>
        <translation>O Metalink não lista nenhum arquivo</translation>
    </message>
    <message>
        <source>Metalink file &apos;%1&apos; has no http(s) or ftp(s) URL</source>
        <translation>O arquivo Metalink &apos;%1&apos; não tem URL http(s) ou ftp(s)</translation>
    </message>
</context>
<context>
    <name>MultiSearchJob</name>
    <message>
        <source>No provider to search</source>
        <translation>Nenhum provedor para buscar</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Busca cancelada</translation>
    </message>
    <message>
        <source>Every provider failed: %1</source>
        <translation>Todos os provedores falharam: %1</translation>
    </message>
</context>
<context>
    <name>NetworkAccess</name>
    <message>
        <source>network.proxy must be &quot;system&quot;, &quot;none&quot;, &quot;http://host:port&quot; or &quot;socks5://host:port&quot;; got &quot;%1&quot;</source>
        <translation>network.proxy precisa ser &quot;system&quot;, &quot;none&quot;, &quot;http://host:porta&quot; ou &quot;socks5://host:porta&quot;; recebido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>network.proxy must not contain a user name or password (settings never hold secrets); use &quot;%1&quot;</source>
        <translation>network.proxy não pode conter nome de usuário nem senha (as configurações nunca guardam segredos); use &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>NetworkSettings</name>
    <message>
        <source>%1 must be %2; got &quot;%3&quot;</source>
        <translation>%1 deve ser %2; recebido &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Proxy: &quot;system&quot; (the platform&apos;s settings), &quot;none&quot;, &quot;http://host:port&quot; or &quot;socks5://host:port&quot;</source>
        <translation>Proxy: &quot;system&quot; (as configurações do sistema), &quot;none&quot;, &quot;http://host:porta&quot; ou &quot;socks5://host:porta&quot;</translation>
    </message>
    <message>
        <source>Connections open at once over all providers (0: no cap)</source>
        <translation>Conexões abertas ao mesmo tempo somando todos os provedores (0: sem limite)</translation>
    </message>
    <message>
        <source>Download rate limit in bytes per second, K and M allowed (0: unlimited)</source>
        <translation>Limite da taxa de download em bytes por segundo, K e M permitidos (0: ilimitado)</translation>
    </message>
    <message>
        <source>Seconds without data before a download is reconnected and resumed</source>
        <translation>Segundos sem dados antes de um download ser reconectado e retomado</translation>
    </message>
    <message>
        <source>Largest answer of a search or API call held in memory, K, M and G allowed</source>
        <translation>Maior resposta de uma busca ou chamada de API mantida na memória, K, M e G permitidos</translation>
    </message>
    <message>
        <source>Bytes per second below which a search or API call is cut and retried (0: no minimum)</source>
        <translation>Bytes por segundo abaixo dos quais uma busca ou chamada de API é interrompida e repetida (0: sem mínimo)</translation>
    </message>
    <message>
        <source>Seconds a search or API call may stay below network.min_speed</source>
        <translation>Segundos que uma busca ou chamada de API pode ficar abaixo de network.min_speed</translation>
    </message>
    <message>
        <source>Seconds a search or API call may take in all, retries included (0: no deadline)</source>
        <translation>Segundos que uma busca ou chamada de API pode levar no total, novas tentativas incluídas (0: sem prazo)</translation>
    </message>
    <message>
        <source>a whole number, 0 for no cap</source>
        <translation>um número inteiro, 0 para sem limite</translation>
    </message>
    <message>
        <source>bytes per second such as 500000, 512K or 2M (0: unlimited)</source>
        <translation>bytes por segundo, como 500000, 512K ou 2M (0: ilimitado)</translation>
    </message>
    <message>
        <source>a number of seconds from 1 to 3600</source>
        <translation>um número de segundos de 1 a 3600</translation>
    </message>
    <message>
        <source>a size in bytes such as 268435456, 256M or 1G</source>
        <translation>um tamanho em bytes, como 268435456, 256M ou 1G</translation>
    </message>
    <message>
        <source>bytes per second such as 100 or 1K (0: no minimum)</source>
        <translation>bytes por segundo, como 100 ou 1K (0: sem mínimo)</translation>
    </message>
    <message>
        <source>a number of seconds above 0, at most 86400</source>
        <translation>um número de segundos acima de 0, no máximo 86400</translation>
    </message>
    <message>
        <source>a number of seconds up to 86400 (0: no deadline)</source>
        <translation>um número de segundos até 86400 (0: sem prazo)</translation>
    </message>
    <message>
        <source>Download rates by day and time, first matching rule wins, e.g. &quot;Mon-Fri 08:00-18:00 2M; Sat-Sun 00:00-24:00 0&quot; (0: unlimited); outside every rule network.bandwidth_limit applies</source>
        <translation>Taxas de download por dia e horário, vale a primeira regra que se aplica, por exemplo &quot;Mon-Fri 08:00-18:00 2M; Sat-Sun 00:00-24:00 0&quot; (0: sem limite); fora de todas as regras vale network.bandwidth_limit</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: não foi possível ler %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1: %2 não contém certificado PEM (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>PEM certificate files trusted besides the system&apos;s authorities, separated by &apos;;&apos; (an FTPS server with a certificate of its own making)</source>
        <translation>Arquivos de certificado PEM confiáveis além das autoridades do sistema, separados por &apos;;&apos; (um servidor FTPS com certificado próprio)</translation>
    </message>
</context>
<context>
    <name>OidcSession</name>
    <message>
        <source>No credentials for %1</source>
        <translation>Sem credenciais para %1</translation>
    </message>
    <message>
        <source>The network is shut down</source>
        <translation>A rede está desligada</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>The login service of %1 answered without an access token</source>
        <translation>O serviço de login de %1 respondeu sem um token de acesso</translation>
    </message>
    <message>
        <source>Could not reach the login service of %1: %2</source>
        <translation>Não foi possível alcançar o serviço de login de %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the %2 of %3%4</source>
        <translation>%1 recusou %2 de %3%4</translation>
    </message>
    <message>
        <source>session renewal</source>
        <translation>a renovação da sessão</translation>
    </message>
    <message>
        <source>login</source>
        <translation>o login</translation>
    </message>
    <message>
        <source>Waiting for a session of %1 at %2: all %3 are in use by other workers</source>
        <translation>Aguardando uma sessão de %1 em %2: todas as %3 estão em uso por outros workers</translation>
    </message>
</context>
<context>
    <name>OndaProvider</name>
    <message>
        <source>ONDA DIAS closed in February 2025 and no longer answers. The same Sentinel products are served by the &apos;dataspace&apos; provider (Copernicus Data Space Ecosystem) and by CREODIAS (&apos;creodias&apos;).</source>
        <translation>O ONDA DIAS foi encerrado em fevereiro de 2025 e não responde mais. Os mesmos produtos Sentinel são servidos pelo provedor &apos;dataspace&apos; (Copernicus Data Space Ecosystem) e pelo CREODIAS (&apos;creodias&apos;).</translation>
    </message>
    <message>
        <source>ONDA DIAS (closed)</source>
        <translation>ONDA DIAS (encerrado)</translation>
    </message>
    <message>
        <source>The ONDA catalogue answered something that is not a product list (%1)</source>
        <translation>O catálogo ONDA respondeu algo que não é uma lista de produtos (%1)</translation>
    </message>
    <message>
        <source>no &apos;value&apos; array</source>
        <translation>sem o array &apos;value&apos;</translation>
    </message>
    <message>
        <source>%1 has no ONDA product id: search for it first</source>
        <translation>%1 não tem id de produto ONDA: busque-o primeiro</translation>
    </message>
    <message>
        <source>Reading the product from the ONDA catalogue</source>
        <translation>A leitura do produto no catálogo ONDA</translation>
    </message>
    <message>
        <source>%1 is not in the ONDA catalogue</source>
        <translation>%1 não está no catálogo ONDA</translation>
    </message>
    <message>
        <source>%1 is offline at ONDA: it is ordered and downloaded once it is restored (for 24 hours; at most 20 orders an hour)</source>
        <translation>%1 está offline no ONDA: ele é encomendado e baixado quando for restaurado (por 24 horas; no máximo 20 encomendas por hora)</translation>
    </message>
    <message>
        <source>Ordering %1 from ONDA</source>
        <translation>A encomenda de %1 ao ONDA</translation>
    </message>
    <message>
        <source>%1 was ordered from ONDA&apos;s archive</source>
        <translation>%1 foi encomendado do arquivo do ONDA</translation>
    </message>
    <message>
        <source>ONDA-compatible catalogue</source>
        <translation>Catálogo compatível com o ONDA</translation>
    </message>
    <message>
        <source>An ONDA-compatible OData catalogue (ONDA DIAS itself closed in February 2025; empty: the provider says so and sends nothing)</source>
        <translation>Um catálogo OData compatível com o ONDA (o próprio ONDA DIAS foi encerrado em fevereiro de 2025; vazio: o provedor diz isso e não envia nada)</translation>
    </message>
    <message>
        <source>Results per catalogue request</source>
        <translation>Resultados por pedido ao catálogo</translation>
    </message>
    <message>
        <source>The ONDA catalogue search</source>
        <translation>A busca no catálogo ONDA</translation>
    </message>
    <message>
        <source>%1 An ONDA-compatible catalogue can still be searched: set onda.url in Settings.</source>
        <translation>%1 Um catálogo compatível com o ONDA ainda pode ser buscado: defina onda.url nas Configurações.</translation>
    </message>
</context>
<context>
    <name>OneTimeCodePrompt</name>
    <message>
        <source>One-time code</source>
        <translation>Código de uso único</translation>
    </message>
    <message>
        <source>%1 asks for the code of your authenticator app to log in:</source>
        <translation>%1 pede o código do seu aplicativo autenticador para entrar:</translation>
    </message>
    <message>
        <source>%1 asks for the code of your authenticator app to log in as %2:</source>
        <translation>%1 pede o código do seu aplicativo autenticador para entrar como %2:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>The login to %1 was cancelled: no one-time code was entered</source>
        <translation>O login em %1 foi cancelado: nenhum código de uso único foi digitado</translation>
    </message>
    <message>
        <source>No one-time code was entered for %1</source>
        <translation>Nenhum código de uso único foi digitado para %1</translation>
    </message>
</context>
<context>
    <name>PageGuard</name>
    <message>
        <source>The service linked back to a page it had already sent (after %1 pages); paging stopped there with %2 results.</source>
        <translation>O serviço apontou de volta para uma página que já tinha enviado (após %1 páginas); a paginação parou ali com %2 resultados.</translation>
    </message>
    <message>
        <source>The service sent %1 pages in a row without a new result; paging stopped there with %2 results.</source>
        <translation>O serviço enviou %1 páginas seguidas sem nenhum resultado novo; a paginação parou ali com %2 resultados.</translation>
    </message>
</context>
<context>
    <name>ParseIdCommand</name>
    <message>
        <source>Parse scene identifiers</source>
        <translation>Analisa identificadores de cenas</translation>
    </message>
    <message>
        <source>Print one JSON array, one object per id.</source>
        <translation>Mostra um array JSON, um objeto por id.</translation>
    </message>
    <message>
        <source>Scene ids (%1); .SAFE/.SEN3/.zip/.hdf... suffixes are ignored.</source>
        <translation>Ids de cenas (%1); os sufixos .SAFE/.SEN3/.zip/.hdf... são ignorados.</translation>
    </message>
    <message>
        <source>parse-id needs at least one scene id, e.g. eo-collector-cli parse-id S2B_MSIL2A_20200930T135119_N0214_R024_T21KXA_20200930T175714</source>
        <translation>parse-id precisa de pelo menos um id de cena, por exemplo eo-collector-cli parse-id S2B_MSIL2A_20200930T135119_N0214_R024_T21KXA_20200930T175714</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <source>Cannot open the partial download</source>
        <translation>Não é possível abrir o download parcial</translation>
    </message>
    <message>
        <source>Cannot shorten the partial download</source>
        <translation>Não é possível encurtar o download parcial</translation>
    </message>
    <message>
        <source>Cannot seek in the partial download</source>
        <translation>Não é possível posicionar no download parcial</translation>
    </message>
    <message>
        <source>Cannot empty the partial download</source>
        <translation>Não é possível esvaziar o download parcial</translation>
    </message>
    <message>
        <source>the file size limit of this process was reached (ulimit -f). Raise the limit, then resume; the partial download is kept.</source>
        <translation>o limite de tamanho de arquivo deste processo foi atingido (ulimit -f). Aumente o limite e depois retome; o download parcial é mantido.</translation>
    </message>
    <message>
        <source>the disk (or the quota) is full. Free some space, then resume; the partial download is kept.</source>
        <translation>o disco (ou a cota) está cheio. Libere espaço e depois retome; o download parcial é mantido.</translation>
    </message>
    <message>
        <source>%1. Free some disk space (or check quotas and file size limits) and resume.</source>
        <translation>%1. Libere espaço em disco (ou confira cotas e limites de tamanho de arquivo) e retome.</translation>
    </message>
    <message>
        <source>Cannot write to %1 after %2 bytes: %3</source>
        <translation>Não é possível gravar em %1 após %2 bytes: %3</translation>
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
        <translation>A linha %1 do índice de lugares não é um lugar (9 campos: tipo, nome, nome ASCII, país, admin-1, lon, lat, posição, contorno)</translation>
    </message>
    <message>
        <source>No place called &apos;%1&apos; in the offline index (Natural Earth&apos;s populated places and states or provinces); check the spelling, or give an area with --bbox</source>
        <translation>Nenhum lugar chamado &apos;%1&apos; no índice offline (localidades e estados ou províncias do Natural Earth); confira a grafia ou informe uma área com --bbox</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could be: %2. Name one, e.g. &quot;%3&quot;, or &quot;%4 state&quot; for the state or province</source>
        <translation>&apos;%1&apos; pode ser: %2. Indique um, por exemplo &quot;%3&quot;, ou &quot;%4 state&quot; para o estado ou província</translation>
    </message>
    <message>
        <source>&apos;%1&apos; could be: %2. Name one, e.g. &quot;%3&quot;</source>
        <translation>&apos;%1&apos; pode ser: %2. Indique um, por exemplo &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 (state or province, %2)</source>
        <translation>%1 (estado ou província, %2)</translation>
    </message>
    <message>
        <source>%1 (city, %2)</source>
        <translation>%1 (cidade, %2)</translation>
    </message>
    <message>
        <source>%1 (city, %2, %3)</source>
        <translation>%1 (cidade, %2, %3)</translation>
    </message>
</context>
<context>
    <name>PlaceOption</name>
    <message>
        <source>Area around a place found offline (Natural Earth cities, states and provinces): &quot;São Paulo&quot;, &quot;Porto, Portugal&quot;, &quot;Minas Gerais state&quot;.</source>
        <translation>Área em volta de um lugar encontrado offline (cidades, estados e províncias do Natural Earth): &quot;São Paulo&quot;, &quot;Porto, Portugal&quot;, &quot;Minas Gerais state&quot;.</translation>
    </message>
    <message>
        <source>Radius in km around a --place without a known outline (default 25).</source>
        <translation>Raio em km em volta de um --place sem contorno conhecido (padrão 25).</translation>
    </message>
    <message>
        <source>--place-buffer needs --place</source>
        <translation>--place-buffer exige --place</translation>
    </message>
    <message>
        <source>--place-buffer &apos;%1&apos; is not a positive number of km</source>
        <translation>--place-buffer &apos;%1&apos; não é um número positivo de km</translation>
    </message>
    <message>
        <source>--place: %1</source>
        <translation>--place: %1</translation>
    </message>
    <message>
        <source>Place: %1, its outline</source>
        <translation>Lugar: %1, o seu contorno</translation>
    </message>
    <message>
        <source>Place: %1, %2 km around it</source>
        <translation>Lugar: %1, %2 km em volta</translation>
    </message>
</context>
<context>
    <name>PointBuffer</name>
    <message>
        <source>The radius must be more than 0 and at most %1 km; %2 km was given.</source>
        <translation>O raio deve ser maior que 0 e no máximo %1 km; foi informado %2 km.</translation>
    </message>
    <message>
        <source>The centre %1, %2 is not a longitude, latitude pair.</source>
        <translation>O centro %1, %2 não é um par longitude, latitude.</translation>
    </message>
    <message>
        <source>A circle of %1 km around %2, %3 reaches over a pole or the antimeridian; draw a box or polygon there instead.</source>
        <translation>Um círculo de %1 km em torno de %2, %3 passa por um polo ou pelo antimeridiano; desenhe ali um retângulo ou um polígono.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 is offline and %2 cannot order offline products</source>
        <translation>%1 está offline e %2 não pode encomendar produtos offline</translation>
    </message>
    <message>
        <source>%1 has a fixed list of collections</source>
        <translation>%1 tem uma lista fixa de coleções</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>ProviderRegistry</name>
    <message>
        <source>%1: the plug-in has no provider name in its metadata</source>
        <translation>%1: o plug-in não tem nome de provedor nos seus metadados</translation>
    </message>
    <message>
        <source>%1: a provider named &apos;%2&apos; is already loaded from %3; this one is ignored</source>
        <translation>%1: um provedor chamado &apos;%2&apos; já foi carregado de %3; este é ignorado</translation>
    </message>
    <message>
        <source>%1: not a provider plug-in (%2)</source>
        <translation>%1: não é um plug-in de provedor (%2)</translation>
    </message>
    <message>
        <source>A provider named &apos;%1&apos; is already registered (from %2)</source>
        <translation>Um provedor chamado &apos;%1&apos; já está registrado (de %2)</translation>
    </message>
    <message>
        <source>Unknown provider &apos;%1&apos;; known providers: %2</source>
        <translation>Provedor desconhecido &apos;%1&apos;; provedores conhecidos: %2</translation>
    </message>
    <message>
        <source>The provider &apos;%1&apos; could not be created</source>
        <translation>Não foi possível criar o provedor &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ProvidersCommand</name>
    <message>
        <source>List the providers, their collections and settings</source>
        <translation>Lista os provedores, suas coleções e configurações</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostra JSON.</translation>
    </message>
    <message>
        <source>Only these providers.</source>
        <translation>Apenas estes provedores.</translation>
    </message>
    <message>
        <source>Ask the services for their current collections first (STAC catalogues, USGS datasets, NASA CMR collection search; USGS needs an account).</source>
        <translation>Pergunta antes aos serviços pelas suas coleções atuais (catálogos STAC, conjuntos de dados do USGS, busca de coleções do NASA CMR; o USGS precisa de uma conta).</translation>
    </message>
    <message>
        <source>A filter for --refresh, e.g. keyword=swot for NASA CMR&apos;s collection search (repeatable; implies --refresh).</source>
        <translation>Um filtro para --refresh, por exemplo keyword=swot para a busca de coleções do NASA CMR (pode ser repetido; implica --refresh).</translation>
    </message>
    <message>
        <source>--filter &apos;%1&apos; is not key=value, e.g. keyword=swot</source>
        <translation>--filter &apos;%1&apos; não é key=value, por exemplo keyword=swot</translation>
    </message>
    <message>
        <source>%1: could not list collections: %2</source>
        <translation>%1: não foi possível listar as coleções: %2</translation>
    </message>
    <message>
        <source>setting %1 = %2</source>
        <translation>configuração %1 = %2</translation>
    </message>
    <message>
        <source>No providers found in: %1</source>
        <translation>Nenhum provedor encontrado em: %1</translation>
    </message>
    <message>
        <source>List the shared collection names (sentinel-2-l2a, landsat-c2-l2...) and the providers that carry each, as `search --collection` takes them.</source>
        <translation>Lista os nomes de coleção compartilhados (sentinel-2-l2a, landsat-c2-l2...) e os provedores que oferecem cada um, como `search --collection` os aceita.</translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message>
        <source>Show and control the download queue</source>
        <translation>Mostra e controla a fila de downloads</translation>
    </message>
    <message>
        <source>Item ids (or --all).</source>
        <translation>Ids dos itens (ou --all).</translation>
    </message>
    <message>
        <source>Every item.</source>
        <translation>Todos os itens.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Um objeto JSON por linha.</translation>
    </message>
    <message>
        <source>run: total download rate, like curl: 500K, 2M.</source>
        <translation>run: taxa total de download, como no curl: 500K, 2M.</translation>
    </message>
    <message>
        <source>Unknown queue action &apos;%1&apos; (%2)</source>
        <translation>Ação de fila desconhecida &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a queue item id</source>
        <translation>&apos;%1&apos; não é um id de item da fila</translation>
    </message>
    <message>
        <source>queue %1 needs item ids or --all</source>
        <translation>queue %1 precisa de ids de itens ou --all</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 64</source>
        <translation>--jobs precisa de um número de 1 a 64</translation>
    </message>
    <message>
        <source>--limit-rate &apos;%1&apos; is not a rate like 500K or 2M</source>
        <translation>--limit-rate &apos;%1&apos; não é uma taxa como 500K ou 2M</translation>
    </message>
    <message>
        <source>No queue item %1</source>
        <translation>Nenhum item %1 na fila</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>A fila está vazia.</translation>
    </message>
    <message>
        <source>Another eo-collector process is running the queue (%1.lock)</source>
        <translation>Outro processo do eo-collector está executando a fila (%1.lock)</translation>
    </message>
    <message>
        <source>Another machine or process is running the shared queue %1; `download` hands it items and follows them</source>
        <translation>Outra máquina ou processo está rodando a fila compartilhada %1; `download` entrega itens a ela e os acompanha</translation>
    </message>
    <message>
        <source>run, worker: transfers at once (default 4); a worker also holds at most N items.</source>
        <translation>run, worker: transferências simultâneas (padrão 4); um worker também segura no máximo N itens.</translation>
    </message>
    <message>
        <source>worker: this worker&apos;s name in the shared queue (default: host name and process id).</source>
        <translation>worker: o nome deste worker na fila compartilhada (padrão: nome da máquina e id do processo).</translation>
    </message>
    <message>
        <source>worker: stop once no queued item is left to run; without it the worker waits for new items.</source>
        <translation>worker: para quando não resta item na fila para rodar; sem esta opção o worker espera por novos itens.</translation>
    </message>
    <message>
        <source>queue needs an action: list, pause, resume, cancel, retry, remove, run or worker</source>
        <translation>queue precisa de uma ação: list, pause, resume, cancel, retry, remove, run ou worker</translation>
    </message>
    <message>
        <source>queue worker takes no item ids: it runs whatever the queue holds</source>
        <translation>queue worker não aceita ids de itens: ele roda o que a fila tiver</translation>
    </message>
    <message>
        <source>--name and --until-empty are for queue worker</source>
        <translation>--name e --until-empty são para queue worker</translation>
    </message>
    <message>
        <source>--name needs a name of 1 to 200 characters</source>
        <translation>--name precisa de um nome de 1 a 200 caracteres</translation>
    </message>
    <message>
        <source>Worker %1 on %2%3</source>
        <translation>Worker %1 em %2%3</translation>
    </message>
    <message>
        <source> (waiting: a runner holds the queue)</source>
        <translation> (esperando: um executor está com a fila)</translation>
    </message>
</context>
<context>
    <name>QueueEngine</name>
    <message>
        <source>The product is offline and the provider cannot order it</source>
        <translation>O produto está offline e o provedor não pode encomendá-lo</translation>
    </message>
    <message>
        <source>The provider returned no file to download</source>
        <translation>O provedor não devolveu nenhum arquivo para baixar</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>Not enough free space in %1: %2 bytes needed, %3 available. Free some space, then resume.</source>
        <translation>Não há espaço livre suficiente em %1: %2 bytes necessários, %3 disponíveis. Libere espaço e depois retome.</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Não é possível substituir %1</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2</source>
        <translation>Não é possível renomear %1 para %2</translation>
    </message>
</context>
<context>
    <name>QueueFailover</name>
    <message>
        <source>%1 failed (%2); fetching from %3</source>
        <translation>%1 falhou (%2); baixando de %3</translation>
    </message>
</context>
<context>
    <name>QueueJournal</name>
    <message>
        <source>Download journal: %1 failed: %2</source>
        <translation>Diário de downloads: falha ao %1: %2</translation>
    </message>
    <message>
        <source>Download journal: cannot create %1: %2</source>
        <translation>Diário de downloads: não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>The download journal %1 is empty (0 bytes): it was probably cut short by a crash or a full disk, and holds no queue. It is left as it is; remove it to start a new, empty queue</source>
        <translation>O diário de downloads %1 está vazio (0 bytes): provavelmente foi interrompido por uma falha ou por um disco cheio, e não contém nenhuma fila. Ele é deixado como está; remova-o para começar uma fila nova e vazia</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>abrir %1</translation>
    </message>
    <message>
        <source>%1 (the download journal %2; it is left as it is)</source>
        <translation>%1 (o diário de downloads %2; ele é deixado como está)</translation>
    </message>
    <message>
        <source>creating the migrations table</source>
        <translation>criar a tabela de migrações</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>ler a versão do esquema</translation>
    </message>
    <message>
        <source>The download journal was written by a newer version (schema %1, this program knows %2)</source>
        <translation>O diário de downloads foi escrito por uma versão mais nova (esquema %1, este programa conhece %2)</translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation>criar o esquema</translation>
    </message>
    <message>
        <source>committing the schema</source>
        <translation>gravar o esquema</translation>
    </message>
    <message>
        <source>reading files</source>
        <translation>ler os arquivos</translation>
    </message>
    <message>
        <source>reading items</source>
        <translation>ler os itens</translation>
    </message>
    <message>
        <source>reading an item</source>
        <translation>ler um item</translation>
    </message>
    <message>
        <source>No queue item %1</source>
        <translation>Nenhum item %1 na fila</translation>
    </message>
    <message>
        <source>adding an item</source>
        <translation>adicionar um item</translation>
    </message>
    <message>
        <source>adding files</source>
        <translation>adicionar arquivos</translation>
    </message>
    <message>
        <source>committing a new item</source>
        <translation>gravar um item novo</translation>
    </message>
    <message>
        <source>updating an item</source>
        <translation>atualizar um item</translation>
    </message>
    <message>
        <source>updating an item&apos;s secret headers</source>
        <translation>atualizar os cabeçalhos secretos de um item</translation>
    </message>
    <message>
        <source>replacing files</source>
        <translation>substituir arquivos</translation>
    </message>
    <message>
        <source>committing files</source>
        <translation>gravar arquivos</translation>
    </message>
    <message>
        <source>updating a file</source>
        <translation>atualizar um arquivo</translation>
    </message>
    <message>
        <source>removing an item</source>
        <translation>remover um item</translation>
    </message>
    <message>
        <source>posting a request</source>
        <translation>registrar um pedido</translation>
    </message>
    <message>
        <source>reading requests</source>
        <translation>ler os pedidos</translation>
    </message>
    <message>
        <source>clearing requests</source>
        <translation>limpar os pedidos</translation>
    </message>
    <message>
        <source>reading ids</source>
        <translation>ler os ids</translation>
    </message>
    <message>
        <source>recording a source&apos;s speed</source>
        <translation>registrando a velocidade de uma fonte</translation>
    </message>
    <message>
        <source>reading the sources&apos; speeds</source>
        <translation>lendo as velocidades das fontes</translation>
    </message>
    <message>
        <source>the journal %1</source>
        <translation>o diário %1</translation>
    </message>
    <message>
        <source>claiming items</source>
        <translation>reservando itens</translation>
    </message>
    <message>
        <source>renewing leases</source>
        <translation>renovando as reservas</translation>
    </message>
    <message>
        <source>releasing an item</source>
        <translation>liberando um item</translation>
    </message>
    <message>
        <source>releasing items</source>
        <translation>liberando itens</translation>
    </message>
    <message>
        <source>claiming a connection slot</source>
        <translation>reservando uma vaga de conexão</translation>
    </message>
    <message>
        <source>renewing connection slots</source>
        <translation>renovando as vagas de conexão</translation>
    </message>
    <message>
        <source>releasing a connection slot</source>
        <translation>liberando uma vaga de conexão</translation>
    </message>
    <message>
        <source>reporting a worker</source>
        <translation>registrando um worker</translation>
    </message>
    <message>
        <source>reading the workers</source>
        <translation>lendo os workers</translation>
    </message>
    <message>
        <source>renewing a session slot</source>
        <translation>renovando uma vaga de sessão</translation>
    </message>
    <message>
        <source>taking a request token</source>
        <translation>obtendo uma ficha de requisição</translation>
    </message>
</context>
<context>
    <name>QueuePassword</name>
    <message>
        <source>No password for the shared queue&apos;s user %1: set %2, or keep it in the keychain with `eo-collector-cli account add queue --account %1` (or in Settings → Queue)%3</source>
        <translation>Sem senha para o usuário %1 da fila compartilhada: defina %2, ou guarde-a no chaveiro com `eo-collector-cli account add queue --account %1` (ou em Configurações → Fila)%3</translation>
    </message>
    <message>
        <source>; no keychain answers in this session</source>
        <translation>; nenhum chaveiro responde nesta sessão</translation>
    </message>
    <message>
        <source>The keychain refused the shared queue&apos;s password: %1</source>
        <translation>O chaveiro recusou a senha da fila compartilhada: %1</translation>
    </message>
    <message>
        <source>The keychain did not keep the shared queue&apos;s password: %1</source>
        <translation>O chaveiro não guardou a senha da fila compartilhada: %1</translation>
    </message>
</context>
<context>
    <name>QueueReporter</name>
    <message>
        <source>ETA %1:%2</source>
        <translation>faltam %1:%2</translation>
    </message>
    <message>
        <source>(%1/%2 done)</source>
        <translation>(%1/%2 concluídos)</translation>
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
        <translation>%1; tentando o espelho %2</translation>
    </message>
</context>
<context>
    <name>QueueSettings</name>
    <message>
        <source>%1 needs a whole number from 1 to 1000, not &apos;%2&apos;</source>
        <translation>%1 precisa de um número inteiro de 1 a 1000, não &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 is &apos;%2&apos;; use one of: %3</source>
        <translation>%1 é &apos;%2&apos;; use um destes: %3</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 deve ser true ou false, não &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 needs a whole number of seconds from 3 to 86400, not &apos;%2&apos;</source>
        <translation>%1 precisa de um número inteiro de segundos de 3 a 86400, não &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>QueueStore</name>
    <message>
        <source>Shared queue %1: %2</source>
        <translation>Fila compartilhada %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>falha ao %1: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql</source>
        <translation>O driver PostgreSQL do Qt (QPSQL) não está instalado; instale o pacote libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>não foi possível conectar: %1</translation>
    </message>
    <message>
        <source>starting the schema transaction</source>
        <translation>iniciar a transação do esquema</translation>
    </message>
    <message>
        <source>locking the schema</source>
        <translation>bloquear o esquema</translation>
    </message>
    <message>
        <source>it was written by a newer version (schema %1, this program knows %2)</source>
        <translation>ela foi escrita por uma versão mais nova (esquema %1, este programa conhece o %2)</translation>
    </message>
    <message>
        <source>taking the run lock</source>
        <translation>obter a trava de execução</translation>
    </message>
    <message>
        <source>connected again, but another process took the queue&apos;s run lock meanwhile</source>
        <translation>conectado de novo, mas outro processo pegou a trava da fila nesse meio-tempo</translation>
    </message>
    <message>
        <source>cannot connect again: %1</source>
        <translation>não é possível conectar de novo: %1</translation>
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
        <translation>O local da fila %1 %2 (a forma é %3)</translation>
    </message>
    <message>
        <source>is not a PostgreSQL URL</source>
        <translation>não é uma URL do PostgreSQL</translation>
    </message>
    <message>
        <source>has options after &apos;?&apos; or &apos;#&apos;, which are not supported</source>
        <translation>tem opções depois de &apos;?&apos; ou &apos;#&apos;, que não são aceitas</translation>
    </message>
    <message>
        <source>names no user (USER@ before the host)</source>
        <translation>não indica usuário (USER@ antes do host)</translation>
    </message>
    <message>
        <source>holds a password: passwords do not belong in the setting; keep it in the keychain or give it in EOC_QUEUE_PASSWORD</source>
        <translation>contém uma senha: senhas não pertencem à configuração; guarde-a no chaveiro ou informe-a em EOC_QUEUE_PASSWORD</translation>
    </message>
    <message>
        <source>has a &apos;[&apos; without its &apos;]&apos; around the host</source>
        <translation>tem um &apos;[&apos; sem o seu &apos;]&apos; em volta do host</translation>
    </message>
    <message>
        <source>names no host</source>
        <translation>não indica host</translation>
    </message>
    <message>
        <source>has the port &quot;%1&quot;, which is not a number from 1 to 65535</source>
        <translation>tem a porta &quot;%1&quot;, que não é um número de 1 a 65535</translation>
    </message>
    <message>
        <source>names no database (/DATABASE after the host)</source>
        <translation>não indica banco de dados (/DATABASE depois do host)</translation>
    </message>
    <message>
        <source>has a &apos;/&apos; in the database name</source>
        <translation>tem uma &apos;/&apos; no nome do banco de dados</translation>
    </message>
</context>
<context>
    <name>QueueText</name>
    <message>
        <source>Invalid request</source>
        <translation>Pedido inválido</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema de login</translation>
    </message>
    <message>
        <source>Provider quota used up</source>
        <translation>Cota do provedor esgotada</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Pedidos demais</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexão</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>Product offline</source>
        <translation>Produto offline</translation>
    </message>
    <message>
        <source>Checksum or size check failed</source>
        <translation>Falha na verificação de checksum ou tamanho</translation>
    </message>
    <message>
        <source>Cannot write to disk</source>
        <translation>Não é possível gravar no disco</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Resposta inesperada do servidor</translation>
    </message>
    <message>
        <source>Refused by the provider</source>
        <translation>Recusado pelo provedor</translation>
    </message>
    <message>
        <source>Check the scene id, link or option named in the message, then add the item again.</source>
        <translation>Confira o id da cena, o link ou a opção citados na mensagem e adicione o item novamente.</translation>
    </message>
    <message>
        <source>Check the provider account (Accounts): the password or token may be wrong or expired, or the account may lack access to this product. Then retry.</source>
        <translation>Confira a conta do provedor (Contas): a senha ou o token podem estar errados ou expirados, ou a conta pode não ter acesso a este produto. Depois tente novamente.</translation>
    </message>
    <message>
        <source>The provider&apos;s download quota for this account is used up: wait until it is reset, or use another account, then retry.</source>
        <translation>A cota de download do provedor para esta conta está esgotada: espere até que seja renovada, ou use outra conta, e tente novamente.</translation>
    </message>
    <message>
        <source>The provider asks for fewer requests: retry later, or lower the number of connections.</source>
        <translation>O provedor pede menos pedidos: tente novamente mais tarde, ou diminua o número de conexões.</translation>
    </message>
    <message>
        <source>The network or the server had a problem. Retry; the download resumes from what is on disk.</source>
        <translation>A rede ou o servidor teve um problema. Tente novamente; o download continua a partir do que já está no disco.</translation>
    </message>
    <message>
        <source>The provider no longer has this file. Search again: the scene may have been reprocessed under a new id.</source>
        <translation>O provedor não tem mais este arquivo. Busque de novo: a cena pode ter sido reprocessada com um novo id.</translation>
    </message>
    <message>
        <source>The product sits in the provider&apos;s long-term archive and could not be ordered. Order it on the provider&apos;s site, then retry.</source>
        <translation>O produto está no arquivo de longo prazo do provedor e não pôde ser encomendado. Encomende-o no site do provedor e tente novamente.</translation>
    </message>
    <message>
        <source>The file that arrived is not the one the provider described; the bad copy was deleted. Retry; if it fails again, the provider&apos;s file or checksum is wrong.</source>
        <translation>O arquivo recebido não é o que o provedor descreveu; a cópia ruim foi apagada. Tente novamente; se falhar de novo, o arquivo ou o checksum do provedor está errado.</translation>
    </message>
    <message>
        <source>Free some space or fix the permissions of the output folder, then resume.</source>
        <translation>Libere espaço ou corrija as permissões da pasta de destino e depois retome.</translation>
    </message>
    <message>
        <source>Retry to download it again.</source>
        <translation>Tente novamente para baixá-lo de novo.</translation>
    </message>
    <message>
        <source>The server answered something unexpected. Retry later; if it persists, the provider may have changed its service.</source>
        <translation>O servidor respondeu algo inesperado. Tente novamente mais tarde; se persistir, o provedor pode ter mudado o serviço.</translation>
    </message>
    <message>
        <source>The provider refused the download. Read its message; retrying will not help unless something changes on its side.</source>
        <translation>O provedor recusou o download. Leia a mensagem dele; tentar de novo não vai adiantar, a menos que algo mude do lado dele.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falhou: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausado: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Waiting to retry: %1</source>
        <translation>Aguardando nova tentativa: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Ordered, waiting for the provider</source>
        <translation>Encomendado, aguardando o provedor</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Aguardando uma conexão</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Waiting for another worker (%1 stopped)</source>
        <translation>Esperando outro worker (%1 parou)</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>no region given: expected W,S,E,N, WKT, GeoJSON or a file path</source>
        <translation>nenhuma região informada: esperado O,S,L,N, WKT, GeoJSON ou o caminho de um arquivo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region: expected a box W,S,E,N, WKT, GeoJSON or the path of an existing file</source>
        <translation>&apos;%1&apos; não é uma região: esperado um retângulo O,S,L,N, WKT, GeoJSON ou o caminho de um arquivo existente</translation>
    </message>
    <message>
        <source>no region file given</source>
        <translation>nenhum arquivo de região informado</translation>
    </message>
    <message>
        <source>%1: the geometry is empty</source>
        <translation>%1: a geometria está vazia</translation>
    </message>
    <message>
        <source>%1: the curved polygon cannot be read</source>
        <translation>%1: o polígono curvo não pode ser lido</translation>
    </message>
    <message>
        <source>%1: a region needs polygons, but the geometry is a %2</source>
        <translation>%1: uma região precisa de polígonos, mas a geometria é um %2</translation>
    </message>
    <message>
        <source>cannot reproject from the file&apos;s coordinate system to EPSG:4326: %1</source>
        <translation>não é possível reprojetar do sistema de coordenadas do arquivo para EPSG:4326: %1</translation>
    </message>
    <message>
        <source>reprojection to EPSG:4326 failed: %1</source>
        <translation>a reprojeção para EPSG:4326 falhou: %1</translation>
    </message>
    <message>
        <source>WKT: the text is empty</source>
        <translation>WKT: o texto está vazio</translation>
    </message>
    <message>
        <source>WKT could not be read (check the geometry type, parentheses and that every point has two numbers): &apos;%1&apos;</source>
        <translation>O WKT não pôde ser lido (confira o tipo de geometria, os parênteses e se cada ponto tem dois números): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>WKT: unknown coordinate system SRID=%1</source>
        <translation>WKT: sistema de coordenadas desconhecido SRID=%1</translation>
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
        <translation>%1: feição %2 da camada &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the file contains no features</source>
        <translation>o arquivo não contém feições</translation>
    </message>
    <message>
        <source>no feature in the file has a geometry</source>
        <translation>nenhuma feição do arquivo tem geometria</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>arquivo não encontrado</translation>
    </message>
    <message>
        <source>the file cannot be read (check its permissions)</source>
        <translation>o arquivo não pode ser lido (confira as permissões dele)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>not a vector format GDAL/OGR can read (Shapefile, zipped Shapefile, GeoPackage, KML/KMZ, GeoJSON...)</source>
        <translation>não é um formato vetorial que o GDAL/OGR consiga ler (Shapefile, Shapefile compactado, GeoPackage, KML/KMZ, GeoJSON...)</translation>
    </message>
</context>
<context>
    <name>RegionValidation</name>
    <message>
        <source>outer ring</source>
        <translation>anel externo</translation>
    </message>
    <message>
        <source>hole %1</source>
        <translation>buraco %1</translation>
    </message>
    <message>
        <source>polygon %1, %2</source>
        <translation>polígono %1, %2</translation>
    </message>
    <message>
        <source>point %1 is not a finite number</source>
        <translation>o ponto %1 não é um número finito</translation>
    </message>
    <message>
        <source>point %1 has longitude %2, outside -180..180</source>
        <translation>o ponto %1 tem longitude %2, fora de -180..180</translation>
    </message>
    <message>
        <source>point %1 has latitude %2, outside -90..90</source>
        <translation>o ponto %1 tem latitude %2, fora de -90..90</translation>
    </message>
    <message>
        <source>ring has %1 points; a ring needs at least 4 (three corners and the first point repeated to close it)</source>
        <translation>o anel tem %1 ponto(s); um anel precisa de pelo menos 4 (três cantos e o primeiro ponto repetido para fechá-lo)</translation>
    </message>
    <message>
        <source>ring is not closed: first point %1 differs from last point %2</source>
        <translation>o anel não está fechado: o primeiro ponto %1 é diferente do último ponto %2</translation>
    </message>
    <message>
        <source>ring has no area (its points lie on one line)</source>
        <translation>o anel não tem área (seus pontos estão sobre uma linha)</translation>
    </message>
    <message>
        <source>ring intersects itself: it doubles back at %1</source>
        <translation>o anel cruza a si mesmo: ele volta sobre si em %1</translation>
    </message>
    <message>
        <source>the region has no polygons</source>
        <translation>a região não tem polígonos</translation>
    </message>
    <message>
        <source>edge %1-%2 meets edge %3-%4</source>
        <translation>a aresta %1-%2 encontra a aresta %3-%4</translation>
    </message>
    <message>
        <source>ring intersects itself: %1</source>
        <translation>o anel cruza a si mesmo: %1</translation>
    </message>
    <message>
        <source>rings of the polygon cross: %1</source>
        <translation>anéis do polígono se cruzam: %1</translation>
    </message>
    <message>
        <source>hole lies outside its outer ring (point %1)</source>
        <translation>o buraco fica fora do seu anel externo (ponto %1)</translation>
    </message>
</context>
<context>
    <name>RequestPlanJob</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The provider is gone</source>
        <translation>O provedor não existe mais</translation>
    </message>
</context>
<context>
    <name>RequestRules</name>
    <message>
        <source>--header &apos;%1...&apos; is not of the form &apos;Name: value&apos;</source>
        <translation>--header &apos;%1...&apos; não tem a forma &apos;Nome: valor&apos;</translation>
    </message>
    <message>
        <source>--header &apos;%1&apos;: a header name is letters, digits and !#$%&amp;&apos;*+-.^_`|~ only</source>
        <translation>--header &apos;%1&apos;: um nome de cabeçalho tem apenas letras, dígitos e !#$%&amp;&apos;*+-.^_`|~</translation>
    </message>
    <message>
        <source>--header %1: the value contains a line break or another control character</source>
        <translation>--header %1: o valor contém uma quebra de linha ou outro caractere de controle</translation>
    </message>
    <message>
        <source>--header %1 has no value</source>
        <translation>--header %1 não tem valor</translation>
    </message>
    <message>
        <source>--header %1 cannot be set: the downloader sets it itself</source>
        <translation>--header %1 não pode ser definido: o próprio downloader o define</translation>
    </message>
    <message>
        <source>Redirect %1 from %2 without Location</source>
        <translation>Redirecionamento %1 de %2 sem Location</translation>
    </message>
    <message>
        <source>More than %1 redirects, last to %2</source>
        <translation>Mais de %1 redirecionamentos, o último para %2</translation>
    </message>
    <message>
        <source>Refused a redirect to an unsupported URL (%1)</source>
        <translation>Redirecionamento para uma URL não suportada recusado (%1)</translation>
    </message>
    <message>
        <source>Refused a redirect from https to plain http (%1)</source>
        <translation>Redirecionamento de https para http simples recusado (%1)</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s TLS certificate or handshake was refused)</source>
        <translation>%1 (o certificado TLS ou o handshake do servidor foi recusado)</translation>
    </message>
    <message>
        <source>%1 (check the proxy setting)</source>
        <translation>%1 (confira a configuração de proxy)</translation>
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
        <translation>Não foi possível gravar os resultados exportados: %1</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the GeoPackage: %1</source>
        <translation>Não foi possível criar uma pasta temporária para o GeoPackage: %1</translation>
    </message>
    <message>
        <source>Could not read back %1: %2</source>
        <translation>Não foi possível reler %1: %2</translation>
    </message>
    <message>
        <source>The export target is not open for writing</source>
        <translation>O destino da exportação não está aberto para gravação</translation>
    </message>
    <message>
        <source>Unknown export format</source>
        <translation>Formato de exportação desconhecido</translation>
    </message>
    <message>
        <source>No output file was given for the export</source>
        <translation>Nenhum arquivo de saída foi informado para a exportação</translation>
    </message>
    <message>
        <source>Could not replace %1: remove it or choose another name</source>
        <translation>Não foi possível substituir %1: remova-o ou escolha outro nome</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>Cannot read the saved searches %1: %2</source>
        <translation>Não é possível ler as buscas salvas %1: %2</translation>
    </message>
    <message>
        <source>The saved searches %1 are larger than %2 MB; is it the right file?</source>
        <translation>As buscas salvas %1 têm mais de %2 MB; é o arquivo certo?</translation>
    </message>
    <message>
        <source>The saved searches %1 are not valid JSON (%2 at byte %3); fix or delete the file</source>
        <translation>As buscas salvas %1 não são JSON válido (%2 no byte %3); corrija ou apague o arquivo</translation>
    </message>
    <message>
        <source>The saved searches %1 have version %2; this program reads version %3</source>
        <translation>As buscas salvas %1 têm a versão %2; este programa lê a versão %3</translation>
    </message>
    <message>
        <source>The saved search &apos;%1&apos; in %2 cannot be read: %3</source>
        <translation>Não é possível ler a busca salva &apos;%1&apos; em %2: %3</translation>
    </message>
    <message>
        <source>none are saved yet</source>
        <translation>nenhuma foi salva ainda</translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation>salvas: %1</translation>
    </message>
    <message>
        <source>No saved search is called &apos;%1&apos; (%2)</source>
        <translation>Nenhuma busca salva se chama &apos;%1&apos; (%2)</translation>
    </message>
    <message>
        <source>A saved search needs a name</source>
        <translation>Uma busca salva precisa de um nome</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Não é possível criar a pasta de %1</translation>
    </message>
    <message>
        <source>Cannot write the saved searches %1: %2</source>
        <translation>Não é possível gravar as buscas salvas %1: %2</translation>
    </message>
</context>
<context>
    <name>SceneId</name>
    <message>
        <source>The %1 id &apos;%2&apos; has an invalid %3: &apos;%4&apos;</source>
        <translation>O campo %3 do id %1 &apos;%2&apos; é inválido: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>sensing start</source>
        <translation>início da aquisição</translation>
    </message>
    <message>
        <source>sensing stop</source>
        <translation>fim da aquisição</translation>
    </message>
    <message>
        <source>sensing stop (before the start)</source>
        <translation>fim da aquisição (antes do início)</translation>
    </message>
    <message>
        <source>product discriminator</source>
        <translation>discriminador do produto</translation>
    </message>
    <message>
        <source>relative orbit (1-143)</source>
        <translation>órbita relativa (1-143)</translation>
    </message>
    <message>
        <source>creation date</source>
        <translation>data de criação</translation>
    </message>
    <message>
        <source>relative orbit (1-385)</source>
        <translation>órbita relativa (1-385)</translation>
    </message>
    <message>
        <source>processing date</source>
        <translation>data de processamento</translation>
    </message>
    <message>
        <source>satellite number</source>
        <translation>número do satélite</translation>
    </message>
    <message>
        <source>acquisition date</source>
        <translation>data de aquisição</translation>
    </message>
    <message>
        <source>acquisition year and day of year</source>
        <translation>ano e dia do ano da aquisição</translation>
    </message>
    <message>
        <source>horizontal tile (h00-h35)</source>
        <translation>tile horizontal (h00-h35)</translation>
    </message>
    <message>
        <source>vertical tile (v00-v17)</source>
        <translation>tile vertical (v00-v17)</translation>
    </message>
    <message>
        <source>production date</source>
        <translation>data de produção</translation>
    </message>
    <message>
        <source>sensing time</source>
        <translation>hora da aquisição</translation>
    </message>
    <message>
        <source>An empty scene id cannot be parsed</source>
        <translation>Um id de cena vazio não pode ser analisado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a scene id of a known family (tried: %2)</source>
        <translation>&apos;%1&apos; não é um id de cena de uma família conhecida (tentadas: %2)</translation>
    </message>
</context>
<context>
    <name>SceneResult</name>
    <message>
        <source>A result has no scene_id</source>
        <translation>Um resultado não tem scene_id</translation>
    </message>
    <message>
        <source>The footprint of %1 is invalid: %2</source>
        <translation>A área coberta por %1 é inválida: %2</translation>
    </message>
    <message>
        <source>Not valid JSON at offset %1: %2</source>
        <translation>JSON inválido na posição %1: %2</translation>
    </message>
    <message>
        <source>Expected a GeoJSON FeatureCollection or {&quot;results&quot;: [...]}</source>
        <translation>Esperada uma FeatureCollection GeoJSON ou {&quot;results&quot;: [...]}</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>%1 &apos;%2&apos; is not a date like 2024-06-30</source>
        <translation>%1 &apos;%2&apos; não é uma data como 2024-06-30</translation>
    </message>
    <message>
        <source>SCENE</source>
        <translation>CENA</translation>
    </message>
    <message>
        <source>DATE (UTC)</source>
        <translation>DATA (UTC)</translation>
    </message>
    <message>
        <source>CLOUD</source>
        <translation>NUVENS</translation>
    </message>
    <message>
        <source>TILE</source>
        <translation>TILE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMANHO</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Search a provider for scenes</source>
        <translation>Busca cenas em um provedor</translation>
    </message>
    <message>
        <source>Area as W,S,E,N in degrees (W &gt; E crosses the antimeridian).</source>
        <translation>Área como W,S,E,N em graus (W &gt; E atravessa o antimeridiano).</translation>
    </message>
    <message>
        <source>Area from a vector file (GeoJSON, Shapefile, GeoPackage, KML...) or WKT/GeoJSON text.</source>
        <translation>Área de um arquivo vetorial (GeoJSON, Shapefile, GeoPackage, KML...) ou texto WKT/GeoJSON.</translation>
    </message>
    <message>
        <source>First day, inclusive (YYYY-MM-DD, UTC).</source>
        <translation>Primeiro dia, inclusive (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Last day, inclusive (YYYY-MM-DD, UTC).</source>
        <translation>Último dia, inclusive (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>Maximum cloud cover in percent (0-100).</source>
        <translation>Cobertura de nuvens máxima em porcentagem (0-100).</translation>
    </message>
    <message>
        <source>Product type, e.g. S2MSI2A, GRD, L2SP.</source>
        <translation>Tipo de produto, por exemplo S2MSI2A, GRD, L2SP.</translation>
    </message>
    <message>
        <source>Tile: MGRS (23LLG), WRS-2 path/row (220069)...; repeatable or comma-separated.</source>
        <translation>Tile: MGRS (23LLG), path/row WRS-2 (220069)...; pode ser repetido ou separado por vírgulas.</translation>
    </message>
    <message>
        <source>Platform, e.g. sentinel-2a.</source>
        <translation>Plataforma, por exemplo sentinel-2a.</translation>
    </message>
    <message>
        <source>Provider-specific filter KEY=VALUE (repeatable), e.g. catalog=planetary-computer or s2:nodata_pixel_percentage=&lt;=10.</source>
        <translation>Filtro próprio do provedor KEY=VALUE (pode ser repetido), por exemplo catalog=planetary-computer ou s2:nodata_pixel_percentage=&lt;=10.</translation>
    </message>
    <message>
        <source>Stop after N results.</source>
        <translation>Para depois de N resultados.</translation>
    </message>
    <message>
        <source>table, json, geojson, csv, ids, metalink or gpkg (gpkg needs --output). Default: table on a terminal, json otherwise.</source>
        <translation>table, json, geojson, csv, ids, metalink ou gpkg (gpkg precisa de --output). Padrão: table em um terminal, json nos outros casos.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escreve em FILE em vez da saída padrão.</translation>
    </message>
    <message>
        <source>Run the search saved under NAME in the desktop program; the other options given here replace the saved ones.</source>
        <translation>Executa a busca salva como NAME no programa de desktop; as outras opções informadas aqui substituem as salvas.</translation>
    </message>
    <message>
        <source>List the saved searches and exit.</source>
        <translation>Lista as buscas salvas e sai.</translation>
    </message>
    <message>
        <source>Unknown --format &apos;%1&apos;; use table, %2</source>
        <translation>--format desconhecido &apos;%1&apos;; use table, %2</translation>
    </message>
    <message>
        <source>--format gpkg needs --output FILE</source>
        <translation>--format gpkg precisa de --output FILE</translation>
    </message>
    <message>
        <source>--provider is required (see `providers`)</source>
        <translation>--provider é obrigatório (veja `providers`)</translation>
    </message>
    <message>
        <source>received %1 of %2</source>
        <translation>recebidos %1 de %2</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recebidos %1</translation>
    </message>
    <message>
        <source>Give either --bbox or --region, not both</source>
        <translation>Informe --bbox ou --region, não os dois</translation>
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
        <translation>--end %1 é anterior a --start %2</translation>
    </message>
    <message>
        <source>--cloud-max must be a percentage 0-100 (got &apos;%1&apos;)</source>
        <translation>--cloud-max precisa ser uma porcentagem de 0 a 100 (recebido &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--limit must be a positive whole number (got &apos;%1&apos;)</source>
        <translation>--limit precisa ser um número inteiro positivo (recebido &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>--filter needs KEY=VALUE (got &apos;%1&apos;)</source>
        <translation>--filter precisa de KEY=VALUE (recebido &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>Give only one of --bbox, --region and --place</source>
        <translation>Informe só um de --bbox, --region e --place</translation>
    </message>
    <message>
        <source>SOURCES</source>
        <translation>FONTES</translation>
    </message>
    <message>
        <source>Provider(s) to search, comma-separated, a preset as PROVIDER:PRESET (stac:earth-search), or `all` (every provider that carries the collection); several providers are searched at once and each scene is listed once with its sources (see `providers`).</source>
        <translation>Provedor(es) em que buscar, separados por vírgulas, uma predefinição como PROVEDOR:PREDEFINIÇÃO (stac:earth-search), ou `all` (todos os provedores que oferecem a coleção); vários provedores são consultados ao mesmo tempo e cada cena é listada uma vez, com as suas fontes (veja `providers`).</translation>
    </message>
    <message>
        <source>Collection: a shared name such as sentinel-2-l2a (see `providers`), or the provider&apos;s own (or a BDC-Collectors alias).</source>
        <translation>Coleção: um nome compartilhado como sentinel-2-l2a (veja `providers`), ou o nome do próprio provedor (ou um apelido do BDC-Collectors).</translation>
    </message>
    <message>
        <source>--assets names one provider&apos;s asset keys: search one provider to choose assets</source>
        <translation>--assets nomeia chaves de assets de um só provedor: busque em um provedor para escolher assets</translation>
    </message>
    <message>
        <source>not searched: %1</source>
        <translation>não consultado: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>No collection given</source>
        <translation>Nenhuma coleção informada</translation>
    </message>
    <message>
        <source>Invalid date range</source>
        <translation>Intervalo de datas inválido</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation>A data final %1 é anterior à data inicial %2</translation>
    </message>
    <message>
        <source>Cloud cover %1 is not a percentage from 0 to 100</source>
        <translation>A cobertura de nuvens %1 não é uma porcentagem de 0 a 100</translation>
    </message>
    <message>
        <source>The limit must be a positive number</source>
        <translation>O limite deve ser um número positivo</translation>
    </message>
    <message>
        <source>The relative orbit must be positive</source>
        <translation>A órbita relativa deve ser positiva</translation>
    </message>
    <message>
        <source>&apos;bbox&apos; must be four numbers: west, south, east, north</source>
        <translation>&apos;bbox&apos; deve ter quatro números: oeste, sul, leste, norte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD): %2</source>
        <translation>&apos;%1&apos; não é uma data (AAAA-MM-DD): %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: %2</source>
        <translation>&apos;%1&apos; não é um número: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number: %2</source>
        <translation>&apos;%1&apos; não é um número inteiro: %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file %1 %2; it is ignored (and never overwritten) until it is fixed or removed</source>
        <translation>O arquivo de configurações %1 %2; ele é ignorado (e nunca sobrescrito) até ser corrigido ou removido</translation>
    </message>
    <message>
        <source>&apos;%1&apos; looks like a secret; secrets are kept in the keychain, not in the settings file</source>
        <translation>&apos;%1&apos; parece um segredo; segredos ficam no chaveiro, não no arquivo de configurações</translation>
    </message>
    <message>
        <source>Could not write the settings file %1</source>
        <translation>Não foi possível gravar o arquivo de configurações %1</translation>
    </message>
    <message>
        <source>--set expects KEY=VALUE, got &apos;%1&apos;</source>
        <translation>--set espera CHAVE=VALOR; recebido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Cannot read the config file %1: %2</source>
        <translation>Não é possível ler o arquivo de configuração %1: %2</translation>
    </message>
    <message>
        <source>The config file %1 is not a JSON object (%2 at byte %3)</source>
        <translation>O arquivo de configuração %1 não é um objeto JSON (%2 no byte %3)</translation>
    </message>
    <message>
        <source>The config file %1 is not a JSON object: it must be {&quot;key&quot;: &quot;value&quot;, ...}, not %2</source>
        <translation>O arquivo de configuração %1 não é um objeto JSON: ele deve ser {&quot;chave&quot;: &quot;valor&quot;, ...}, não %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>a bare value</source>
        <translation>um valor solto</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos; (from %2); `eo-collector-cli providers --json` lists the settings</source>
        <translation>Configuração desconhecida &apos;%1&apos; (de %2); `eo-collector-cli providers --json` lista as configurações</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos; (from %2); did you mean %3?</source>
        <translation>Configuração desconhecida &apos;%1&apos; (de %2); você quis dizer %3?</translation>
    </message>
    <message>
        <source>The setting %1 (from %2) is empty; it must be a URL. Leave it out to use the default, %3</source>
        <translation>A configuração %1 (de %2) está vazia; ela deve ser uma URL. Omita-a para usar o padrão, %3</translation>
    </message>
    <message>
        <source>the settings file %1</source>
        <translation>o arquivo de configurações %1</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>o padrão</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>não pode ser lido: %1</translation>
    </message>
    <message>
        <source>is not a text file (it holds NUL bytes)</source>
        <translation>não é um arquivo de texto (ele contém bytes NUL)</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <source>line %1 is not KEY=VALUE or [section]: &apos;%2&apos;</source>
        <translation>a linha %1 não é KEY=VALUE nem [section]: &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>SourceName</name>
    <message>
        <source>&apos;%1&apos; is not a provider name like dataspace or stac:earth-search</source>
        <translation>&apos;%1&apos; não é um nome de provedor como dataspace ou stac:earth-search</translation>
    </message>
</context>
<context>
    <name>SourceSearchPlan</name>
    <message>
        <source>Unknown collection &apos;%1&apos; for %2; known: %3</source>
        <translation>Coleção desconhecida &apos;%1&apos; para %2; conhecidas: %3</translation>
    </message>
    <message>
        <source>--provider names no provider (see `providers`)</source>
        <translation>--provider não nomeia nenhum provedor (veja `providers`)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no preset &apos;%2&apos;; its presets: %3</source>
        <translation>%1 não tem a predefinição &apos;%2&apos;; as suas predefinições: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>%1 does not carry %2; these do: %3</source>
        <translation>%1 não oferece %2; estes oferecem: %3</translation>
    </message>
    <message>
        <source>No provider that can search now carries %1</source>
        <translation>Nenhum provedor que possa buscar agora oferece %1</translation>
    </message>
    <message>
        <source>No provider knows the collection &apos;%1&apos;</source>
        <translation>Nenhum provedor conhece a coleção &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>StacCatalog</name>
    <message>
        <source>%1 is not an http(s) URL of a STAC API: &apos;%2&apos;</source>
        <translation>%1 não é uma URL http(s) de uma API STAC: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Unknown stac.preset &apos;%1&apos;; known: %2</source>
        <translation>stac.preset desconhecido &apos;%1&apos;; conhecidos: %2</translation>
    </message>
    <message>
        <source>The catalog filter</source>
        <translation>O filtro de catálogo</translation>
    </message>
    <message>
        <source>Unknown STAC catalog &apos;%1&apos;; use a URL or one of: %2</source>
        <translation>Catálogo STAC desconhecido &apos;%1&apos;; use uma URL ou um destes: %2</translation>
    </message>
</context>
<context>
    <name>StacItem</name>
    <message>
        <source>A STAC item without an id</source>
        <translation>Um item STAC sem id</translation>
    </message>
</context>
<context>
    <name>StacPage</name>
    <message>
        <source>The STAC search at %1 did not answer with a FeatureCollection</source>
        <translation>A busca STAC em %1 não respondeu com uma FeatureCollection</translation>
    </message>
</context>
<context>
    <name>StacPager</name>
    <message>
        <source>The network is shut down</source>
        <translation>A rede está desligada</translation>
    </message>
    <message>
        <source>The STAC search at %1 failed</source>
        <translation>A busca STAC em %1 falhou</translation>
    </message>
</context>
<context>
    <name>StacProvider</name>
    <message>
        <source>Root URL of the STAC API to search. Set to anything other than the default, it wins over stac.preset.</source>
        <translation>URL raiz da API STAC a buscar. Definida com qualquer valor diferente do padrão, ela prevalece sobre stac.preset.</translation>
    </message>
    <message>
        <source>A known public catalogue: earth-search, planetary-computer, landsatlook, bdc, cdse (empty: earth-search, or the catalogue stac.url points at).</source>
        <translation>Um catálogo público conhecido: earth-search, planetary-computer, landsatlook, bdc, cdse (vazio: earth-search, ou o catálogo para onde stac.url aponta).</translation>
    </message>
    <message>
        <source>Planetary Computer SAS token endpoint; GET &lt;url&gt;/&lt;account&gt;/&lt;container&gt; signs the downloads from that storage container.</source>
        <translation>Endpoint de tokens SAS do Planetary Computer; GET &lt;url&gt;/&lt;account&gt;/&lt;container&gt; assina os downloads daquele contêiner de armazenamento.</translation>
    </message>
    <message>
        <source>Planetary Computer storage accounts that are public (comma-separated): no SAS token.</source>
        <translation>Contas de armazenamento do Planetary Computer que são públicas (separadas por vírgulas): sem token SAS.</translation>
    </message>
    <message>
        <source>Items per search page (the catalogue&apos;s own cap applies).</source>
        <translation>Itens por página de busca (vale o limite do próprio catálogo).</translation>
    </message>
    <message>
        <source>Root URL of %1</source>
        <translation>URL raiz de %1</translation>
    </message>
    <message>
        <source>The STAC API at %1 did not answer</source>
        <translation>A API STAC em %1 não respondeu</translation>
    </message>
    <message>
        <source>%1 is not a STAC API: its landing page is not a JSON object</source>
        <translation>%1 não é uma API STAC: sua página inicial não é um objeto JSON</translation>
    </message>
    <message>
        <source>Could not list the collections of %1</source>
        <translation>Não foi possível listar as coleções de %1</translation>
    </message>
    <message>
        <source>The STAC provider is gone</source>
        <translation>O provedor STAC não existe mais</translation>
    </message>
    <message>
        <source>Unknown collection &apos;%1&apos; at %2; it has: %3</source>
        <translation>Coleção desconhecida &apos;%1&apos; em %2; existem: %3</translation>
    </message>
    <message>
        <source>The search was cancelled</source>
        <translation>A busca foi cancelada</translation>
    </message>
    <message>
        <source>Listing the collections was cancelled</source>
        <translation>A listagem das coleções foi cancelada</translation>
    </message>
    <message>
        <source>Looking up a STAC item needs a collection and an id</source>
        <translation>Consultar um item STAC exige uma coleção e um id</translation>
    </message>
    <message>
        <source>Could not read item %1</source>
        <translation>Não foi possível ler o item %1</translation>
    </message>
    <message>
        <source>Could not look up %1</source>
        <translation>Não foi possível consultar %1</translation>
    </message>
    <message>
        <source>No item &apos;%1&apos; in the STAC collection &apos;%2&apos;</source>
        <translation>Nenhum item &apos;%1&apos; na coleção STAC &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The lookup was cancelled</source>
        <translation>A consulta foi cancelada</translation>
    </message>
    <message>
        <source>Asset &apos;%1&apos; of %2 is only in the Copernicus Data Space S3 store (%3), which needs S3 keys of a CDSE account; choose its Product asset, or search with the dataspace provider.</source>
        <translation>O asset &apos;%1&apos; de %2 está só no armazenamento S3 do Copernicus Data Space (%3), que exige chaves S3 de uma conta CDSE; escolha o asset Product dele, ou busque com o provedor dataspace.</translation>
    </message>
    <message>
        <source>Asset &apos;%1&apos; of %2 has no downloadable URL (%3)</source>
        <translation>O asset &apos;%1&apos; de %2 não tem URL que possa ser baixada (%3)</translation>
    </message>
    <message>
        <source>Asset &apos;%1&apos; of %2 is at %3, which LandsatLook serves only after a USGS (EROS Registration System) sign-in, and its S3 copy (s3://usgs-landsat) is requester-pays, billed to an AWS account. EO Collector has neither here: download this scene with the usgs provider and a USGS account (eo-collector-cli account add usgs), or search another catalogue.</source>
        <translation>O asset &apos;%1&apos; de %2 está em %3, que o LandsatLook só serve após um login no USGS (EROS Registration System), e sua cópia S3 (s3://usgs-landsat) tem cobrança do solicitante, faturada numa conta AWS. O EO Collector não tem nenhum dos dois aqui: baixe esta cena com o provedor usgs e uma conta USGS (eo-collector-cli account add usgs), ou busque em outro catálogo.</translation>
    </message>
    <message>
        <source>The files of %1 are on the Copernicus Data Space download service, which needs a login: add a dataspace account with `eo-collector-cli account add dataspace --account NAME` (sign up at https://dataspace.copernicus.eu)</source>
        <translation>Os arquivos de %1 estão no serviço de download do Copernicus Data Space, que exige login: adicione uma conta dataspace com `eo-collector-cli account add dataspace --account NOME` (cadastre-se em https://dataspace.copernicus.eu)</translation>
    </message>
    <message>
        <source>Could not get a Planetary Computer SAS token for the storage container %1</source>
        <translation>Não foi possível obter um token SAS do Planetary Computer para o contêiner de armazenamento %1</translation>
    </message>
    <message>
        <source>The Planetary Computer SAS answer for %1 has no token</source>
        <translation>A resposta SAS do Planetary Computer para %1 não tem token</translation>
    </message>
    <message>
        <source>Resolving the download was cancelled</source>
        <translation>A preparação do download foi cancelada</translation>
    </message>
    <message>
        <source>Root URL of %1&apos;s STAC API</source>
        <translation>URL raiz da API STAC de %1</translation>
    </message>
    <message>
        <source>A search of several days without a limit is cut into this many date ranges searched at once (1: one search, one page after the other).</source>
        <translation>Uma busca de vários dias sem limite é dividida neste número de intervalos de datas buscados ao mesmo tempo (1: uma busca, uma página após a outra).</translation>
    </message>
</context>
<context>
    <name>StacSearchRequest</name>
    <message>
        <source>&apos;%1&apos; is neither an MGRS tile (e.g. 23LLG) nor a WRS-2 path/row (e.g. 220069)</source>
        <translation>&apos;%1&apos; não é nem um tile MGRS (por exemplo 23LLG) nem um path/row WRS-2 (por exemplo 220069)</translation>
    </message>
    <message>
        <source>A property filter has no property name</source>
        <translation>Um filtro de propriedade não tem nome de propriedade</translation>
    </message>
</context>
<context>
    <name>TerminalText</name>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>No network access for %1</source>
        <translation>Sem acesso à rede para %1</translation>
    </message>
    <message>
        <source>No file to download %1 into</source>
        <translation>Nenhum arquivo onde baixar %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Unsupported URL scheme: %1</source>
        <translation>Esquema de URL não suportado: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was restarted mid-answer</source>
        <translation>A conexão com %1 foi reiniciada no meio da resposta</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s; reconnecting</source>
        <translation>Nenhum dado de %1 por %2 s; reconectando</translation>
    </message>
    <message>
        <source>Gave up on %1 after %2 attempts; the last one failed: %3</source>
        <translation>Desistência de %1 após %2 tentativas; a última falhou: %3</translation>
    </message>
    <message>
        <source>%1 sent %2 bytes but %3 bytes were expected</source>
        <translation>%1 enviou %2 bytes, mas eram esperados %3 bytes</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was copied</source>
        <translation>%1 mudou enquanto era copiado</translation>
    </message>
</context>
<context>
    <name>TransferAnswer</name>
    <message>
        <source>%1 answered a range request with a malformed Content-Range (&quot;%2&quot;)</source>
        <translation>%1 respondeu a um pedido de intervalo com um Content-Range malformado (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The file at %1 changed during the download</source>
        <translation>O arquivo em %1 mudou durante o download</translation>
    </message>
    <message>
        <source>%1 sent bytes from offset %2 but %3 bytes are on disk; the partial download was left as it was</source>
        <translation>%1 enviou bytes a partir da posição %2, mas há %3 bytes no disco; o download parcial ficou como estava</translation>
    </message>
    <message>
        <source>%1 now reports %2 bytes for a file of %3 bytes; the partial download was left as it was</source>
        <translation>%1 agora informa %2 bytes para um arquivo de %3 bytes; o download parcial ficou como estava</translation>
    </message>
    <message>
        <source>%1 reports %2 bytes but %3 bytes were expected</source>
        <translation>%1 informa %2 bytes, mas eram esperados %3 bytes</translation>
    </message>
    <message>
        <source>The connection to %1 broke after %2 of %3 bytes (%4)</source>
        <translation>A conexão com %1 caiu após %2 de %3 bytes (%4)</translation>
    </message>
    <message>
        <source>answer shorter than announced</source>
        <translation>resposta mais curta que o anunciado</translation>
    </message>
    <message>
        <source>%1 refused the range from byte %2; starting over</source>
        <translation>%1 recusou o intervalo a partir do byte %2; recomeçando</translation>
    </message>
    <message>
        <source>%1 refused a request for the whole file (416)</source>
        <translation>%1 recusou um pedido do arquivo inteiro (416)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 for %3</source>
        <translation>HTTP %1 de %2 para %3</translation>
    </message>
</context>
<context>
    <name>TransferFtp</name>
    <message>
        <source>The file at %1 changed during the download</source>
        <translation>O arquivo em %1 mudou durante o download</translation>
    </message>
    <message>
        <source>%1 reports %2 bytes but %3 bytes were expected</source>
        <translation>%1 informa %2 bytes, mas eram esperados %3 bytes</translation>
    </message>
    <message>
        <source>The connection to %1 broke after %2 of %3 bytes</source>
        <translation>A conexão com %1 caiu após %2 de %3 bytes</translation>
    </message>
</context>
<context>
    <name>UsgsProvider</name>
    <message>
        <source>USGS M2M JSON API base URL</source>
        <translation>URL base da API JSON do USGS M2M</translation>
    </message>
    <message>
        <source>Scenes per scene-search request (M2M caps a search at 50000)</source>
        <translation>Cenas por pedido scene-search (o M2M limita uma busca a 50000)</translation>
    </message>
    <message>
        <source>Seconds an M2M API key lasts; it is renewed ahead of expiry</source>
        <translation>Segundos que uma chave de API do M2M dura; ela é renovada antes de expirar</translation>
    </message>
    <message>
        <source>download-retrieve polls before a download is left in the ordered state</source>
        <translation>Consultas download-retrieve antes de um download ficar no estado encomendado</translation>
    </message>
    <message>
        <source>Milliseconds between download-retrieve polls</source>
        <translation>Milissegundos entre consultas download-retrieve</translation>
    </message>
    <message>
        <source>Choose a USGS dataset, e.g. landsat_ot_c2_l2 (see `providers`)</source>
        <translation>Escolha um dataset do USGS, por exemplo landsat_ot_c2_l2 (veja `providers`)</translation>
    </message>
    <message>
        <source>WRS-2 path</source>
        <translation>Path WRS-2</translation>
    </message>
    <message>
        <source>Worldwide Reference System 2 path (1-233)</source>
        <translation>Path do Worldwide Reference System 2 (1-233)</translation>
    </message>
    <message>
        <source>WRS-2 row</source>
        <translation>Row WRS-2</translation>
    </message>
    <message>
        <source>Worldwide Reference System 2 row (1-248)</source>
        <translation>Row do Worldwide Reference System 2 (1-248)</translation>
    </message>
    <message>
        <source>Day or night</source>
        <translation>Dia ou noite</translation>
    </message>
    <message>
        <source>Include unknown cloud cover</source>
        <translation>Incluir cobertura de nuvens desconhecida</translation>
    </message>
    <message>
        <source>With a cloud cover limit, also scenes whose cloud cover is not known</source>
        <translation>Com um limite de cobertura de nuvens, também as cenas cuja cobertura de nuvens não é conhecida</translation>
    </message>
    <message>
        <source>USGS M2M dataset-search answered without a list of datasets</source>
        <translation>O dataset-search do USGS M2M respondeu sem uma lista de datasets</translation>
    </message>
    <message>
        <source>USGS M2M %1 answered something that is not its JSON envelope (%2)</source>
        <translation>O USGS M2M %1 respondeu algo que não é o seu envelope JSON (%2)</translation>
    </message>
    <message>
        <source>USGS M2M needs an ERS user name and application token: store them with `eo-collector-cli account` or set EOC_USGS_USERNAME and EOC_USGS_TOKEN</source>
        <translation>O USGS M2M precisa de um nome de usuário ERS e de um token de aplicativo: guarde-os com `eo-collector-cli account` ou defina EOC_USGS_USERNAME e EOC_USGS_TOKEN</translation>
    </message>
    <message>
        <source>USGS M2M needs both the ERS user name and an application token (EOC_USGS_USERNAME and EOC_USGS_TOKEN)</source>
        <translation>O USGS M2M precisa tanto do nome de usuário ERS quanto de um token de aplicativo (EOC_USGS_USERNAME e EOC_USGS_TOKEN)</translation>
    </message>
    <message>
        <source>USGS M2M login-token answered without an API key</source>
        <translation>O login-token do USGS M2M respondeu sem uma chave de API</translation>
    </message>
    <message>
        <source>WRS-2 %1 &apos;%2&apos; is not a number or a range like 10-12</source>
        <translation>WRS-2 %1 &apos;%2&apos; não é um número nem um intervalo como 10-12</translation>
    </message>
    <message>
        <source>WRS-2 %1 &apos;%2&apos; must lie within 1..%3</source>
        <translation>WRS-2 %1 &apos;%2&apos; deve estar entre 1..%3</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Busca cancelada</translation>
    </message>
    <message>
        <source>USGS dataset %1 has no &apos;%2&apos; filter</source>
        <translation>O dataset %1 do USGS não tem o filtro &apos;%2&apos;</translation>
    </message>
    <message>
        <source>USGS dataset %1 cannot be searched by scene id</source>
        <translation>O dataset %1 do USGS não pode ser buscado por id de cena</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a WRS-2 tile: write path and row as PPPRRR, e.g. 226078</source>
        <translation>&apos;%1&apos; não é um tile WRS-2: escreva path e row como PPPRRR, por exemplo 226078</translation>
    </message>
    <message>
        <source>day_night &apos;%1&apos; is not one of: day, night, all</source>
        <translation>day_night &apos;%1&apos; não é um destes: day, night, all</translation>
    </message>
    <message>
        <source>USGS dataset-search has no filter &apos;%1&apos;; use dataset or keyword</source>
        <translation>O dataset-search do USGS não tem o filtro &apos;%1&apos;; use dataset ou keyword</translation>
    </message>
    <message>
        <source>Dataset listing cancelled</source>
        <translation>Listagem de datasets cancelada</translation>
    </message>
    <message>
        <source>%1 has no USGS entity id: search for it first</source>
        <translation>%1 não tem entity id do USGS: busque-o primeiro</translation>
    </message>
    <message>
        <source>None of the selected files (%1) is offered for %2</source>
        <translation>Nenhum dos arquivos selecionados (%1) é oferecido para %2</translation>
    </message>
    <message>
        <source>USGS does not offer %1 for download now; it must be ordered (EarthExplorer or TRAM order-submit)</source>
        <translation>O USGS não oferece %1 para download agora; ele precisa ser encomendado (EarthExplorer ou order-submit do TRAM)</translation>
    </message>
    <message>
        <source>USGS offers no downloadable product for %1 in %2</source>
        <translation>O USGS não oferece nenhum produto para download de %1 em %2</translation>
    </message>
    <message>
        <source>USGS download limits used up (remaining %1); wait until pending downloads finish</source>
        <translation>Limites de download do USGS esgotados (restante %1); espere os downloads pendentes terminarem</translation>
    </message>
    <message>
        <source>USGS refused to stage %1: %2</source>
        <translation>O USGS recusou preparar %1: %2</translation>
    </message>
    <message>
        <source>USGS is preparing %1 of %2 file(s) of %3 (request %4); resolve again later</source>
        <translation>O USGS está preparando %1 de %2 arquivo(s) de %3 (pedido %4); prepare de novo mais tarde</translation>
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
        <translation>%1. Confira o nome de usuário do ERS e o token de aplicativo (o M2M não aceita mais senhas; crie um token no seu perfil do ERS).</translation>
    </message>
    <message>
        <source>%1. The API key expired; log in again.</source>
        <translation>%1. A chave da API expirou; entre novamente.</translation>
    </message>
    <message>
        <source>%1. Your ERS account is not approved for machine access: request it on the &quot;Access Request&quot; page of your ERS profile (%2), then try again once USGS approves it.</source>
        <translation>%1. Sua conta do ERS não está aprovada para acesso por máquina: peça-o na página &quot;Access Request&quot; do seu perfil do ERS (%2) e tente novamente quando o USGS aprovar.</translation>
    </message>
    <message>
        <source>%1. This dataset needs an additional approval; request it on %2.</source>
        <translation>%1. Este conjunto de dados precisa de uma aprovação adicional; peça-a em %2.</translation>
    </message>
    <message>
        <source>%1. Your USGS download limits are used up; wait for pending downloads to finish.</source>
        <translation>%1. Seus limites de download do USGS se esgotaram; espere os downloads pendentes terminarem.</translation>
    </message>
    <message>
        <source>%1. Too many requests; wait and retry.</source>
        <translation>%1. Requisições demais; espere e tente novamente.</translation>
    </message>
    <message>
        <source>USGS M2M: %1</source>
        <translation>USGS M2M: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1. Remaining USGS limits: %2</source>
        <translation>%1. Limites restantes do USGS: %2</translation>
    </message>
</context>
<context>
    <name>eoc::BandwidthSchedule</name>
    <message>
        <source>needs three parts, days, times and rate, as in &quot;Mon-Fri 08:00-18:00 2M&quot;</source>
        <translation>precisa de três partes, dias, horários e taxa, como em &quot;Mon-Fri 08:00-18:00 2M&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; are not days such as Mon-Fri, Sat,Sun or daily</source>
        <translation>&quot;%1&quot; não são dias como Mon-Fri, Sat,Sun ou daily</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time range such as 08:00-18:00 (00:00 to 24:00)</source>
        <translation>&quot;%1&quot; não é um intervalo de horário como 08:00-18:00 (00:00 a 24:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts; over midnight, write two rules (22:00-24:00 and 00:00-06:00)</source>
        <translation>&quot;%1&quot; termina antes de começar; passando da meia-noite, escreva duas regras (22:00-24:00 e 00:00-06:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rate such as 500000, 512K or 2M (0: unlimited)</source>
        <translation>&quot;%1&quot; não é uma taxa como 500000, 512K ou 2M (0: sem limite)</translation>
    </message>
    <message>
        <source>rule %1 (&quot;%2&quot;): %3</source>
        <translation>regra %1 (&quot;%2&quot;): %3</translation>
    </message>
</context>
<context>
    <name>eoc::SearchJob</name>
    <message>
        <source>Search cancelled</source>
        <translation>Busca cancelada</translation>
    </message>
</context>
<context>
    <name>eoc::odata</name>
    <message>
        <source>The Copernicus catalogue has no collection &apos;%1&apos;; known: %2</source>
        <translation>O catálogo Copernicus não tem a coleção &apos;%1&apos;; conhecidas: %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 falhou</translation>
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
        <translation>%1 (confira a conta com `eo-collector-cli account test %2`)</translation>
    </message>
    <message>
        <source>The collection %1 holds only %2 products, not %3</source>
        <translation>A coleção %1 contém apenas produtos %2, não %3</translation>
    </message>
    <message>
        <source>The search region has no polygon to search with</source>
        <translation>A região de busca não tem polígono para buscar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an MGRS tile (e.g. 23LKC)</source>
        <translation>&apos;%1&apos; não é um tile MGRS (por exemplo 23LKC)</translation>
    </message>
    <message>
        <source>The orbit direction must be ASCENDING or DESCENDING, not &apos;%1&apos;</source>
        <translation>A direção da órbita deve ser ASCENDING ou DESCENDING, não &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Sentinel platform (e.g. sentinel-2a, S1B)</source>
        <translation>&apos;%1&apos; não é uma plataforma Sentinel (por exemplo sentinel-2a, S1B)</translation>
    </message>
    <message>
        <source>The OData catalogue answered something that is not a product list (%1)</source>
        <translation>O catálogo OData respondeu algo que não é uma lista de produtos (%1)</translation>
    </message>
    <message>
        <source>no &apos;value&apos; array</source>
        <translation>sem o array &apos;value&apos;</translation>
    </message>
    <message>
        <source>Search cancelled</source>
        <translation>Busca cancelada</translation>
    </message>
    <message>
        <source>The network is shut down</source>
        <translation>A rede está desligada</translation>
    </message>
    <message>
        <source>The catalogue holds %1 products between %2 and %3, more than it pages through (%4); only those it lists are delivered. Narrow the search (area, product type) to get them all.</source>
        <translation>O catálogo tem %1 produtos entre %2 e %3, mais do que ele pagina (%4); só os que ele lista são entregues. Restrinja a busca (área, tipo de produto) para obter todos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in a GML footprint is not a lat,lon pair</source>
        <translation>&apos;%1&apos; numa footprint GML não é um par lat,lon</translation>
    </message>
    <message>
        <source>A GML footprint ring has fewer than 4 points</source>
        <translation>Um anel de footprint GML tem menos de 4 pontos</translation>
    </message>
    <message>
        <source>The GML footprint has no coordinates</source>
        <translation>A footprint GML não tem coordenadas</translation>
    </message>
    <message>
        <source>The hub answered something that is not an OData product list (%1)</source>
        <translation>O hub respondeu algo que não é uma lista de produtos OData (%1)</translation>
    </message>
    <message>
        <source>no &apos;d&apos; object</source>
        <translation>sem o objeto &apos;d&apos;</translation>
    </message>
    <message>
        <source>The hub&apos;s OData answer holds neither a product nor a list of products</source>
        <translation>A resposta OData do hub não traz nem um produto nem uma lista de produtos</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2)</source>
        <translation>%1 falhou (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 (check the account with `eo-collector-cli account test dhus`)</source>
        <translation>%1 (confira a conta com `eo-collector-cli account test dhus`)</translation>
    </message>
    <message>
        <source>The provider is gone</source>
        <translation>O provedor não existe mais</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
</context>
<context>
    <name>eoc::opensearch</name>
    <message>
        <source>The hub answered something that is not an OpenSearch feed (%1)</source>
        <translation>O hub respondeu algo que não é um feed OpenSearch (%1)</translation>
    </message>
    <message>
        <source>no &apos;feed&apos; object</source>
        <translation>sem o objeto &apos;feed&apos;</translation>
    </message>
    <message>
        <source>The hub answered with a page instead of search results: %1</source>
        <translation>O hub respondeu com uma página em vez de resultados de busca: %1</translation>
    </message>
    <message>
        <source>The hub refused the search (%1): %2</source>
        <translation>O hub recusou a busca (%1): %2</translation>
    </message>
    <message>
        <source>The hub&apos;s Atom feed cannot be read (line %1: %2)</source>
        <translation>O feed Atom do hub não pode ser lido (linha %1: %2)</translation>
    </message>
</context>
<context>
    <name>eoc::ui</name>
    <message>
        <source>Scene</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Id no provedor</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <source>Acquired (UTC)</source>
        <translation>Aquisição (UTC)</translation>
    </message>
    <message>
        <source>Cloud cover</source>
        <translation>Cobertura de nuvens</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidade</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline (archived)</source>
        <translation>arquivado (offline)</translation>
    </message>
    <message>
        <source>Download size</source>
        <translation>Tamanho do download</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Assets (%n)</source>
        <translation>Arquivos (%n)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>baixado</translation>
    </message>
    <message>
        <source>marks the files a download fetches.</source>
        <translation>marca os arquivos que um download obtém.</translation>
    </message>
    <message>
        <source>Download: %1</source>
        <translation>Download: %1</translation>
    </message>
    <message>
        <source>Quicklook: %1</source>
        <translation>Pré-visualização: %1</translation>
    </message>
    <message>
        <source>Metadata: %1</source>
        <translation>Metadados: %1</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Attributes (%n)</source>
        <translation>Atributos (%n)</translation>
    </message>
    <message>
        <source>%1 is empty: it needs an http or https URL (Reset restores the default).</source>
        <translation>%1 está vazio: é preciso uma URL http ou https (Restaurar volta ao padrão).</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an http or https URL, e.g. https://example.org/path.</source>
        <translation>%1: &apos;%2&apos; não é uma URL http ou https, por exemplo https://example.org/caminho.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not system, none, http://host:port or socks5://host:port.</source>
        <translation>%1: &apos;%2&apos; não é system, none, http://host:porta nem socks5://host:porta.</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an http or https URL.</source>
        <translation>%1: &apos;%2&apos; não é uma URL http ou https.</translation>
    </message>
    <message>
        <source>%1 needs the {z}, {x} and {y} placeholders.</source>
        <translation>%1 precisa dos marcadores {z}, {x} e {y}.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::AboutDialog</name>
    <message>
        <source>About EO Collector</source>
        <translation>Sobre o EO Collector</translation>
    </message>
    <message>
        <source>&lt;h2&gt;EO Collector %1&lt;/h2&gt;&lt;p&gt;Find and download Earth-observation imagery from many providers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;EO Collector %1&lt;/h2&gt;&lt;p&gt;Encontre e baixe imagens de observação da Terra de muitos provedores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © the EO Collector authors.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;). It comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;h3&gt;Data&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Map tiles:&lt;/b&gt; © &lt;a href=&quot;https://www.openstreetmap.org/copyright&quot;&gt;OpenStreetMap contributors&lt;/a&gt;, Open Database License, when the OpenStreetMap tile server is used.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Offline basemap:&lt;/b&gt; made with &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (public domain), 1:110m country outlines, as TopoJSON from the &lt;a href=&quot;https://github.com/topojson/world-atlas&quot;&gt;world-atlas&lt;/a&gt; package (© 2013-2019 Michael Bostock, ISC licence).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Search results and imagery&lt;/b&gt; belong to their providers and come under their licences (for example the Copernicus Sentinel data terms, or USGS public-domain Landsat data).&lt;/p&gt;&lt;h3&gt;Libraries&lt;/h3&gt;&lt;p&gt;Qt %1 (LGPL-3.0), GDAL (MIT), QtKeychain (BSD-3-Clause), libarchive (BSD-2-Clause).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Copyright © os autores do EO Collector.&lt;/p&gt;&lt;p&gt;Este programa é software livre: você pode redistribuí-lo e/ou modificá-lo sob os termos da Licença Pública Geral GNU publicada pela Free Software Foundation, na versão 3 da Licença ou (a seu critério) qualquer versão posterior (&lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GPL-3.0-or-later&lt;/a&gt;). Ele vem SEM NENHUMA GARANTIA.&lt;/p&gt;&lt;h3&gt;Dados&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Blocos do mapa:&lt;/b&gt; © &lt;a href=&quot;https://www.openstreetmap.org/copyright&quot;&gt;colaboradores do OpenStreetMap&lt;/a&gt;, Open Database License, quando o servidor de blocos do OpenStreetMap é usado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mapa base offline:&lt;/b&gt; feito com &lt;a href=&quot;https://www.naturalearthdata.com/&quot;&gt;Natural Earth&lt;/a&gt; (domínio público), contornos de países 1:110m, em TopoJSON do pacote &lt;a href=&quot;https://github.com/topojson/world-atlas&quot;&gt;world-atlas&lt;/a&gt; (© 2013-2019 Michael Bostock, licença ISC).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Resultados de busca e imagens&lt;/b&gt; pertencem aos seus provedores e seguem as licenças deles (por exemplo os termos dos dados Copernicus Sentinel, ou os dados Landsat de domínio público do USGS).&lt;/p&gt;&lt;h3&gt;Bibliotecas&lt;/h3&gt;&lt;p&gt;Qt %1 (LGPL-3.0), GDAL (MIT), QtKeychain (BSD-3-Clause), libarchive (BSD-2-Clause).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>eoc::ui::AccountCheckController</name>
    <message>
        <source>Logged in to %1 as %2, and logged out again: the account works.</source>
        <translation>Login feito em %1 como %2 e sessão encerrada em seguida: a conta funciona.</translation>
    </message>
    <message>
        <source>The keychain holds a secret for %1. %2 has no login that can be tried from here, so this check only confirms the keychain entry, not the password.</source>
        <translation>O chaveiro guarda um segredo para %1. %2 não tem um login que possa ser testado daqui, então esta verificação só confirma a entrada no chaveiro, não a senha.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Adicionar...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in the system keychain only.</source>
        <translation>Senhas e tokens ficam apenas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>No provider plug-ins were found.</source>
        <translation>Nenhum plug-in de provedor foi encontrado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; needs an account to download.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; exige uma conta para baixar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; works without an account.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; funciona sem conta.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Create an account&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Criar uma conta&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The default account</source>
        <translation>A conta padrão</translation>
    </message>
    <message>
        <source>Add account for %1</source>
        <translation>Adicionar conta em %1</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>Editar conta %1</translation>
    </message>
    <message>
        <source>unchanged when left empty</source>
        <translation>deixe vazio para não alterar</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome de usuário:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>password</source>
        <translation>senha</translation>
    </message>
    <message>
        <source>Saving to the keychain...</source>
        <translation>Salvando no chaveiro...</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>Conta %1 salva.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Remove the account %1 of %2 and its secret from the keychain?</source>
        <translation>Remover a conta %1 de %2 e o seu segredo do chaveiro?</translation>
    </message>
    <message>
        <source>Account %1 removed.</source>
        <translation>Conta %1 removida.</translation>
    </message>
    <message>
        <source>Logs in once at the provider with the account&apos;s secret from the keychain, and logs out again</source>
        <translation>Faz login uma vez no provedor com o segredo da conta guardado no chaveiro, e encerra a sessão em seguida</translation>
    </message>
    <message>
        <source>Checking %1 at %2…</source>
        <translation>Verificando %1 em %2…</translation>
    </message>
    <message>
        <source>Both the user name and the %1 are needed.</source>
        <translation>São necessários o nome de usuário e %1.</translation>
    </message>
    <message>
        <source>%1 Save again to answer the keychain&apos;s prompt.</source>
        <translation>%1 Salve de novo para responder ao pedido do chaveiro.</translation>
    </message>
    <message>
        <source>Registered e-mail:</source>
        <translation>E-mail cadastrado:</translation>
    </message>
    <message>
        <source>The e-mail address you registered at %1 is needed.</source>
        <translation>É preciso o endereço de e-mail que você cadastrou em %1.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ArchiveController</name>
    <message>
        <source>Scan folder…</source>
        <translation>Varrer pasta…</translation>
    </message>
    <message>
        <source>Find the products in a folder (zips, SAFE folders, scene folders, at any depth), open their bands and compare their files with the checksums recorded at download</source>
        <translation>Encontra os produtos de uma pasta (zips, pastas SAFE, pastas de cena, em qualquer profundidade), abre as bandas e compara os arquivos com os checksums registrados no download</translation>
    </message>
    <message>
        <source>Re-verify</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Check the selected products again: their bands and the checksums of their files</source>
        <translation>Verifica de novo os produtos selecionados: as bandas e os checksums dos arquivos</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Show the selected product in the file manager</source>
        <translation>Mostra o produto selecionado no gerenciador de arquivos</translation>
    </message>
    <message>
        <source>No product is known yet: “Scan folder…” lists what is on disk.</source>
        <translation>Nenhum produto conhecido ainda: “Varrer pasta…” lista o que está no disco.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s), %1 on disk</source>
        <translation>
            <numerusform>%n produto, %1 no disco</numerusform>
            <numerusform>%n produtos, %1 no disco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged</source>
        <translation>
            <numerusform>%n danificado</numerusform>
            <numerusform>%n danificados</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan folder</source>
        <translation>Varrer pasta</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Varrendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning %1… %n product(s) found</source>
        <translation>
            <numerusform>Varrendo %1… %n produto encontrado</numerusform>
            <numerusform>Varrendo %1… %n produtos encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n product(s)…</source>
        <translation>
            <numerusform>Verificando %n produto…</numerusform>
            <numerusform>Verificando %n produtos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation>Parar exame</translation>
    </message>
    <message>
        <source>Stop the running scan; the list stays as it was</source>
        <translation>Para o exame em andamento; a lista fica como estava</translation>
    </message>
    <message>
        <source>No product found in %1. A scan finds zips, .SAFE folders, scene folders and the files this program downloaded.</source>
        <translation>Nenhum produto encontrado em %1. Um exame encontra zips, pastas .SAFE, pastas de cena e os arquivos que este programa baixou.</translation>
    </message>
    <message>
        <source>The scan of %1 was stopped; the list is as it was</source>
        <translation>O exame de %1 foi interrompido; a lista está como estava</translation>
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
        <translation>⚠ danificado</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) still match the checksums recorded when they were downloaded</source>
        <translation>
            <numerusform>%n arquivo ainda confere com o checksum registrado no download</numerusform>
            <numerusform>%n arquivos ainda conferem com os checksums registrados no download</numerusform>
        </translation>
    </message>
    <message>
        <source>No problem found. No checksum was recorded for its files: this program did not download them, or their source gave none</source>
        <translation>Nenhum problema encontrado. Nenhum checksum foi registrado para os arquivos: este programa não os baixou, ou a fonte não informou nenhum</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Tile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bandas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>eoc::ui::AssetPickerController</name>
    <message>
        <source>Choose &amp;assets...</source>
        <translation>Escolher &amp;assets...</translation>
    </message>
    <message>
        <source>Choose which files (bands) of each result to download and export</source>
        <translation>Escolher quais arquivos (bandas) de cada resultado baixar e exportar</translation>
    </message>
</context>
<context>
    <name>eoc::ui::AssetPickerDialog</name>
    <message>
        <source>Remember for %1</source>
        <translation>Lembrar para %1</translation>
    </message>
    <message>
        <source>Choose assets of %1</source>
        <translation>Escolher assets de %1</translation>
    </message>
    <message>
        <source>The checked assets of each result are what Download fetches, what the sizes count and what File → Export lists.</source>
        <translation>Os assets marcados de cada resultado são o que o download busca, o que os tamanhos somam e o que Arquivo → Exportar lista.</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Papéis</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Tipo de mídia</translation>
    </message>
    <message>
        <source>Typical size</source>
        <translation>Tamanho típico</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todos</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Nenhum</translation>
    </message>
    <message>
        <source>&amp;Data only</source>
        <translation>Só &amp;dados</translation>
    </message>
    <message>
        <source>The assets whose roles include &quot;data&quot;</source>
        <translation>Os assets cujos papéis incluem &quot;data&quot;</translation>
    </message>
</context>
<context>
    <name>eoc::ui::BandwidthScheduleEditor</name>
    <message>
        <source>Add rule</source>
        <translation>Adicionar regra</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remover regra</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Mon, Tue, ... Sun; ranges such as Mon-Fri; lists such as Sat,Sun; or daily</source>
        <translation>Mon, Tue, ... Sun; intervalos como Mon-Fri; listas como Sat,Sun; ou daily</translation>
    </message>
    <message>
        <source>Local time, HH:MM</source>
        <translation>Hora local, HH:MM</translation>
    </message>
    <message>
        <source>Local time, HH:MM, up to 24:00; after From</source>
        <translation>Hora local, HH:MM, até 24:00; depois de De</translation>
    </message>
    <message>
        <source>Bytes per second such as 500000, 512K or 2M; 0 for unlimited</source>
        <translation>Bytes por segundo como 500000, 512K ou 2M; 0 para sem limite</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regra %1: %2</translation>
    </message>
    <message>
        <source>Correct the rules to see the rate in force now.</source>
        <translation>Corrija as regras para ver a taxa em vigor agora.</translation>
    </message>
    <message>
        <source>In force now: %1 (rule %2)</source>
        <translation>Em vigor agora: %1 (regra %2)</translation>
    </message>
    <message>
        <source>In force now: %1 (the bandwidth limit; no rule covers this time)</source>
        <translation>Em vigor agora: %1 (o limite de banda; nenhuma regra cobre este horário)</translation>
    </message>
</context>
<context>
    <name>eoc::ui::BasemapLayer</name>
    <message>
        <source>Basemap: Natural Earth</source>
        <translation>Mapa base: Natural Earth</translation>
    </message>
</context>
<context>
    <name>eoc::ui::BasemapMenu</name>
    <message>
        <source>&amp;Natural Earth (offline)</source>
        <translation>&amp;Natural Earth (offline)</translation>
    </message>
    <message>
        <source>Country outlines shipped with the program: no network needed</source>
        <translation>Contornos dos países que vêm com o programa: não precisa de rede</translation>
    </message>
    <message>
        <source>&amp;OpenStreetMap</source>
        <translation>&amp;OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Custom tile server...</source>
        <translation>Servidor de blocos &amp;personalizado...</translation>
    </message>
    <message>
        <source>Tiles from any XYZ server, given as a URL template with {z}, {x} and {y}</source>
        <translation>Blocos de qualquer servidor XYZ, dado como um modelo de URL com {z}, {x} e {y}</translation>
    </message>
    <message>
        <source>Custom tile server</source>
        <translation>Servidor de blocos personalizado</translation>
    </message>
    <message>
        <source>XYZ tile URL template, with {z}, {x} and {y}:</source>
        <translation>Modelo de URL dos blocos XYZ, com {z}, {x} e {y}:</translation>
    </message>
    <message>
        <source>Base&amp;map</source>
        <translation>&amp;Mapa base</translation>
    </message>
</context>
<context>
    <name>eoc::ui::CloudCoverHistogram</name>
    <message>
        <source>Cloud cover of the results: click a bar or drag across bars to show only that range</source>
        <translation>Cobertura de nuvens dos resultados: clique numa barra ou arraste sobre as barras para mostrar só essa faixa</translation>
    </message>
    <message>
        <source>no cloud cover stated</source>
        <translation>sem cobertura de nuvens informada</translation>
    </message>
    <message>
        <source>%1–%2 % cloud</source>
        <translation>%1–%2 % de nuvens</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n result(s)</source>
        <translation>
            <numerusform>%1: %n resultado</numerusform>
            <numerusform>%1: %n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show all results again</source>
        <translation>Clique para mostrar todos os resultados de novo</translation>
    </message>
    <message>
        <source>Click to show only this range, or drag across bars</source>
        <translation>Clique para mostrar só esta faixa, ou arraste sobre as barras</translation>
    </message>
</context>
<context>
    <name>eoc::ui::DateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>Pick the day from a calendar</source>
        <translation>Escolher o dia em um calendário</translation>
    </message>
    <message>
        <source>%1 is after today: limited to today, %2.</source>
        <translation>%1 é depois de hoje: limitado a hoje, %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day written as yyyy-mm-dd, e.g. %2.</source>
        <translation>&apos;%1&apos; não é um dia escrito como aaaa-mm-dd, por exemplo %2.</translation>
    </message>
    <message>
        <source>%1 is before the first satellite images (%2).</source>
        <translation>%1 é anterior às primeiras imagens de satélite (%2).</translation>
    </message>
</context>
<context>
    <name>eoc::ui::DownloadController</name>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause the selected downloads, keeping what has arrived</source>
        <translation>Pausar os downloads selecionados, mantendo o que já chegou</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Resume the selected downloads</source>
        <translation>Retomar os downloads selecionados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Start the selected failed or cancelled downloads again</source>
        <translation>Recomeçar os downloads selecionados que falharam ou foram cancelados</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Pausar todos</translation>
    </message>
    <message>
        <source>Pause every download</source>
        <translation>Pausar todos os downloads</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Retomar todos</translation>
    </message>
    <message>
        <source>Resume every paused download</source>
        <translation>Retomar todos os downloads pausados</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Open the folder the selected download is saved in</source>
        <translation>Abrir a pasta onde o download selecionado é salvo</translation>
    </message>
    <message>
        <source>Downloads: %1 active, %2 queued, %3 done</source>
        <translation>Downloads: %1 ativos, %2 na fila, %3 concluídos</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Downloads finished</source>
        <translation>Downloads concluídos</translation>
    </message>
    <message>
        <source>%1 done, %2 failed.</source>
        <translation>%1 concluídos, %2 com falha.</translation>
    </message>
    <message numerus="yes">
        <source>%n scene(s) downloaded.</source>
        <translation>
            <numerusform>%n cena baixada.</numerusform>
            <numerusform>%n cenas baixadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the selected downloads (asks before deleting partial files)</source>
        <translation>Cancelar os downloads selecionados (pergunta antes de apagar arquivos parciais)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <source>The state, the full reason of a failure, what to do, and the files of the selected download</source>
        <translation>O estado, o motivo completo de uma falha, o que fazer e os arquivos do download selecionado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected downloads from the list (asks before deleting partial files)</source>
        <translation>Remover da lista os downloads selecionados (pergunta antes de apagar arquivos parciais)</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Limpar concluídos</translation>
    </message>
    <message>
        <source>Remove every finished download from the list; the files stay</source>
        <translation>Remover da lista todos os downloads concluídos; os arquivos ficam</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Repetir os que falharam</translation>
    </message>
    <message>
        <source>Start every failed download again</source>
        <translation>Iniciar de novo todos os downloads que falharam</translation>
    </message>
    <message>
        <source>Start sooner</source>
        <translation>Iniciar antes</translation>
    </message>
    <message>
        <source>Start later</source>
        <translation>Iniciar depois</translation>
    </message>
    <message>
        <source>Cancel downloads</source>
        <translation>Cancelar downloads</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected download(s) already have data on disk (%1 in all).</source>
        <translation>
            <numerusform>%n dos downloads selecionados já tem dados no disco (%1 no total).</numerusform>
            <numerusform>%n dos downloads selecionados já têm dados no disco (%1 no total).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep it to resume later (the downloads are paused), or delete it?</source>
        <translation>Mantê-los para retomar depois (os downloads ficam pausados) ou apagá-los?</translation>
    </message>
    <message>
        <source>Keep and pause</source>
        <translation>Manter e pausar</translation>
    </message>
    <message>
        <source>Delete partial data</source>
        <translation>Apagar dados parciais</translation>
    </message>
    <message>
        <source>Don&apos;t cancel</source>
        <translation>Não cancelar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) are not finished.</source>
        <translation>
            <numerusform>%n download não terminou.</numerusform>
            <numerusform>%n downloads não terminaram.</numerusform>
        </translation>
    </message>
    <message>
        <source>They keep their partial files either way. Left queued, another eo-collector process waiting for them continues them now, otherwise the next start of the application or of &quot;queue run&quot; does. Paused, they wait until you resume them.</source>
        <translation>Eles mantêm os arquivos parciais em qualquer caso. Deixados na fila, outro processo do eo-collector que esteja esperando por eles os continua agora; senão, o próximo início do aplicativo ou de &quot;queue run&quot; continua. Pausados, esperam até você retomá-los.</translation>
    </message>
    <message>
        <source>Quit, leave them queued</source>
        <translation>Sair e deixá-los na fila</translation>
    </message>
    <message>
        <source>Pause them and quit</source>
        <translation>Pausá-los e sair</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>Não sair</translation>
    </message>
    <message>
        <source>Downloads finished: %1</source>
        <translation>Downloads concluídos: %1</translation>
    </message>
</context>
<context>
    <name>eoc::ui::DownloadDetailsDialog</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Download details: %1</source>
        <translation>Detalhes do download: %1</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Status HTTP</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>The provider has not said yet which files make up this scene.</source>
        <translation>O provedor ainda não informou quais arquivos compõem esta cena.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>não iniciado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>Outras fontes</translation>
    </message>
    <message>
        <source>Failed source</source>
        <translation>Fonte que falhou</translation>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Run by the worker %1</source>
        <translation>Executado pelo worker %1</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ErrorBanner</name>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Add or fix an account for this provider in Accounts.</source>
        <translation>Adicione ou corrija uma conta deste provedor em Contas.</translation>
    </message>
    <message>
        <source>Wait until the provider&apos;s quota is renewed, or use another account.</source>
        <translation>Espere a cota do provedor ser renovada, ou use outra conta.</translation>
    </message>
    <message>
        <source>The provider asks to slow down: wait a little and search again.</source>
        <translation>O provedor pede para ir mais devagar: espere um pouco e busque de novo.</translation>
    </message>
    <message>
        <source>The service did not answer properly: check the connection and try again.</source>
        <translation>O serviço não respondeu direito: confira a conexão e tente de novo.</translation>
    </message>
    <message>
        <source>Check the collection and the provider&apos;s endpoint in Settings.</source>
        <translation>Confira a coleção e o endereço do provedor em Configurações.</translation>
    </message>
    <message>
        <source>The product is in a long-term archive: order it first.</source>
        <translation>O produto está em arquivo de longo prazo: faça o pedido antes.</translation>
    </message>
    <message>
        <source>The service answered something unexpected; check the endpoint in Settings.</source>
        <translation>O serviço respondeu algo inesperado; confira o endereço em Configurações.</translation>
    </message>
    <message>
        <source>Check the output folder in Settings and the free disk space.</source>
        <translation>Confira a pasta de saída em Configurações e o espaço livre em disco.</translation>
    </message>
    <message>
        <source>The file was damaged on the way: download it again.</source>
        <translation>O arquivo chegou danificado: baixe-o de novo.</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Busca cancelada.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::FilterFieldsEditor</name>
    <message>
        <source>whole number</source>
        <translation>número inteiro</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>um de %1</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sim ou não</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The filters this collection accepts, with their types</source>
        <translation>Os filtros que esta coleção aceita, com seus tipos</translation>
    </message>
    <message>
        <source>The same filters for eo-collector-cli search</source>
        <translation>Os mesmos filtros para o eo-collector-cli search</translation>
    </message>
    <message>
        <source>Add a filter…</source>
        <translation>Adicionar um filtro…</translation>
    </message>
    <message>
        <source>Other filter (key = value)…</source>
        <translation>Outro filtro (chave = valor)…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remover este filtro</translation>
    </message>
    <message>
        <source>Command line: %1</source>
        <translation>Linha de comando: %1</translation>
    </message>
</context>
<context>
    <name>eoc::ui::FirstRunGuide</name>
    <message>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>EO Collector finds satellite scenes on the map and downloads them. Three steps get you going; all of them can be changed later.</source>
        <translation>O EO Collector encontra cenas de satélite no mapa e as baixa. Três passos bastam para começar; tudo pode ser mudado depois.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <source>1. Where downloads go</source>
        <translation>1. Onde os downloads ficam</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Pasta dos downloads</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>Escol&amp;her...</translation>
    </message>
    <message>
        <source>2. Accounts</source>
        <translation>2. Contas</translation>
    </message>
    <message>
        <source>No installed service needs an account.</source>
        <translation>Nenhum serviço instalado exige conta.</translation>
    </message>
    <message>
        <source>Some services need a free account to download (or to search). Register at %1, then add the account here; the password is kept in the system keychain.</source>
        <translation>Alguns serviços exigem uma conta gratuita para baixar (ou para buscar). Cadastre-se em %1 e depois adicione a conta aqui; a senha fica guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Add an &amp;account...</source>
        <translation>&amp;Adicionar uma conta...</translation>
    </message>
    <message>
        <source>3. A first search</source>
        <translation>3. Uma primeira busca</translation>
    </message>
    <message>
        <source>Every installed service needs an account: add one first.</source>
        <translation>Todos os serviços instalados exigem conta: adicione uma primeiro.</translation>
    </message>
    <message>
        <source>&amp;Try a search</source>
        <translation>&amp;Experimentar uma busca</translation>
    </message>
    <message>
        <source>%1 needs no account. Draw a box on the map (B) to limit the search to a region, or search the whole globe now.</source>
        <translation>%1 não exige conta. Desenhe um retângulo no mapa (B) para limitar a busca a uma região, ou busque no globo inteiro agora.</translation>
    </message>
    <message>
        <source>&amp;Try a search on %1</source>
        <translation>&amp;Experimentar uma busca em %1</translation>
    </message>
    <message>
        <source>The download folder must be a full path, such as %1.</source>
        <translation>A pasta dos downloads deve ser um caminho completo, como %1.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::FootprintLayer</name>
    <message>
        <source>cloud %1 %</source>
        <translation>nuvens %1 %</translation>
    </message>
    <message>
        <source>cloud cover unknown</source>
        <translation>cobertura de nuvens desconhecida</translation>
    </message>
</context>
<context>
    <name>eoc::ui::GraticuleLayer</name>
    <message>
        <source>%1°E</source>
        <translation>%1°L</translation>
    </message>
    <message>
        <source>%1°W</source>
        <translation>%1°O</translation>
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
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>EO Collector</source>
        <translation>EO Collector</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) saved to %1</source>
        <translation>
            <numerusform>%n resultado salvo em %1</numerusform>
            <numerusform>%n resultados salvos em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw &amp;box</source>
        <translation>Desenhar &amp;retângulo</translation>
    </message>
    <message>
        <source>Draw a box on the map by dragging; drag its handles to adjust it (B)</source>
        <translation>Desenhe um retângulo no mapa arrastando; arraste as alças para ajustá-lo (B)</translation>
    </message>
    <message>
        <source>Draw &amp;polygon</source>
        <translation>Desenhar &amp;polígono</translation>
    </message>
    <message>
        <source>Click the corners of a polygon; double-click or Enter closes it (P)</source>
        <translation>Clique nos vértices de um polígono; clique duplo ou Enter o fecha (P)</translation>
    </message>
    <message>
        <source>&amp;Open region file...</source>
        <translation>&amp;Abrir arquivo de região...</translation>
    </message>
    <message>
        <source>Read the region from GeoJSON, KML/KMZ, GeoPackage or a (zipped) Shapefile</source>
        <translation>Ler a região de GeoJSON, KML/KMZ, GeoPackage ou Shapefile (compactado)</translation>
    </message>
    <message>
        <source>C&amp;lear region</source>
        <translation>&amp;Limpar região</translation>
    </message>
    <message>
        <source>Remove the region: search the whole globe</source>
        <translation>Remover a região: buscar no globo inteiro</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Aproximar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;fastar</translation>
    </message>
    <message>
        <source>&amp;Zoom to results</source>
        <translation>&amp;Enquadrar os resultados</translation>
    </message>
    <message>
        <source>Map &amp;tiles</source>
        <translation>&amp;Blocos do mapa</translation>
    </message>
    <message>
        <source>Show map tiles from the tile server; off: the offline basemap only</source>
        <translation>Mostrar blocos do servidor de mapas; desligado: só o mapa base offline</translation>
    </message>
    <message>
        <source>&amp;Download selected</source>
        <translation>Baixar &amp;selecionados</translation>
    </message>
    <message>
        <source>Download the selected results (Ctrl+D)</source>
        <translation>Baixar os resultados selecionados (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Export results...</source>
        <translation>&amp;Exportar resultados...</translation>
    </message>
    <message>
        <source>&amp;Accounts...</source>
        <translation>&amp;Contas...</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>Con&amp;figurações...</translation>
    </message>
    <message>
        <source>&amp;About EO Collector</source>
        <translation>&amp;Sobre o EO Collector</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Open region</source>
        <translation>Abrir região</translation>
    </message>
    <message>
        <source>Vector files (*.geojson *.json *.kml *.kmz *.gpkg *.shp *.zip);;All files (*)</source>
        <translation>Arquivos vetoriais (*.geojson *.json *.kml *.kmz *.gpkg *.shp *.zip);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Getting started...</source>
        <translation>&amp;Primeiros passos...</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;talhos de teclado</translation>
    </message>
    <message>
        <source>Draw &amp;circle around a point</source>
        <translation>Desenhar &amp;círculo em volta de um ponto</translation>
    </message>
    <message>
        <source>Click a point on the map and give a radius in km: the circle becomes the region (C)</source>
        <translation>Clique num ponto do mapa e informe um raio em km: o círculo passa a ser a região (C)</translation>
    </message>
    <message>
        <source>&amp;Graticule</source>
        <translation>&amp;Grade de coordenadas</translation>
    </message>
    <message>
        <source>Lines of latitude and longitude with their degrees (G)</source>
        <translation>Linhas de latitude e longitude com seus graus (G)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export %n selected result(s)...</source>
        <translation>
            <numerusform>&amp;Exportar %n resultado selecionado...</numerusform>
            <numerusform>&amp;Exportar %n resultados selecionados...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Export all %n result(s)...</source>
        <translation>
            <numerusform>&amp;Exportar %n resultado...</numerusform>
            <numerusform>&amp;Exportar todos os %n resultados...</numerusform>
        </translation>
    </message>
    <message>
        <source>Assets of %1: %2</source>
        <translation>Assets de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The %n result(s) of the last search are shown again</source>
        <translation>
            <numerusform>O resultado da última busca é mostrado de novo</numerusform>
            <numerusform>Os %n resultados da última busca são mostrados de novo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eoc::ui::MapWidget</name>
    <message numerus="yes">
        <source>%n footprint(s) here: click again for the next</source>
        <translation>
            <numerusform>%n área aqui: clique de novo para a próxima</numerusform>
            <numerusform>%n áreas aqui: clique de novo para a próxima</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
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
        <translation>© colaboradores do OpenStreetMap</translation>
    </message>
    <message>
        <source>Tiles: %1</source>
        <translation>Blocos: %1</translation>
    </message>
    <message>
        <source>Offline: map tiles cannot be fetched</source>
        <translation>Offline: não foi possível obter os blocos do mapa</translation>
    </message>
</context>
<context>
    <name>eoc::ui::PlaceSearchField</name>
    <message>
        <source>City, state or province, e.g. Recife or Minas Gerais</source>
        <translation>Cidade, estado ou província, por exemplo Recife ou Minas Gerais</translation>
    </message>
    <message>
        <source>Searches Natural Earth&apos;s cities, states and provinces offline. Write &quot;Name, Country&quot; or &quot;Name, State&quot; to narrow it down, &quot;Name state&quot; for a state that shares a city&apos;s name.</source>
        <translation>Busca offline as cidades, estados e províncias do Natural Earth. Escreva &quot;Nome, País&quot; ou &quot;Nome, Estado&quot; para restringir, &quot;Nome state&quot; para um estado com o mesmo nome de uma cidade.</translation>
    </message>
    <message>
        <source>%1, its outline</source>
        <translation>%1, o seu contorno</translation>
    </message>
    <message>
        <source>%1: no outline offline, %2 km around its centre</source>
        <translation>%1: sem contorno offline, %2 km em volta do seu centro</translation>
    </message>
    <message>
        <source>%1, %2 km around it</source>
        <translation>%1, %2 km em volta</translation>
    </message>
</context>
<context>
    <name>eoc::ui::PointBufferTool</name>
    <message>
        <source>Circle around a point</source>
        <translation>Círculo em volta de um ponto</translation>
    </message>
    <message>
        <source>Radius in km around %1, %2:</source>
        <translation>Raio em km em volta de %1, %2:</translation>
    </message>
</context>
<context>
    <name>eoc::ui::QueueSettingsPage</name>
    <message>
        <source>On this computer (its own download journal)</source>
        <translation>Neste computador (o seu próprio diário de downloads)</translation>
    </message>
    <message>
        <source>Shared by several machines (a PostgreSQL database)</source>
        <translation>Compartilhada por várias máquinas (um banco de dados PostgreSQL)</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DATABASE, without a password</source>
        <translation>postgresql://USUÁRIO@HOST:PORTA/BANCO, sem senha</translation>
    </message>
    <message>
        <source>kept in this computer&apos;s keychain; empty keeps the stored one</source>
        <translation>guardada no chaveiro deste computador; vazio mantém a guardada</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long a machine holds an item without a sign of life; an item whose machine stopped is taken over by another one after this</source>
        <translation>Quanto tempo uma máquina segura um item sem dar sinal de vida; o item de uma máquina que parou é assumido por outra depois disso</translation>
    </message>
    <message>
        <source>The queue is opened when the program starts: a change is used from the next start. Each machine keeps the password in its own keychain (or EOC_QUEUE_PASSWORD); the database holds no secret.</source>
        <translation>A fila é aberta quando o programa inicia: uma mudança vale a partir da próxima abertura. Cada máquina guarda a senha no próprio chaveiro (ou EOC_QUEUE_PASSWORD); o banco de dados não guarda segredo.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>Lease:</source>
        <translation>Concessão:</translation>
    </message>
    <message>
        <source>Only watch: this computer never downloads the queue&apos;s items</source>
        <translation>Só acompanhar: este computador nunca baixa os itens da fila</translation>
    </message>
    <message>
        <source>For a computer that follows workers running elsewhere: when no worker is running, the queue waits for one instead of downloading here</source>
        <translation>Para um computador que acompanha workers rodando em outro lugar: quando nenhum worker está rodando, a fila espera por um em vez de baixar aqui</translation>
    </message>
</context>
<context>
    <name>eoc::ui::QuicklookLayer</name>
    <message>
        <source>No quicklook for this scene.</source>
        <translation>Sem pré-visualização para esta cena.</translation>
    </message>
    <message>
        <source>Quicklook could not be fetched: %1</source>
        <translation>Não foi possível obter a pré-visualização: %1</translation>
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
        <translation>Um polígono precisa de pelo menos três pontos.</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ResultDetailsPanel</name>
    <message>
        <source>Result details</source>
        <translation>Detalhes do resultado</translation>
    </message>
    <message>
        <source>Select one result to see its details.</source>
        <translation>Selecione um resultado para ver seus detalhes.</translation>
    </message>
    <message>
        <source>No quicklook for this scene.</source>
        <translation>Sem pré-visualização para esta cena.</translation>
    </message>
    <message>
        <source>Fetching the quicklook...</source>
        <translation>Obtendo a pré-visualização...</translation>
    </message>
    <message>
        <source>Quicklook could not be fetched: %1</source>
        <translation>Não foi possível obter a pré-visualização: %1</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ResultsExporter</name>
    <message numerus="yes">
        <source>Export %n result(s)</source>
        <translation>
            <numerusform>Exportar %n resultado</numerusform>
            <numerusform>Exportar %n resultados</numerusform>
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
id no provedor: %2</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Data (UTC)</translation>
    </message>
    <message>
        <source>Cloud %</source>
        <translation>Nuvens %</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Coleção</translation>
    </message>
    <message>
        <source>Tile</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidade</translation>
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
        <translation>pacote</translation>
    </message>
    <message>
        <source>files</source>
        <translation>arquivos</translation>
    </message>
    <message>
        <source>%1. %2: %3, %4, collection %5, named %6</source>
        <translation>%1. %2: %3, %4, coleção %5, chamada %6</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arquivada</translation>
    </message>
    <message>
        <source>Downloads come from the first; the others are tried in turn if it fails.</source>
        <translation>Os downloads vêm da primeira; as outras são tentadas em seguida se ela falhar.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>No disco</translation>
    </message>
    <message>
        <source>✓ on disk</source>
        <translation>✓ no disco</translation>
    </message>
    <message>
        <source>⚠ damaged</source>
        <translation>⚠ danificado</translation>
    </message>
    <message>
        <source>On disk: %1</source>
        <translation>No disco: %1</translation>
    </message>
    <message>
        <source>Damaged copy: %1 (%2)</source>
        <translation>Cópia danificada: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ResultsView</name>
    <message numerus="yes">
        <source>%n selected, %1</source>
        <translation>
            <numerusform>%n selecionado, %1</numerusform>
            <numerusform>%n selecionados, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected, size unknown</source>
        <translation>
            <numerusform>%n selecionado, tamanho desconhecido</numerusform>
            <numerusform>%n selecionados, tamanho desconhecido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(size of %n unknown)</source>
        <translation>
            <numerusform>(tamanho de %n desconhecido)</numerusform>
            <numerusform>(tamanho de %n desconhecido)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by scene, tile or provider</source>
        <translation>Filtrar por cena, bloco ou provedor</translation>
    </message>
    <message>
        <source>Copy scene ids</source>
        <translation>Copiar ids das cenas</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n result(s)</source>
        <translation>
            <numerusform>%1 de %n resultado</numerusform>
            <numerusform>%1 de %n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <source>Show quicklook</source>
        <translation>Mostrar pré-visualização</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Enquadrar no mapa</translation>
    </message>
    <message>
        <source>Export selected...</source>
        <translation>Exportar selecionados...</translation>
    </message>
    <message>
        <source>Export all...</source>
        <translation>Exportar todos...</translation>
    </message>
    <message>
        <source>Choose assets...</source>
        <translation>Escolher assets...</translation>
    </message>
    <message>
        <source>Cloud cover:</source>
        <translation>Cobertura de nuvens:</translation>
    </message>
    <message>
        <source>Download from</source>
        <translation>Baixar de</translation>
    </message>
</context>
<context>
    <name>eoc::ui::SavedSearchesActions</name>
    <message>
        <source>Sa&amp;ve search...</source>
        <translation>Sal&amp;var busca...</translation>
    </message>
    <message>
        <source>Keep the region, provider, collection, dates and filters under a name</source>
        <translation>Guardar a região, o provedor, a coleção, as datas e os filtros com um nome</translation>
    </message>
    <message>
        <source>Saved searc&amp;hes...</source>
        <translation>B&amp;uscas salvas...</translation>
    </message>
    <message>
        <source>Run or delete a saved search (also: eo-collector-cli search --saved NAME)</source>
        <translation>Executar ou apagar uma busca salva (também: eo-collector-cli search --saved NOME)</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Salvar busca</translation>
    </message>
    <message>
        <source>Name of the search:</source>
        <translation>Nome da busca:</translation>
    </message>
</context>
<context>
    <name>eoc::ui::SavedSearchesDialog</name>
    <message>
        <source>Saved searches</source>
        <translation>Buscas salvas</translation>
    </message>
    <message>
        <source>Run one again, or delete it. The command line runs them too: eo-collector-cli search --saved NAME</source>
        <translation>Execute uma de novo, ou apague-a. A linha de comando também as executa: eo-collector-cli search --saved NOME</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Apagar</translation>
    </message>
</context>
<context>
    <name>eoc::ui::SearchController</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Cancel search</source>
        <translation>&amp;Cancelar busca</translation>
    </message>
    <message>
        <source>Search with these filters (Ctrl+Return)</source>
        <translation>Buscar com estes filtros (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Stop the running search</source>
        <translation>Parar a busca em andamento</translation>
    </message>
    <message>
        <source>No provider can search: none was found among the plug-ins.</source>
        <translation>Nenhum provedor pode buscar: nenhum foi encontrado entre os plug-ins.</translation>
    </message>
    <message>
        <source>Nothing found. Widen the dates or the region, or relax the cloud limit.</source>
        <translation>Nada encontrado. Amplie as datas ou a região, ou aumente o limite de nuvens.</translation>
    </message>
    <message numerus="yes">
        <source>Search cancelled; %n result(s) kept.</source>
        <translation>
            <numerusform>Busca cancelada; %n resultado mantido.</numerusform>
            <numerusform>Busca cancelada; %n resultados mantidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh collections</source>
        <translation>Atualizar coleções</translation>
    </message>
    <message>
        <source>Ask the service for its current list of collections</source>
        <translation>Pedir ao serviço a sua lista atual de coleções</translation>
    </message>
    <message>
        <source>Could not refresh the collections of %1: %2</source>
        <translation>Não foi possível atualizar as coleções de %1: %2</translation>
    </message>
    <message>
        <source>Fix the region, dates or filters and search again.</source>
        <translation>Corrija a região, as datas ou os filtros e busque de novo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not every provider answered; the results of the others are shown. %1</source>
        <translation>Nem todos os provedores responderam; os resultados dos outros são mostrados. %1</translation>
    </message>
</context>
<context>
    <name>eoc::ui::SearchPanel</name>
    <message numerus="yes">
        <source>%1 of %n result(s)</source>
        <translation>
            <numerusform>%1 de %n resultado</numerusform>
            <numerusform>%1 de %n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>First day of the search, inclusive (UTC)</source>
        <translation>Primeiro dia da busca, inclusive (UTC)</translation>
    </message>
    <message>
        <source>Last day of the search, inclusive (UTC)</source>
        <translation>Último dia da busca, inclusive (UTC)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>any, e.g. S2MSI2A</source>
        <translation>qualquer, p. ex. S2MSI2A</translation>
    </message>
    <message>
        <source>any, e.g. 23KLP or 220069</source>
        <translation>qualquer, p. ex. 23KLP ou 220069</translation>
    </message>
    <message>
        <source>MGRS tiles, WRS-2 path/row or MODIS tiles, separated by commas</source>
        <translation>Blocos MGRS, órbita/ponto WRS-2 ou blocos MODIS, separados por vírgulas</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation>Adicionar filtro</translation>
    </message>
    <message>
        <source>A provider-specific filter as key and value, e.g. sat:orbit_state = ascending</source>
        <translation>Um filtro específico do provedor como chave e valor, p. ex. sat:orbit_state = ascending</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Busca</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provedor:</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Coleção:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Cloud cover:</source>
        <translation>Cobertura de nuvens:</translation>
    </message>
    <message>
        <source>Product t&amp;ype:</source>
        <translation>&amp;Tipo de produto:</translation>
    </message>
    <message>
        <source>T&amp;ile:</source>
        <translation>&amp;Bloco:</translation>
    </message>
    <message>
        <source>Other filters:</source>
        <translation>Outros filtros:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>West longitude (degrees)</source>
        <translation>Longitude oeste (graus)</translation>
    </message>
    <message>
        <source>East longitude (degrees); smaller than west when the box crosses the antimeridian</source>
        <translation>Longitude leste (graus); menor que a oeste quando o retângulo cruza o antimeridiano</translation>
    </message>
    <message>
        <source>South latitude (degrees)</source>
        <translation>Latitude sul (graus)</translation>
    </message>
    <message>
        <source>North latitude (degrees)</source>
        <translation>Latitude norte (graus)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>W</source>
        <translation>O</translation>
    </message>
    <message>
        <source>E</source>
        <translation>L</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>No region: the whole globe is searched.</source>
        <translation>Sem região: a busca cobre o globo inteiro.</translation>
    </message>
    <message>
        <source>≤ %1%</source>
        <translation>≤ %1%</translation>
    </message>
    <message>
        <source>Not offered by this collection</source>
        <translation>Não oferecido por esta coleção</translation>
    </message>
    <message>
        <source>Largest cloud cover accepted</source>
        <translation>Maior cobertura de nuvens aceita</translation>
    </message>
    <message>
        <source>Box across the antimeridian.</source>
        <translation>Retângulo cruzando o antimeridiano.</translation>
    </message>
    <message>
        <source>Box.</source>
        <translation>Retângulo.</translation>
    </message>
    <message>
        <source>Fetching the collections from the service…</source>
        <translation>Buscando as coleções no serviço…</translation>
    </message>
    <message>
        <source>&lt;p&gt;The service searched. Some services need an account (Tools → Accounts) to download, and some also to search; the others can be tried at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O serviço em que se busca. Alguns serviços exigem uma conta (Ferramentas → Contas) para baixar, e alguns também para buscar; os outros podem ser usados de imediato.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The kind of product searched, such as Sentinel-2 Level-2A or Landsat Collection 2 Level-2. Filters the chosen collection does not offer are greyed out below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O tipo de produto buscado, como Sentinel-2 Nível 2A ou Landsat Collection 2 Nível 2. Os filtros que a coleção escolhida não oferece ficam desativados abaixo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scenes acquired from the first day to the last, both included, in UTC. Long periods over large regions give many results: narrow them to get the scenes you want first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cenas adquiridas do primeiro ao último dia, ambos incluídos, em UTC. Períodos longos sobre regiões grandes dão muitos resultados: reduza-os para ver primeiro as cenas que você quer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The largest share of the scene covered by clouds, as the provider estimated it. At the right end there is no limit; radar and other collections without a cloud estimate do not offer this filter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A maior parte da cena coberta por nuvens, segundo a estimativa do provedor. No extremo direito não há limite; radar e outras coleções sem estimativa de nuvens não oferecem este filtro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The provider&apos;s own product type, for example S2MSI2A (Sentinel-2 Level-2A) or GRD (Sentinel-1). Empty: every type of the collection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;O tipo de produto do próprio provedor, por exemplo S2MSI2A (Sentinel-2 Nível 2A) ou GRD (Sentinel-1). Vazio: todos os tipos da coleção.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Only scenes of these tiles: MGRS tiles for Sentinel-2 (23KLP), WRS-2 path and row for Landsat (220069) or MODIS tiles (h13v10). Separate several with commas.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Só cenas destes blocos: blocos MGRS do Sentinel-2 (23KLP), órbita e ponto WRS-2 do Landsat (220069) ou blocos MODIS (h13v10). Separe vários com vírgulas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Filters a provider offers beyond the ones above, as a name and a value, for example &lt;i&gt;path&lt;/i&gt; = &lt;i&gt;220&lt;/i&gt; and &lt;i&gt;row&lt;/i&gt; = &lt;i&gt;69&lt;/i&gt; on USGS. &lt;tt&gt;eo-collector-cli providers NAME&lt;/tt&gt; lists the filters of each collection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Filtros que um provedor oferece além dos de cima, como nome e valor, por exemplo &lt;i&gt;path&lt;/i&gt; = &lt;i&gt;220&lt;/i&gt; e &lt;i&gt;row&lt;/i&gt; = &lt;i&gt;69&lt;/i&gt; no USGS. &lt;tt&gt;eo-collector-cli providers NOME&lt;/tt&gt; lista os filtros de cada coleção.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The region as west, south, east and north edges in degrees (WGS 84). Typing here moves the box on the map, and drawing on the map fills these in. No region: the whole globe is searched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A região como limites oeste, sul, leste e norte em graus (WGS 84). Digitar aqui move o retângulo no mapa, e desenhar no mapa preenche estes campos. Sem região: a busca cobre o globo inteiro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name, concept id or keyword</source>
        <translation>Nome, concept id ou palavra-chave</translation>
    </message>
    <message>
        <source>Pick a collection or type a short name, SHORTNAME.VERSION or concept id; the refresh button searches the service&apos;s collections for the typed words</source>
        <translation>Escolha uma coleção ou digite um short name, SHORTNAME.VERSION ou concept id; o botão de atualizar busca as palavras digitadas nas coleções do serviço</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recentes</translation>
    </message>
    <message>
        <source>Set the dates to a range ending today</source>
        <translation>Definir as datas como um período que termina hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este ano</translation>
    </message>
    <message numerus="yes">
        <source>Polygon with %n corners (its bounds are shown).</source>
        <translation>
            <numerusform>Polígono com %n vértice (seus limites são mostrados).</numerusform>
            <numerusform>Polígono com %n vértices (seus limites são mostrados).</numerusform>
        </translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>A data final %1 é anterior à data inicial %2.</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&lt;p&gt;A city, state or province, found without a network among Natural Earth&apos;s places. Type a few letters, choose with the arrows and press Enter: a state whose outline is known becomes the region, anything else a circle of 25 km around it. Write &lt;i&gt;Name, Country&lt;/i&gt; or &lt;i&gt;Name, State&lt;/i&gt; to narrow the list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Uma cidade, estado ou província, encontrada sem rede entre os lugares do Natural Earth. Digite algumas letras, escolha com as setas e tecle Enter: um estado de contorno conhecido vira a região, qualquer outro lugar um círculo de 25 km em volta dele. Escreva &lt;i&gt;Nome, País&lt;/i&gt; ou &lt;i&gt;Nome, Estado&lt;/i&gt; para restringir a lista.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search other providers that carry this collection at the same time: each scene is listed once, with a badge per source, and a download falls back to the next source if the first one fails.</source>
        <translation>Buscar ao mesmo tempo em outros provedores que oferecem esta coleção: cada cena aparece uma vez, com um selo por fonte, e um download passa para a próxima fonte se a primeira falhar.</translation>
    </message>
    <message>
        <source>Also search:</source>
        <translation>Buscar também:</translation>
    </message>
    <message>
        <source>Every provider that carries %1</source>
        <translation>Todos os provedores que oferecem %1</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Só %1</translation>
    </message>
    <message>
        <source>No other provider</source>
        <translation>Nenhum outro provedor</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Also searched: %1</source>
        <translation>Também pesquisados: %1</translation>
    </message>
</context>
<context>
    <name>eoc::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endereços</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Pasta de saída:</translation>
    </message>
    <message>
        <source>Folder layout:</source>
        <translation>Organização das pastas:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>O novo idioma vale a partir da próxima abertura.</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>ilimitado</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <source>Parallel downloads per account; the provider allows %1.</source>
        <translation>Downloads simultâneos por conta; o provedor permite %1.</translation>
    </message>
    <message>
        <source>Bandwidth limit:</source>
        <translation>Limite de banda:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Connections per provider:</source>
        <translation>Conexões por provedor:</translation>
    </message>
    <message>
        <source>Show map tiles (off: the offline basemap only)</source>
        <translation>Mostrar blocos do mapa (desligado: só o mapa base offline)</translation>
    </message>
    <message>
        <source>An XYZ tile URL with {z}, {x} and {y}</source>
        <translation>Uma URL de blocos XYZ com {z}, {x} e {y}</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>no disk cache</source>
        <translation>sem cache em disco</translation>
    </message>
    <message>
        <source>Tile server:</source>
        <translation>Servidor de blocos:</translation>
    </message>
    <message>
        <source>Tile cache:</source>
        <translation>Cache de blocos:</translation>
    </message>
    <message>
        <source>Using the OpenStreetMap servers means following their &lt;a href=&quot;https://operations.osmfoundation.org/policies/tiles/&quot;&gt;tile usage policy&lt;/a&gt;.</source>
        <translation>Usar os servidores do OpenStreetMap implica seguir a sua &lt;a href=&quot;https://operations.osmfoundation.org/policies/tiles/&quot;&gt;política de uso de blocos&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>%1
Default: %2</source>
        <translation>%1
Padrão: %2</translation>
    </message>
    <message>
        <source>Reset selected to default</source>
        <translation>Restaurar o padrão nos selecionados</translation>
    </message>
    <message>
        <source>Flat: every file straight in the output folder</source>
        <translation>Simples: todos os arquivos direto na pasta de saída</translation>
    </message>
    <message>
        <source>One folder per scene</source>
        <translation>Uma pasta por cena</translation>
    </message>
    <message>
        <source>Brazil Data Cube collection folders</source>
        <translation>Pastas de coleção do Brazil Data Cube</translation>
    </message>
    <message>
        <source>Collection, version, tile or path/row and date folders, as the BDC collectors write them, e.g. S2_L1C/v001/21/L/ZG/2020/&lt;scene&gt;</source>
        <translation>Pastas de coleção, versão, bloco ou órbita/ponto e data, como os coletores do BDC as gravam, p. ex. S2_L1C/v001/21/L/ZG/2020/&lt;cena&gt;</translation>
    </message>
    <message>
        <source>1 makes the folder v001, 1.0 makes v1.0</source>
        <translation>1 gera a pasta v001, 1.0 gera v1.0</translation>
    </message>
    <message>
        <source>Collection version:</source>
        <translation>Versão da coleção:</translation>
    </message>
    <message>
        <source>system, none, or e.g. http://proxy.example.org:3128</source>
        <translation>system, none, ou p. ex. http://proxy.example.org:3128</translation>
    </message>
    <message>
        <source>Bandwidth schedule:</source>
        <translation>Agenda de banda:</translation>
    </message>
    <message>
        <source>In the order the providers were chosen</source>
        <translation>Na ordem em que os provedores foram escolhidos</translation>
    </message>
    <message>
        <source>Providers that need no account first</source>
        <translation>Primeiro os provedores que não exigem conta</translation>
    </message>
    <message>
        <source>Copies online now first</source>
        <translation>Primeiro as cópias disponíveis agora</translation>
    </message>
    <message>
        <source>The fastest provider so far first</source>
        <translation>Primeiro o provedor mais rápido até agora</translation>
    </message>
    <message>
        <source>By the throughput the download queue has measured for each provider</source>
        <translation>Pela vazão que a fila de downloads mediu para cada provedor</translation>
    </message>
    <message>
        <source>When every source of the same format fails, try another format (e.g. a SAFE zip instead of COG files)</source>
        <translation>Quando todas as fontes do mesmo formato falharem, tentar outro formato (por exemplo um SAFE zip em vez de arquivos COG)</translation>
    </message>
    <message>
        <source>Several sources:</source>
        <translation>Várias fontes:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Give the shared queue&apos;s database as postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>Informe o banco de dados da fila compartilhada como postgresql://USUÁRIO@HOST:PORTA/BANCO</translation>
    </message>
</context>
<context>
    <name>eoc::ui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>eoc::ui::ThumbnailCache</name>
    <message>
        <source>no network access in this window</source>
        <translation>sem acesso à rede nesta janela</translation>
    </message>
    <message numerus="yes">
        <source>the answer (%n byte(s)) is not an image this program can read</source>
        <translation>
            <numerusform>a resposta (%n byte) não é uma imagem que este programa consiga ler</numerusform>
            <numerusform>a resposta (%n bytes) não é uma imagem que este programa consiga ler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eoc::ui::WorkersModel</name>
    <message>
        <source>Running</source>
        <translation>Rodando</translation>
    </message>
    <message>
        <source>Stopped (last seen %1)</source>
        <translation>Parado (visto por último em %1)</translation>
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
        <translation>Máquina</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Itens</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Baixado</translation>
    </message>
</context>
<context>
    <name>eoc::ui::WorkersPanel</name>
    <message numerus="yes">
        <source>Workers of the shared queue: %n running, %1/s together</source>
        <translation>
            <numerusform>Workers da fila compartilhada: %n rodando, %1/s no total</numerusform>
            <numerusform>Workers da fila compartilhada: %n rodando, %1/s no total</numerusform>
        </translation>
    </message>
    <message>
        <source>(this computer only watches)</source>
        <translation>(este computador só acompanha)</translation>
    </message>
    <message>
        <source>(this computer only watches: the queue waits for a worker)</source>
        <translation>(este computador só acompanha: a fila espera por um worker)</translation>
    </message>
</context>
</TS>

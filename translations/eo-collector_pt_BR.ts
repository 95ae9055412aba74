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
        <source>The provider is gone</source>
        <translation>O provedor não existe mais</translation>
    </message>
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
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; não é uma URL http ou https</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no http or https link to download</source>
        <translation>&apos;%1&apos; não tem link http ou https para baixar</translation>
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
        <source>Metalink file &apos;%1&apos; has no http(s) URL</source>
        <translation>O arquivo &apos;%1&apos; do Metalink não tem URL http(s)</translation>
    </message>
    <message>
        <source>Metalink is not well-formed XML: %1 (line %2)</source>
        <translation>O Metalink não é XML bem formado: %1 (linha %2)</translation>
    </message>
    <message>
        <source>The Metalink lists no files</source>
        <translation>O Metalink não lista nenhum arquivo</translation>
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
        <source>No file manager could be started to show the folder. The files are in:
%1</source>
        <translation>Não foi possível abrir um gerenciador de arquivos para mostrar a pasta. Os arquivos estão em:
%1</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar caminho</translation>
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
</TS>

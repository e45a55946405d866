# Hand-written evaluation mails: Italian, level 3 (experts / developers).
LANG = "it"
LEVEL = 3
MAILS = [
("integrations", "API REST: date restituite con fuso orario sbagliato",
r"""Buongiorno,

l'API REST di Papyra Server 7.2.0 restituisce i campi data dei documenti con un'ora di differenza durante l'ora legale:

GET /api/v2/documents/88412
{"id":88412,"invoiceDate":"2024-03-30T23:00:00Z", ...}

In Papyra Desktop la data fattura è 31.03.2024. Per le date in inverno il valore è corretto. Sembra che la conversione in UTC usi l'offset sbagliato per i campi di tipo "data" (senza ora). Il nostro ERP registra quindi le fatture al giorno prima, con problemi di chiusura mensile.

Cordiali saluti
Michele Lucchini
Sviluppo software, Lucchini Informatica SA"""),

("integrations", "Script: l'evento OnExport non riceve i campi personalizzati",
r"""Buongiorno,

nell'evento OnExport dello script i campi personalizzati del documento sono sempre vuoti, mentre in OnValidate sono valorizzati:

function OnExport(doc, target) {
    Log.Write("Commessa: " + doc.Fields["Commessa"]);   // -> "Commessa: "
}

Stesso documento, stesso script. Il problema è apparso con la 7.1.0; nella 6.2 funzionava. Ci serve per passare la commessa al gestionale.

Grazie,
Federico Sala"""),

("integrations", "Regola di smistamento ignora condizione OR",
r"""Buongiorno,

abbiamo una regola di smistamento con condizione:

(Fornitore contiene "Swisscom" OR Fornitore contiene "Sunrise") AND Importo < 500

Le fatture Sunrise sotto i 500 CHF non vengono mai smistate, quelle Swisscom sì. Se inverto l'ordine (Sunrise prima), funzionano solo le Sunrise. Sembra che l'OR valuti solo il primo termine. Papyra Desktop 7.2.0.

Saluti
Cinzia Realini"""),

("integrations", "API: PATCH sovrascrive tutti i campi",
r"""Buongiorno,

secondo la documentazione, PATCH /api/v2/documents/{id} dovrebbe aggiornare solo i campi inviati. In realtà, se inviamo solo {"fields":{"Stato":"Pagato"}}, tutti gli altri campi personalizzati del documento vengono svuotati. Abbiamo perso così i dati di circa 600 documenti prima di accorgercene (fortunatamente abbiamo un backup di ieri).

Esempio per riprodurre:

curl -X PATCH https://papyra.interno/api/v2/documents/40112 \
  -H "Authorization: Bearer ..." -H "Content-Type: application/json" \
  -d '{"fields":{"Stato":"Pagato"}}'

Prima: {"id":40112,"fields":{"Fornitore":"Elettro Ticino SA","Numero":"F-2024-118","Importo":"1840.00","Stato":"Aperto"}}
Dopo:  {"id":40112,"fields":{"Fornitore":null,"Numero":null,"Importo":null,"Stato":"Pagato"}}

Abbiamo controllato la nostra libreria client: invia esattamente il JSON sopra, niente di più. Con PUT il comportamento sarebbe comprensibile, ma con PATCH no. Nella documentazione dell'API (sezione "Aggiornamento parziale") l'esempio è identico al nostro.

Nel frattempo abbiamo sospeso la sincronizzazione con il gestionale, ma i nostri contabili ora devono segnare i pagamenti a mano in Papyra. Ci servirebbe sapere:
1. se è un errore noto e quando è prevista una correzione;
2. se esiste un modo sicuro per aggiornare un solo campo nel frattempo (ad es. inviando tutti i campi);
3. come ripristinare i metadati dei 600 documenti dal backup senza sovrascrivere i documenti nuovi.

Papyra Server 7.1.2. Potete verificare con urgenza?

Cordiali saluti
Tommaso Brughelli"""),

("integrations", "Motore di script: crash con espressione regolare",
r"""Buongiorno,

uno script che usa un'espressione regolare su testi OCR lunghi provoca il blocco e poi il crash di Papyra:

Papyra.Scripting.ScriptException: Script timeout exceeded (30000 ms)
   at Papyra.Scripting.Engine.JsContext.Evaluate(String code)
 ---> System.Text.RegularExpressions.RegexMatchTimeoutException
   at Papyra.Scripting.Objects.TextObject.Match(String pattern)

Dopo questo errore Papyra Desktop non risponde più e va chiuso dal Task Manager. Capisco che la regex possa essere lenta, ma il timeout dovrebbe interrompere solo lo script, non bloccare l'applicazione.

Versione 7.1.2

Grazie,
Jacopo Mariotta"""),

("integrations", "Webhook non inviati dopo riavvio del servizio",
r"""Buongiorno,

dopo ogni riavvio del servizio Papyra Server, i webhook configurati non vengono più inviati finché non si apre e si salva la configurazione dei webhook nella console. Nel log non compare nessun errore, semplicemente nessuna chiamata. Ce ne siamo accorti perché il nostro sistema di workflow non riceveva più i documenti dopo gli aggiornamenti Windows notturni.

Papyra Server 7.2.0

Saluti,
Raffaele Biondi"""),

("integrations", "Esportazione XML: caratteri non validi rompono il file",
r"""Buongiorno,

quando il testo OCR di un documento contiene caratteri di controllo (ad es. \x0C, form feed), l'esportazione XML generica produce un file non valido:

System.Xml.XmlException: '\x0C', hexadecimal value 0x0C, is an invalid character. Line 1842, position 57.

Il file viene comunque scritto (troncato) e Papyra segna il documento come "esportato". Il nostro sistema a valle scarta l'intero lotto. Il problema è che l'export non fa l'escape o la rimozione dei caratteri non permessi in XML 1.0.

Versione 7.1.2

Cordiali saluti
Sandro Bettini"""),

("database_storage", "Documenti con pagine di altri documenti",
r"""Buongiorno,

abbiamo scoperto che alcuni documenti nel nostro archivio contengono pagine di altri documenti: ad esempio la fattura 2024-0877 ha come seconda pagina una pagina di un contratto di lavoro. È successo con documenti scansionati contemporaneamente da due postazioni. Per noi è un problema serio di riservatezza e di integrità dell'archivio.

Papyra Server 7.1.2, archivio su SQL Server 2019.

Chiediamo un'analisi urgente.
Barbara Cereghetti
Responsabile amministrazione"""),

("database_storage", "Ripristino fallito: archivio inconsistente",
r"""Buongiorno,

dopo il ripristino di un backup su un nuovo server, la verifica di integrità segnala:

ERROR Document 14022: checksum mismatch (expected 9f2c..., actual 00000000...)
ERROR Document 14023: checksum mismatch (expected 11ab..., actual 00000000...)
... 4 311 errori

I file nel deposito documenti hanno la dimensione corretta ma aprendoli sono vuoti/illeggibili. Il backup era stato fatto con la funzione di backup di Papyra 7.0.1. Temiamo che i backup siano inutilizzabili da mesi.

Potete aiutarci a capire cosa è successo?

Grazie,
Marcello Bozzini"""),

("database_storage", "Perdita dei metadati dopo aggiornamento",
r"""Buongiorno,

dopo l'aggiornamento a 7.2.0 tutti i documenti dell'archivio "Personale" hanno perso i campi "Dipendente" e "Data di assunzione" (vuoti). Gli altri archivi sono a posto. Nella banca dati, la tabella dei campi personalizzati sembra contenere ancora i valori ma con un FieldId diverso da quello definito nel tipo di documento.

Cordiali saluti
Raffaella Guidotti"""),

("database_storage", "SQLite bloccato: database is locked",
r"""Buongiorno,

da quando usiamo Papyra Desktop monoposto con l'archivio su una cartella sincronizzata OneDrive (lo so, forse non è una buona idea), riceviamo spesso:

Microsoft.Data.Sqlite.SqliteException (0x80004005): SQLite Error 5: 'database is locked'.
   at Papyra.Data.Sqlite.SqliteArchive.ExecuteWithRetry(Action action)
   at Papyra.Desktop.Filing.FileCommand.Execute()

e ora mancano alcuni documenti archiviati ieri, anche se Papyra aveva confermato il salvataggio. Come recuperarli?

Saluti,
Gianluca Pini"""),

("database_storage", "Cestino svuotato cancella documenti non selezionati",
r"""Buongiorno,

un collaboratore ha svuotato il cestino con 12 documenti. Dopo l'operazione, dall'archivio sono spariti circa 90 documenti che non erano nel cestino, tutti dello stesso fornitore. Il registro di audit mostra "Purge: 102 documents". Sembra che l'eliminazione definitiva abbia colpito documenti collegati (stesso fornitore?).

Abbiamo urgente bisogno di capire e, se possibile, recuperare i documenti.

Papyra Server 7.1.0

Cordialmente,
Nadia Casanova"""),

("database_storage", "Indice full-text corrotto dopo crash",
r"""Buongiorno,

dopo un'interruzione di corrente la ricerca full-text restituisce l'errore:

Papyra.Search.IndexException: Index segment _4f2.cfs is corrupt (checksum failed)
   at Papyra.Search.Lucene.IndexReaderFactory.Open(String path)
   at Papyra.Server.Search.SearchService.Query(SearchRequest req)

La funzione "Ricostruisci indice" parte ma si ferma al 37% con lo stesso errore. La ricerca per campi funziona.

Papyra Server 7.2.0

Saluti
Giacomo Ferrazzini"""),

("documents_recognition", "Crash durante il riconoscimento di fatture con tabelle",
r"""Buongiorno,

Papyra Desktop 7.2.0 va in crash quando riconosce fatture con tabelle di molte righe (oltre ~60 posizioni):

System.StackOverflowException
   at Papyra.Recognition.Tables.CellMerger.MergeRecursive(Cell cell, Int32 depth)
   at Papyra.Recognition.Tables.CellMerger.MergeRecursive(Cell cell, Int32 depth)
   at Papyra.Recognition.Tables.CellMerger.MergeRecursive(Cell cell, Int32 depth)
   [...]

Il programma si chiude senza messaggio; la traccia l'abbiamo trovata nel registro eventi. Possiamo fornire un esempio di fattura.

Grazie
Alessio Fumasoli"""),

("documents_recognition", "Regressione: IVA 8.1% riconosciuta come 81%",
r"""Buongiorno,

dalla versione 7.1.2, su alcune fatture il tasso IVA "8,1%" viene riconosciuto come 81% e il calcolo dell'imponibile va completamente fuori. Sulla 7.0.1 le stesse fatture erano corrette. Succede solo quando la virgola è stampata in un font molto piccolo, ma prima funzionava. Ci sono già stati pagamenti errati.

Potete verificare il parser dei tassi IVA?

Saluti
Daria Maspoli"""),

("documents_recognition", "Codice QR della fattura letto due volte",
r"""Buongiorno,

quando la fattura QR è su due pagine con la ricevuta ripetuta (alcuni fornitori stampano il codice due volte), Papyra crea due pagamenti identici nell'esportazione verso la banca. Abbiamo pagato due volte tre fatture. Nella 6.2 ne veniva creato solo uno. Ci sembra un bug nella deduplicazione del codice QR.

Papyra Desktop 7.1.2

Cordiali saluti
Luisa Terzi"""),

("documents_recognition", "Crash con PDF protetti da password",
r"""Buongiorno,

alcuni fornitori ci mandano PDF protetti da password (solo protezione modifica, si aprono senza password). L'importazione provoca un crash:

Papyra.Pdf.PdfException: Unexpected token at offset 0x1A3F2 in encrypted stream
   at Papyra.Pdf.Parser.ObjectReader.ReadStream(PdfDictionary dict)
   at Papyra.Pdf.PdfDocument.LoadPages()
   at Papyra.Capture.ImportPipeline.Process(ImportItem item)

Dopo il crash, la cartella di importazione resta bloccata e gli altri file non vengono importati.

Versione 7.2.0.
Grazie,
Paolo Mombelli"""),

("installation_updates", "Aggiornamento: crash con traccia in fase di migrazione",
r"""Buongiorno,

l'aggiornamento di Papyra Server da 6.2.3 a 7.2.0 si blocca con:

Papyra.Setup.MigrationException: Step 'M0700_SplitDocumentStore' failed
 ---> System.IO.PathTooLongException: The specified path, file name, or both are too long.
   at System.IO.Path.GetFullPath(String path)
   at Papyra.Setup.Migrations.M0700_SplitDocumentStore.MoveFile(String src, String dst)

Il deposito documenti è su \\nas01\archivio\papyra\documenti\... e alcuni percorsi sono lunghi. Ora il server è in stato inconsistente: metà dei file è nella nuova struttura, metà nella vecchia. Ci serve supporto dagli sviluppatori.

Saluti,
Daniele Pestoni"""),

("installation_updates", "Crash all'avvio dopo aggiornamento su sistemi in italiano",
r"""Buongiorno,

dopo l'aggiornamento a 7.2.0 Papyra Desktop va in crash all'avvio solo sui PC con Windows in italiano:

System.Globalization.CultureNotFoundException: Culture is not supported. Parameter name: name
it-CH-x-papyra is an invalid culture identifier.
   at System.Globalization.CultureInfo..ctor(String name)
   at Papyra.Desktop.Localization.LanguageManager.Load()

Sui PC in tedesco funziona. Abbiamo 9 postazioni ferme.

Urgente
Marzio Lafranchi"""),

("installation_updates", "Installer del client: crash su .NET 8",
r"""Buongiorno,

sui nuovi PC con solo .NET 8 (senza .NET Framework 4.8 attivato) l'installer di Papyra Desktop 7.2.0 va in crash invece di mostrare un messaggio:

Faulting application name: PapyraSetup.exe
Exception code: 0xe0434352
.NET Runtime: System.IO.FileNotFoundException: Could not load file or assembly 'System.Windows.Forms, Version=4.0.0.0'

Preferiremmo un messaggio chiaro o l'installazione automatica del prerequisito.

Saluti
Tiziana Buletti"""),

("account_access", "Utente vede documenti di un altro mandante",
r"""Buongiorno,

siamo una fiduciaria e usiamo Papyra Server con un archivio separato per ogni mandante. Un collaboratore che ha accesso solo ai mandanti A e B, usando la funzione "Documenti recenti", vede anche documenti del mandante C aperti da altri colleghi. Può anche aprirli. È una violazione del segreto professionale.

Papyra Server 7.1.2. Abbiamo disattivato la funzione "Documenti recenti" nel frattempo. Chiediamo un'analisi e una correzione urgente.

Avv. Roberto Pellegrini
Pellegrini & Associati"""),

("account_access", "Login con Entra ID fallisce per utenti guest",
r"""Buongiorno,

abbiamo configurato l'accesso a Papyra Server 7.2.0 con Microsoft Entra ID (OIDC). Gli utenti interni funzionano. Gli utenti guest (B2B, il nostro revisore esterno) ottengono:

Papyra.Auth.OidcException: Claim 'upn' not found in id_token
   at Papyra.Auth.Oidc.ClaimsMapper.MapUser(JwtSecurityToken token)
   at Papyra.Server.Auth.LoginController.Callback(String code, String state)

Gli utenti guest non hanno il claim upn, ma hanno email e preferred_username. Il mapping non sembra configurabile.

Saluti,
Enea Cavalli"""),

("security_network", "Server accetta connessioni TLS 1.0 nonostante configurazione",
r"""Buongiorno,

nella configurazione di Papyra Server 7.2.0 abbiamo impostato MinTlsVersion=1.2. Uno scanner di vulnerabilità (Nessus) rileva però che la porta 8443 accetta ancora TLS 1.0 e 1.1. Verificato anche con:

openssl s_client -connect papyra01:8443 -tls1
-> handshake riuscito

Sembra che il parametro non venga applicato. Ci serve una correzione per l'audit ISO 27001.

Cordiali saluti
Giovanni Vassalli
Sicurezza informatica"""),

("licensing_billing", "Licenze flottanti non rilasciate dopo crash del client",
r"""Buongiorno,

quando Papyra Desktop va in crash o il PC viene spento bruscamente, la licenza flottante resta occupata per sempre (non solo per il timeout di 15 minuti indicato nella documentazione). Dopo alcuni giorni esauriamo le licenze. Nel log del server di licenze:

WARN Heartbeat timeout for lease 9ac1..., scheduling release
ERROR Release job failed: System.InvalidOperationException: Collection was modified; enumeration operation may not execute.

Versione 7.1.2. Dobbiamo riavviare il servizio ogni giorno.

Grazie
Fabio Calderari"""),

("database_storage", "Migrazione a PostgreSQL: caratteri accentati corrotti",
r"""Buongiorno,

abbiamo migrato l'archivio da SQLite a PostgreSQL con lo strumento di migrazione di Papyra 7.2.0. Dopo la migrazione tutti i caratteri accentati nei metadati sono corrotti ("Societ├á" invece di "Società"). Il database PostgreSQL è in UTF8. Nel vecchio archivio SQLite erano corretti. Ora abbiamo 60 000 documenti con metadati errati e gli utenti lavorano già sul nuovo archivio da due giorni.

Come possiamo correggere senza perdere i nuovi documenti?

Cordiali saluti
Fausto Jelmini"""),
]

# Hand-written evaluation mails: Italian, level 2 (second-line technical support).
LANG = "it"
LEVEL = 2
MAILS = [
("installation_updates", "Installazione interrotta: errore 1722",
r"""Buongiorno,

l'installazione di Papyra Desktop 7.2.0 su un PC con Windows 11 Pro si interrompe con:

"Errore 1722. Si è verificato un problema con il pacchetto Windows Installer. Un programma eseguito come parte dell'installazione non è terminato come previsto."

Ho provato come amministratore e dopo un riavvio. Sugli altri PC nessun problema. Potete richiamarmi per una sessione remota?

Cordiali saluti
Igor Balestra
Balestra Consulenze, Mendrisio
091 555 33 21"""),

("installation_updates", "Aggiornamento server fallito: database bloccato",
r"""Buongiorno,

durante l'aggiornamento di Papyra Server da 7.0.1 a 7.1.2 l'installazione si è fermata con il messaggio:

"Impossibile aggiornare lo schema del database: il database è in uso da un altro processo."

Tutti i client erano chiusi. Sul server gira anche il nostro backup Veeam di notte, ma l'aggiornamento l'ho fatto alle 18. Ora il server non parte e chiede di completare l'aggiornamento. Come procedo?

Urgente, grazie
Daniele Sciarini"""),

("installation_updates", "Migrazione su nuovo PC: licenza e impostazioni",
r"""Buongiorno,

abbiamo spostato Papyra Desktop (monoposto) su un nuovo PC seguendo la guida. I documenti ci sono, ma tutte le impostazioni di scansione, i tipi di documento personalizzati e le regole di esportazione sono spariti. Sul vecchio PC c'erano. Dove sono salvate queste configurazioni e come le trasferiamo?

Grazie
Federica Cavadini"""),

("installation_updates", "Aggiornamento automatico non parte",
r"""Buongiorno,

Papyra Desktop 7.1.0 mostra la notifica "È disponibile un aggiornamento", ma cliccando su "Installa ora" non succede nulla. Nel registro eventi di Windows trovo: "PapyraUpdater.exe - Il sistema non riesce a trovare il file specificato". Stessa situazione su tutti e 4 i PC.

Come possiamo aggiornare?

Saluti,
Omar Fumagalli"""),

("installation_updates", "Errore certificato durante l'installazione del server",
r"""Buongiorno,

installando Papyra Server 7.2.0, nel passaggio "Configurazione HTTPS" ricevo: "Il certificato selezionato non contiene una chiave privata utilizzabile". Il certificato è stato importato da un file .pfx con chiave privata, e IIS lo usa senza problemi. Windows Server 2022.

Potete aiutarmi?

Cordialmente
Luca Bernasconi, sistemista"""),

("security_network", "Kaspersky blocca l'OCR",
r"""Buongiorno,

da ieri Kaspersky Endpoint Security segnala "PDM:Trojan.Win32.Generic" su PapyraOCR.exe e blocca il processo. Di conseguenza nessun documento viene riconosciuto. Il file è quello originale dell'installazione 7.1.2. Potete confermare che si tratta di un falso positivo e dirci quali esclusioni configurare?

Grazie
Giorgio Bassi
IT - Bassi Logistica SA"""),

("security_network", "Proxy aziendale: Papyra non si attiva",
r"""Buongiorno,

nella nostra rete tutti gli accessi a internet passano da un proxy (Bluecoat) con autenticazione Kerberos. L'attivazione della licenza di Papyra fallisce con "Errore di rete: 407 Proxy Authentication Required". Nei parametri di Papyra ho inserito l'indirizzo del proxy, ma non c'è un campo per utente/password. Come si configura?

Cordiali saluti
Paola Gamboni"""),

("security_network", "Firewall Windows blocca la scansione di rete",
r"""Buongiorno,

abbiamo attivato sul PC di scansione il profilo firewall "Pubblico" per errore e da allora Papyra non trova più lo scanner di rete (Epson DS-790WN). Abbiamo rimesso il profilo "Dominio" ma il problema persiste. Con il firewall disattivato funziona. Quali regole servono esattamente?

Grazie
Mattia Ghiggia"""),

("security_network", "Certificato scaduto sul server Papyra",
r"""Buongiorno,

questa mattina tutti i client mostrano "Il certificato del server è scaduto" e non si collegano più. In effetti il certificato autofirmato generato durante l'installazione è scaduto ieri. Come si rinnova? Non trovo l'opzione nella console del server.

Urgente, grazie
Rocco Manzoni
Manzoni Edilizia"""),

("security_network", "Windows Defender: Controllo applicazioni blocca plugin",
r"""Buongiorno,

il nostro reparto IT ha attivato Windows Defender Application Control (WDAC). Da allora Papyra parte, ma i plugin di esportazione (Abacus, Bexio) non si caricano: "Impossibile caricare Papyra.Export.Abacus.dll: l'applicazione di criteri ha bloccato questo file". Quali file/firme dobbiamo autorizzare?

Cordiali saluti
Stefania Maggini"""),

("documents_recognition", "Scanner Canon non rilevato dopo aggiornamento Windows",
r"""Buongiorno,

dopo l'ultimo aggiornamento di Windows 11, Papyra non trova più il nostro scanner Canon imageFORMULA DR-C230. In Windows appare nel Gestione dispositivi, e CaptureOnTouch funziona. In Papyra la lista dei dispositivi è vuota (TWAIN). Abbiamo reinstallato il driver.

Potete collegarvi da remoto?

Grazie,
Veronica Pozzi"""),

("documents_recognition", "Numero fattura letto in modo sbagliato",
r"""Buongiorno,

per le fatture del fornitore Elettro Ticino SA, Papyra riconosce come numero di fattura il numero cliente (che si trova sopra). Abbiamo provato a correggere manualmente più volte sperando che "impari", ma continua. Ci aiutate a configurare correttamente il riconoscimento per questo fornitore?

Cordialmente,
Angela Vitali"""),

("documents_recognition", "Fatture QR: importo non letto se c'è 'CHF' davanti",
r"""Buongiorno,

nelle fatture QR di alcuni fornitori l'importo non viene letto dal codice QR (il campo resta vuoto), mentre IBAN e riferimento sono corretti. Sembra succedere quando la sezione pagamento è stampata su un foglio separato. Versione 7.1.2. Posso mandarvi degli esempi?

Saluti
Gabriele Fontana"""),

("documents_recognition", "Nuovo tipo di documento: bolle doganali",
r"""Buongiorno,

vorremmo archiviare automaticamente le dichiarazioni doganali (e-dec / Passar) con estrazione del numero di dichiarazione e della data. Abbiamo provato a creare il tipo di documento, ma il numero non viene trovato in modo affidabile. Ci serve l'aiuto di un tecnico per la configurazione.

Grazie
Dario Tettamanti
Spedizioni Tettamanti SA, Chiasso"""),

("documents_recognition", "Pagine separate in modo errato con i codici a barre",
r"""Buongiorno,

usiamo fogli separatori con codice a barre. Da qualche settimana Papyra separa i documenti anche in punti dove non c'è nessun separatore, ad esempio su pagine con un codice a barre del fornitore (es. numero di spedizione). Si può limitare la separazione solo ai nostri codici (che iniziano con "SEP")?

Grazie,
Pamela Rossi"""),

("integrations", "Esportazione Abacus: centri di costo mancanti",
r"""Buongiorno,

quando esportiamo le fatture verso Abacus, il centro di costo che inseriamo in Papyra non arriva in Abacus (campo vuoto). Il resto (conto, importo, IVA) è corretto. Papyra Desktop 7.1.2, Abacus 2024. Il profilo di esportazione mostra il campo "Centro di costo" mappato su "KST1".

Potete verificare la configurazione con noi?

Cordiali saluti
Fulvio Guerra"""),

("integrations", "Esportazione verso TeamSystem: formato CSV non accettato",
r"""Buongiorno,

il nostro commercialista usa TeamSystem e ci ha chiesto un CSV con un tracciato preciso (che allego). Abbiamo creato un profilo CSV personalizzato in Papyra, ma TeamSystem lo rifiuta ("riga 1: numero di colonne errato"). Forse il problema sono le virgolette o il fine riga. Potete aiutarci a configurare il profilo?

Grazie
Antonella Ricci
Ricci Alimentari Srl, Bergamo"""),

("integrations", "Bexio: errore 401 durante l'esportazione",
r"""Buongiorno,

da stamattina ogni esportazione verso Bexio fallisce con "Bexio API: 401 Unauthorized". Abbiamo provato a riconnettere l'account Bexio nelle impostazioni di Papyra ma la finestra di login Bexio si chiude subito senza errori. Nessun cambiamento da parte nostra.

Saluti
Pietro Canepa"""),

("integrations", "Importazione dati fornitori da file Excel",
r"""Buongiorno,

abbiamo provato a importare la lista fornitori (circa 800 righe) da un file CSV esportato da Excel. L'importazione si ferma alla riga 312 con "Formato non valido" senza altri dettagli. Sulla riga 312 c'è un fornitore con una virgola nel nome ("Rossi, Bianchi & Co."). Come possiamo importare correttamente?

Grazie
Loris Beffa"""),

("integrations", "SAP Business One: duplicati fornitori",
r"""Buongiorno,

l'integrazione con SAP Business One crea un nuovo partner commerciale per ogni fattura invece di usare quello esistente, quando il fornitore ha la partita IVA scritta con spazi o punti (es. "CHE-123.456.789" vs "CHE123456789"). Ora abbiamo decine di doppioni in SAP. Si può configurare una normalizzazione?

Cordiali saluti
Marina Delcò"""),

("database_storage", "Papyra molto lento dopo lo spostamento dell'archivio",
r"""Buongiorno,

abbiamo spostato l'archivio documenti da un disco locale a un nuovo disco più grande (sempre locale, SSD). Da allora l'apertura dei documenti e le ricerche sono 5-10 volte più lente. CPU e disco del server non sono sotto sforzo. Sembra che Papyra faccia qualcosa in background. Potete analizzare?

Saluti,
Nicolò Tamò"""),

("database_storage", "Backup programmato non viene eseguito",
r"""Buongiorno,

il backup programmato di Papyra Server (ogni notte alle 23:00) non viene più eseguito da 10 giorni. Nella console appare "Prossima esecuzione: --" e nel registro: "Scheduler: job 'Backup notturno' disabled due to previous failures". Il disco di destinazione è di nuovo disponibile. Come lo riattiviamo in modo affidabile?

Grazie,
Ruben Solari"""),

("database_storage", "Collegamento a PostgreSQL dopo cambio password",
r"""Buongiorno,

il nostro DBA ha cambiato la password dell'utente PostgreSQL usato da Papyra (per policy). Adesso il servizio Papyra Server non parte: "password authentication failed for user papyra". Ho cercato di cambiare la password nel file di configurazione ma è cifrata. Come si aggiorna?

Cordialmente
Aldo Ferrini"""),

("account_access", "Utenti con autorizzazioni sbagliate dopo importazione AD",
r"""Buongiorno,

abbiamo importato gli utenti da Active Directory e assegnato i gruppi. Alcuni utenti del gruppo "Contabilità" non vedono l'archivio "Fornitori", anche se il gruppo ha i diritti di lettura. Altri utenti dello stesso gruppo lo vedono. Forse dipende dai gruppi annidati in AD? Ci serve aiuto per capire la configurazione.

Grazie,
Sonia Quattropani"""),

("licensing_billing", "Attivazione licenza: 'hardware cambiato'",
r"""Buongiorno,

dopo aver sostituito la scheda di rete del server, Papyra Server dice "La licenza non è valida per questo hardware (codice L-114)" e i client non si connettono più. Il servizio tecnico ci ha detto che bisogna riattivare, ma la riattivazione online fallisce con lo stesso codice. Potete aiutarci?

Saluti urgenti
Enrico Taddei"""),
]

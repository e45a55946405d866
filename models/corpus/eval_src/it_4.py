# Hand-written evaluation mails: Italian, level 4 (external vendors / infrastructure).
LANG = "it"
LEVEL = 4
MAILS = [
("third_party_infrastructure", "Synology: cartella condivisa sparita",
r"""Buongiorno,

dopo il riavvio del nostro Synology DS723+ (aggiornamento DSM automatico), la cartella condivisa "papyra" non appare più e Papyra Server segnala "Percorso del deposito documenti non raggiungibile". Nel pannello DSM il volume risulta "Danneggiato". Il NAS è coperto dal contratto di assistenza tramite voi.

Vi chiediamo di contattare subito Synology, siamo fermi.

Cordiali saluti
Alberto Righetti
Righetti Architetti Sagl"""),

("third_party_infrastructure", "Citrix: stampa separatori non funziona",
r"""Buongiorno,

nel nostro ambiente Citrix (Virtual Apps 2311 su Windows Server 2022), la stampa dei fogli separatori da Papyra sulla stampante di rete HP va in errore "Driver non disponibile". Sui PC locali funziona. Il nostro partner Citrix dice che il driver deve essere installato sul server, ma noi non abbiamo accesso. Potete coordinare con il partner?

Grazie
Lorena Gianella"""),

("third_party_infrastructure", "Ricoh: scansione in cartella con credenziali scadute",
r"""Buongiorno,

il nostro multifunzione Ricoh IM C4500 deposita le scansioni nella cartella monitorata da Papyra. Da lunedì sul display compare "Errore di autenticazione" quando si invia alla destinazione "Papyra". Probabilmente è scaduta la password dell'account di scansione configurato nella rubrica del Ricoh. La configurazione è gestita dal tecnico Ricoh tramite il vostro contratto.

Potete richiedere l'intervento?

Saluti
Gabriella Ostini"""),

("third_party_infrastructure", "VMware: datastore pieno, server Papyra sospeso",
r"""Buongiorno,

la VM di Papyra Server è stata sospesa da VMware ("There is no more space for virtual disk papyra01_1.vmdk"). Il datastore è al 100% a causa di vecchi snapshot. Non abbiamo accesso a vCenter, gestito dal fornitore. Urgentissimo: nessuno può lavorare.

Enrico Bassetti
Tel. 091 555 70 12"""),

("third_party_infrastructure", "Brother: scanner di rete non invia a Papyra dopo cambio router",
r"""Buongiorno,

abbiamo cambiato il router (nuovo indirizzo di rete 192.168.10.x invece di 192.168.1.x). Il Brother MFC-L3770CDW ha ancora l'IP vecchio fisso e non si riesce a modificare dal pannello (password admin sconosciuta). Non invia più le scansioni alla cartella di Papyra. Il Brother è sotto contratto tramite voi.

Potete mandare un tecnico?

Grazie
Giuseppe Lurati"""),

("third_party_infrastructure", "RDS: sessione si blocca con lo scanner",
r"""Buongiorno,

sul nostro server terminal (Microsoft RDS, Windows Server 2019), quando un utente apre la finestra di scansione in Papyra la sessione rimane bloccata per alcuni minuti. Utilizziamo il reindirizzamento TWAIN "RemoteScan". Su un PC locale nessun problema. Il supporto di RemoteScan ci rimanda al fornitore dell'infrastruttura (voi).

Cordiali saluti
Claudio Moretti"""),

("third_party_infrastructure", "Aggiornamento Windows Server: servizio SMB non parte",
r"""Buongiorno,

dopo gli aggiornamenti cumulativi di questo mese, sul nostro file server Windows Server 2016 il servizio "Server" (LanmanServer) non si avvia più (errore 1068). Il deposito documenti di Papyra si trova lì, quindi nessuno può aprire i documenti. La disinstallazione dell'aggiornamento fallisce.

Avete un contratto con Microsoft: potete aprire un caso?

Saluti
Vittorio Cavadini"""),

("third_party_infrastructure", "Kyocera: file scansionati con nome duplicato",
r"""Buongiorno,

il Kyocera ECOSYS M6635cidn nomina i file scansionati "doc00001.pdf" ricominciando da 1 ogni volta che viene riacceso, sovrascrivendo i file non ancora importati da Papyra. Nell'interfaccia web del Kyocera non troviamo l'opzione per aggiungere data/ora al nome del file (forse serve un firmware più recente). Potete contattare Kyocera?

Grazie
Rosanna Pagani"""),

("third_party_infrastructure", "QNAP: prestazioni pessime dopo aggiunta disco",
r"""Buongiorno,

dopo l'aggiunta di un disco al RAID 5 del nostro QNAP TS-453D, il NAS è in "ricostruzione/migrazione" da 4 giorni e Papyra impiega 30 secondi per aprire ogni documento. Il QNAP indica ancora 60% rimanente. È normale? Possiamo velocizzare? Vi chiediamo di verificare con QNAP tramite il contratto.

Saluti
Dino Beltraminelli"""),

("third_party_infrastructure", "Canon: rubrica LDAP non funziona",
r"""Buongiorno,

sul Canon imageRUNNER ADVANCE DX 4745i gli utenti sceglievano il proprio nome dalla rubrica LDAP per inviare la scansione alla propria cartella di Papyra. Dopo il passaggio del nostro AD a LDAPS obbligatorio, il Canon non trova più nessun utente. È un problema di configurazione del Canon (certificato) che non possiamo fare noi. Per favore contattate Canon.

Grazie
Mara Beretta"""),

("third_party_infrastructure", "SQL Server: licenza di valutazione scaduta",
r"""Buongiorno,

il nostro fornitore IT aveva installato SQL Server 2022 "Evaluation" per Papyra (!). Oggi è scaduta e il servizio non parte più: "Evaluation period has expired". Dobbiamo acquistare una licenza SQL Server Standard e fare l'upgrade dell'edizione. Potete gestire la cosa con il vostro partner Microsoft?

Cordiali saluti
Giancarlo Mazza"""),

("third_party_infrastructure", "Citrix: profilo utente corrotto, Papyra non parte",
r"""Buongiorno,

su Citrix (profili gestiti con Citrix Profile Management), per due utenti Papyra non parte più: errore "Accesso negato a C:\Users\...\AppData\Roaming\Papyra\settings.xml". Il file risulta di proprietà di un altro utente. Secondo noi è un problema di sincronizzazione dei profili Citrix. Potete chiedere al vostro partner Citrix?

Saluti
Samuele Cattori"""),

("third_party_infrastructure", "HP MFP: scansioni in formato XPS",
r"""Buongiorno,

dopo un reset di fabbrica del nostro HP LaserJet Pro MFP 4102fdw (fatto dal tecnico HP), le scansioni arrivano nella cartella di Papyra in formato XPS invece che PDF. Papyra non le importa. Il menu di configurazione del formato è bloccato da una password impostata dal tecnico. Potete contattare HP?

Grazie
Manuela Soldini"""),

("third_party_infrastructure", "Hyper-V: VM Papyra non si avvia dopo backup",
r"""Buongiorno,

la VM che ospita Papyra Server non si avvia: "Impossibile avviare la macchina virtuale perché uno dei servizi Hyper-V non è in esecuzione" dopo il backup notturno. L'host Hyper-V (Windows Server 2022) è gestito dal nostro fornitore di sistemi, in contratto con voi.

Urgente, grazie
Filippo Notari"""),

("third_party_infrastructure", "Synology Active Backup: ripristino del server Papyra",
r"""Buongiorno,

dobbiamo ripristinare l'intero server Papyra da un backup Synology Active Backup for Business (bare metal). Il ripristino si blocca al 12% con "Failed to restore volume: driver not found". L'hardware di destinazione è nuovo (Dell PowerEdge T360). Ci serve supporto da Synology o dal vostro partner.

Saluti
Ugo Ferretti"""),

("third_party_infrastructure", "Windows Server 2025: servizio stampa bloccato",
r"""Buongiorno,

dopo la migrazione del print server a Windows Server 2025, i PC non riescono più a installare la stampante Kyocera da cui Papyra stampa le copertine con codice a barre (errore 0x0000011b). È un problema noto di Microsoft con i driver di tipo 3. Potete coordinare con Microsoft/Kyocera?

Cordialmente
Bruno Zanini"""),

("third_party_infrastructure", "NAS Synology raggiungibile solo via IP",
r"""Buongiorno,

da quando il nostro fornitore ha cambiato il DNS interno, il NAS Synology (archivio Papyra) è raggiungibile solo con l'indirizzo IP (\\192.168.5.20\papyra) e non più con il nome \\nas-archivio. Papyra Server è configurato con il nome e quindi non trova il deposito. Il DNS è gestito dal fornitore.

Potete sollecitare il fornitore?

Grazie
Tullio Rigamonti"""),

("third_party_infrastructure", "Xerox: scansione in cartella condivisa solo SMBv1",
r"""Buongiorno,

il nostro vecchio Xerox WorkCentre 7845 supporta solo SMBv1 per la scansione in cartella. Il nuovo server Windows Server 2022, dove si trova la cartella di importazione di Papyra, ha SMBv1 disattivato (giustamente). Xerox dovrebbe fornire un aggiornamento o dobbiamo sostituire il dispositivo? Potete verificare con Xerox?

Saluti
Ernesto Galfetti"""),

("third_party_infrastructure", "Citrix ADC: timeout sul portale web di Papyra",
r"""Buongiorno,

accediamo al client web di Papyra tramite Citrix ADC (NetScaler) come reverse proxy. Il caricamento di documenti superiori a 10 MB fallisce sempre con "504 Gateway Timeout". Direttamente sul server funziona. La configurazione del NetScaler è in mano al nostro fornitore.

Potete contattarlo per aumentare i timeout?

Grazie
Aurelio Leoni"""),

("database_storage", "Cluster SQL Server: disco dei log pieno",
r"""Buongiorno,

Papyra non riesce più a salvare documenti: "The transaction log for database 'Papyra' is full due to 'AVAILABILITY_REPLICA'". Il cluster SQL Server Always On è gestito dal nostro fornitore esterno; sembra che la replica secondaria sia disconnessa da giorni. Noi non possiamo intervenire sul cluster.

Vi chiediamo di coinvolgere il fornitore.

Cordiali saluti
Diego Monti"""),

("database_storage", "Storage su NAS: snapshot automatici saturano lo spazio",
r"""Buongiorno,

il deposito documenti di Papyra si trova su un NetApp gestito dal nostro provider. Da quando hanno attivato gli snapshot orari, lo spazio si esaurisce e Papyra segnala errori di scrittura. La gestione degli snapshot è del provider.

Potete contattarli per rivedere la policy?

Saluti
Valerio Pongelli"""),

("documents_recognition", "Scanner del multifunzione produce immagini sfocate",
r"""Buongiorno,

da qualche settimana il nostro Ricoh IM 430F produce scansioni sfocate sul lato destro del foglio. Il riconoscimento degli importi in Papyra fallisce perché si trovano proprio lì. Sembra un problema meccanico o della lampada dello scanner. Potete mandare un tecnico Ricoh?

Grazie
Sabina Vescovi"""),

("documents_recognition", "Brother: pagine bianche aggiunte nelle scansioni",
r"""Buongiorno,

dopo l'aggiornamento automatico del firmware del Brother ADS-4900W, ogni documento scansionato contiene una pagina bianca in più alla fine, anche con l'opzione "Salta pagina vuota" attivata sul dispositivo. Papyra poi archivia la pagina bianca. Il problema è del firmware Brother. Potete segnalarlo a Brother?

Cordiali saluti
Ivo Fontana"""),

("installation_updates", "Aggiornamento Windows sul server ospitato bloccato dal provider",
r"""Buongiorno,

il nostro provider di hosting non installa gli aggiornamenti di Windows Server sul server di Papyra da 8 mesi, per un problema della loro piattaforma di patching (WSUS). Il nostro revisore lo ha segnalato. Il provider è in contratto con voi per la gestione del sistema operativo. Potete sollecitarli?

Saluti
Rinaldo Franscini"""),

("security_network", "Firewall gestito dal provider blocca la posta in arrivo",
r"""Buongiorno,

Papyra importa le fatture dalla casella fatture@... via IMAP. Da ieri l'importazione fallisce: "Connessione a outlook.office365.com:993 rifiutata". Il firewall perimetrale (Check Point) è gestito dal nostro provider, che ha applicato nuove regole. Dal server, con il browser, Outlook Web funziona. Pensiamo che abbiano bloccato la porta 993.

Potete contattare il provider tramite il contratto?

Grazie
Lia Rusca"""),
]

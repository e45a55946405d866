# Hand-written evaluation mails: Italian, level 0 (self-service).
LANG = "it"
LEVEL = 0
MAILS = [
("howto_usage", "Manuale utente in italiano",
r"""Buongiorno,

esiste il manuale utente di Papyra Desktop in italiano? Nella guida in linea trovo solo tedesco e francese. Ci servirebbe per i nuovi colleghi.

Cordiali saluti
Giulia Bernasconi
Fiduciaria Bernasconi SA, Lugano"""),

("howto_usage", "Come unire due documenti",
r"""Salve,

ho scansionato una fattura in due volte e adesso ho due documenti separati in archivio. Come faccio a unirli in un unico documento? Uso Papyra Desktop 7.1.2.

Grazie
Marco Rezzonico"""),

("documents_recognition", "Lingua OCR tedesco e italiano insieme",
r"""Buongiorno,

riceviamo fatture sia in italiano che in tedesco. È possibile impostare l'OCR per riconoscere entrambe le lingue contemporaneamente, o bisogna scegliere una lingua per ogni tipo di documento? Dove si imposta?

Saluti cordiali,
Elena Ghisletta
Contabilità - Ghisletta Costruzioni SA"""),

("installation_updates", "Requisiti di sistema Papyra Server",
r"""Buongiorno,

vorremmo installare Papyra Server su una macchina virtuale. Quali sono i requisiti minimi (CPU, RAM, spazio disco) per circa 8 utenti? È supportato anche Windows Server 2019 o solo 2022?

Grazie mille,
Andrea Pedrazzini"""),

("howto_usage", "Ricerca per importo",
r"""Ciao,
come posso cercare tutte le fatture con importo superiore a 1000 franchi? nella ricerca normale se scrivo >1000 non trova niente. grazie
Sara"""),

("howto_usage", "Cambiare la cartella di esportazione predefinita",
r"""Buongiorno,

quando esporto un documento in PDF, Papyra propone sempre la cartella "Documenti". Vorrei che proponesse la cartella di rete \\server\contabilita\export. Dove si cambia questa impostazione?

Cordiali saluti
Luca Cattaneo"""),

("integrations", "Esportazione verso Banana: documentazione",
r"""Buongiorno,

siamo una piccola associazione e usiamo Banana Contabilità Plus. Ho letto che Papyra può esportare i giustificativi verso Banana. C'è una guida che spiega come configurare l'esportazione passo per passo?

Grazie e buona giornata
Franca Moretti
Cassiera, Associazione Sportiva Vallemaggia"""),

("database_storage", "Quanto spazio occupa l'archivio?",
r"""Buongiorno,

vorremmo stimare lo spazio disco necessario per i prossimi anni. Quanto occupa in media un documento scansionato (una pagina A4, 300 dpi, in bianco e nero)? E la banca dati cresce molto con l'OCR? Esiste una tabella indicativa nella documentazione?

Saluti
Paolo Ferrari, responsabile IT"""),

("howto_usage", "Scorciatoia per salvare e passare al successivo",
r"""Salve, nella fase di verifica delle fatture, esiste un tasto per "salva e vai al prossimo documento"? Adesso clicco su Salva e poi su Avanti ogni volta. Grazie, Roberto"""),

("security_network", "Porte da aprire per l'accesso remoto",
r"""Buongiorno,

alcuni nostri collaboratori lavorano da casa tramite VPN. Quali porte usa Papyra Desktop per collegarsi al server, così le posso autorizzare nel profilo VPN? Attualmente in ufficio funziona tutto.

Cordiali saluti
Davide Soldati
Soldati Impianti Sagl"""),

("documents_recognition", "Fatture elettroniche XML (FatturaPA)",
r"""Buongiorno,

lavoriamo con fornitori italiani che ci inviano fatture elettroniche in formato XML (FatturaPA). Papyra può importare direttamente questi file XML e visualizzarli in modo leggibile, o bisogna prima convertirli in PDF? Dove trovo informazioni su questa funzione?

Grazie,
Chiara Lombardi
Amministrazione, Lombardi Trasporti Srl, Como"""),

("howto_usage", "Evidenziare testo in un PDF",
r"""Buongiorno,

è possibile evidenziare una parte del testo in un documento archiviato, ad esempio una clausola di un contratto, come si fa con un evidenziatore? E l'evidenziazione modifica il file originale?

Grazie
Silvia Gianola"""),

("installation_updates", "Papyra su Windows 11 ARM",
r"""Buongiorno,

il nostro titolare ha comprato un portatile con processore Snapdragon (Windows 11 ARM). Papyra Desktop funziona su questi dispositivi? Non ho trovato indicazioni nei requisiti di sistema.

Saluti
Matteo Bianchi"""),

("howto_usage", "Ordinare i risultati della ricerca per data",
r"""Buonasera,
i risultati della ricerca sono ordinati in modo strano, vorrei vederli dal più recente al più vecchio. Dove si imposta l'ordinamento? Grazie
Nadia Pellanda"""),

("licensing_billing", "Cosa succede alla scadenza dell'abbonamento?",
r"""Buongiorno,

se un giorno decidessimo di non rinnovare l'abbonamento, potremmo ancora consultare i documenti archiviati o l'archivio diventa inaccessibile? È descritto da qualche parte nelle FAQ?

Cordiali saluti
Giorgio Delmenico"""),

("account_access", "Cambiare la propria password in Papyra",
r"""Buongiorno,

come posso cambiare la mia password di accesso a Papyra Desktop? Non uso il login di Windows ma un utente Papyra. Non trovo il menu giusto.

Grazie
Claudia Moser"""),

("howto_usage", "Etichette colorate per i documenti",
r"""Ciao,

nel vecchio programma potevamo mettere un colore ai documenti (rosso = da pagare, verde = pagato). C'è qualcosa di simile in Papyra? Se sì, come si attiva?

Grazie
Daniela"""),

("documents_recognition", "Risoluzione consigliata per la scansione",
r"""Buongiorno,

quale risoluzione consigliate per la scansione delle fatture, per avere un buon riconoscimento OCR? 200, 300 o 600 dpi? E meglio a colori o in bianco e nero?

Cordialmente,
Fabio Guscetti"""),

("howto_usage", "Impostare la conservazione decennale",
r"""Buongiorno,

per i documenti contabili in Svizzera vale l'obbligo di conservazione di 10 anni. Papyra può avvisarci quando un documento ha superato il periodo di conservazione, così da poterlo eliminare? Dove si trova questa funzione?

Grazie e saluti
Renato Albertoni
Albertoni & Figli SA"""),

("third_party_infrastructure", "Papyra su Microsoft RDS: supportato?",
r"""Buongiorno,

stiamo valutando di installare Papyra Desktop sul nostro server terminal (Microsoft RDS su Windows Server 2022) invece che su ogni PC. È una configurazione supportata? Ci sono indicazioni sulle licenze per utente in questo scenario e sulla scansione dai PC locali?

Cordiali saluti,
Ivan Crivelli"""),

("integrations", "Esportazione CSV: quali campi?",
r"""Buongiorno,

quali campi si possono includere nell'esportazione CSV? Mi servirebbero anche il numero IVA del fornitore e la data di scadenza. C'è un elenco dei campi disponibili nella documentazione?

Grazie
Monica Beltrametti"""),

("database_storage", "Backup: cosa copiare?",
r"""Buongiorno,

il nostro tecnico vorrebbe includere Papyra nel backup settimanale. Quali cartelle e file bisogna copiare per poter ripristinare tutto in caso di guasto? Usiamo Papyra Desktop monoposto 7.0.1.

Saluti
Sergio Martinoli"""),

("howto_usage", "Inviare un documento in revisione a un collega",
r"""Buongiorno,

come faccio ad assegnare una fattura a un collega per l'approvazione, in modo che la trovi nella sua lista? Ho visto che esiste un "flusso di approvazione" ma non capisco come si usa.

Grazie mille,
Lorenza Poncini"""),

("howto_usage", "Guida rapida stampabile",
r"""Salve,

avete una guida rapida di una o due pagine da appendere vicino allo scanner, con i passi principali (scansione, verifica, archiviazione)? Sarebbe utile per il personale che usa Papyra solo ogni tanto.

Saluti
Patrizia Rusconi"""),

("howto_usage", "Dove vedo chi ha modificato un documento?",
r"""Buongiorno,

c'è un modo per vedere chi ha modificato o spostato un documento e quando? Stiamo cercando di capire chi ha cambiato la categoria di alcune fatture.

Grazie,
Alberto Zanetti"""),
]

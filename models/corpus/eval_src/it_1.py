# Hand-written evaluation mails: Italian, level 1 (first-line helpdesk).
LANG = "it"
LEVEL = 1
MAILS = [
("licensing_billing", "Fattura con importo errato",
r"""Buongiorno,

nella fattura n. 2024-11872 ci avete addebitato 6 postazioni, ma da aprile ne abbiamo solo 5 (avevamo chiesto la disdetta di una postazione, vostra conferma del 28 marzo). Vi prego di inviarci una fattura corretta.

Cordiali saluti
Emanuela Fontana
Amministrazione - Fontana Arredamenti SA"""),

("licensing_billing", "Aggiungere due licenze",
r"""Buongiorno,

avremmo bisogno di due postazioni Papyra Desktop in più per i nuovi collaboratori della filiale di Bellinzona. Potete aggiungerle al nostro abbonamento e mandarci la fattura?

Numero cliente: C-31904

Grazie
Stefano Lepori"""),

("account_access", "Password del portale clienti",
r"""Buongiorno,

non riesco più ad accedere al portale clienti, il sistema dice "credenziali non valide" anche dopo aver reimpostato la password due volte. Il mio utente è a.bianchi@studio-bianchi.ch. Potete verificare?

Grazie
Alessandra Bianchi"""),

("installation_updates", "Link per scaricare la versione 7.2",
r"""Salve,

mi potete mandare il link per scaricare Papyra Desktop 7.2? Nel portale il pulsante di download mi dà errore 404.

Grazie, saluti
Nicola Ferrari"""),

("licensing_billing", "Trasferire la licenza su un nuovo computer",
r"""Buongiorno,

sostituiamo il PC della contabilità. Come posso spostare la licenza di Papyra dal vecchio al nuovo computer? Devo prima disattivarla sul vecchio? Il vecchio PC funziona ancora.

Cordiali saluti
Mirko Gianinazzi"""),

("licensing_billing", "Rinnovo abbonamento - preventivo",
r"""Buongiorno,

il nostro abbonamento Papyra Server + 12 postazioni scade il 31 gennaio. Potreste inviarci un'offerta per il rinnovo annuale? Ci interesserebbe anche sapere il prezzo per 15 postazioni.

Distinti saluti
Ufficio acquisti
Tipografia Ticinese SA"""),

("account_access", "Nuovo amministratore del conto",
r"""Buongiorno,

il signor Fabrizio Polli, finora nostro referente per Papyra, è andato in pensione. Vi chiedo di registrare me come nuovo amministratore del conto cliente e di disattivare il suo accesso al portale.

Cordiali saluti
Valentina Polli
Direzione, Polli Serramenti Sagl"""),

("licensing_billing", "Rimborso per doppio pagamento",
r"""Buongiorno,

per errore abbiamo pagato due volte la fattura 2024-10411 (CHF 980.00), una volta con bonifico e una volta con carta di credito. Potete rimborsarci l'importo sulla carta di credito?

Grazie
Roberta Snider"""),

("licensing_billing", "Fattura senza partita IVA",
r"""Buongiorno,

siamo una società italiana (P.IVA IT01234567890). Sulla vostra fattura non è indicata la nostra partita IVA, e il nostro commercialista non la può registrare. Potete emettere una fattura corretta con partita IVA e codice destinatario SDI M5UXCR1?

Cordiali saluti
Francesca Conti
Conti Meccanica Srl, Varese"""),

("licensing_billing", "Chiave di licenza non funziona dopo il rinnovo",
r"""Buongiorno,

abbiamo rinnovato l'abbonamento la settimana scorsa ma Papyra ci dice "Licenza scaduta il 30.06." Dobbiamo inserire una nuova chiave? Non ne abbiamo ricevuta nessuna.

Saluti
Tiziano Brenni"""),

("account_access", "Sbloccare utente del portale",
r"""Buongiorno, il mio account sul portale è bloccato dopo alcuni tentativi sbagliati. Mi servirebbe sbloccarlo oggi, devo scaricare una fattura per la revisione. Utente: contabilita@bertoli-sa.ch. Grazie, Loredana Bertoli"""),

("licensing_billing", "Passaggio da mensile ad annuale",
r"""Buongiorno,

attualmente paghiamo Papyra mensilmente. Vorremmo passare al pagamento annuale, che da quanto ho capito è più conveniente. È possibile farlo adesso o solo alla scadenza? Come si procede?

Cordiali saluti
Manuela Vassalli"""),

("installation_updates", "Aggiornamento dalla 6.1 alla 7",
r"""Buongiorno,

usiamo ancora Papyra Desktop 6.1.4. L'aggiornamento alla versione 7 è compreso nel nostro abbonamento? Se sì, mi potete abilitare il download nel portale? Attualmente vedo solo la 6.x.

Grazie
Cristian Lurati"""),

("licensing_billing", "Disdetta abbonamento",
r"""Spettabile Papyra,

con la presente disdiciamo l'abbonamento Papyra Desktop (numero cliente C-28817) con effetto alla prossima scadenza. Vi preghiamo di confermarci la disdetta per iscritto.

Distinti saluti
Ermanno Zappa
Zappa Elettrodomestici"""),

("account_access", "Aggiungere una collega al portale",
r"""Buongiorno,

vorrei che la mia collega Ilaria Quadri (i.quadri@quadri-fiduciaria.ch) potesse accedere al portale clienti per scaricare le fatture. Non deve poter gestire le licenze. È possibile?

Grazie
Giovanni Quadri"""),

("licensing_billing", "Sollecito ricevuto per errore",
r"""Buongiorno,

abbiamo ricevuto un sollecito di pagamento per la fattura 2024-08350, ma l'abbiamo pagata il 10 agosto. In allegato la ricevuta del bonifico. Vi prego di verificare e annullare il sollecito.

Cordiali saluti
Laura Mazzoleni"""),

("licensing_billing", "Versione di prova scaduta troppo presto",
r"""Buongiorno,

abbiamo installato la versione di prova 10 giorni fa e oggi ci dice che è scaduta. Non doveva durare 30 giorni? Potete riattivarla per il periodo rimanente? Stiamo valutando l'acquisto per 4 postazioni.

Grazie,
Simone Galli"""),

("account_access", "Cambio indirizzo email di accesso",
r"""Buongiorno,

abbiamo cambiato dominio email: da @pedrini-sagl.ch a @pedrini.swiss. Potete aggiornare il mio indirizzo di login al portale (r.pedrini@...)? Il vecchio indirizzo smetterà di funzionare a fine mese.

Cordiali saluti
Renzo Pedrini"""),

("licensing_billing", "Aggiornare dati di fatturazione",
r"""Buongiorno,

da gennaio la fatturazione deve essere intestata alla nostra nuova società madre:

Holding Gervasoni SA
Via Cantonale 24
6900 Lugano

Numero IVA: CHE-123.456.789 IVA

Grazie per l'aggiornamento.
Marta Gervasoni"""),

("installation_updates", "File di installazione per server senza internet",
r"""Buongiorno,

il nostro server non ha accesso a internet. Ci serve il pacchetto completo di installazione di Papyra Server 7.2.0 (non il programma di installazione web). Potete mandarmi un link?

Saluti
Fabrizio Vanoni, IT"""),

("licensing_billing", "Riduzione delle postazioni",
r"""Buongiorno, dal prossimo rinnovo vorremmo passare da 8 a 6 postazioni. Potete confermare? Numero cliente C-19230. Grazie, Sabrina Morandi"""),

("account_access", "Reset autenticazione a due fattori",
r"""Buongiorno,

ho reinstallato il telefono e ho perso l'app di autenticazione per il portale Papyra. Potete disattivare il secondo fattore sul mio account così posso riconfigurarlo? Utente: m.caverzasio@caverzasio.ch

Grazie mille
Michele Caverzasio"""),

("installation_updates", "Download vecchia versione per compatibilità",
r"""Buongiorno,

il nostro fornitore del software gestionale ci chiede di restare su Papyra 7.0.x finché non certificano la 7.2. Un PC è stato aggiornato per errore alla 7.2. Potete mandarmi il link per la 7.0.1 così la reinstallo?

Saluti
Oscar Bernardoni"""),

("howto_usage", "Richiesta corso di formazione",
r"""Buongiorno,

vorremmo organizzare un corso online in italiano per 5 persone (uso base e ricerca). Avete date disponibili a novembre? Quanto costa?

Cordiali saluti
Elisa Togni
Risorse umane"""),

("licensing_billing", "Ricevuta di pagamento per la contabilità",
r"""Buongiorno,

abbiamo pagato l'abbonamento con carta di credito nel webshop ma non abbiamo ricevuto né fattura né ricevuta. Ordine W-61877. La nostra contabilità ne ha bisogno. Potete mandarcela?

Inoltre volevo chiedere se è possibile pagare in euro la prossima volta.

Grazie
Carlo Mini"""),
]

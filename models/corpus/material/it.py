"""Italian material (Italia, Ticino / Grigioni italiano): phrase pools, scenarios and whole hand-written mails."""

LANG = "it"
REGIONS = {"IT": 0.55, "CH": 0.45}
P_FORMAL = 0.7

FIRST = ["Marco", "Giulia", "Luca", "Francesca", "Andrea", "Chiara", "Matteo", "Elena", "Paolo", "Silvia", "Davide",
         "Federica", "Stefano", "Laura", "Alessandro", "Sara", "Roberto", "Valentina", "Simone", "Monica", "Fabio",
         "Cristina", "Giorgio", "Manuela", "Nicola", "Raffaella"]
LAST = ["Rossi", "Bianchi", "Ferrari", "Colombo", "Romano", "Galli", "Conti", "Bernasconi", "Fontana", "Moretti",
        "Lombardi", "Pedrazzini", "Rezzonico", "Barbieri", "Gianola", "Martinelli", "Ricci", "Ghirlanda", "Lepori",
        "Caccia", "Bruno", "Greco", "Marchetti", "Molinari", "Sala", "Vanetti"]
COMPANIES = ["CH|Fiduciaria Bernasconi SA", "CH|Studio dentistico Lepori", "CH|Falegnameria Gianola Sagl", "CH|Amministrazione stabili Ceresio SA",
             "CH|Comune di Massagno", "CH|Trasporti Pedrazzini SA", "CH|Studio d'architettura Rezzonico", "CH|Elettro Caccia SA",
             "IT|Studio commercialista Conti", "IT|Autotrasporti Galli Srl", "IT|Ferramenta Colombo snc", "IT|Clinica veterinaria San Rocco",
             "IT|Immobiliare Fontana Srl", "IT|Studio notarile Moretti", "IT|Officine Marchetti SpA", "IT|Farmacia Lombardi"]
ROLES = ["Contabilità", "Responsabile IT", "Responsabile amministrativa", "Titolare", "Segreteria", "Direttore amministrativo",
         "Amministratore di sistema", "Ufficio acquisti", "Assistente di direzione", "Fiduciaria", "Responsabile finanze", "Ufficio amministrazione"]
CITIES = ["CH|6900 Lugano", "CH|6500 Bellinzona", "CH|6600 Locarno", "CH|6850 Mendrisio", "CH|6710 Biasca", "CH|6830 Chiasso",
          "IT|20121 Milano", "IT|22100 Como", "IT|24121 Bergamo", "IT|10121 Torino", "IT|37121 Verona", "IT|40121 Bologna", "IT|21100 Varese"]
STREETS = ["Via Cantonale 12", "Via San Gottardo 45", "Via Roma 8", "Corso Italia 21", "Via Nassa 5", "Via Industria 3", "Piazza Indipendenza 2"]


def _region_pick(r, m, entries):
    ok = [e.split("|", 1)[1] for e in entries if "|" in e and m.region in e.split("|", 1)[0].split(",")]
    ok += [e for e in entries if "|" not in e]
    return r.choice(ok)


def _phone(r, m):
    if m.region == "CH":
        return r.choice(["+41 91 ", "091 ", "+41 91 ", "079 ", "076 "]) + f"{r.randint(200, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
    return r.choice(["02 ", "031 ", "035 ", "011 ", "+39 02 ", "+39 045 ", "0332 "]) + f"{r.randint(100, 999)} {r.randint(1000, 9999)}"


def _amount(r, m):
    v = r.choice([89, 129, 240, 349, 480, 612, 890, 1180, 1240, 1490, 2360, 3120])
    if m.region == "CH":
        return r.choice([f"CHF {v:,}.00".replace(",", "'"), f"CHF {v}.–", f"fr. {v}.-"])
    return r.choice([f"€ {v:,},00".replace(",", ".", 1) if v >= 1000 else f"€ {v},00", f"{v} euro", f"EUR {v},00 + IVA"])


MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


def _date(r, m):
    d, mo = r.randint(1, 28), r.randint(1, 12)
    return r.choice([f"{d} {MONTHS[mo - 1]}", f"{d:02d}/{mo:02d}/2024", f"{d}.{mo}.2024", f"{d}/{mo}"])


def _email(r, m):
    import unicodedata
    norm = lambda s: "".join(c for c in unicodedata.normalize("NFD", s.lower()) if c.isalnum())
    dom = norm(m.value("company").split()[0]) + norm(m.value("company").split()[1])[:6]
    return f"{norm(m.value('first'))[0]}.{norm(m.value('last'))}@{dom}.{'ch' if m.region == 'CH' else 'it'}"


SLOTS = {
    "first": lambda r, m: r.choice(FIRST), "last": lambda r, m: r.choice(LAST),
    "first2": lambda r, m: r.choice([f for f in FIRST if f != m.value("first")]),
    "last2": lambda r, m: r.choice([x for x in LAST if x != m.value("last")]),
    "company": lambda r, m: _region_pick(r, m, COMPANIES), "role": lambda r, m: r.choice(ROLES),
    "city": lambda r, m: _region_pick(r, m, CITIES), "street": lambda r, m: r.choice(STREETS),
    "phone": _phone, "amount": _amount, "date": _date, "email": _email,
    "month": lambda r, m: r.choice(MONTHS),
    "acct": lambda r, m: r.choice(["Banana Contabilità", "Abacus", "SAP Business One", "Sage", "Bexio", "Banana", "Abacus"]),
    "day": lambda r, m: r.choice(["ieri", "stamattina", "da lunedì", "venerdì scorso", "da martedì", "dalla settimana scorsa", "dal fine settimana"]),
    "doctype": lambda r, m: r.choice(["fatture fornitori", "bolle di consegna", "note di credito", "buste paga", "contratti", "ordini", "note spese", "polizze assicurative"]),
    "yr": lambda r, m: r.choice(["2022", "2023", "2024"]),
    "res": lambda r, m: r.choice(["200", "300", "150", "400"]),
    "wd": lambda r, m: r.choice(["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"]),
    "threat": lambda r, m: r.choice(["Comportamento sospetto", "Win32/Packed.Generic", "Trojan:Win32/Wacatac.B!ml", "HEUR:Trojan.Win32.Generic", "ML/PE-A"]),
    "company_it": lambda r, m: r.choice(["il nostro fornitore informatico", "una ditta esterna", "la ditta Infoservice", "il nostro sistemista", "il nostro partner IT"]),
    "da_company_it": lambda r, m: r.choice(["dal nostro fornitore informatico", "da una ditta esterna", "dalla ditta Infoservice", "dal nostro sistemista", "dal nostro partner IT"]),
    "kb": lambda r, m: r.choice(["KB5034439", "KB5036896", "KB5041578", "KB5039217", "KB5043050"]),
    "piva": lambda r, m: r.choice(["CHE-123.456.789 IVA", "IT01234567890", "IT09876543210", "CHE-401.882.117 IVA"]),
    "offerta": lambda r, m: r.choice(["un'offerta", "un'offerta"]) if m.region == "CH" else r.choice(["un preventivo", "un'offerta"]),
    "branche": lambda r, m: r.choice(["fiduciaria", "studio dentistico", "falegnameria", "amministrazione stabili", "amministrazione comunale", "ditta di trasporti", "studio notarile"]),
    "cell": lambda r, m: "natel" if m.region == "CH" else "cellulare",
    "wd_time": lambda r, m: f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}",
}


def prepare(mail):
    pass


def finish(mail, text):
    return text


GREET_FORMAL = ["Buongiorno,", "Gentili signore e signori,", "Spettabile ditta,", "Egregi signori,", "Gentile supporto Papyra,",
                "Buongiorno a tutti,", "Gentile team Papyra,", "Salve,", "Buonasera,", "CH|Gentili signore, egregi signori,",
                "CH|Buongiorno signore e signori,", "Spett.le Papyra,", "Alla cortese attenzione del supporto,"]
GREET_INFORMAL = ["Ciao,", "Ciao a tutti,", "Salve,", "Buongiorno,", "Ciao ragazzi,", "Hello,", "Ciao team,", "Ri-ciao,"]
CLOSE_FORMAL = ["Cordiali saluti", "Distinti saluti", "Cordiali saluti,", "Grazie e cordiali saluti", "Resto in attesa di un vostro riscontro.\nCordiali saluti",
                "Un cordiale saluto", "Grazie mille e buona giornata", "Saluti", "CH|Con i migliori saluti", "CH|Cordiali saluti dal Ticino",
                "Porgo distinti saluti", "In attesa di riscontro, saluto cordialmente"]
CLOSE_INFORMAL = ["Grazie!", "Grazie mille,", "Ciao", "Buona giornata,", "Saluti", "Grazie in anticipo", "Un saluto,", "Ciao e grazie", "A presto,"]
SIGNATURES = [
    "{first} {last}\n{role}\n{company}\nTel. {phone}",
    "{first} {last}\n{company}",
    "{first}",
    "{first} {last}\n{company}\n{street}\n{city}\nTel. {phone}\n{email}",
    "{first} {last} | {role}\n{company} | {city}",
    "{first} {last}\n\n{company}\n{role}\nDiretto: {phone}\n\nQuesto messaggio e i suoi allegati sono riservati. Se lo avete ricevuto per errore, vi preghiamo di avvisare il mittente e di cancellarlo.",
    "--\n{first} {last}\n{role}\n{company}, {city}",
    "{first}\n\nInviato da iPhone",
    "{first} {last}\n{email}\n{phone}",
    "{last} {first}\n{company}",
]
OPENERS = [
    "utilizziamo Papyra da circa {years} anni e in generale siamo soddisfatti.",
    "mi occupo io dell'informatica in ufficio, ma non sono un esperto.",
    "vi scrivo per conto del nostro ufficio contabilità.",
    "una domanda veloce:",
    "spero possiate aiutarmi.",
    "siamo una piccola {branche} con {n} postazioni Papyra.",
    "ho preso in carico la gestione di Papyra da un collega che non lavora più da noi.",
    "il nostro fornitore informatico mi ha consigliato di contattarvi direttamente.",
    "scusate se vi disturbo di nuovo.",
    "ho prima cercato sul vostro sito, ma senza successo.",
    "vi contatto in merito a Papyra.",
    "CH|siamo una fiduciaria del Luganese e lavoriamo ogni giorno con Papyra.",
]
CONTEXT = [
    "Abbiamo Papyra Desktop {ver} su {win}.",
    "Versione: Papyra {ver}, {win}.",
    "Abbiamo {seats} licenze.",
    "Il nostro numero cliente è {cust}.",
    "Il server gira su {winsrv}.",
    "Per la contabilità usiamo {acct}.",
    "Nell'archivio ci sono circa {docs} documenti.",
    "Papyra {ver}, database {sql}.",
    "(Papyra {ver}, {win}, scanner {scanner})",
    "Da noi {n} persone lavorano ogni giorno con Papyra.",
    "N. cliente: {cust}",
    "Avevamo comprato Papyra tramite un rivenditore.",
]
FAULT_CONTEXT = [
    "Abbiamo già riavviato PC e server, senza successo.",
    "Allego uno screenshot.",
    "Il problema c'è {day}, prima funzionava tutto.",
    "L2,L3|Sono coinvolte tutte le postazioni, non solo una.",
    "L2,L3|È coinvolto un solo PC, gli altri funzionano normalmente.",
    "Per quanto ne so da noi non è stato cambiato niente.",
    "Allego il file di log dalla cartella di Papyra.",
    "L2,L3|Abbiamo già reinstallato una volta, non è servito.",
    "Succede ogni volta, posso riprodurlo.",
    "Non succede sempre, forse una volta su cinque.",
]
RAMBLE = [
    "L2,L3,L4|Vi racconto tutta la storia, perché credo sia importante. Due settimane fa il nostro fornitore ha sostituito il vecchio server e ha spostato tutto durante un fine settimana. Il lunedì sembrava tutto a posto, la gente scansionava e archiviava come sempre. Poi mercoledì è venuta da me la prima collega dicendo che c'era qualcosa di strano, e da allora peggiora ogni giorno. Il fornitore dice che il server è a posto e dà la colpa a voi, e io sinceramente sono nel mezzo e non so a chi credere. Apprezzerei molto se qualcuno guardasse la cosa seriamente invece di mandarmi un link alle FAQ.",
    "L0,L1|Un po' di contesto: siamo un piccolo team e nessuno qui è davvero un informatico, quindi queste cose le faccio io accanto al mio lavoro in contabilità. Prima di scrivere ho guardato nella guida, ma mi sono un po' persa tra le diverse versioni della documentazione, e alcune schermate non corrispondono a quello che vedo. Sicuramente la risposta è semplice, scusate in anticipo se la domanda è banale.",
    "Per darvi un po' di contesto: in primavera abbiamo traslocato e da allora abbiamo diversi problemi informatici in generale, quindi non posso escludere che c'entri altro. Il nostro vecchio tecnico ha installato tutto e purtroppo non ha lasciato documentazione.",
    "L2,L3,L4|Devo dire che dipendiamo molto da Papyra, tutta la gestione delle fatture fornitori passa da lì, e le colleghe mi chiedono ogni ora se funziona di nuovo.",
    "Ho chiamato prima la vostra hotline ma mi hanno detto di mandare una mail, quindi eccola.",
    "Ne abbiamo parlato anche con il nostro rivenditore, ma dice che solo voi potete rispondere.",
    "L2,L3,L4|Sinceramente finora eravamo molto contenti del prodotto, per questo la cosa è ancora più frustrante.",
    "Ho cercato nel forum e nella knowledge base e ho trovato casi simili, ma nessuno corrisponde davvero alla nostra configurazione.",
]
URGENT = [
    "È urgente perché venerdì c'è la chiusura mensile.",
    "URGENTE per favore, la settimana prossima arrivano i revisori.",
    "Vi prego di trattarlo con priorità.",
    "Non è urgentissimo, ma vorremmo risolvere entro questa settimana.",
    "La contabilità è ferma, una risposta veloce sarebbe fantastica!!",
]
SIDE_NOTES = [
    "PS: altra cosa, non abbiamo ancora ricevuto la fattura dell'ultimo trimestre.",
    "Un'altra cosa: potete indicare me come persona di contatto? La mia collega se n'è andata.",
    "Tra l'altro, esiste una versione più recente del manuale? Ho quella della versione 5.",
    "E un dettaglio: la ricerca a volte è un po' lenta, ma non è prioritario.",
    "Domanda a parte: sarebbe possibile prima o poi una formazione per i nuovi collaboratori?",
    "PS: ieri la pagina di login del portale clienti sembrava strana, ma adesso funziona.",
]
ASK_FAULT = [
    "Potreste richiamarmi al {phone}?",
    "Sarebbe possibile una sessione di assistenza remota? Sono disponibile tutto il pomeriggio.",
    "Fatemi sapere quali informazioni vi servono.",
    "Potete dare un'occhiata appena possibile per favore?",
    "Un tecnico potrebbe contattarmi?",
    "Come dobbiamo procedere?",
    "L2,L3,L4|Posso mandare altri log se serve.",
    "Mi trovate sul {cell} al {phone}.",
]
ASK_ANY = [
    "Grazie in anticipo per l'aiuto.",
    "Grazie per un breve riscontro.",
    "Resto in attesa di una vostra risposta.",
    "Ogni aiuto è benvenuto.",
    "Grazie!",
    "Grazie mille.",
    "Resto a disposizione per ulteriori informazioni.",
    "In attesa di un vostro cortese riscontro.",
]
GENERIC_SUBJECTS = ["Problema", "Domanda", "Aiuto", "Richiesta di supporto", "Papyra", "urgente!!", "Richiesta", "Domanda veloce",
                    "Questione Papyra", "Supporto", "Problema Papyra", "R: vostra mail", "Sollecito", "{company}",
                    "Richiesta {company}", "Ticket", "URGENTE", "Richiamatemi per favore", "Guasto", "Info", "segnalazione"]
SUBJECT_PREFIXES = ["R: ", "Re: ", "I: ", "Fwd: ", "RE: "]
FORWARD_PREFIX = ["I: ", "Fwd: ", "Inoltra: "]
FORWARD_TOP = [
    "Vedi sotto, dalla nostra contabile. Potete aiutare?",
    "Vi inoltro il messaggio della mia collega, ha lei i dettagli. Rispondete pure a me.",
    "Vi prego di vedere il messaggio qui sotto del nostro ufficio finanze.",
    "Per info, vedi sotto. Potete occuparvene?",
    "Vedi la mail di {first2} qui sotto. Cosa facciamo?",
    "Come d'accordo al telefono, vi inoltro il messaggio.",
    "CH|Vedi sotto, dalla nostra fiduciaria. Grazie per l'attenzione.",
]
FORWARD_HEADER = "-------- Messaggio originale --------\nDa: {first2} {last2}\nInviato: {wd} {date} {wd_time}\nA: {first} {last}\nOggetto: @@SUBJECT@@"

SCENARIOS = r"""
# ============================================================ LEVEL 0
@ 0 account_access
S: Autenticazione a due fattori
S: Domanda 2FA
B: È possibile attivare l'autenticazione a due fattori per i nostri utenti Papyra? Se sì, {dove trovo l'impostazione|dove è descritto}? Nelle opzioni non ho trovato niente.
Q: Come attivo la 2FA per il mio utente?
@ 0 account_access
S: Creare un nuovo utente
B: Il {date} inizia una nuova collega. Come le creo un utente in Papyra? {Sono io l'amministratore da noi.|Ho i diritti di amministratore.} C'è una guida?
Q: Come si crea un nuovo utente? Sono admin.
@ 0 account_access
S: Regole password
B: La nostra policy informatica richiede password di almeno 12 caratteri. Quali regole applica Papyra di default e si possono modificare? {Mi serve solo per la nostra documentazione.|Ce l'ha chiesto il revisore.}
@ 0 account_access
S: Login di Windows
B: Papyra può usare il login di Windows (Active Directory), così la gente non deve avere una password separata? {Avevo letto qualcosa ma non lo ritrovo.|È documentato da qualche parte?}
@ 0 account_access
S: cambiare password
B: Come posso cambiare la mia password in Papyra Desktop? Trovo solo la funzione per l'amministratore.
Q: dove si cambia la password in papyra?
@ 0 account_access
S: Collaboratore che se ne va
B: Un collaboratore ci lascia a fine mese. Qual è il modo corretto per disattivare il suo utente Papyra senza perdere i documenti che ha archiviato? {Non vorrei cancellare niente per sbaglio.|}
@ 0 account_access
S: Accesso in sola lettura
B: È possibile dare al nostro revisore accesso in sola lettura a una sola cartella (ad es. "Fatture {yr}")? Come si configura?
@ 0 account_access
S: App di autenticazione
B: Quali app di autenticazione funzionano con il login a due fattori di Papyra? {Da noi tutti hanno Microsoft Authenticator.|Alcuni hanno Google Authenticator, altri Authy.}
@ 0 account_access
S: Ruoli utente
B: Qual è esattamente la differenza tra i ruoli "Editor" e "Operatore" nella gestione utenti? {Il testo della guida è un po' scarno.|Vorrei impostare bene i permessi.}
# ---
@ 0 licensing_billing
S: Standard o Professional
B: Che differenza c'è tra Papyra Standard e Professional? Stiamo pensando di passare alla versione superiore ma prima vorrei capire {cosa avremmo in più|quali funzioni ci sono solo in Professional}.
@ 0 licensing_billing
S: Licenza per utente o per PC?
B: Una licenza Papyra viene contata per utente o per PC? {Alla reception due persone condividono un PC.|Alcuni collaboratori lavorano su due computer.}
@ 0 licensing_billing
S: API inclusa?
B: L'API REST è inclusa nell'edizione Standard o serve una licenza aggiuntiva?
@ 0 licensing_billing
S: Chiave di licenza
B: Dove vedo nel programma la nostra chiave di licenza e la data di scadenza? {Ce la chiede il nostro fornitore informatico.|Mi serve per l'inventario.}
Q: Dove trovo la chiave di licenza in Papyra?
@ 0 licensing_billing
S: Metodi di pagamento
B: Quali metodi di pagamento accettate per l'abbonamento? {Possiamo pagare con carta invece che con fattura?|È possibile l'addebito diretto?}
@ 0 licensing_billing
S: Fine abbonamento
B: Cosa succede al nostro archivio se non rinnoviamo l'abbonamento? Possiamo ancora aprire i documenti {in sola lettura|}? Vorrei saperlo prima di fare il budget.
@ 0 licensing_billing
S: Home office
B: Possiamo installare Papyra con la stessa licenza anche su un portatile per il telelavoro, o conta come seconda licenza?
@ 0 licensing_billing
S: Listino prezzi
B: C'è un listino aggiornato per postazioni e moduli aggiuntivi sul vostro sito? {Ho trovato solo quello del 2022.|}
# ---
@ 0 installation_updates
S: Requisiti di sistema
B: Quali sono i requisiti di sistema di Papyra Desktop {newver}? Stiamo comprando PC nuovi e vogliamo essere sicuri che {8 GB di RAM bastino|siano abbastanza potenti}.
Q: requisiti minimi per la versione {newver}?
@ 0 installation_updates
S: Windows 11 24H2
B: Papyra {ver} è ufficialmente compatibile con Windows 11 24H2? Pensiamo di distribuire l'aggiornamento {il mese prossimo|in estate}.
@ 0 installation_updates
S: Note di rilascio
B: Dove trovo le note di rilascio della {newver}? Vorrei sapere cosa è cambiato prima di aggiornare dalla {oldver}.
@ 0 installation_updates
S: Saltare versioni
B: Possiamo aggiornare direttamente dalla {oldver} alla {newver} o bisogna installare le versioni intermedie?
@ 0 installation_updates
S: Cambio PC
B: La settimana prossima sostituiamo il nostro PC principale. C'è una guida per spostare Papyra (comprese le impostazioni locali) sul nuovo computer?
@ 0 installation_updates
S: Installazione silenziosa
B: Ci sono parametri da riga di comando per un'installazione silenziosa del client? Vorrei distribuirlo tramite {Intune|GPO|il nostro software di distribuzione} su {n2} PC.
@ 0 installation_updates
S: Ordine di aggiornamento
B: Quando si aggiorna, bisogna aggiornare prima il server e poi i client, o il contrario?
@ 0 installation_updates
S: Mac?
B: Esiste una versione di Papyra per macOS? {I nostri due grafici hanno solo MacBook.|Il nostro nuovo direttore lavora con il Mac.}
@ 0 installation_updates
S: Disinstallazione
B: Come si disinstalla correttamente Papyra da un vecchio PC che va smaltito? Basta la normale disinstallazione di Windows?
# ---
@ 0 documents_recognition
S: Lingua OCR
B: Dove si imposta la lingua dell'OCR? Buona parte delle nostre fatture è in {tedesco|francese|inglese} e la ricerca nel testo non trova {alcune parole|le parole con accenti}.
Q: dove si cambia la lingua del riconoscimento?
@ 0 documents_recognition
S: Quali scanner
B: Vorremmo comprare un nuovo scanner per documenti. Quali modelli sono supportati da Papyra? C'è un elenco? {Pensavamo al {scanner}.|}
@ 0 documents_recognition
S: Fogli separatori
B: Come si usano i fogli separatori con codice a barre per dividere automaticamente una scansione in blocco in singoli documenti? {C'è un modello da stampare?|}
@ 0 documents_recognition
S: QR-fattura
B: Papyra legge automaticamente la QR-fattura svizzera o bisogna attivare qualcosa? {Ne riceviamo sempre di più.|}
@ 0 documents_recognition
S: Formati file
B: Quali formati di file si possono importare nell'archivio? Abbiamo vecchie scansioni in {TIFF|JPG} e alcuni {file Word|messaggi e-mail (.msg)}.
@ 0 documents_recognition
S: Risoluzione
B: Come cambio la risoluzione di scansione predefinita a 300 dpi? {Adesso è 200 e il riconoscimento non è un granché.|}
@ 0 documents_recognition
S: PDF ricercabile
B: Si possono salvare le scansioni come PDF ricercabile (PDF/A), così {il nostro commercialista|la fiduciaria} può cercare anche fuori da Papyra?
@ 0 documents_recognition
S: Pagine bianche
B: Papyra può eliminare automaticamente le pagine bianche nella scansione fronte-retro? Dov'è l'opzione?
@ 0 documents_recognition
S: Tipi di documento
B: Quali tipi di documento riconosce Papyra di serie? Abbiamo soprattutto {doctype} e ci chiediamo se dobbiamo configurare qualcosa.
# ---
@ 0 integrations
S: Software di contabilità
B: Verso quali programmi di contabilità può esportare Papyra? {Stiamo passando a|Stiamo valutando} {acct}.
Q: Papyra funziona con {acct}?
@ 0 integrations
S: Documentazione API
B: Dove trovo la documentazione dell'API REST? Il nostro sviluppatore {vuole|vorrebbe} fare un piccolo collegamento con il nostro gestionale.
@ 0 integrations
S: Campi CSV
B: Esiste una descrizione dei campi dell'esportazione CSV? Dovrei capire cosa significano le colonne {per il nostro foglio Excel|}.
@ 0 integrations
S: Importazione da casella mail
B: Papyra può importare fatture direttamente da una casella e-mail (allegati PDF)? Se sì, dov'è descritto?
@ 0 integrations
S: Guida esportazione Banana
B: C'è una guida passo passo per configurare l'esportazione verso Banana Contabilità? {La nostra fiduciaria usa Banana.|}
@ 0 integrations
S: Script di esempio
B: Ci sono da qualche parte script di esempio per il motore di scripting? Vorrei {capire come funziona|vedere un esempio} prima di scriverne uno mio.
@ 0 integrations
S: Esportazione automatica
B: L'esportazione verso {acct} può partire automaticamente ogni notte, o deve sempre avviarla qualcuno a mano?
@ 0 integrations
S: Limiti API
B: L'API REST ha dei limiti di richieste da conoscere? Prevediamo di caricare circa {docs} documenti in una volta.
# ---
@ 0 database_storage
S: Cosa salvare
B: Quali cartelle e database dobbiamo includere nel backup per poter ripristinare Papyra completamente? {Facciamo i backup con Veeam.|}
@ 0 database_storage
S: SQLite o SQL Server?
B: Stiamo crescendo a circa {n2} utenti. Il database integrato basta ancora, o consigliate SQL Server da una certa dimensione in su?
@ 0 database_storage
S: Spazio su disco
B: Quanto spazio su disco serve più o meno ogni 1000 pagine scansionate? Dobbiamo pianificare {un nuovo server|lo storage}.
@ 0 database_storage
S: Conservazione a norma
B: Papyra soddisfa i requisiti di legge per l'archiviazione {(conservazione per 10 anni)|(conservazione sostitutiva)|}? Avete un documento da mostrare al revisore?
@ 0 database_storage
S: Verifica archivio
B: Come si avvia la verifica di coerenza dell'archivio, e si può programmare?
@ 0 database_storage
S: Ripristinare un documento
B: È possibile ripristinare un solo documento cancellato da un backup, o solo l'archivio intero? Dov'è descritto?
@ 0 database_storage
S: Cestino
B: C'è un cestino in Papyra? Per quanto tempo restano lì i documenti cancellati?
# ---
@ 0 security_network
S: Porte
B: Quali porte devono essere aperte tra i client Papyra e il server? {Il nostro amministratore del firewall vuole un elenco.|}
Q: che porte usa papyra?
@ 0 security_network
S: Esclusioni antivirus
B: Quali cartelle e processi dovremmo escludere nel nostro antivirus ({av})? C'è una raccomandazione?
@ 0 security_network
S: TLS
B: Quali versioni di TLS supporta il server Papyra, e possiamo usare un nostro certificato?
@ 0 security_network
S: Proxy
B: Dove inserisco il nostro server proxy in Papyra? {Il controllo della licenza ha bisogno di Internet, credo.|}
@ 0 security_network
S: Cifratura
B: I documenti nell'archivio sono salvati in forma cifrata? Ce lo chiede il nostro responsabile della protezione dei dati.
@ 0 security_network
S: Serve Internet?
B: Papyra ha bisogno di una connessione Internet permanente? Abbiamo una rete isolata {in laboratorio|in produzione}.
@ 0 security_network
S: Privacy
B: Avete un white paper sulla sicurezza o informazioni sulla protezione dei dati (GDPR / nLPD) da girare al nostro DPO?
# ---
@ 0 third_party_infrastructure
S: Citrix supportato?
B: Papyra è supportato su Citrix / Remote Desktop Services? {Pensiamo di spostare i nostri utenti su un terminal server.|}
@ 0 third_party_infrastructure
S: NAS come archivio
B: Possiamo mettere l'archivio dei documenti su un NAS {nasbrand}, o deve stare sul server Windows?
@ 0 third_party_infrastructure
S: Scansione dalla multifunzione
B: Possiamo scansionare dalla nostra {mfp} direttamente in Papyra? Come si configura di solito?
@ 0 third_party_infrastructure
S: Macchina virtuale
B: È supportato far girare il server Papyra in una macchina virtuale su {hyper}?
@ 0 third_party_infrastructure
S: Azure
B: Possiamo ospitare il server Papyra su una VM Azure invece che sul nostro hardware? È supportato?
@ 0 third_party_infrastructure
S: Multifunzione certificate
B: C'è un elenco di stampanti multifunzione che funzionano bene con Papyra? Dobbiamo sostituire la nostra vecchia {mfpbrand}.
# ---
@ 0 howto_usage
S: Ricerca nel testo
B: Come cerco una parola dentro i documenti (non solo nel titolo)? {Se scrivo un numero di fattura non trovo niente.|}
Q: come si cerca nel testo dei documenti?
@ 0 howto_usage
S: Unire documenti
B: Come si uniscono due documenti in uno? {Qualcuno ha scansionato la pagina 2 di un contratto separatamente.|La reception ha scansionato una lettera in due parti.}
@ 0 howto_usage
S: Dividere un PDF
B: C'è un modo per dividere un PDF in più documenti in Papyra? {Abbiamo ricevuto un blocco di fatture in un unico file.|}
@ 0 howto_usage
S: Timbro
B: Posso mettere un timbro tipo "pagato" o "vistato" su una fattura in Papyra? Come?
@ 0 howto_usage
S: Scorciatoie da tastiera
B: Esiste un elenco delle scorciatoie da tastiera? {Lavoro tutto il giorno con Papyra e vorrei essere più veloce.|}
@ 0 howto_usage
S: Manuale
B: Dove posso scaricare il manuale utente {in PDF|} per la versione {ver}? {Il link nel menu Aiuto non apre niente.|}
Q: Dov'è il manuale?
@ 0 howto_usage
S: Lingua dell'interfaccia
B: Come si mette l'interfaccia in italiano? {Da me è tutto in tedesco dall'installazione.|I colleghi la usano in tedesco, io preferisco l'italiano.}
@ 0 howto_usage
S: Nuovo archivio
B: Come creo un nuovo archivio per la nostra seconda società? {Abbiamo appena fondato una filiale.|}
@ 0 howto_usage
S: Inviare per e-mail
B: Si può inviare un documento direttamente da Papyra per e-mail {con {outlook}|}? Vedo solo "Esporta".
@ 0 howto_usage
S: Salvare una ricerca
B: È possibile salvare una ricerca per non dover reimpostare i filtri ogni volta? {Ad esempio tutte le fatture aperte di un fornitore.|}
@ 0 howto_usage
S: Colonne
B: Come faccio a mostrare altre colonne nella lista, ad esempio l'importo e la scadenza?
@ 0 howto_usage
S: Video
B: Avete video di formazione o registrazioni di webinar per nuovi utenti? {Abbiamo due persone nuove in contabilità.|}
@ 0 howto_usage
S: Campo personalizzato
B: Come aggiungo un campo mio (es. "centro di costo") a un tipo di documento? {Si può fare senza script?|}
@ 0 howto_usage
S: Stampare più documenti
B: Come si stampano più documenti in una volta? Adesso li apro uno per uno.
@ 0 howto_usage
S: Anteprima
B: si può ingrandire l'anteprima a destra? sul mio portatile è minuscola
# ============================================================ LEVEL 1
@ 1 account_access
S: Password portale
S: Non riesco ad accedere al portale
B: Ho provato a reimpostare la password del portale clienti ma la mail non arriva mai (nemmeno nello spam). Il mio login è {email}. Potreste reimpostarla manualmente?
Q: Non arriva la mail di reset del portale, potete reimpostare la mia password? {email}
@ 1 account_access
S: Amministratore del portale
B: Il nostro ex responsabile IT, {first2} {last2}, era amministratore del nostro account sul portale clienti. Ha lasciato l'azienda. Potreste nominare me amministratore al suo posto?
@ 1 account_access
S: Cambio indirizzo e-mail
B: Vi prego di cambiare l'indirizzo e-mail del nostro account portale in {email}. {La vecchia casella verrà eliminata.|}
@ 1 account_access
S: Aggiungere utente al portale
B: Potreste aggiungere la mia collega {first2} {last2} al portale clienti, così può scaricare le fatture? N. cliente {cust}.
@ 1 account_access
S: Account bloccato
B: Ho sbagliato la password troppe volte e adesso il mio account sul portale è bloccato. Potete sbloccarlo per favore?
Q: account portale bloccato, per favore sbloccare. {email}
@ 1 account_access
S: Telefono perso
B: Ho perso il telefono con l'app di autenticazione e non riesco più ad accedere al portale clienti. Potete reimpostare l'autenticazione a due fattori del mio account ({email})?
@ 1 account_access
S: Cambio indirizzo
B: Abbiamo traslocato. Vi prego di aggiornare il nostro indirizzo: {street}, {city}. N. cliente {cust}.
@ 1 account_access
S: Rimuovere accesso
B: Vi prego di rimuovere l'accesso al portale di {first2} {last2}, che ha lasciato la ditta il {date}.
@ 1 account_access
S: Cambio ragione sociale
B: Dopo la fusione la nostra ditta si chiama {company}. Potreste aggiornare il nome nel nostro account cliente e sulle prossime fatture?
@ 1 account_access
S: Secondo amministratore
B: È possibile avere un secondo amministratore sul nostro account del portale? Se sì, aggiungete {first2} {last2}.
# ---
@ 1 licensing_billing
S: R: Vostra fattura {inv}
S: Domanda sulla fattura
B: Sulla fattura {inv} ci addebitate {n2} postazioni, ma abbiamo solo {seats} licenze. Potreste verificare e mandarci una fattura corretta?
Q: La fattura {inv} ha il numero di licenze sbagliato, per favore correggere.
@ 1 licensing_billing
S: Indirizzo di fatturazione sbagliato
B: La fattura {inv} è intestata al nostro vecchio indirizzo. Potete riemetterla con quello nuovo? {Altrimenti la contabilità non la può registrare.|}
@ 1 licensing_billing
S: Rinnovo
B: Il nostro abbonamento scade il {date}. Potreste mandarci {offerta} per il rinnovo di {seats} postazioni?
@ 1 licensing_billing
S: Licenze aggiuntive
B: Ci servono {n} postazioni in più per nuovi collaboratori. Mandateci {offerta} {oppure attivatele direttamente e fatturatecele|}.
Q: Ci servirebbero {n} licenze in più, grazie per {offerta}.
@ 1 licensing_billing
S: Passaggio a Professional
B: Vorremmo passare da Standard a Professional. Cosa dobbiamo fare e quanto costa per il periodo rimanente?
@ 1 licensing_billing
S: Riduzione postazioni
B: Vorremmo ridurre il nostro abbonamento da {n2} a {seats} postazioni al prossimo rinnovo. Grazie per la conferma.
@ 1 licensing_billing
S: Pagato due volte
B: Abbiamo pagato per errore due volte la fattura {inv} ({amount}). Potreste rimborsare il secondo pagamento sul nostro conto?
@ 1 licensing_billing
S: Trasferire la licenza
B: Abbiamo sostituito un PC e quello vecchio non esiste più. Potete liberare la licenza dal vecchio computer così la attiviamo su quello nuovo?
@ 1 licensing_billing
S: Sollecito?
B: Abbiamo ricevuto un sollecito per la fattura {inv}, ma l'abbiamo pagata il {date}. Potete verificare? {Allego la conferma di pagamento.|}
@ 1 licensing_billing
S: Copia fattura
B: Potreste mandarmi una copia della fattura di {month}? Sul portale non la trovo.
Q: Per favore inviatemi copia della fattura di {month}.
@ 1 licensing_billing
S: Partita IVA mancante
B: Sull'ultima fattura manca la nostra partita IVA. Vi prego di aggiungerla e rimandarla: {piva}.
@ 1 licensing_billing
S: Chiave di licenza persa
B: Non troviamo più la nostra chiave di licenza (server reinstallato). Potreste rimandarcela? N. cliente {cust}.
@ 1 licensing_billing
S: Pagamento con carta
B: D'ora in poi vorremmo pagare con carta di credito invece che con fattura. Come possiamo cambiare?
@ 1 licensing_billing
S: Rinnovo non ricevuto
B: La nostra licenza scade tra {n} giorni e non abbiamo ancora ricevuto la fattura di rinnovo. Potete mandarla, così non si blocca niente?
# ---
@ 1 installation_updates
S: Link per il download
B: Potreste mandarmi il link per scaricare la versione attuale di Papyra Desktop? {Siamo ancora alla {oldver}.|}
Q: link download ultima versione per favore
@ 1 installation_updates
S: Versione precedente
B: Ci servirebbe l'installer della versione {oldver}, perché {il driver dello scanner|un plugin personalizzato} non funziona ancora con la nuova. Potete mandarci un link?
@ 1 installation_updates
S: Aggiornamento incluso?
B: L'aggiornamento alla {newver} è compreso nel nostro abbonamento? Se sì, mandateci il link e l'eventuale nuovo file di licenza.
@ 1 installation_updates
S: Link scaduto
B: Il link di download della settimana scorsa è scaduto prima che riuscissimo a installare. Potreste mandarcene uno nuovo?
@ 1 installation_updates
S: Installer offline
B: Il nostro server non ha accesso a Internet. Esiste un installer offline per la {newver} che potreste mandarci?
@ 1 installation_updates
S: Pacchetto MSI
B: Potreste fornirci il pacchetto MSI del client Desktop? Il nostro fornitore informatico ne ha bisogno per la distribuzione.
@ 1 installation_updates
S: Passaggio dalla versione 5
B: Siamo ancora a Papyra {oldver}. Il nostro contratto copre il passaggio alla versione 7? Se sì, mandateci i dati per il download.
@ 1 installation_updates
S: Appuntamento per l'aggiornamento
B: Vorremmo fissare un appuntamento con un vostro tecnico per l'aggiornamento alla {newver} sul nostro server. Quali date sarebbero possibili?
# ---
@ 1 documents_recognition
S: Modulo QR
B: La settimana scorsa abbiamo ordinato il modulo QR-fattura (ordine {inv}), ma non è ancora attivo nella nostra licenza. Potete attivarlo?
@ 1 documents_recognition
S: Fogli separatori
B: Potreste mandarci i fogli separatori con codice a barre in PDF? {Quelli dell'installazione non si trovano più.|}
@ 1 documents_recognition
S: Pacchetto lingua OCR
B: Vorremmo ordinare il pacchetto lingua OCR aggiuntivo per {il portoghese|il polacco|lo spagnolo}. Mandateci {offerta}, grazie.
@ 1 documents_recognition
S: Configurazione tipi di documento
B: Vorremmo far configurare dal vostro team {n} nuovi tipi di documento ({doctype}). Potete farci {offerta}?
@ 1 documents_recognition
S: Pacchetto modelli
B: Potreste mandarmi l'elenco dei modelli fornitori contenuti nel "Pacchetto fatture Svizzera"? {Il titolare vuole decidere se comprarlo.|}
# ---
@ 1 integrations
S: Modulo di esportazione
B: Vi prego di attivare il modulo di esportazione {acct} per la nostra licenza (n. cliente {cust}). Abbiamo rimandato il modulo d'ordine firmato {day}.
@ 1 integrations
S: Credenziali API
B: Ci servono le credenziali (chiave API) per l'API REST per il nostro sviluppatore. Come le otteniamo?
@ 1 integrations
S: Accesso sandbox
B: Potreste darci accesso alla sandbox per sviluppatori? {Il nostro partner sta sviluppando un'interfaccia per noi.|}
@ 1 integrations
S: Schema XML
B: Il nostro partner {acct} chiede lo schema XML dell'esportazione di Papyra. Potete farcelo avere?
@ 1 integrations
S: Prezzo del connettore
B: Quanto costa il connettore {acct} all'anno? Mandatemi {offerta} per {seats} utenti, grazie.
# ---
@ 1 database_storage
S: Strumento di backup
B: Mandatemi per favore il link per scaricare lo strumento Papyra Backup & Restore. {Sul portale non lo trovo.|}
@ 1 database_storage
S: Migrazione a SQL Server
B: Vorremmo passare dal database integrato a SQL Server. Offrite questa migrazione come servizio? Grazie per {offerta}.
@ 1 database_storage
S: Spazio cloud
B: Il nostro spazio di archiviazione cloud è quasi pieno (restano {pct} GB). Come possiamo acquistare più spazio?
@ 1 database_storage
S: Esportazione dati alla disdetta
B: Disdiciamo il contratto. Vi prego di indicarci come ricevere un'esportazione completa del nostro archivio.
@ 1 database_storage
S: Attestato per il revisore
B: Il nostro revisore chiede un'attestazione che l'archivio Papyra è conforme per la conservazione. Potreste mandarci {il certificato|una conferma scritta}?
# ---
@ 1 security_network
S: Indirizzi IP per il firewall
B: Potreste mandarci i nomi host e gli indirizzi IP dei vostri server di licenza e di aggiornamento? Dobbiamo autorizzarli nel firewall.
@ 1 security_network
S: Hash dei file
B: Il nostro reparto IT vuole autorizzare Papyra in AppLocker. Potete mandarci i dati del certificato di firma o gli hash dei file della versione {ver}?
@ 1 security_network
S: Accordo sul trattamento dati
B: Vi preghiamo di inviarci il vostro accordo sul trattamento dei dati (DPA) da firmare.
@ 1 security_network
S: Questionario di sicurezza
B: Il nostro ufficio sicurezza mi ha chiesto di inoltrarvi il questionario allegato. Potreste compilarlo e rimandarcelo entro il {date}?
@ 1 security_network
S: Penetration test
B: Il mese prossimo facciamo un penetration test della rete, server Papyra compreso. Serve il vostro consenso o volete essere informati?
# ---
@ 1 third_party_infrastructure
S: Elenco multifunzione
B: Il nostro ufficio acquisti ha bisogno dell'elenco delle stampanti multifunzione certificate per Papyra. Potreste mandarcelo?
@ 1 third_party_infrastructure
S: Ordine scanner
B: Possiamo comprare un {scanner} tramite voi? Mandateci {offerta} per {n} pezzi, consegna compresa.
@ 1 third_party_infrastructure
S: Contratto Citrix
B: Il nostro contratto di supporto copre anche l'aiuto sull'ambiente Citrix, o serve un accordo aggiuntivo? Mandateci le condizioni.
@ 1 third_party_infrastructure
S: NAS nel contratto?
B: Potete dirci se il vostro supporto copre anche il nostro {nas}? Altrimenti, potete consigliarci un partner?
@ 1 third_party_infrastructure
S: Tecnico in sede
B: Vorremmo prenotare un tecnico in sede per collegare la nostra nuova {mfp} a Papyra. Quando sarebbe possibile e quanto costa?
# ---
@ 1 howto_usage
S: R: vostra risposta
S: L'articolo non è servito
B: Grazie per il link all'articolo della knowledge base su {le ricerche salvate|i timbri|l'unione di documenti}, ma non mi è servito, nella nostra versione ({ver}) il menu è diverso. Qualcuno me lo può spiegare?
@ 1 howto_usage
S: Iscrizione webinar
B: Vorrei iscrivere {n} persone al prossimo webinar per principianti. {Nomi: {first2} {last2} e io.|}
@ 1 howto_usage
S: Manuale in italiano
B: Potreste mandarci il manuale utente in italiano? {I colleghi della sede di Bellinzona ne hanno bisogno.|} Ho trovato solo tedesco e inglese.
@ 1 howto_usage
S: Introduzione
B: Abbiamo una nuova collaboratrice in contabilità. Possiamo prenotare per lei un'introduzione online di un'ora a Papyra?
@ 1 howto_usage
S: Giornata di consulenza
B: Vorremmo rivedere la struttura delle cartelle e i tipi di documento con un consulente. Grazie per {offerta} per una giornata di consulenza.
@ 1 howto_usage
S: ancora nessuna risposta
B: La settimana scorsa avevo chiesto come {impostare i valori predefiniti dei campi|cambiare la disposizione delle colonne} e mi avete rimandato alle FAQ. Ho provato ma non funziona come descritto. Qualcuno può aiutarmi?
# ============================================================ LEVEL 2
@ 2 account_access
S: Accesso impossibile dopo cambio dominio
B: Da quando abbiamo rinominato il dominio, {n} utenti non riescono più ad accedere a Papyra. Messaggio: "Accesso non riuscito: utente non trovato nella directory". Gli altri funzionano.
@ 2 account_access
S: Permessi non applicati
B: Ho aggiunto {first2} al gruppo "Contabilità", ma continua a non vedere la cartella Fatture. Ha fatto logout e login. {Gli altri membri del gruppo la vedono.|}
@ 2 account_access
S: Codici 2FA rifiutati
B: I codici dell'app di autenticazione vengono rifiutati in Papyra Desktop ("Codice non valido"). {Va avanti così {day}.|} Sul portale gli stessi codici funzionano.
@ 2 account_access
S: Disconnessioni continue
B: I nostri utenti vengono disconnessi da Papyra ogni pochi minuti e devono rifare il login. {Sono tutti esasperati.|} Server: {winsrv}.
@ 2 account_access
S: Accesso negato dopo migrazione
B: Dopo aver spostato Papyra sul nuovo server, tutti gli utenti ricevono "Accesso negato" appena aprono una cartella, anche l'amministratore. Nella gestione utenti i permessi sembrano corretti.
@ 2 account_access
S: Il login Windows chiede la password
B: Usiamo l'autenticazione Windows, ma adesso Papyra chiede la password a ogni avvio. {Prima entrava in automatico.|}
# ---
@ 2 licensing_billing
S: Attivazione non riuscita
B: Sto cercando di attivare la licenza sul nuovo PC ma ricevo "Impossibile attivare la licenza ({code})". La chiave è giusta, l'ho copiata dal portale.
@ 2 licensing_billing
S: Nessuna licenza libera
B: Gli utenti ricevono "Nessuna licenza disponibile" anche se sono occupate solo {n} delle nostre {seats} postazioni. {Chiudere Papyra su tutti i PC non è servito.|}
@ 2 licensing_billing
S: Ancora scaduta dopo il rinnovo
B: Abbiamo rinnovato e pagato l'abbonamento, ma Papyra mostra ancora "Licenza scaduta" su tutti i client. Ho importato il nuovo file di licenza come indicato.
@ 2 licensing_billing
S: Attivazione offline
B: Il file di attivazione offline non viene accettato: "Risposta di attivazione non valida". Il nostro server non ha Internet, quindi l'ho fatto da un altro PC.
@ 2 licensing_billing
S: Servizio licenze non raggiungibile
B: I client segnalano {day} "Servizio licenze non raggiungibile". Il server è acceso e risponde al ping.
# ---
@ 2 installation_updates
S: Errore di installazione {msi}
S: L'installazione non va a buon fine
B: L'installazione di Papyra Desktop {newver} si interrompe con "Errore {msi}: errore irreversibile durante l'installazione". {Sono amministratore locale.|Eseguito come amministratore.} {win}.
Q: L'installazione si blocca con errore {msi}, {win}. Che faccio?
@ 2 installation_updates
S: Aggiornamento interrotto
B: L'aggiornamento dalla {oldver} alla {newver} si è fermato con il messaggio "Impossibile completare la migrazione del database. Verrà ripristinata la versione precedente." Papyra gira ancora sulla versione vecchia.
@ 2 installation_updates
S: Manca .NET
B: Il setup resta fermo su "Installazione dei prerequisiti" e dopo un po' dice che non è stato possibile installare il .NET Desktop Runtime. {I nostri PC non hanno accesso diretto a Internet.|}
@ 2 installation_updates
S: Versioni incompatibili
B: Dopo aver aggiornato il server alla {newver}, i client dicono "La versione client {oldver} non è compatibile con la versione server {newver}" e l'aggiornamento automatico del client non parte.
@ 2 installation_updates
S: Altra installazione in corso
B: Il setup dice "È già in corso un'altra installazione" ({msi}), anche dopo un riavvio. {Non trovo nessun altro installer.|}
@ 2 installation_updates
S: Spostamento su nuovo PC
B: Ho spostato Papyra su un PC nuovo seguendo la vostra guida, ma sul nuovo computer l'archivio è vuoto. Il file del database c'è ({n2} GB).
@ 2 installation_updates
S: Distribuzione GPO
B: La distribuzione del client via GPO non riesce su circa metà dei PC. Visualizzatore eventi: "Installazione di Papyra Desktop non riuscita con codice di errore {msi}".
@ 2 installation_updates
S: fermo al {pct}%
B: L'aggiornamento è fermo al {pct}% da più di un'ora. {Devo interromperlo?|} Non succede più niente.
@ 2 installation_updates
S: Disinstallazione impossibile
B: Non riesco a disinstallare la versione vecchia: "La funzionalità che si sta tentando di utilizzare si trova su una risorsa di rete non disponibile." Quindi non posso nemmeno installare la {newver}.
@ 2 installation_updates
S: Non parte dopo aggiornamento Windows
B: Dopo gli ultimi aggiornamenti di Windows, Papyra non parte più su {n} PC, messaggio: "Il componente 'PapyraViewer.ocx' o una delle sue dipendenze non è registrato correttamente".
# ---
@ 2 documents_recognition
S: Scanner non rilevato
S: Impossibile scansionare
B: Papyra non trova più il nostro {scanner}. Nella finestra di scansione l'elenco delle sorgenti è vuoto {("Nessuna sorgente TWAIN trovata")|}. Con il programma del produttore scansiona.
Q: scanner ({scanner}) non rilevato in Papyra, altrove funziona
@ 2 documents_recognition
S: Importi letti male
B: Il riconoscimento legge male l'importo totale su molte fatture, ad es. 1.250,00 diventa 125000 o un 7 diventa un 1. {Prima andava meglio.|} Scansioniamo a {res} dpi.
@ 2 documents_recognition
S: Nuovo layout fattura
B: Uno dei nostri fornitori principali ha cambiato il layout delle fatture e adesso Papyra non riconosce più {numero e data|nessun campo}. Potete aiutarci a insegnargli il nuovo layout?
@ 2 documents_recognition
S: QR-fattura non letta
B: Alcune QR-fatture non vengono riconosciute, i dati di pagamento restano vuoti. {Sembra riguardare {n} fornitori.|} Le altre vanno.
@ 2 documents_recognition
S: Separatori ignorati
B: I fogli separatori con codice a barre vengono ignorati, otteniamo un unico documento con tutte le {pages} pagine invece di documenti separati.
@ 2 documents_recognition
S: Solo la prima pagina
B: Scansionando dall'alimentatore viene acquisita solo la prima pagina, poi Papyra dice "Scansione completata". {Apparecchio: {scanner}.|}
@ 2 documents_recognition
S: Pagine nere
B: {day} tutte le pagine scansionate sono {nere|capovolte|molto scure}. {Ho già pulito lo scanner.|} In altri programmi le scansioni sono normali.
@ 2 documents_recognition
S: Fornitore sbagliato
B: Papyra assegna le fatture di "{company}" a un altro fornitore con un nome simile. Dobbiamo correggere a mano ogni volta.
@ 2 documents_recognition
S: Dispositivo occupato
B: Quando avviamo una scansione riceviamo "Il dispositivo è occupato o non pronto (errore WIA {hex})". Dopo un riavvio funziona una volta, poi di nuovo l'errore.
@ 2 documents_recognition
S: Tutto come Varie
B: Dalla settimana scorsa tutti i documenti vengono classificati come tipo "Varie" invece che fattura/bolla. {Non abbiamo toccato le impostazioni.|}
@ 2 documents_recognition
S: Nuovo tipo di documento
B: Vorremmo che Papyra riconoscesse le {doctype} come tipo a sé, con nome e data. Un tecnico potrebbe aiutarci a configurarlo?
@ 2 documents_recognition
S: OCR pessimo con gli accenti
B: Il riconoscimento del testo è pessimo sui nostri documenti, quasi tutte le parole accentate sono sbagliate ("cittÃ ", "perchÃ©"). La lingua OCR è impostata su italiano. {Allego un esempio.|}
# ---
@ 2 integrations
S: Codici IVA sbagliati nell'esportazione
S: Esportazione verso {acct}
B: L'esportazione verso {acct} mette il codice IVA sbagliato sulle fatture al {8.1|2.6|22|10}%, la nostra contabile deve correggere ogni registrazione. {Le altre aliquote sono giuste.|}
@ 2 integrations
S: Note di credito esportate come fatture
B: Le note di credito vengono esportate in {acct} con importo positivo e quindi registrate come fatture. {È un bel pasticcio.|}
@ 2 integrations
S: Registrazioni doppie
B: Alcuni documenti arrivano doppi in {acct} dopo l'esportazione. {La settimana scorsa erano {n}.|}
@ 2 integrations
S: Accenti rovinati nel CSV
B: Nell'esportazione CSV tutti gli accenti sono rovinati (es. "CittÃ " invece di "Città"). {Apriamo il file in Excel.|}
@ 2 integrations
S: Formato data
B: L'esportazione scrive la data come 2024-03-05, ma {acct} si aspetta 05.03.2024, quindi l'importazione fallisce. Dove si cambia?
@ 2 integrations
S: Manca il link al giustificativo
B: L'esportazione verso {acct} funziona, ma nella registrazione manca il link al PDF, quindi nessuno può aprire il giustificativo dalla contabilità.
@ 2 integrations
S: Centro di costo vuoto
B: Il centro di costo che inseriamo in Papyra è sempre vuoto dopo l'esportazione verso {acct}. Gli altri campi arrivano giusti.
@ 2 integrations
S: Importazione da Outlook
B: L'importazione di e-mail da {outlook} con il componente aggiuntivo Papyra fallisce: "Impossibile importare il messaggio". {Gli allegati sono PDF.|}
@ 2 integrations
S: Separatore decimale
B: Gli importi vengono esportati con la virgola invece del punto, così {acct} legge 1250,00 come 1.25. {C'è un'impostazione?|}
@ 2 integrations
S: L'esportazione non parte più
B: L'esportazione automatica verso {acct} non parte più {day}. Nel log c'è:{log_export}
# ---
@ 2 database_storage
S: Ricerca lentissima
B: Una ricerca nell'archivio da noi dura {n}-{n2} secondi, anche la più semplice. Un anno fa era istantanea. Abbiamo circa {docs} documenti.
@ 2 database_storage
S: Backup non riuscito
B: Il backup notturno fallisce con "Accesso al percorso '{share}' negato". L'account di servizio dovrebbe avere i diritti.
@ 2 database_storage
S: Serve un ripristino
B: Dobbiamo ripristinare l'archivio dal backup di {wd} scorso perché qualcuno ha cancellato un'intera cartella. Qualcuno può guidarci nel ripristino?
@ 2 database_storage
S: Database troppo grande
B: Il nostro database è arrivato a {n2} GB e sul server manca spazio. C'è un modo sicuro per pulirlo o compattarlo?
@ 2 database_storage
S: Spostare l'archivio
B: Vogliamo spostare l'archivio dei documenti su un nuovo disco (da D: a E:). Qual è il modo più sicuro per farlo senza rompere i collegamenti?
@ 2 database_storage
S: Database bloccato
B: Gli utenti ricevono spesso "database is locked" quando più persone archiviano documenti contemporaneamente. Usiamo il database integrato con {n} utenti.
@ 2 database_storage
S: Connessione SQL
B: Dopo il cambio password dell'account di servizio SQL, Papyra non riesce più a collegarsi al database: "Login failed for user 'papyra_svc'". Dove devo cambiare la password?
@ 2 database_storage
S: Apertura lenta su un PC
B: Su una postazione l'apertura di qualsiasi documento richiede quasi un minuto, su tutte le altre è immediata. Stessa versione ({ver}).
# ---
@ 2 security_network
S: Quarantena antivirus
S: Papyra cancellato dall'antivirus?
B: {av} ha messo in quarantena il file PapyraOcr.dll dopo l'aggiornamento e adesso il riconoscimento non funziona più. L'avviso dice "{threat}".
Q: {av} ha messo in quarantena un file di Papyra, l'OCR non va più
@ 2 security_network
S: Sophos blocca il servizio
B: Da quando abbiamo distribuito Sophos Intercept X, il servizio server di Papyra si ferma pochi minuti dopo l'avvio. Nella console Sophos vediamo "Lockdown prevented" per Papyra.Server.exe.
@ 2 security_network
S: SmartScreen
B: Windows Defender SmartScreen blocca l'installer della {newver} ("Windows ha protetto il PC"). Il file è sicuro, e come lo aggiriamo nel nostro ambiente?
@ 2 security_network
S: Il firewall blocca i client
B: I client della nostra seconda sede non raggiungono il server. Pensiamo che il firewall blocchi la porta {port}, ma il nostro fornitore dice che è aperta. Potete aiutarci a fare un test?
@ 2 security_network
S: Autenticazione proxy
B: Il controllo della licenza fallisce dietro il nostro proxy:{log_net}Il proxy richiede l'autenticazione.
@ 2 security_network
S: Certificato scaduto
B: Tutti i client mostrano l'avviso "Il certificato del server è scaduto". Come si rinnova il certificato del server Papyra?
@ 2 security_network
S: Kaspersky rallenta tutto
B: Da quando è installato Kaspersky, scansione e archiviazione sono lentissime (circa {n} secondi a pagina invece di uno). Se lo disattiviamo torna veloce.
@ 2 security_network
S: Ispezione SSL
B: Da quando il nostro firewall ({fw}) fa ispezione SSL, la sincronizzazione tra filiale e sede fallisce con un errore di certificato.
@ 2 security_network
S: Accesso controllato alle cartelle
B: L'"Accesso controllato alle cartelle" di Windows Defender impedisce a Papyra di salvare nella cartella dei documenti. Cosa dobbiamo autorizzare esattamente?
@ 2 security_network
S: Certificato nostro
B: Vogliamo sostituire il certificato autofirmato del server Papyra con uno della nostra CA interna. Ho provato, ma adesso i client non si collegano più.
# ---
@ 2 third_party_infrastructure
S: Archivio sul NAS non raggiungibile
B: Abbiamo rinominato la condivisione sul NAS (prima {share}) e adesso Papyra dice "Archivio documenti non disponibile". Come cambio il percorso in Papyra?
@ 2 third_party_infrastructure
S: Cartella monitorata
B: La {mfp} salva correttamente le scansioni nella cartella monitorata, ma Papyra non le preleva più. I file restano lì.
@ 2 third_party_infrastructure
S: Pagine bianche in stampa
B: Quando stampiamo da Papyra sulla nostra {mfp} escono solo pagine bianche. Da Word sulla stessa stampante funziona.
@ 2 third_party_infrastructure
S: Impostazioni per Citrix
B: Stiamo pubblicando Papyra sui nuovi server Citrix. Quali impostazioni di Papyra dobbiamo adattare perché le impostazioni utente vengano salvate nel posto giusto? Potreste vederlo con il nostro amministratore?
@ 2 third_party_infrastructure
S: Nuovo NAS come archivio
B: Abbiamo comprato un nuovo {nas} e vorremmo spostarci l'archivio documenti di Papyra. Un tecnico potrebbe aiutarci con la configurazione in Papyra?
# ---
@ 2 howto_usage
S: Flusso di approvazione
B: Vorremmo impostare un flusso di approvazione delle fatture (operatore -> responsabile -> pagamento). Ho letto il manuale ma non so come farlo nel nostro caso. Qualcuno potrebbe farlo con me in assistenza remota?
@ 2 howto_usage
S: Più società
B: Gestiamo {n} società in un'unica installazione e vogliamo separare cartelle, tipi di documento e permessi. Un tecnico potrebbe aiutarci a impostare questa struttura?
@ 2 howto_usage
S: Archiviazione automatica
B: Vogliamo un'archiviazione automatica per fornitore e anno per le nostre {n} filiali. Le basi funzionano, ma per i dettagli ci serve aiuto. Richiamatemi per favore.
@ 2 howto_usage
S: Configurare l'importazione mail
B: Potreste aiutarci a configurare l'importazione e-mail per la nostra casella fatture? Abbiamo provato, ma le impostazioni per Exchange Online ci confondono.
@ 2 howto_usage
S: Concetto dei ruoli
B: Abbiamo bisogno di aiuto per definire i ruoli di {n2} collaboratori, con restrizioni per i documenti del personale. Possiamo prenotare una sessione con un tecnico?
# ============================================================ LEVEL 3
@ 3 account_access
S: Un utente vede documenti senza permessi
B: Un'utente senza permessi sulla cartella Personale vede documenti del personale nei risultati di ricerca (titolo e anteprima!). Dall'albero delle cartelle non riesce ad aprirli. Sembra un bug. Versione {ver}.
@ 3 account_access
S: Crash sincronizzazione AD
B: La sincronizzazione degli utenti con Active Directory va in crash ogni notte. Dal log del server:{trace_auth}
@ 3 account_access
S: Permessi azzerati dopo l'aggiornamento
B: Dopo l'aggiornamento alla {newver} tutti i permessi delle cartelle sono stati riportati ai valori predefiniti. Abbiamo dovuto reimpostare tutto a mano. È successo su due dei nostri server.
@ 3 account_access
S: Crash 2FA
B: Quando gli utenti vogliono configurare l'autenticazione a due fattori, Papyra Desktop va in crash:{trace_twofa}
@ 3 account_access
S: Utente eliminato ancora attivo
B: Un utente che abbiamo eliminato in Papyra il {date} riesce ancora ad accedere ai documenti tramite l'API con il suo vecchio token. L'abbiamo visto nel log degli accessi. Vi prego di verificare.
@ 3 account_access
S: Utente sbagliato nel log
B: Nel registro di audit risultano cancellazioni fatte da un'utente che era in ferie e non collegata. Sospettiamo che il log registri l'utente sbagliato quando due persone lavorano sullo stesso PC. {ver}.
@ 3 account_access
S: Errore 500 nel client web
B: Aprendo alcuni documenti nel client web compare l'errore 500. Log del server:{trace_auth}
# ---
@ 3 licensing_billing
S: Il servizio licenze va in crash
B: Il servizio licenze sul nostro server va in crash più volte al giorno e tutti i client perdono la licenza. Log:{trace_lic}
@ 3 licensing_billing
S: File di licenza dopo l'aggiornamento
B: Dall'aggiornamento alla {newver} il server non riesce più a caricare il nostro file di licenza. Con la {oldver} funzionava.{trace_lic}
@ 3 licensing_billing
S: Il contatore licenze sale
B: Il numero di licenze occupate continua a salire anche se tutti chiudono Papyra correttamente. Dopo qualche giorno nessuno riesce più a entrare e dobbiamo riavviare il server. Succede dalla {oldver}, anche nella {newver}.
@ 3 licensing_billing
S: Crash al controllo licenza
B: Papyra Desktop va in crash subito all'avvio durante il controllo della licenza. Visualizzatore eventi:{eventlog}
@ 3 licensing_billing
S: Sessione sbagliata
B: Quando due utenti avviano Papyra nello stesso secondo, spesso uno riceve la sessione dell'altro e vede i suoi documenti aperti. Riproducibile con la {newver}.
# ---
@ 3 installation_updates
S: L'aggiornamento è andato in crash
B: L'aggiornamento alla {newver} è andato in crash durante l'aggiornamento del database:{trace_setup}Adesso non parte né la versione vecchia né quella nuova.
@ 3 installation_updates
S: Eccezione durante il setup
B: Il setup va in crash sul nostro server con la seguente eccezione:{trace_setup}{winsrv}, database SQL Server.
@ 3 installation_updates
S: Crash all'avvio dopo l'aggiornamento
B: Dall'aggiornamento alla {newver}, Papyra Desktop va in crash subito all'avvio su tutti i PC. Visualizzatore eventi:{eventlog}
@ 3 installation_updates
S: Dati mancanti dopo l'aggiornamento
B: Dopo l'aggiornamento dalla {oldver} alla {newver}, i campi personalizzati di tutti i documenti archiviati prima del {yr} sono vuoti. L'aggiornamento è terminato senza errori. Per noi è un problema serio.
@ 3 installation_updates
S: Ricerca rotta dopo l'aggiornamento
B: Abbiamo aggiornato un sistema di test dalla {oldver} alla {newver} e la ricerca non trova più i documenti archiviati prima dell'aggiornamento. Riproducibile; abbiamo tenuto una copia del database per voi.
@ 3 installation_updates
S: Il rollback ha danneggiato il database
B: L'aggiornamento è fallito ed è tornato indietro automaticamente, da allora l'archivio segnala incoerenze e alcuni documenti danno errore all'apertura. {Il database è su {sql}.|}
# ---
@ 3 documents_recognition
S: Crash OCR
S: Crash durante la scansione
B: Papyra va in crash durante il riconoscimento di certi documenti. Dettagli dell'errore:{trace_ocr}Succede sempre con lo stesso PDF, posso mandarvelo.
@ 3 documents_recognition
S: Crash con la QR-fattura
B: L'archiviazione delle QR-fatture di un fornitore manda in crash il job di acquisizione:{trace_ocr}
@ 3 documents_recognition
S: Importi moltiplicati per 100
B: Dalla {newver} tutti gli importi estratti sono 100 volte troppo alti (123.45 diventa 12345). Con la {oldver} era corretto con gli stessi modelli. Lo vediamo in tutte le filiali.
@ 3 documents_recognition
S: Crash oltre le 50 pagine
B: Quando scansioniamo più di una cinquantina di pagine alla volta, Papyra va in crash:{trace_scan}I blocchi più piccoli passano.
@ 3 documents_recognition
S: Il riconoscimento si blocca su un PDF
B: Il job di riconoscimento resta bloccato all'infinito su un PDF preciso e blocca tutti i documenti successivi. Dobbiamo riavviare il servizio. Posso riprodurlo ogni volta con questo file.
@ 3 documents_recognition
S: Pagine mescolate
B: Abbiamo scoperto che pagine di documenti diversi sono state mescolate: la fattura A contiene la pagina 2 della fattura B. Riguarda un blocco del {date}. È gravissimo, nessuno se n'è accorto per settimane.
@ 3 documents_recognition
S: Accenti spariti dopo l'aggiornamento
B: Dalla {newver} dal testo OCR spariscono tutte le lettere accentate (à, è, ù vengono semplicemente tolte), così la ricerca nel testo non trova più niente. Le stesse scansioni erano corrette con la {oldver}.
@ 3 documents_recognition
S: Il visualizzatore va in crash
B: L'apertura di documenti con molte pagine manda in crash il visualizzatore:{trace_viewer}
@ 3 documents_recognition
S: Documenti saltati
B: Il riconoscimento in blocco salta documenti a caso: su {pages} documenti scansionati ne arrivano solo {n2} in entrata, e il log non mostra niente. Succede su due installazioni.
@ 3 documents_recognition
S: Crash campo IBAN
B: Il riconoscimento si ferma con un'eccezione sulle fatture con un IBAN in un certo formato:{trace_ocr}
# ---
@ 3 integrations
S: API REST errore 500
S: Errore API
B: La nostra interfaccia riceve HTTP 500 caricando documenti tramite l'API REST. Log del server:{log_api}La stessa richiesta funzionava con la {oldver}.
@ 3 integrations
S: API 409
B: Le richieste PATCH su /api/v2/documents/{{id}}/fields restituiscono 409 Conflict ("stale rowversion") anche quando nessun altro sta modificando il documento. Rileggiamo il documento subito prima del PATCH.
@ 3 integrations
S: Errore nello script
B: Il nostro script di smistamento non funziona più dall'aggiornamento alla {newver}. Errore:{trace_script}Lo script non è stato modificato da due anni.
@ 3 integrations
S: Crash regole di smistamento
B: Da quando abbiamo creato una nuova regola di smistamento (Musterregel), il servizio di acquisizione va in crash:{trace_script}Senza la regola funziona, ma ci serve.
@ 3 integrations
S: Timeout regex
B: Una delle nostre regole va in timeout sui documenti lunghi e tutto lo smistamento si ferma:{trace_script}
@ 3 integrations
S: Crash esportazione Banana
B: L'esportazione verso Banana si interrompe con questo errore:{trace_expfmt}Succede solo con alcuni giustificativi, non vedo cosa abbiano in comune.
@ 3 integrations
S: Eccezione esportazione Abacus
B: L'esportazione verso Abacus si interrompe:{trace_abacus}Non abbiamo cambiato niente nelle impostazioni IVA.
@ 3 integrations
S: Esportazione XML carattere non valido
B: L'esportazione XML va in crash:{trace_xml}Probabilmente una fattura contiene un carattere strano, ma l'esportazione non dovrebbe bloccarsi per questo.
@ 3 integrations
S: Paginazione API difettosa
B: Scorrendo /api/v2/documents con pageSize=100, alcuni documenti compaiono due volte e altri mai. La nostra sincronizzazione quindi perde documenti. Riproducibile con la {newver}.
@ 3 integrations
S: Webhook non inviato
B: Il webhook "document.filed" non viene inviato per i documenti archiviati da una regola, solo per quelli archiviati a mano. È un bug? Il nostro gestionale dipende da questo.
@ 3 integrations
S: parseDate è cambiata
B: Nella {newver} la funzione di script parseDate() restituisce un risultato diverso rispetto alla {oldver} per date come 03.04.2024 (giorno e mese invertiti). Tutti i nostri script si basano su questo.
@ 3 integrations
S: Endpoint di ricerca 500
B: L'endpoint di ricerca dell'API lancia una NullReferenceException (HTTP 500) se la ricerca contiene un trattino, ad es. GET /api/v2/search?q=ABC-123. Senza trattino funziona.
@ 3 integrations
S: Regole applicate due volte
B: Le nostre regole di smistamento a volte vengono applicate due volte, così i documenti finiscono in due cartelle e vengono esportati due volte verso {acct}. Non abbiamo trovato uno schema.
# ---
@ 3 database_storage
S: Database danneggiato
S: L'archivio non si apre
B: Papyra non riesce più ad aprire l'archivio:{trace_db}{day} abbiamo avuto un blackout.
@ 3 database_storage
S: Violazione chiave primaria
B: L'archiviazione dei documenti fallisce {day} con questo errore:{trace_db}
@ 3 database_storage
S: Contenuto del documento mancante
B: Diversi documenti non si aprono più:{trace_db}La verifica dell'archivio segnala {n2} documenti con file mancanti.
@ 3 database_storage
S: Errore chiave esterna
B: L'assegnazione di parole chiave ai documenti fallisce sul nostro backend PostgreSQL:{trace_db}
@ 3 database_storage
S: Indice incoerente
B: Dopo il crash del server l'archivio è incoerente. Il log dice:{log_db}Abbiamo un backup dell'altro ieri ma non vogliamo perdere i documenti archiviati da allora.
@ 3 database_storage
S: Documenti spariti dopo la verifica
B: Dopo la verifica dell'archivio con "Ripara" sono spariti circa {n2} documenti, non sono nemmeno nel cestino. Aiutateci per favore, sono documenti contabili.
@ 3 database_storage
S: Doppioni dopo il ripristino
B: Dopo il ripristino dal backup molti documenti compaiono doppi, con lo stesso ID ma contenuto diverso. Non sappiamo quale sia quello giusto.
@ 3 database_storage
S: Backup incompleto
B: In un test di ripristino abbiamo visto che mancano pagine nei documenti degli ultimi {n} mesi, anche se il backup ha sempre segnalato esito positivo.
@ 3 database_storage
S: Pagine sbagliate
B: Alcuni documenti mostrano le pagine di un documento completamente diverso. ID e titolo sono giusti, il contenuto è sbagliato. Finora abbiamo trovato {n2} casi.
@ 3 database_storage
S: Database aggiornato a metà
B: Dopo l'aggiornamento il database sembra a metà tra lo schema vecchio e quello nuovo; alcune tabelle hanno le colonne nuove, altre no. Papyra parte ma l'archiviazione fallisce.
@ 3 database_storage
S: Cancellato troppo
B: Una collega ha cancellato una sottocartella, ma Papyra ha cancellato anche i documenti di altre {n} cartelle con lo stesso nome. Com'è possibile? Ci servono.
@ 3 database_storage
S: Cronologia versioni persa
B: La cronologia delle versioni di tutti i documenti modificati prima del {date} è sparita. C'è solo l'ultima versione. Ci servono quelle vecchie per una verifica.
# ---
@ 3 security_network
S: Errore certificato anche se valido
B: I client rifiutano il certificato del server anche se è valido ed emesso dalla nostra CA, considerata attendibile su tutti i PC:{trace_net}I browser accettano il certificato senza problemi.
@ 3 security_network
S: Connessione chiusa durante la sincronizzazione
B: La sincronizzazione della filiale si interrompe regolarmente:{trace_net}Il team di rete non vede interruzioni.
@ 3 security_network
S: Crash durante la scansione vulnerabilità
B: La nostra scansione settimanale delle vulnerabilità (Nessus) manda in crash il servizio server di Papyra. O il servizio ha un bug o la gestione delle richieste non è robusta.
@ 3 security_network
S: Possibile falla di sicurezza
B: Credo di aver trovato un problema di sicurezza: l'URL /api/v2/documents/{{id}}/content si apre senza login se si conosce l'ID. Vi prego di verificare con urgenza. {Versione {newver}.|}
@ 3 security_network
S: Documenti cifrati illeggibili
B: Dopo il cambio della chiave di cifratura come da guida per amministratori, circa il {pct}% dei documenti non si apre più: "Decifratura non riuscita". Abbiamo ancora la vecchia chiave.
@ 3 security_network
S: Crash con proxy NTLM
B: Con il nostro proxy NTLM, Papyra Desktop va in crash durante la ricerca degli aggiornamenti:{trace_proxy}
# ---
@ 3 howto_usage
S: Ricerche condivise non visibili
B: Secondo il manuale le ricerche salvate contrassegnate come "condivise" sono visibili a tutti gli utenti, ma nella {newver} nessun altro le vede. Provato con 3 utenti. È un bug?
@ 3 howto_usage
S: Annotazione persa
B: "Annulla" nel visualizzatore cancella definitivamente l'annotazione invece di annullare l'ultima modifica, e non è nemmeno nella cronologia. Il manuale dice altro. Riproducibile con la {ver}.
@ 3 howto_usage
S: Crash nelle opzioni
B: Papyra va in crash quando apro Opzioni > Visualizzazione:{trace_settings}
@ 3 howto_usage
S: Ordinamento sbagliato
B: Dalla {newver} l'ordinamento per data nella lista è sbagliato: il 01.03. viene dopo il 31.12. Sembra che ordini come testo. {Uguale per la scadenza.|}
@ 3 howto_usage
S: Ctrl+F cancella una pagina?
B: Strano: nella vista documento Ctrl+F a volte toglie la pagina corrente dal documento invece di aprire la ricerca. È successo a {n} colleghe.
@ 3 howto_usage
S: Crash in stampa
B: Stampando più di {n2} documenti in una volta Papyra va in crash:{trace_print}
# ============================================================ LEVEL 4
@ 4 account_access
S: Accesso Citrix
B: Gli utenti non riescono più ad avviare Papyra da Citrix {day}: StoreFront dice "Impossibile completare la richiesta". Tutte le altre app pubblicate hanno lo stesso problema.
@ 4 account_access
S: Profili temporanei RDS
B: Sul nostro terminal server ({ts}) gli utenti ricevono continuamente profili temporanei, così Papyra dimentica le loro impostazioni ogni giorno. Sui PC normali va tutto bene.
@ 4 account_access
S: Kerberos dopo aggiornamento del server
B: Dopo gli ultimi aggiornamenti sul nostro domain controller ({winsrv}), il login Windows a Papyra fallisce con errori Kerberos; anche file server e stampanti sono coinvolti.
@ 4 account_access
S: Sincronizzazione Entra
B: La nostra sincronizzazione Azure AD Connect / Entra non funziona più, i nuovi utenti non esistono nella directory e non possono accedere da nessuna parte, Papyra compreso. Il nostro fornitore è in ferie.
@ 4 account_access
S: Badge sulla multifunzione
B: Il login con badge sulla nostra {mfp} (per scansionare in Papyra) non funziona più dall'aggiornamento del firmware. La macchina dice "Autenticazione non riuscita" per tutte le tessere.
# ---
@ 4 installation_updates
S: Aggiornamento server, servizi fermi
B: Dopo l'aggiornamento cumulativo di {winsrv} del {date}, diversi servizi non partono più, tra cui il server Papyra e il nostro agente di backup. Disinstallare l'aggiornamento risolve.
@ 4 installation_updates
S: La VM non si avvia
B: La VM del nostro server Papyra non si avvia più dopo l'aggiornamento dell'host {hyper}, resta ferma su "Preparazione del ripristino automatico".
@ 4 installation_updates
S: Immagine Citrix
B: Dopo la distribuzione della nuova immagine master Citrix, Papyra manca su metà dei server Citrix. Usiamo App Layering.
@ 4 installation_updates
S: Aggiornamento SQL Server fallito
B: L'aggiornamento cumulativo di SQL Server è fallito sul nostro server database e adesso il servizio SQL non parte più ({sql}). Ovviamente Papyra non funziona.
@ 4 installation_updates
S: Sistema operativo server vecchio
B: Il nostro server Papyra gira ancora su Windows Server 2012 R2. Il nostro fornitore dice che va aggiornato. Chi fa cosa?
@ 4 installation_updates
S: Modalità installazione RDS
B: Sull'host RDS l'installazione funziona solo in modalità "change user /install", e anche così Windows Installer dice che il ruolo RDS la blocca. Sui PC normali si installa senza problemi.
@ 4 installation_updates
S: Host Hyper-V
B: Il nostro host Hyper-V è lentissimo dall'ultimo aggiornamento del firmware e tutte le VM, server Papyra compreso, si bloccano regolarmente.
# ---
@ 4 documents_recognition
S: PDF corrotti dalla multifunzione
B: Dall'aggiornamento del firmware della nostra {mfp}, i PDF che manda nella cartella di scansione sono corrotti (0 KB o illeggibili). Con lo scanner USB funziona.
@ 4 documents_recognition
S: Righe sulle scansioni
B: Tutte le scansioni della {mfp} hanno righe verticali, anche in copia. Il vetro è pulito.
@ 4 documents_recognition
S: Risoluzione ignorata
B: La nostra {mfp} manda sempre le scansioni a 100 dpi, qualunque profilo scegliamo sull'apparecchio. Così il riconoscimento di Papyra fallisce.
@ 4 documents_recognition
S: Scansione su SMB non va più
B: La multifunzione {mfpbrand} non riesce più a salvare le scansioni nella cartella condivisa da quando abbiamo disattivato SMB1 sul server. Errore sull'apparecchio: "Invio non riuscito #{n}01".
@ 4 documents_recognition
S: TWAIN in Citrix
B: Lo scanner funziona sul PC locale ma non nella sessione Citrix. Il reindirizzamento TWAIN di Citrix sembra rotto dall'aggiornamento della Workspace app.
@ 4 documents_recognition
S: Doppia alimentazione
B: L'alimentatore della nostra {mfp} prende continuamente due fogli alla volta, quindi i documenti in Papyra sono incompleti.
# ---
@ 4 integrations
S: Esportazione Bexio
B: Le esportazioni verso Bexio falliscono da stamattina con "503 Service Unavailable". La pagina di stato di Bexio segnala un disservizio.
@ 4 integrations
S: Server Banana del fiduciario
B: Il server della nostra fiduciaria, dove gira la contabilità, è stato spostato e da allora i file esportati da Papyra non arrivano più nella cartella condivisa. La fiduciaria dice che è un problema del loro fornitore.
@ 4 integrations
S: Server SAP
B: Il nostro partner SAP ha aggiornato il server SAP Business One e da allora la connessione DI API fallisce per tutte le interfacce, Papyra compresa.
@ 4 integrations
S: Server Abacus spostato
B: Il nostro partner Abacus ha spostato il server Abacus su un nuovo host e ha cambiato le impostazioni dell'interfaccia. Da allora le importazioni da Papyra vengono rifiutate.
# ---
@ 4 database_storage
S: Volume NAS in crash
B: Il nostro {nas} segnala "Volume in crash" e l'archivio documenti di Papyra che si trova lì non è accessibile. Abbiamo già contattato il supporto del produttore.
@ 4 database_storage
S: Permessi NAS azzerati
B: Dopo un aggiornamento del firmware del nostro {nas} i permessi delle condivisioni sono stati azzerati e Papyra non riesce più a scrivere nell'archivio documenti.
@ 4 database_storage
S: Log delle transazioni pieno
B: Il nostro SQL Server segnala "Il log delle transazioni per il database 'Papyra' è pieno a causa di 'LOG_BACKUP'". Il SQL Server è gestito {da_company_it}.
@ 4 database_storage
S: Limite SQL Express
B: Il nostro SQL Server {2017|2019} Express ha raggiunto il limite di 10 GB dell'edizione Express, non si riesce più ad archiviare niente. Dobbiamo passare a un'edizione superiore di SQL Server.
@ 4 database_storage
S: Replica NAS
B: La replica tra i nostri due NAS {nasbrand} (Snapshot Replication) fallisce {day}, quindi non c'è più una seconda copia dell'archivio documenti.
@ 4 database_storage
S: Hyper Backup
B: Hyper Backup sul nostro Synology fallisce con "Destinazione danneggiata", l'archivio documenti non viene salvato da {n} giorni.
@ 4 database_storage
S: PostgreSQL in hosting fuori uso
B: Il server PostgreSQL del nostro provider di hosting è giù da stamattina, Papyra dice "Database non disponibile". Il provider dice che ci stanno lavorando.
@ 4 database_storage
S: Datastore pieno
B: Il datastore VMware su cui gira il nostro server database è pieno, la VM è stata sospesa. L'host è gestito {da_company_it}.
# ---
@ 4 security_network
S: VPN giù dopo aggiornamento firewall
B: Dall'aggiornamento del firmware del nostro {fw}, la VPN site-to-site verso la filiale è caduta, la filiale non raggiunge più il server Papyra. Il firewall è gestito {da_company_it}.
@ 4 security_network
S: Hardening TLS
B: Dopo un hardening di sicurezza su tutte le macchine {winsrv} (TLS 1.0/1.1 e alcuni cipher disattivati via GPO), diverse applicazioni non si collegano più, tra cui Papyra e il gestionale.
@ 4 security_network
S: Certificato NetScaler
B: Il certificato sul nostro Citrix NetScaler è scaduto, nessuno raggiunge più Papyra dall'esterno. Il rinnovo lo fa il nostro partner Citrix.
@ 4 security_network
S: CA interna fuori uso
B: Il nostro server dell'autorità di certificazione interna è andato in crash e i certificati di diversi server, compreso quello di Papyra, non si possono rinnovare.
@ 4 security_network
S: FortiGate blocca tutto
B: Dopo una modifica della configurazione del nostro provider sulla FortiGate, il file server e il server Papyra non sono più raggiungibili dalla rete dell'ufficio.
@ 4 security_network
S: Server ESET fuori uso
B: Il nostro server ESET PROTECT è fuori uso e i client tornano a una vecchia policy che blocca le unità di rete. Papyra non raggiunge più l'archivio documenti.
# ---
@ 4 third_party_infrastructure
S: NAS sparito dopo aggiornamento DSM
S: Problema NAS
B: Dall'aggiornamento DSM del nostro {nas} ({day}) la condivisione con i documenti Papyra non è più raggiungibile. Sono coinvolte anche altre condivisioni del NAS.
Q: Condivisione del {nas} sparita dopo l'aggiornamento DSM, documenti Papyra non raggiungibili.
@ 4 third_party_infrastructure
S: Il NAS si disconnette
B: La connessione al nostro {nas} cade più volte al giorno. Per qualche minuto Papyra non riesce ad aprire documenti. Nel log del NAS c'è "network link down".
@ 4 third_party_infrastructure
S: La sessione Citrix si blocca
B: Su Citrix ({ts}) l'intera sessione si blocca quando gli utenti aprono il visualizzatore di Papyra. Sui PC locali funziona perfettamente. {Anche le altre app della sessione sono lente.|}
@ 4 third_party_infrastructure
S: Lento sul terminal server
B: Papyra è molto lento sul nostro terminal server ({ts}) ma veloce sui PC locali. Sul server ci sono {n2} utenti e solo 16 GB di RAM.
@ 4 third_party_infrastructure
S: Scansione verso e-mail rotta
B: La nostra {mfp} non riesce più a mandare le scansioni per e-mail dall'aggiornamento del firmware, quindi le fatture non arrivano in Papyra.
@ 4 third_party_infrastructure
S: Scansione su condivisione SMB non va
B: Dall'ultimo aggiornamento di Windows la {mfp} non riesce più a salvare sulla condivisione SMB ("Errore di invio"). Il nostro fornitore pensa che sia il firmware dell'apparecchio.
@ 4 third_party_infrastructure
S: Canon errore 801
B: La multifunzione Canon mostra "Invio non riuscito #801" quando scansiona nella cartella di Papyra. Fino a {la settimana scorsa|poco tempo fa|venerdì} funzionava.
@ 4 third_party_infrastructure
S: La multifunzione si blocca
B: La nostra {mfp} si blocca ogni giorno verso mezzogiorno e va riavviata. Poi mancano in Papyra tutte le scansioni della mattina.
@ 4 third_party_infrastructure
S: Host VMware guasto
B: Uno dei nostri host VMware è andato in crash (schermata viola) e la VM del server Papyra girava lì. Adesso gira sull'altro host, ma il nostro fornitore dovrebbe controllare l'host.
@ 4 third_party_infrastructure
S: Stampa rotta dopo aggiornamento
B: Dopo l'aggiornamento di Windows Server {kb}, la stampa tramite il nostro print server non funziona più, né da Papyra né da altri programmi.
@ 4 third_party_infrastructure
S: Errore di connessione multifunzione
B: La {mfp} mostra "Errore di connessione" quando scansiona in rete. Dall'apparecchio riusciamo a fare il ping del server. Da noi non è cambiato niente.
@ 4 third_party_infrastructure
S: Etichette in Citrix
B: Stampando etichette con codice a barre da Papyra nella sessione Citrix escono nel formato sbagliato, in locale va bene. Probabilmente la mappatura dei driver di stampa Citrix.
@ 4 third_party_infrastructure
S: Licenza RDS
B: Gli utenti non riescono più a collegarsi al terminal server: "Nessun server licenze Desktop remoto disponibile". Quindi nessuno può lavorare con Papyra.
@ 4 third_party_infrastructure
S: Allarme dischi NAS
B: Il nostro {nas} suona da stamattina e segnala un RAID degradato, disco 3 guasto. L'archivio Papyra è su questo NAS. Possiamo continuare a lavorare?
@ 4 third_party_infrastructure
S: SQL Server del fornitore
B: Il SQL Server ospitato dal nostro fornitore non è raggiungibile {day}, Papyra non parte. Il fornitore risponde lentamente.
@ 4 third_party_infrastructure
S: Exchange fuori uso
B: Il nostro server Exchange locale non consegna più la posta dall'ultimo aggiornamento, quindi l'importazione mail di Papyra non riceve niente. Nella coda di Exchange ci sono errori.
@ 4 third_party_infrastructure
S: Dischi profilo
B: Sulla nostra farm RDS i dischi profilo di alcuni utenti sono bloccati e ricevono errori aprendo Papyra e Outlook. Solo sugli host RDS.
"""

FULL = r"""
@@ 2 security_network
S: R: R: ancora non funziona!!!
Buongiorno,

scusate ma è la terza volta che scrivo. Il vostro collega lunedì mi ha detto di aggiungere le esclusioni in {av}, l'abbiamo fatto (C:\Program Files\Papyra e la cartella dell'archivio), ma l'OCR continua a non partire e nel log dell'antivirus Papyra.Ocr.Worker.exe risulta ancora bloccato. Intanto abbiamo 200 fatture ferme.

Anche la stampante del back office non va ma è un'altra storia.

Per favore richiamatemi oggi. {phone}

{first}

> Da: Supporto Papyra
> Inviato: lunedì
> Vi preghiamo di aggiungere le seguenti esclusioni nel vostro software di sicurezza ...
@@ 3 database_storage
S: documenti persi!!
Gentili signore e signori,

purtroppo devo scrivervi per un'escalation. Martedì la nostra responsabile amministrativa ha eseguito la funzione "Ripara archivio" perché la verifica segnalava alcuni errori. Dopo, tutti i documenti della cartella "Fornitori 2023" (circa 1400) erano spariti. Non nel cestino, da nessuna parte. Abbiamo un backup del fine settimana, ma nel frattempo il team ha archiviato circa 80 fatture nuove.

Usiamo Papyra Desktop {ver} con il database integrato su {winsrv}. Allego il log della riparazione. Mi aspetto che una "riparazione" non cancelli dati senza chiedere.

Ci serve qualcuno che conosca davvero il database. Non tocchiamo più niente finché non ci rispondete.

Cordiali saluti
{first} {last}
Direttore
{company}
@@ 0 howto_usage
S: 
buongiorno, come si ingrandisce il carattere nella lista? non vedo quasi niente. grazie
@@ 1 licensing_billing
S: I: Fattura {inv}
Buongiorno,

vedi sotto, dalla nostra contabile, non capisce la seconda riga della fattura. Potete spiegare? Non abbiamo mai ordinato un modulo "Capture Plus".

Grazie e buona giornata
{first}

-------- Messaggio originale --------
Da: {first2} {last2}
Inviato: {date}
Oggetto: Fattura {inv}

{first}, cos'è "Capture Plus 5 postazioni {amount}" sulla fattura di Papyra? Non trovo nessun ordine. La pago lo stesso?
@@ 2 installation_updates
S: Installazione computer nuovo
Buongiorno,

non sono un'esperta di computer, scusatemi. Abbiamo comprato un computer nuovo per lo studio e vogliamo installarci Papyra come su quello vecchio. Quando avvio setup.exe compare una finestra "Errore 1722. Si è verificato un problema con il pacchetto di Windows Installer. Un programma eseguito durante l'installazione non è terminato come previsto." e poi si ferma. Provato tre volte, uguale.

Windows 11 Home. Il computer vecchio c'è ancora e funziona.

Potete aiutarmi, magari con TeamViewer?

Cordiali saluti
Dott.ssa {last}
@@ 4 third_party_infrastructure
S: tutto lento dal cambio dello switch
Ciao a tutti,

non so se siete voi quelli giusti ma da quando il nostro tecnico ha cambiato lo switch in sala server tutta la rete è lentissima. Papyra ci mette una vita, il file server e il {nas} pure. Un ping verso il server dà timeout ogni pochi secondi. Il nostro tecnico dice che è colpa di Papyra. Io non ci credo visto che è lento tutto il resto. Potete confermarci che non dipende da voi?

Grazie,
{first}
{company}
@@ 3 integrations
S: Bug API? (PUT /documents/{{id}}/tags)
Buongiorno team Papyra,

sono sviluppatore presso {company} e stiamo integrando Papyra tramite l'API REST (server {newver}).

Quando invio un PUT su /api/v2/documents/4711/tags con un array vuoto per togliere tutti i tag, la risposta è 200 OK ma i tag restano. Con un array non vuoto i tag vengono sostituiti correttamente. Secondo la documentazione dell'API un array vuoto dovrebbe cancellare i tag.

Richiesta:
PUT /api/v2/documents/4711/tags
Content-Type: application/json
[]

Risposta: 200, body: ["fattura","2024","pagata"]

Potete confermare se è un bug? Come workaround togliamo i tag uno per uno con DELETE, che è lento su migliaia di documenti.

Saluti,
{first} {last}
Sviluppatore software
@@ 1 account_access
S: nuova persona di contatto
Buongiorno,

vi comunico che dal 1° {month} sono io il responsabile di Papyra nella nostra ditta. Vi prego di sostituire la persona di contatto del nostro account ({first2} {last2}) con me e di darmi accesso al portale clienti.

I miei dati:
{first} {last}, {role}
{email}
{phone}

Cordiali saluti
{first} {last}
@@ 0 security_network
S: domanda del nostro informatico
Buongiorno,
il nostro nuovo fornitore informatico vuole sapere quali porte usa il server Papyra e se comunica con Internet. Dove è documentato? grazie
{first}
@@ 2 documents_recognition
S: due cose
Buongiorno,

due cose:

1) Lo scanner della reception ({scanner}) non funziona più con Papyra da quando l'abbiamo collegato a un altro PC. Windows lo vede, Papyra dice "Nessuno scanner trovato". Questa è la cosa importante.

2) Si può cambiare il colore delle parole chiave? Solo per curiosità.

Grazie,
{first}
@@ 4 database_storage
S: Synology AIUTO
Il nostro Synology mostra "Volume 1 in crash" da stamattina. L'archivio Papyra è lì sopra. Abbiamo già aperto un caso con Synology. Cosa possiamo fare lato Papyra nel frattempo? Richiamatemi al {phone}.
{first} {last}, {company}
@@ 3 documents_recognition
S: Papyra va in crash in scansione
Buongiorno,

dall'aggiornamento alla {newver} Papyra va in crash ogni volta che scansioniamo un documento di più pagine dal {scanner}. Le pagine singole vanno. Ho copiato questo dalla finestra di errore:
{trace_scan}
Abbiamo riportato un PC alla {oldver} e lì funziona con lo stesso scanner, quindi penso sia la nuova versione.

Cordiali saluti
{first} {last}
{role}, {company}
@@ 0 integrations
S: Banana
buongiorno. l'anno prossimo passiamo a Banana, papyra ha un'esportazione per quello? dove posso leggere qualcosa
saluti {first}
@@ 1 installation_updates
S: link
ciao, mi mandate il link dell'ultima versione? sul portale c'e solo la 6.5. grazie {first}
@@ 2 integrations
S: Di nuovo errori di esportazione / la contabile è arrabbiata
Buongiorno,

in breve il reclamo della nostra contabile: gli importi delle fatture in valuta estera (EUR) arrivano in {acct} convertiti due volte, quindi troppo bassi. Le fatture in CHF sono giuste. Le costa ore ogni mese. Usiamo Papyra {ver}. Qualcuno potrebbe guardare con me il nostro profilo di esportazione? Sono in ufficio da lunedì a mercoledì.

Cordiali saluti
{first} {last}
{company}
@@ 4 installation_updates
S: Aggiornamento Windows Server
Buongiorno,

il prossimo fine settimana il nostro fornitore farà un aggiornamento in-place del server da Windows Server 2016 a 2022. Ci girano il server Papyra e SQL Server. Chiedono se c'è qualcosa da considerare per Papyra - e sinceramente abbiamo paura che l'aggiornamento stesso vada storto, l'ultima volta l'aggiornamento del fornitore ha rovinato il software di backup. Chi può supportarli lato Windows?

Saluti
{first}
@@ 2 licensing_billing
S: Licenza dopo trasloco del server
Buongiorno,

questo fine settimana abbiamo spostato il server Papyra su hardware nuovo. Da allora ogni client all'avvio dice "Server licenze non trovato ({code})". L'indirizzo IP del server è cambiato, il nome è rimasto uguale. Sul server stesso Papyra funziona.

Potete chiamarci oggi? Altrimenti non possiamo lavorare.

Cordiali saluti
{first} {last}
{company}
@@ 0 howto_usage
S: Domanda di una principiante
Buongiorno,

sono nuova in ditta e devo usare Papyra per archiviare le bolle di consegna. Non ho mai lavorato con un programma del genere. C'è da qualche parte una guida semplice per principianti su come scansionare e archiviare un documento? La mia predecessora non c'è più e i colleghi hanno poco tempo.

Grazie mille e buona giornata
{first} {last}
"""

"""German material (Germany, Switzerland, Austria): phrase pools, scenarios and whole hand-written mails."""

LANG = "de"
REGIONS = {"DE": 0.45, "CH": 0.4, "AT": 0.15}
P_FORMAL = 0.68

FIRST = ["Thomas", "Andrea", "Michael", "Sabine", "Stefan", "Claudia", "Markus", "Petra", "Daniel", "Nicole", "Reto",
         "Beat", "Corinne", "Urs", "Jürgen", "Monika", "Lukas", "Sandra", "Florian", "Barbara", "Manuela", "Christoph",
         "Katrin", "Patrick", "Simone", "Martin", "Franziska", "Tobias", "Ursula", "Jana"]
LAST = ["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Fischer", "Brunner", "Baumann",
        "Gerber", "Wagner", "Hofmann", "Steiner", "Zimmermann", "Frei", "Becker", "Koch", "Graf", "Bauer",
        "Lehmann", "Moser", "Wolf", "Schuster", "Egger", "Pichler", "Widmer", "Kaufmann"]
COMPANIES = ["CH|Treuhand Brunner AG", "CH|Zahnarztpraxis Dr. Frei", "CH|Gebr. Widmer Holzbau AG", "CH|Immobilien Seeland GmbH",
             "CH|Elektro Gerber AG", "CH|Gemeindeverwaltung Oberwil", "CH|Steiner Transporte AG", "CH|Physiotherapie am Rhein GmbH",
             "DE|Steuerkanzlei Hofmann & Partner", "DE|Metallbau Becker GmbH", "DE|Autohaus Wagner GmbH & Co. KG",
             "DE|Praxis Dr. med. Koch", "DE|Lehmann Logistik GmbH", "DE|Hausverwaltung Zimmermann", "DE|Kfz-Teile Schuster GmbH",
             "AT|Pichler Bau GmbH", "AT|Steuerberatung Egger KG", "AT|Moser Haustechnik GmbH", "AT|Tischlerei Bauer"]
ROLES = ["Buchhaltung", "IT-Verantwortlicher", "Leiterin Finanzen", "Geschäftsführer", "Sachbearbeiterin Kreditoren",
         "Praxismanagerin", "Systemadministrator", "Assistentin der Geschäftsleitung", "Leiter Administration",
         "Kaufmännische Leitung", "Sekretariat", "IT & Organisation", "Treuhänderin", "Office Management"]
CITIES = ["CH|8004 Zürich", "CH|3011 Bern", "CH|4051 Basel", "CH|6003 Luzern", "CH|9000 St. Gallen", "CH|5000 Aarau",
          "CH|8400 Winterthur", "DE|80331 München", "DE|70173 Stuttgart", "DE|50667 Köln", "DE|90402 Nürnberg",
          "DE|79098 Freiburg", "DE|04109 Leipzig", "AT|1010 Wien", "AT|4020 Linz", "AT|5020 Salzburg", "AT|6020 Innsbruck"]
STREETS = ["Bahnhofstrasse 12", "Industriestrasse 7", "Hauptstraße 45", "Lindenweg 3", "Gewerbepark 9", "Seestrasse 88", "Marktplatz 2", "Dorfstrasse 21"]


def _region_pick(r, m, entries):
    ok = [e.split("|", 1)[1] for e in entries if "|" in e and m.region in e.split("|", 1)[0].split(",")]
    ok += [e for e in entries if "|" not in e]
    return r.choice(ok)


def _phone(r, m):
    if m.region == "CH":
        return r.choice(["+41 44 ", "+41 31 ", "+41 61 ", "+41 41 ", "044 ", "031 ", "071 ", "062 "]) + f"{r.randint(200, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
    if m.region == "AT":
        return r.choice(["+43 1 ", "+43 732 ", "0662 ", "0512 "]) + f"{r.randint(200, 999)} {r.randint(100, 999)}"
    return r.choice(["+49 89 ", "0711 ", "+49 221 ", "0911 ", "0341 "]) + f"{r.randint(100, 999)} {r.randint(100, 9999)}"


def _amount(r, m):
    v = r.choice([89, 129, 240, 349, 480, 612, 890, 1180, 1240, 1490, 2360, 3120])
    if m.region == "CH":
        return r.choice([f"CHF {v:,}.00".replace(",", "'"), f"CHF {v}.–", f"Fr. {v}.00"])
    return r.choice([f"{v:,} EUR".replace(",", ".") if v >= 1000 else f"{v},00 EUR", f"€ {v},00", f"EUR {v},-"])


MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def _date(r, m):
    d, mo = r.randint(1, 28), r.randint(1, 12)
    return r.choice([f"{d}.{mo}.", f"{d:02d}.{mo:02d}.2024", f"{d}. {MONTHS[mo - 1]}", f"{d}.{mo}.24"])


def _email(r, m):
    dom = "".join(ch for ch in m.value("company").split()[0].lower().replace("ü", "ue").replace("ä", "ae").replace("ö", "oe") if ch.isalnum())
    tld = {"CH": "ch", "AT": "at"}.get(m.region, "de")
    return f"{m.value('first').lower().replace('ü', 'ue')}.{m.value('last').lower().replace('ü', 'ue').replace('ö', 'oe')}@{dom}.{tld}"


SLOTS = {
    "first": lambda r, m: r.choice(FIRST), "last": lambda r, m: r.choice(LAST),
    "first2": lambda r, m: r.choice([f for f in FIRST if f != m.value("first")]),
    "last2": lambda r, m: r.choice([x for x in LAST if x != m.value("last")]),
    "company": lambda r, m: _region_pick(r, m, COMPANIES), "role": lambda r, m: r.choice(ROLES),
    "city": lambda r, m: _region_pick(r, m, CITIES), "street": lambda r, m: r.choice(STREETS),
    "phone": _phone, "amount": _amount, "date": _date, "email": _email,
    "month": lambda r, m: r.choice(MONTHS),
    "day": lambda r, m: r.choice(["gestern", "heute Morgen", "seit Montag", "letzten Freitag", "seit Dienstag", "seit letzter Woche", "seit dem Wochenende"]),
    "doctype": lambda r, m: r.choice(["Lieferantenrechnungen", "Lieferscheine", "Gutschriften", "Lohnabrechnungen", "Verträge", "Bestellungen", "Spesenbelege", "Versicherungspolicen"]),
    "yr": lambda r, m: r.choice(["2022", "2023", "2024"]),
    "res": lambda r, m: r.choice(["200", "300", "150", "400"]),
    "wd": lambda r, m: r.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]),
    "threat": lambda r, m: r.choice(["Verdächtiges Verhalten", "Win32/Packed.Generic", "Trojan:Win32/Wacatac.B!ml", "HEUR:Trojan.Win32.Generic", "ML/PE-A"]),
    "company_it": lambda r, m: r.choice(["unserem IT-Partner", "einer externen Firma", "der Firma Netcom IT", "unserem Systemhaus", "unserem Informatiker"]),
    "kb": lambda r, m: r.choice(["KB5034439", "KB5036896", "KB5041578", "KB5039217", "KB5043050"]),
    "uid": lambda r, m: r.choice(["CHE-123.456.789 MWST", "DE298765432", "ATU12345678", "CHE-401.882.117"]),
    "branche": lambda r, m: r.choice(["Treuhandbüro", "Zahnarztpraxis", "Handwerksbetrieb", "Hausverwaltung", "Gemeindeverwaltung", "Speditionsfirma", "Steuerkanzlei"]),
    "wd_time": lambda r, m: f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}",
}


def prepare(mail):
    pass


def finish(mail, text):
    if mail.region == "CH":
        text = text.replace("ß", "ss")
        if mail.rng.random() < 0.5:  # Swiss letters often have no comma after the salutation
            first, sep, rest = text.partition("\n")
            if first.endswith(",") and len(first) < 40:
                text = first[:-1] + sep + rest
    return text


GREET_FORMAL = ["Sehr geehrte Damen und Herren,", "Guten Tag,", "Guten Tag zusammen,", "Sehr geehrtes Papyra-Team,",
                "Sehr geehrtes Support-Team,", "Guten Morgen,", "Hallo,", "Hallo zusammen,", "CH|Grüezi,",
                "CH|Grüezi miteinand,", "CH|Guten Tag Papyra-Support,", "AT|Sehr geehrte Damen und Herren!", "AT|Grüß Gott,",
                "Liebes Papyra-Team,", "Liebes Supportteam,"]
GREET_INFORMAL = ["Hallo,", "Hallo zusammen,", "Hi,", "Hallo Support,", "Moin,", "CH|Hoi zäme,", "CH|Hoi,", "CH|Sali zäme,",
                  "AT|Servus,", "AT|Hallo ihr Lieben,", "DE|Moin zusammen,", "Hallo Papyra-Team,", "Hi zusammen,"]
CLOSE_FORMAL = ["Mit freundlichen Grüßen", "Freundliche Grüße", "Besten Dank und freundliche Grüße", "Viele Grüße",
                "Vielen Dank im Voraus und freundliche Grüße", "Beste Grüße", "Mit besten Grüßen", "CH|Freundliche Grüsse",
                "CH|Besten Dank und freundliche Grüsse", "CH|Mit freundlichen Grüssen", "CH|Liebe Grüsse", "AT|Mit freundlichen Grüßen",
                "AT|Beste Grüße aus Linz", "MfG"]
CLOSE_INFORMAL = ["Gruß", "Viele Grüße", "LG", "Danke und Gruß", "Danke!", "Grüße", "CH|Gruess", "CH|Liebe Grüsse",
                  "CH|En Gruess", "CH|Merci und Gruss", "AT|Liebe Grüße", "AT|lg", "VG", "Danke euch!"]
SIGNATURES = [
    "{first} {last}\n{role}\n{company}\nTel. {phone}",
    "{first} {last}\n{company}",
    "{first}",
    "{first} {last}\n{company}\n{street}\n{city}\nTelefon {phone}\n{email}",
    "{first} {last} | {role}\n{company} | {street} | {city}",
    "i.A. {first} {last}\n{company}",
    "{first} {last}\n\n{company}\n{role}\nDirekt: {phone}\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
    "--\n{first} {last}\n{role}\n{company}, {city}",
    "{first}\n\nVon meinem iPhone gesendet",
    "{first} {last}\n{email}\nT {phone}",
    "CH|Freundliche Grüsse aus {city}\n{first} {last}",
]
OPENERS = [
    "wir arbeiten seit {years} Jahren mit Papyra und sind eigentlich sehr zufrieden.",
    "ich bin bei uns im Büro für die EDV zuständig, bin aber kein Profi.",
    "ich melde mich im Auftrag unserer Buchhaltung.",
    "kurze Frage:",
    "ich hoffe, Sie können mir weiterhelfen.",
    "wir sind ein kleines {branche} mit {n} Arbeitsplätzen, an denen Papyra läuft.",
    "ich habe die Betreuung von Papyra von einem Kollegen übernommen, der nicht mehr bei uns ist.",
    "unser IT-Partner hat mir geraten, mich direkt an Sie zu wenden.",
    "entschuldigen Sie, dass ich mich schon wieder melde.",
    "ich habe zuerst auf Ihrer Webseite gesucht, aber nichts gefunden.",
    "CH|wir sind eine Treuhandfirma im Raum {city} und arbeiten täglich mit Papyra.",
    "ich hätte da mal eine Frage.",
]
CONTEXT = [
    "Wir haben Papyra Desktop {ver} unter {win} im Einsatz.",
    "Version: Papyra {ver}, {win}.",
    "Wir haben {seats} Lizenzen.",
    "Unsere Kundennummer ist {cust}.",
    "Der Server läuft auf {winsrv}.",
    "Die Buchhaltung machen wir mit {acct}.",
    "Im Archiv sind ca. {docs} Dokumente.",
    "Papyra {ver}, Datenbank {sql}.",
    "(Papyra {ver}, {win}, Scanner {scanner})",
    "Bei uns arbeiten {n} Personen täglich mit Papyra.",
    "Kundennr. {cust}",
    "Wir haben Papyra damals über einen Händler gekauft.",
]
FAULT_CONTEXT = [
    "Neustart von PC und Server haben wir schon gemacht, ohne Erfolg.",
    "Screenshot anbei.",
    "Das Problem besteht {day}, vorher lief alles.",
    "L2,L3|Es betrifft alle Arbeitsplätze, nicht nur einen.",
    "L2,L3|Nur ein PC ist betroffen, die anderen laufen normal.",
    "An unserer Konfiguration wurde meines Wissens nichts geändert.",
    "Die Logdatei aus dem Papyra-Ordner hänge ich an.",
    "L2,L3|Neu installiert haben wir schon einmal, hat nichts gebracht.",
    "Es passiert jedes Mal, ich kann es jederzeit nachstellen.",
    "Es passiert nicht immer, vielleicht bei jedem fünften Mal.",
]
RAMBLE = [
    "L2,L3,L4|Ich erzähle Ihnen kurz die ganze Geschichte, weil ich denke, dass es wichtig ist. Vor zwei Wochen hat unser IT-Partner den alten Server ersetzt und übers Wochenende alles umgezogen. Am Montag schien alles in Ordnung, die Leute haben wie immer gescannt und abgelegt. Am Mittwoch kam dann die erste Kollegin zu mir und meinte, irgendetwas sei komisch, und seither wird es jeden Tag schlimmer. Der IT-Partner sagt, der Server sei in Ordnung, und zeigt auf Sie, und ich stehe ehrlich gesagt dazwischen und weiss nicht, wem ich glauben soll. Ich wäre sehr froh, wenn sich das jemand richtig anschaut, statt mir nur einen Link zur FAQ zu schicken.",
    "L0,L1|Zum Hintergrund: wir sind ein kleines Team und niemand hier ist wirklich IT-Fachmann, deshalb mache ich solche Sachen neben meiner normalen Arbeit in der Buchhaltung. Ich habe vor dem Schreiben in der Hilfe nachgeschaut, bin aber zwischen den verschiedenen Versionen der Dokumentation etwas verloren gegangen, und manche Screenshots passen nicht zu dem, was ich auf dem Bildschirm sehe. Die Antwort ist bestimmt einfach, also entschuldigen Sie, falls die Frage dumm ist.",
    "Zur Vorgeschichte: wir sind im Frühling umgezogen und haben seither allgemein einige IT-Probleme, ich kann also nicht ausschliessen, dass noch etwas anderes mitspielt. Unser früherer Informatiker hat alles eingerichtet und leider nichts dokumentiert.",
    "L2,L3,L4|Ich muss dazu sagen, dass wir ziemlich abhängig von Papyra sind, die ganze Kreditorenverarbeitung läuft darüber, und meine Kolleginnen fragen mich stündlich, ob es wieder geht.",
    "Ich habe vorhin bei Ihrer Hotline angerufen, dort hiess es aber, ich solle eine E-Mail schreiben. Also hier ist sie.",
    "Wir haben auch schon mit unserem Händler gesprochen, der meinte aber, das könnten nur Sie beantworten.",
    "L2,L3,L4|Ehrlich gesagt waren wir bisher sehr zufrieden mit dem Produkt, umso ärgerlicher ist das jetzt.",
    "Ich habe im Forum und in der Wissensdatenbank gesucht und ein paar ähnliche Beiträge gefunden, aber keiner passt so richtig zu unserer Konstellation.",
]
URGENT = [
    "Es ist dringend, da am Freitag der Monatsabschluss ansteht.",
    "DRINGEND bitte, nächste Woche kommt die Revision.",
    "Bitte mit Priorität behandeln.",
    "Es eilt nicht extrem, wir möchten es aber diese Woche noch lösen.",
    "Unsere Buchhaltung steht, eine schnelle Antwort wäre super!!",
    "CH|Es pressiert leider ein bisschen.",
]
SIDE_NOTES = [
    "PS: Ganz anderes Thema, die Rechnung für das letzte Quartal haben wir übrigens noch nicht erhalten.",
    "Noch etwas anderes: können Sie als Ansprechperson bei uns künftig mich eintragen? Meine Kollegin ist ausgetreten.",
    "Nebenbei: gibt es eine neuere Version des Handbuchs? Meines ist noch für Version 5.",
    "Und noch eine Kleinigkeit: die Suche ist manchmal etwas langsam, aber das ist gerade nicht wichtig.",
    "Nebenfrage: wäre irgendwann eine Schulung für neue Mitarbeitende möglich?",
    "PS: Die Login-Seite vom Kundenportal sah gestern komisch aus, jetzt geht es aber wieder.",
]
ASK_FAULT = [
    "Können Sie mich bitte unter {phone} zurückrufen?",
    "Wäre eine Fernwartung möglich? Ich bin den ganzen Nachmittag erreichbar.",
    "Bitte teilen Sie mir mit, welche Informationen Sie noch brauchen.",
    "<Können Sie sich das bitte möglichst bald anschauen?~Könnt ihr euch das bitte bald mal anschauen?>",
    "Könnte sich bitte ein Techniker bei mir melden?",
    "Wie sollen wir vorgehen?",
    "L2,L3,L4|Ich kann gerne weitere Logs schicken.",
    "<Rufen Sie mich gerne an: {phone}~Ruf mich gerne an: {phone}>",
]
ASK_ANY = [
    "Vielen Dank im Voraus für Ihre Hilfe.",
    "Danke für eine kurze Rückmeldung.",
    "Besten Dank für Ihre Antwort.",
    "Für Hilfe wäre ich sehr dankbar.",
    "Danke!",
    "Vielen Dank.",
    "<Ich freue mich auf Ihre Antwort.~Freue mich auf eure Antwort.>",
    "CH|Merci vielmal.",
    "CH|Besten Dank für die Rückmeldung.",
]
GENERIC_SUBJECTS = ["Problem", "Frage", "Hilfe", "Hilfe!!", "Papyra", "Supportanfrage", "dringend", "Anfrage",
                    "Kurze Frage", "Anliegen", "Frage zu Papyra", "Support", "Papyra Problem", "AW: Ihre Nachricht",
                    "Nachfrage", "{company}", "Anfrage {company}", "Ticket", "DRINGEND", "Bitte um Rückruf", "Störung", "Info"]
SUBJECT_PREFIXES = ["AW: ", "Re: ", "WG: ", "Fwd: ", "AW: AW: "]
FORWARD_PREFIX = ["WG: ", "Fwd: ", "WG: "]
FORWARD_TOP = [
    "Siehe unten, von unserer Buchhalterin. Können Sie da helfen?",
    "Ich leite Ihnen die Nachricht meiner Kollegin weiter, sie hat die Details. Antwort bitte an mich.",
    "Bitte beachten Sie die Nachricht unserer Finanzabteilung unten.",
    "Zur Info, siehe unten. Können Sie das übernehmen?",
    "Siehe Mail von {first2} unten. Was machen wir da?",
    "Wie telefonisch besprochen, hier die Weiterleitung.",
    "CH|Siehe unten, von unserem Treuhänder. Merci fürs Anschauen.",
]
FORWARD_HEADER = "-----Ursprüngliche Nachricht-----\nVon: {first2} {last2}\nGesendet: {wd}, {date} {wd_time}\nAn: {first} {last}\nBetreff: @@SUBJECT@@"

SCENARIOS = r"""
# ============================================================ LEVEL 0
@ 0 account_access
S: Zwei-Faktor-Anmeldung
S: Frage 2FA
B: Kann man für die Papyra-Benutzer eine Zwei-Faktor-Authentifizierung einschalten? Falls ja, wo {finde ich die Einstellung|ist das beschrieben}? In den Optionen habe ich nichts gefunden.
Q: Wie aktiviere ich 2FA für meinen Benutzer?
@ 0 account_access
S: Neuen Benutzer anlegen
B: Am {date} fängt eine neue Kollegin bei uns an. Wie lege ich für sie einen Benutzer in Papyra an? {Ich bin bei uns der Admin.|Adminrechte habe ich.} Gibt es dazu eine Anleitung?
Q: Wie erstelle ich einen neuen Benutzer? Bin Admin.
@ 0 account_access
S: Passwortrichtlinien
B: Unsere IT-Richtlinie verlangt Passwörter mit mindestens 12 Zeichen. Welche Passwortregeln gelten in Papyra standardmässig und kann man sie anpassen? {Brauche die Info nur für unsere Dokumentation.|Der Revisor hat gefragt.}
@ 0 account_access
S: Windows-Anmeldung?
B: Kann Papyra die Windows-Anmeldung (Active Directory) verwenden, damit die Leute kein separates Passwort brauchen? {Ich habe mal etwas dazu gelesen, finde es aber nicht mehr.|Ist das irgendwo dokumentiert?}
@ 0 account_access
S: Passwort ändern
B: Wie kann ich mein eigenes Passwort in Papyra Desktop ändern? Ich finde nur die Funktion für den Administrator.
Q: wo ändere ich mein passwort in papyra?
@ 0 account_access
S: Mitarbeiter tritt aus
B: Ein Mitarbeiter verlässt uns Ende Monat. Wie deaktiviere ich seinen Papyra-Benutzer richtig, ohne dass die von ihm abgelegten Dokumente verloren gehen? {Ich will nicht aus Versehen etwas löschen.|}
@ 0 account_access
S: Nur-Lese-Zugriff
B: Ist es möglich, unserem Revisor nur Leserechte auf einen einzigen Ordner (z.B. "Rechnungen {yr}") zu geben? Wie richte ich das ein?
@ 0 account_access
S: Authenticator-App
B: Welche Authenticator-Apps funktionieren mit der Zwei-Faktor-Anmeldung von Papyra? {Bei uns nutzen alle den Microsoft Authenticator.|Einige haben Google Authenticator, andere Authy.}
@ 0 account_access
S: Rollen
B: Was ist genau der Unterschied zwischen den Rollen "Bearbeiter" und "Sachbearbeiter" in der Benutzerverwaltung? {Der Hilfetext ist etwas knapp.|Ich möchte die Berechtigungen sauber aufsetzen.}
# ---
@ 0 licensing_billing
S: Standard oder Professional
B: Was ist der Unterschied zwischen Papyra Standard und Professional? Wir überlegen uns ein Upgrade, möchten aber zuerst verstehen, {was wir zusätzlich bekommen|welche Funktionen nur in Professional sind}.
@ 0 licensing_billing
S: Lizenz pro Benutzer oder PC?
B: Wird eine Papyra-Lizenz pro Benutzer oder pro PC gezählt? {Bei uns teilen sich am Empfang zwei Leute einen PC.|Einige Mitarbeitende arbeiten an zwei Rechnern.}
@ 0 licensing_billing
S: REST-API in Lizenz enthalten?
B: Ist die REST-Schnittstelle in der Standard-Edition enthalten oder braucht es dafür eine Zusatzlizenz?
@ 0 licensing_billing
S: Lizenzschlüssel
B: Wo sehe ich im Programm unseren Lizenzschlüssel und das Ablaufdatum? {Unser IT-Partner fragt danach.|Ich brauche das für unsere Inventarliste.}
Q: Wo finde ich den Lizenzschlüssel in Papyra?
@ 0 licensing_billing
S: Zahlungsarten
B: Welche Zahlungsarten akzeptieren Sie für das Abo? {Können wir statt auf Rechnung auch mit Kreditkarte zahlen?|Geht auch Lastschrift?}
@ 0 licensing_billing
S: Was passiert nach Abo-Ende
B: Was passiert mit unserem Archiv, wenn wir das Abonnement nicht verlängern? Können wir die Dokumente {dann noch lesend|} öffnen? Ich möchte das wissen, bevor wir das Budget machen.
@ 0 licensing_billing
S: Homeoffice
B: Dürfen wir Papyra mit derselben Lizenz auch auf einem Laptop fürs Homeoffice installieren, oder zählt das als zweite Lizenz?
@ 0 licensing_billing
S: Preisliste
B: Gibt es auf Ihrer Webseite eine aktuelle Preisliste für zusätzliche Arbeitsplätze und Module? {Ich finde nur die von 2022.|}
# ---
@ 0 installation_updates
S: Systemvoraussetzungen
B: Welche Systemvoraussetzungen hat Papyra Desktop {newver}? Wir kaufen neue PCs und wollen sicher sein, dass {8 GB RAM reichen|sie schnell genug sind}.
Q: Systemanforderungen für Version {newver}?
@ 0 installation_updates
S: Windows 11 24H2
B: Ist Papyra {ver} offiziell für Windows 11 24H2 freigegeben? Wir wollen das Update {nächsten Monat|im Sommer} ausrollen.
@ 0 installation_updates
S: Versionshinweise
B: Wo finde ich die Release Notes zur Version {newver}? Ich möchte wissen, was sich geändert hat, bevor wir von {oldver} aktualisieren.
@ 0 installation_updates
S: Versionen überspringen
B: Können wir direkt von {oldver} auf {newver} aktualisieren oder müssen wir die Zwischenversionen installieren?
@ 0 installation_updates
S: PC-Wechsel
B: Nächste Woche ersetzen wir unseren Haupt-PC. Gibt es eine Anleitung, wie man Papyra (inkl. der lokalen Einstellungen) auf den neuen Rechner umzieht?
@ 0 installation_updates
S: Silent-Installation
B: Gibt es Kommandozeilenparameter für eine unbeaufsichtigte Installation des Clients? Ich möchte ihn per {Intune|Softwareverteilung|GPO} auf {n2} PCs verteilen.
@ 0 installation_updates
S: Reihenfolge Update
B: Muss man beim Update zuerst den Server und dann die Clients aktualisieren oder umgekehrt?
@ 0 installation_updates
S: Mac
B: Gibt es Papyra auch für macOS? {Zwei unserer Grafiker haben nur MacBooks.|Unser neuer Chef arbeitet mit einem Mac.}
@ 0 installation_updates
S: Deinstallation
B: Wie deinstalliere ich Papyra sauber von einem alten PC, der entsorgt wird? Reicht die normale Deinstallation über Windows?
# ---
@ 0 documents_recognition
S: OCR-Sprache
B: Wo stelle ich die OCR-Sprache ein? Ein grosser Teil unserer Rechnungen ist auf {Französisch|Italienisch|Englisch} und die Volltextsuche findet {manche Wörter|Wörter mit Akzenten} nicht.
Q: wo kann man die OCR-Sprache umstellen?
@ 0 documents_recognition
S: Welche Scanner
B: Wir möchten einen neuen Dokumentenscanner kaufen. Welche Modelle werden von Papyra unterstützt? Gibt es eine Liste? {Wir hätten an den {scanner} gedacht.|}
@ 0 documents_recognition
S: Trennblätter
B: Wie verwende ich Barcode-Trennblätter, damit ein Stapel-Scan automatisch in einzelne Dokumente aufgeteilt wird? {Gibt es eine Vorlage zum Ausdrucken?|}
@ 0 documents_recognition
S: QR-Rechnung
B: Liest Papyra die Schweizer QR-Rechnung automatisch aus oder muss man dafür etwas aktivieren? {Wir bekommen immer mehr davon.|}
@ 0 documents_recognition
S: Dateiformate
B: Welche Dateiformate kann man ins Archiv importieren? Wir haben alte Scans als {TIFF|JPG} und einige {Word-Dateien|E-Mails (.msg)}.
@ 0 documents_recognition
S: Auflösung
B: Wie kann ich die Standard-Scanauflösung auf 300 dpi ändern? {Im Moment sind es 200 und die Texterkennung ist nicht so toll.|}
@ 0 documents_recognition
S: durchsuchbares PDF
B: Kann man die Scans als durchsuchbares PDF (PDF/A) speichern, damit {unser Steuerberater|unser Treuhänder} sie auch ausserhalb von Papyra durchsuchen kann?
@ 0 documents_recognition
S: Leerseiten
B: Kann Papyra beim Duplex-Scan leere Seiten automatisch entfernen? Wo ist diese Option?
@ 0 documents_recognition
S: Dokumenttypen
B: Welche Dokumenttypen erkennt Papyra ab Werk? Wir haben hauptsächlich {doctype} und fragen uns, ob wir etwas einrichten müssen.
# ---
@ 0 integrations
S: Buchhaltungssoftware
B: An welche Buchhaltungsprogramme kann Papyra exportieren? Wir {wechseln gerade zu|überlegen uns} {acct}.
Q: Funktioniert Papyra mit {acct}?
@ 0 integrations
S: API-Doku
B: Wo finde ich die Dokumentation zur REST-API? Unser Entwickler {will|möchte} eine kleine Anbindung an unser ERP bauen.
@ 0 integrations
S: CSV-Felder
B: Gibt es eine Beschreibung der Felder im CSV-Export? Ich müsste wissen, was die Spalten bedeuten {für unsere Excel-Auswertung|}.
@ 0 integrations
S: Import aus Postfach
B: Kann Papyra Rechnungen direkt aus einem E-Mail-Postfach importieren (PDF-Anhänge)? Wenn ja, wo ist das beschrieben?
@ 0 integrations
S: DATEV-Export Anleitung
B: Gibt es eine Schritt-für-Schritt-Anleitung für die Einrichtung des DATEV-Exports? {Unser Steuerberater arbeitet mit DATEV.|}
@ 0 integrations
S: Beispielskripte
B: Gibt es irgendwo Beispielskripte für die Skript-Engine? Ich möchte {verstehen, wie das funktioniert|mir ein Beispiel anschauen}, bevor ich selbst etwas schreibe.
@ 0 integrations
S: automatischer Export
B: Kann der Export nach {acct} automatisch jede Nacht laufen, oder muss den immer jemand von Hand starten?
@ 0 integrations
S: Abacus-Schnittstelle
B: Wir stellen nächstes Jahr auf Abacus um. Wo kann ich nachlesen, wie die Abacus-Schnittstelle von Papyra funktioniert?
# ---
@ 0 database_storage
S: Was muss gesichert werden
B: Welche Ordner und Datenbanken müssen wir in die Datensicherung aufnehmen, damit Papyra vollständig wiederhergestellt werden kann? {Wir sichern mit Veeam.|}
@ 0 database_storage
S: SQLite oder SQL Server
B: Wir wachsen auf etwa {n2} Benutzer. Reicht die eingebaute Datenbank noch, oder empfehlen Sie ab einer gewissen Grösse SQL Server?
@ 0 database_storage
S: Speicherplatz
B: Wie viel Speicherplatz braucht man ungefähr pro 1000 gescannte Seiten? Wir müssen {einen neuen Server|unseren Speicher} planen.
@ 0 database_storage
S: GoBD / Aufbewahrung
B: Erfüllt Papyra die gesetzlichen Anforderungen an die Archivierung {(GoBD)|(GeBüV)|(10 Jahre Aufbewahrung)}? Gibt es ein Dokument, das wir dem Prüfer zeigen können?
@ 0 database_storage
S: Archivprüfung
B: Wie starte ich die Archiv-Konsistenzprüfung und kann man sie zeitgesteuert laufen lassen?
@ 0 database_storage
S: einzelnes Dokument wiederherstellen
B: Kann man ein einzelnes gelöschtes Dokument aus der Sicherung zurückholen oder nur das ganze Archiv? Wo ist das beschrieben?
@ 0 database_storage
S: Papierkorb
B: Gibt es in Papyra einen Papierkorb? Wie lange bleiben gelöschte Dokumente dort?
# ---
@ 0 security_network
S: Ports
B: Welche Ports müssen zwischen den Papyra-Clients und dem Server offen sein? {Unser Firewall-Admin möchte eine Liste.|}
Q: welche ports braucht papyra?
@ 0 security_network
S: Virenscanner-Ausnahmen
B: Welche Ordner und Prozesse sollten wir in unserem Virenschutz ({av}) ausnehmen? Gibt es dazu eine Empfehlung?
@ 0 security_network
S: TLS
B: Welche TLS-Versionen unterstützt der Papyra-Server und können wir ein eigenes Zertifikat verwenden?
@ 0 security_network
S: Proxy
B: Wo trage ich unseren Proxyserver in Papyra ein? {Die Lizenzprüfung braucht ja Internet, glaube ich.|}
@ 0 security_network
S: Verschlüsselung
B: Werden die Dokumente im Archiv verschlüsselt gespeichert? Unser Datenschutzbeauftragter fragt nach.
@ 0 security_network
S: Internet nötig?
B: Braucht Papyra eine ständige Internetverbindung? Wir haben ein abgeschottetes Netz {im Labor|in der Produktion}.
@ 0 security_network
S: Datenschutz
B: Haben Sie ein Sicherheits-Whitepaper oder Infos zum Datenschutz (DSGVO / revDSG), die wir an unseren Datenschutzverantwortlichen weitergeben können?
# ---
@ 0 third_party_infrastructure
S: Citrix unterstützt?
B: Wird Papyra auf Citrix bzw. Remote Desktop Services unterstützt? {Wir planen, unsere Leute auf einen Terminalserver zu nehmen.|}
@ 0 third_party_infrastructure
S: NAS als Ablage
B: Können wir die Dokumentablage auf ein {nasbrand}-NAS legen oder muss sie auf dem Windows-Server liegen?
@ 0 third_party_infrastructure
S: Scannen vom Multifunktionsgerät
B: Können wir von unserem {mfp} direkt in Papyra scannen? Wie wird das üblicherweise eingerichtet?
@ 0 third_party_infrastructure
S: virtuelle Maschine
B: Ist es unterstützt, den Papyra-Server in einer virtuellen Maschine auf {hyper} zu betreiben?
@ 0 third_party_infrastructure
S: Azure
B: Können wir den Papyra-Server auf einer Azure-VM statt auf eigener Hardware betreiben? Ist das freigegeben?
@ 0 third_party_infrastructure
S: zertifizierte Geräte
B: Gibt es eine Liste mit Multifunktionsgeräten, die gut mit Papyra funktionieren? Wir müssen unseren alten {mfpbrand} ersetzen.
# ---
@ 0 howto_usage
S: Volltextsuche
B: Wie kann ich nach einem Wort im Dokument suchen (nicht nur im Titel)? {Wenn ich eine Rechnungsnummer eingebe, finde ich nichts.|}
Q: wie sucht man im Text der Dokumente?
@ 0 howto_usage
S: Dokumente zusammenführen
B: Wie füge ich zwei Dokumente zu einem zusammen? {Jemand hat die Seite 2 eines Vertrags separat gescannt.|Am Empfang wurde ein Brief in zwei Teilen gescannt.}
@ 0 howto_usage
S: PDF aufteilen
B: Gibt es in Papyra eine Möglichkeit, ein PDF in mehrere Dokumente aufzuteilen? {Wir haben einen Stapel Rechnungen als eine grosse Datei bekommen.|}
@ 0 howto_usage
S: Stempel
B: Kann ich auf einer Rechnung einen Stempel wie "bezahlt" oder "visiert" anbringen? Wie geht das?
@ 0 howto_usage
S: Tastenkürzel
B: Gibt es eine Liste der Tastenkürzel? {Ich arbeite den ganzen Tag mit Papyra und möchte schneller werden.|}
@ 0 howto_usage
S: Handbuch
B: Wo kann ich das Benutzerhandbuch {als PDF|} für Version {ver} herunterladen? {Der Link im Hilfemenü öffnet nichts.|}
Q: Wo finde ich das Handbuch?
@ 0 howto_usage
S: Sprache der Oberfläche
B: Wie kann ich die Oberfläche auf Deutsch umstellen? {Bei mir ist plötzlich alles auf Englisch.|Meine Kollegen arbeiten auf Französisch, ich möchte Deutsch.}
@ 0 howto_usage
S: neues Archiv
B: Wie lege ich ein neues Archiv für unsere zweite Firma an? {Wir haben gerade eine Tochterfirma gegründet.|}
@ 0 howto_usage
S: per Mail versenden
B: Kann ich ein Dokument direkt aus Papyra per E-Mail {mit {outlook}|} versenden? Ich sehe nur "Exportieren".
@ 0 howto_usage
S: Suche speichern
B: Kann man eine Suche speichern, damit ich nicht jedes Mal die Filter neu setzen muss? {Zum Beispiel alle offenen Rechnungen eines Lieferanten.|}
@ 0 howto_usage
S: Spalten in der Liste
B: Wie kann ich in der Listenansicht zusätzliche Spalten einblenden, z.B. den Betrag und das Fälligkeitsdatum?
@ 0 howto_usage
S: Schulungsvideos
B: Haben Sie Schulungsvideos oder Webinar-Aufzeichnungen für neue Anwender? {Wir haben zwei Neue in der Buchhaltung.|}
@ 0 howto_usage
S: eigenes Feld
B: Wie füge ich einem Dokumenttyp ein eigenes Feld hinzu (z.B. "Kostenstelle")? {Geht das ohne Skript?|}
@ 0 howto_usage
S: mehrere drucken
B: Wie kann ich mehrere Dokumente auf einmal drucken? Im Moment öffne ich jedes einzeln.
@ 0 howto_usage
S: Vorschau grösser
B: kann man die vorschau rechts grösser machen? auf meinem laptop ist die winzig
# ============================================================ LEVEL 1
@ 1 account_access
S: Passwort Kundenportal
S: Login Kundenportal geht nicht
B: Ich habe versucht, mein Passwort für das Kundenportal zurückzusetzen, aber die Mail kommt nie an (auch nicht im Spam). Mein Login ist {email}. <Können Sie es bitte manuell zurücksetzen?~Könnt ihr das bitte von Hand zurücksetzen?>
Q: Reset-Mail fürs Portal kommt nicht an, bitte Passwort zurücksetzen. Login {email}
@ 1 account_access
S: Portal-Administrator
B: Unser ehemaliger IT-Leiter {first2} {last2} war Administrator unseres Kundenportal-Kontos. Er hat die Firma verlassen. Könnten Sie bitte mich als Administrator eintragen?
@ 1 account_access
S: E-Mail-Adresse ändern
B: Bitte ändern Sie die E-Mail-Adresse unseres Portalkontos auf {email}. {Das alte Postfach wird gelöscht.|}
@ 1 account_access
S: Benutzer im Portal hinzufügen
B: Könnten Sie bitte meine Kollegin {first2} {last2} im Kundenportal hinzufügen, damit sie die Rechnungen herunterladen kann? Kundennummer {cust}.
@ 1 account_access
S: Konto gesperrt
B: Ich habe mein Passwort zu oft falsch eingegeben und jetzt ist mein Konto im Portal gesperrt. <Können Sie es bitte entsperren?~Könnt ihr es bitte wieder freischalten?>
Q: Portalkonto gesperrt, bitte entsperren. {email}
@ 1 account_access
S: Handy verloren
B: Ich habe mein Handy mit der Authenticator-App verloren und komme nicht mehr ins Kundenportal. Können Sie die Zwei-Faktor-Anmeldung für mein Konto ({email}) zurücksetzen?
@ 1 account_access
S: Adressänderung
B: Wir sind umgezogen. Bitte passen Sie unsere Firmenadresse an: {street}, {city}. Kundennummer {cust}.
@ 1 account_access
S: Zugang entfernen
B: Bitte entfernen Sie den Portalzugang von {first2} {last2}, sie ist per {date} ausgetreten.
@ 1 account_access
S: Firmenname geändert
B: Nach der Fusion heissen wir neu {company}. Könnten Sie den Namen in unserem Kundenkonto und auf künftigen Rechnungen anpassen?
@ 1 account_access
S: zweiter Admin
B: Ist es möglich, einen zweiten Administrator für unser Portalkonto zu haben? Wenn ja, bitte {first2} {last2} hinzufügen.
# ---
@ 1 licensing_billing
S: AW: Ihre Rechnung {inv}
S: Frage zur Rechnung
B: Auf der Rechnung {inv} werden uns {n2} Arbeitsplätze verrechnet, wir haben aber nur {seats} Lizenzen. <Könnten Sie das bitte prüfen und eine korrigierte Rechnung schicken?~Könnt ihr das bitte prüfen und korrigieren?>
Q: Rechnung {inv} hat die falsche Anzahl Lizenzen. Bitte korrigieren.
@ 1 licensing_billing
S: falsche Rechnungsadresse
B: Die Rechnung {inv} ist noch an unsere alte Adresse ausgestellt. Können Sie sie bitte mit der neuen Adresse neu ausstellen? {Sonst kann unsere Buchhaltung sie nicht verbuchen.|}
@ 1 licensing_billing
S: Offerte Verlängerung
S: Angebot Verlängerung
B: Unser Abo läuft am {date} aus. Könnten Sie uns ein {Angebot|CH|Offerte} für die Verlängerung mit {seats} Arbeitsplätzen schicken?
@ 1 licensing_billing
S: zusätzliche Lizenzen
B: Wir brauchen {n} zusätzliche Arbeitsplätze für neue Mitarbeitende. Bitte schicken Sie uns ein Angebot {oder schalten Sie sie direkt frei und stellen Sie sie in Rechnung|}.
Q: Wir bräuchten {n} Lizenzen mehr, bitte Angebot.
@ 1 licensing_billing
S: Upgrade auf Professional
B: Wir möchten von Standard auf Professional wechseln. Was müssen wir dafür tun und was kostet das für die Restlaufzeit?
@ 1 licensing_billing
S: Reduktion
B: Wir möchten unser Abo bei der nächsten Verlängerung von {n2} auf {seats} Arbeitsplätze reduzieren. Bitte um kurze Bestätigung.
@ 1 licensing_billing
S: doppelt bezahlt
B: Wir haben die Rechnung {inv} versehentlich doppelt bezahlt ({amount}). Könnten Sie die zweite Zahlung bitte auf unser Konto zurückerstatten?
@ 1 licensing_billing
S: Lizenz übertragen
B: Wir haben einen PC ersetzt, der alte existiert nicht mehr. Können Sie die Lizenz vom alten Gerät freigeben, damit wir sie auf dem neuen aktivieren können?
@ 1 licensing_billing
S: Mahnung?
B: Wir haben eine Mahnung für die Rechnung {inv} bekommen, haben aber am {date} bezahlt. Können Sie das bitte prüfen? {Zahlungsbestätigung anbei.|}
@ 1 licensing_billing
S: Rechnungskopie
B: Könnten Sie mir eine Kopie der Rechnung vom {month} schicken? Im Portal finde ich sie nicht.
Q: Bitte Kopie der Rechnung {month} senden.
@ 1 licensing_billing
S: UID fehlt
B: Auf der letzten Rechnung fehlt unsere {UID|USt-IdNr.}. Bitte ergänzen und neu zusenden: {uid}.
@ 1 licensing_billing
S: Lizenzschlüssel verloren
B: Wir finden unseren Lizenzschlüssel nicht mehr (Server neu aufgesetzt). Könnten Sie ihn uns nochmals zuschicken? Kundennr. {cust}.
@ 1 licensing_billing
S: Zahlung per Kreditkarte
B: Wir möchten künftig per Kreditkarte statt auf Rechnung zahlen. Wie können wir das umstellen?
@ 1 licensing_billing
S: Verlängerung nicht erhalten
B: Unsere Lizenz läuft in {n} Tagen ab und wir haben die Verlängerungsrechnung noch nicht erhalten. Können Sie sie bitte schicken, damit nichts stehen bleibt?
# ---
@ 1 installation_updates
S: Downloadlink
B: Könnten Sie mir bitte den Downloadlink für die aktuelle Version von Papyra Desktop schicken? {Wir sind noch auf {oldver}.|}
Q: bitte downloadlink aktuelle version
@ 1 installation_updates
S: ältere Version
B: Wir bräuchten den Installer der Version {oldver}, weil {unser Scannertreiber|ein kundenspezifisches Plugin} mit der neuen noch nicht funktioniert. Können Sie uns einen Link schicken?
@ 1 installation_updates
S: Update inbegriffen?
B: Ist das Update auf {newver} in unserem Abo enthalten? Falls ja, bitte Link und ggf. neue Lizenzdatei zustellen.
@ 1 installation_updates
S: Link abgelaufen
B: Der Downloadlink von letzter Woche ist abgelaufen, bevor wir installieren konnten. Könnten Sie uns einen neuen schicken?
@ 1 installation_updates
S: Offline-Installer
B: Unser Server hat keinen Internetzugang. Gibt es für {newver} einen Offline-Installer, den Sie uns schicken könnten?
@ 1 installation_updates
S: MSI-Paket
B: Könnten Sie uns das MSI-Paket des Desktop-Clients zur Verfügung stellen? Unser IT-Dienstleister braucht es für die Softwareverteilung.
@ 1 installation_updates
S: Upgrade von Version 5
B: Wir arbeiten noch mit Papyra {oldver}. Deckt unser Vertrag das Upgrade auf Version 7 ab? Falls ja, bitte die Downloaddaten schicken.
@ 1 installation_updates
S: Termin für Update
B: Wir möchten einen Termin mit einem Ihrer Techniker für das Update auf {newver} auf unserem Server vereinbaren. Welche Termine wären möglich?
# ---
@ 1 documents_recognition
S: QR-Modul
B: Wir haben letzte Woche das QR-Rechnungsmodul bestellt (Bestellung {inv}), es ist aber noch nicht in unserer Lizenz aktiv. Können Sie es freischalten?
@ 1 documents_recognition
S: Trennblätter
B: Könnten Sie uns die Barcode-Trennblätter als PDF schicken? {Die von der Installation sind nicht mehr auffindbar.|}
@ 1 documents_recognition
S: OCR-Sprachpaket
B: Wir möchten das zusätzliche OCR-Sprachpaket für {Italienisch|Polnisch|Kroatisch} bestellen. Bitte schicken Sie uns ein Angebot.
@ 1 documents_recognition
S: Einrichtung Dokumenttypen
B: Wir möchten {n} neue Dokumenttypen durch Ihr Team einrichten lassen ({doctype}). Können Sie uns dafür {ein Angebot|eine Offerte} schicken?
@ 1 documents_recognition
S: Vorlagenpaket
B: Könnten Sie mir die Liste der Lieferantenvorlagen im "Rechnungspaket Schweiz" schicken? {Unser Chef will entscheiden, ob wir es kaufen.|}
# ---
@ 1 integrations
S: DATEV-Modul
B: Bitte schalten Sie das DATEV-Exportmodul für unsere Lizenz frei (Kundennr. {cust}). Das Bestellformular haben wir {day} unterschrieben zurückgeschickt.
@ 1 integrations
S: API-Zugangsdaten
B: Wir brauchen Zugangsdaten (API-Key) für die REST-Schnittstelle für unseren Entwickler. Wie kommen wir daran?
@ 1 integrations
S: Sandbox
B: Könnten Sie uns Zugang zur Entwickler-Sandbox geben? {Unser Partner baut eine Schnittstelle für uns.|}
@ 1 integrations
S: XML-Schema
B: Unser {acct}-Partner fragt nach dem XML-Schema des Papyra-Exports. Können Sie uns das zukommen lassen?
@ 1 integrations
S: Preis Schnittstelle
B: Was kostet die {acct}-Schnittstelle pro Jahr? Bitte schicken Sie mir ein Angebot für {seats} Benutzer.
# ---
@ 1 database_storage
S: Backup-Tool
B: Bitte schicken Sie mir den Downloadlink für das Papyra Backup & Restore Tool. {Im Portal finde ich es nicht.|}
@ 1 database_storage
S: Migration SQL Server
B: Wir möchten von der eingebauten Datenbank auf SQL Server wechseln. Bieten Sie diese Migration als Dienstleistung an? Bitte um {ein Angebot|eine Offerte}.
@ 1 database_storage
S: Cloud-Speicher
B: Unser Cloud-Archivspeicher ist fast voll (noch {pct} GB frei). Wie können wir mehr Speicher dazubuchen?
@ 1 database_storage
S: Datenexport bei Kündigung
B: Wir kündigen unseren Vertrag. Bitte teilen Sie uns mit, wie wir einen vollständigen Export unseres Archivs erhalten.
@ 1 database_storage
S: Bestätigung Revisionssicherheit
B: Unser Wirtschaftsprüfer verlangt eine Bestätigung, dass das Papyra-Archiv revisionssicher ist. Könnten Sie uns {das Zertifikat|eine schriftliche Bestätigung} zustellen?
# ---
@ 1 security_network
S: IP-Adressen für Firewall
B: Könnten Sie uns die Hostnamen und IP-Adressen Ihrer Lizenz- und Update-Server schicken? Wir müssen sie in unserer Firewall freigeben.
@ 1 security_network
S: Datei-Hashes
B: Unsere IT will Papyra in AppLocker freigeben. Können Sie uns die Angaben zum Code-Signing-Zertifikat oder die Datei-Hashes für Version {ver} schicken?
@ 1 security_network
S: AV-Vertrag
B: Bitte senden Sie uns Ihren Auftragsverarbeitungsvertrag (AVV) zur Unterschrift.
@ 1 security_network
S: Sicherheitsfragebogen
B: Unsere IT-Sicherheit hat mich gebeten, Ihnen den angehängten Fragebogen zu schicken. Könnten Sie ihn bis {date} ausfüllen und zurückschicken?
@ 1 security_network
S: Penetrationstest
B: Wir planen nächsten Monat einen Penetrationstest unseres Netzwerks inkl. Papyra-Server. Brauchen wir dafür Ihre Zustimmung oder möchten Sie informiert werden?
# ---
@ 1 third_party_infrastructure
S: Liste Multifunktionsgeräte
B: Unser Einkauf braucht die Liste der für Papyra zertifizierten Multifunktionsgeräte. Könnten Sie sie uns schicken?
@ 1 third_party_infrastructure
S: Scanner bestellen
B: Können wir einen {scanner} über Sie beziehen? Bitte {ein Angebot|eine Offerte} für {n} Stück inkl. Lieferung.
@ 1 third_party_infrastructure
S: Vertrag Citrix
B: Deckt unser Supportvertrag auch Hilfe bei unserer Citrix-Umgebung ab, oder braucht es dafür eine Zusatzvereinbarung? Bitte schicken Sie uns die Konditionen.
@ 1 third_party_infrastructure
S: NAS im Supportvertrag?
B: Bitte teilen Sie uns mit, ob Ihr Support auch unser {nas} abdeckt. Falls nicht, können Sie einen Partner empfehlen?
@ 1 third_party_infrastructure
S: Technikertermin vor Ort
B: Wir möchten einen Techniker vor Ort buchen, der unser neues {mfp} an Papyra anbindet. Wann wäre das möglich und was kostet es?
# ---
@ 1 howto_usage
S: AW: Ihre Antwort
S: Artikel hat nicht geholfen
B: Danke für den Link zum Wissensdatenbank-Artikel über {gespeicherte Suchen|Stempel|das Zusammenführen von Dokumenten}, aber er hat nicht geholfen, das Menü sieht in unserer Version ({ver}) anders aus. Kann mir jemand das erklären?
@ 1 howto_usage
S: Anmeldung Webinar
B: Ich möchte {n} Personen für das nächste Einsteiger-Webinar anmelden. {Namen: {first2} {last2} und ich.|}
@ 1 howto_usage
S: Handbuch Italienisch
B: Könnten Sie uns das Benutzerhandbuch auf Italienisch schicken? {Unsere Filiale im Tessin braucht es.|} Ich habe nur Deutsch und Englisch gefunden.
@ 1 howto_usage
S: Einführung
B: Wir haben eine neue Mitarbeiterin in der Buchhaltung. Können wir für sie eine einstündige Online-Einführung in Papyra buchen?
@ 1 howto_usage
S: Beratungstag
B: Wir möchten mit einem Berater unsere Ordnerstruktur und Dokumenttypen neu aufbauen. Bitte {Angebot|Offerte} für einen Beratungstag.
@ 1 howto_usage
S: immer noch keine Antwort
B: Ich hatte letzte Woche gefragt, wie man {Standardwerte für Felder setzt|das Spaltenlayout ändert}, und Sie haben mich auf die FAQ verwiesen. Das habe ich probiert, aber es funktioniert nicht wie beschrieben. Könnte mir jemand helfen?
# ============================================================ LEVEL 2
@ 2 account_access
S: Anmeldung nach Domänenwechsel
B: Seit wir unsere Domäne umbenannt haben, können sich {n} Benutzer nicht mehr bei Papyra anmelden. Meldung: "Anmeldung fehlgeschlagen: Benutzer im Verzeichnis nicht gefunden". Die anderen funktionieren.
@ 2 account_access
S: Berechtigungen greifen nicht
B: Ich habe {first2} der Gruppe "Buchhaltung" hinzugefügt, aber sie sieht den Ordner Rechnungen trotzdem nicht. Ab- und wieder angemeldet hat sie sich. {Andere Gruppenmitglieder sehen ihn.|}
@ 2 account_access
S: 2FA-Codes werden abgelehnt
B: Die Codes aus der Authenticator-App werden in Papyra Desktop abgelehnt ("Ungültiger Code"). {Das geht {day} so.|} Im Portal funktionieren dieselben Codes.
@ 2 account_access
S: ständig abgemeldet
B: Unsere Benutzer werden alle paar Minuten aus Papyra abgemeldet und müssen sich neu anmelden. {Alle sind genervt.|} Server: {winsrv}.
@ 2 account_access
S: Zugriff verweigert nach Umzug
B: Nach dem Umzug von Papyra auf den neuen Server bekommen alle Benutzer "Zugriff verweigert", sobald sie einen Ordner öffnen, auch der Admin. In der Benutzerverwaltung sehen die Rechte korrekt aus.
@ 2 account_access
S: Windows-Anmeldung fragt nach Passwort
B: Wir nutzen die Windows-Anmeldung, aber Papyra fragt jetzt bei jedem Start nach dem Passwort. {Früher ging das automatisch.|}
# ---
@ 2 licensing_billing
S: Aktivierung schlägt fehl
B: Ich versuche, unsere Lizenz auf dem neuen PC zu aktivieren, bekomme aber "Lizenz konnte nicht aktiviert werden ({code})". Der Schlüssel stimmt, ich habe ihn aus dem Portal kopiert.
@ 2 licensing_billing
S: keine freie Lizenz
B: Die Benutzer bekommen "Keine freie Lizenz verfügbar", obwohl nur {n} von {seats} Arbeitsplätzen belegt sind. {Papyra auf allen PCs schliessen hat nichts gebracht.|}
@ 2 licensing_billing
S: nach Verlängerung immer noch abgelaufen
B: Wir haben das Abo verlängert und bezahlt, aber Papyra zeigt auf allen Clients immer noch "Lizenz abgelaufen". Die neue Lizenzdatei habe ich wie beschrieben importiert.
@ 2 licensing_billing
S: Offline-Aktivierung
B: Die Offline-Aktivierungsdatei wird nicht akzeptiert: "Ungültige Aktivierungsantwort". Unser Server hat kein Internet, deshalb habe ich es über einen anderen PC gemacht.
@ 2 licensing_billing
S: Lizenzdienst nicht erreichbar
B: Die Clients melden {day} "Lizenzdienst nicht erreichbar". Der Server läuft und ist anpingbar.
# ---
@ 2 installation_updates
S: Installationsfehler {msi}
S: Setup bricht ab
B: Die Installation von Papyra Desktop {newver} bricht mit "Fehler {msi}: Schwerwiegender Fehler bei der Installation" ab. {Ich bin lokaler Admin.|Als Administrator ausgeführt.} {win}.
Q: Setup bricht mit Fehler {msi} ab, {win}. Was tun?
@ 2 installation_updates
S: Update abgebrochen
B: Das Update von {oldver} auf {newver} ist mit der Meldung "Die Datenbankmigration konnte nicht abgeschlossen werden. Die vorherige Version wird wiederhergestellt." abgebrochen. Papyra läuft noch auf der alten Version.
@ 2 installation_updates
S: .NET fehlt
B: Das Setup bleibt bei "Voraussetzungen werden installiert" hängen und meldet nach einer Weile, dass die .NET Desktop Runtime nicht installiert werden konnte. {Unsere PCs haben keinen direkten Internetzugang.|}
@ 2 installation_updates
S: Versionskonflikt
B: Nach dem Update des Servers auf {newver} melden die Clients "Client-Version {oldver} ist nicht mit Serverversion {newver} kompatibel", und das automatische Client-Update startet nicht.
@ 2 installation_updates
S: andere Installation läuft
B: Das Setup meldet "Es wird bereits eine andere Installation ausgeführt" ({msi}), auch nach einem Neustart. {Ich finde keinen anderen Installer.|}
@ 2 installation_updates
S: Umzug auf neuen PC
B: Ich habe Papyra nach Ihrer Anleitung auf einen neuen PC umgezogen, aber das Archiv ist auf dem neuen Rechner leer. Die Datenbankdatei ist da ({n2} GB).
@ 2 installation_updates
S: Verteilung per GPO
B: Die Verteilung des Clients per GPO schlägt auf etwa der Hälfte der PCs fehl. Ereignisanzeige: "Installation von Papyra Desktop mit Fehlercode {msi} fehlgeschlagen".
@ 2 installation_updates
S: hängt bei {pct}%
B: Das Update hängt seit über einer Stunde bei {pct}%. {Soll ich es abbrechen?|} Es passiert nichts mehr.
@ 2 installation_updates
S: Deinstallation geht nicht
B: Ich kann die alte Version nicht deinstallieren: "Die Funktion befindet sich auf einer Netzwerkressource, die nicht verfügbar ist." Deshalb kann ich auch {newver} nicht installieren.
@ 2 installation_updates
S: startet nicht nach Windows-Update
B: Nach den letzten Windows-Updates startet Papyra auf {n} PCs nicht mehr, Meldung: "Komponente 'PapyraViewer.ocx' oder eine ihrer Abhängigkeiten ist nicht richtig registriert".
# ---
@ 2 documents_recognition
S: Scanner wird nicht erkannt
S: Scannen geht nicht
B: Papyra findet unseren {scanner} nicht mehr. Im Scan-Dialog ist die Liste der Quellen leer {("Keine TWAIN-Quelle gefunden")|}. Mit dem Tool vom Hersteller scannt er.
Q: Scanner ({scanner}) wird in Papyra nicht erkannt, sonst geht er
@ 2 documents_recognition
S: Beträge falsch erkannt
B: Die Erkennung liest bei vielen Rechnungen den Gesamtbetrag falsch, z.B. wird aus 1'250.00 plötzlich 125000 oder aus einer 7 eine 1. {Früher war das besser.|} Wir scannen mit {res} dpi.
@ 2 documents_recognition
S: neues Rechnungslayout
B: Einer unserer Hauptlieferanten hat sein Rechnungslayout geändert und jetzt erkennt Papyra {Rechnungsnummer und Datum|gar keine Felder} mehr. Können Sie uns helfen, das neue Layout anzulernen?
@ 2 documents_recognition
S: QR-Rechnung nicht gelesen
B: Einige QR-Rechnungen werden nicht erkannt, die Zahlungsdaten bleiben leer. {Betrifft anscheinend Rechnungen von {n} Lieferanten.|} Andere klappen.
@ 2 documents_recognition
S: Trennblätter werden ignoriert
B: Die Barcode-Trennblätter werden ignoriert, wir bekommen ein grosses Dokument mit allen {pages} Seiten statt einzelner Dokumente.
@ 2 documents_recognition
S: nur erste Seite
B: Beim Scannen über den Einzug wird nur die erste Seite gescannt, dann meldet Papyra "Scan abgeschlossen". {Gerät: {scanner}.|}
@ 2 documents_recognition
S: schwarze Seiten
B: {day} sind alle gescannten Seiten {schwarz|auf dem Kopf|sehr dunkel}. {Den Scanner habe ich schon gereinigt.|} In anderen Programmen sehen die Scans normal aus.
@ 2 documents_recognition
S: falscher Lieferant
B: Papyra ordnet Rechnungen von "{company}" einem anderen Lieferanten mit ähnlichem Namen zu. Wir müssen das jedes Mal von Hand korrigieren.
@ 2 documents_recognition
S: Gerät ist beschäftigt
B: Wir bekommen "Das Gerät ist beschäftigt oder nicht bereit (WIA-Fehler {hex})", wenn wir einen Scan starten. Nach einem Neustart geht es einmal, dann wieder der Fehler.
@ 2 documents_recognition
S: alles als Sonstiges
B: Seit letzter Woche werden alle Dokumente als Dokumenttyp "Sonstiges" statt als Rechnung/Lieferschein klassifiziert. {Wir haben nichts an den Einstellungen geändert.|}
@ 2 documents_recognition
S: neuer Dokumenttyp
B: Papyra soll {doctype} als eigenen Dokumenttyp erkennen, mit Name und Datum. Könnte uns ein Techniker beim Einrichten helfen?
@ 2 documents_recognition
S: schlechte OCR bei Umlauten
B: Die Texterkennung ist bei unseren Dokumenten sehr schlecht, fast alle Wörter mit Umlauten sind falsch ("Ãœbergabe", "Gr0sse"). OCR-Sprache steht auf Deutsch. {Beispiel anbei.|}
# ---
@ 2 integrations
S: falsche MWST-Codes im Export
S: Export nach {acct}
B: Der Export nach {acct} setzt bei Rechnungen mit {8.1|2.6|19|7}% den falschen Steuercode, unsere Buchhalterin muss jede Buchung korrigieren. {Die anderen Sätze sind in Ordnung.|}
@ 2 integrations
S: Gutschriften als Rechnungen
B: Gutschriften werden mit positivem Betrag nach {acct} exportiert und dadurch wie Rechnungen gebucht. {Das gibt ein ziemliches Durcheinander.|}
@ 2 integrations
S: Doppelte Buchungen
B: Einige Dokumente kommen nach dem Export doppelt in {acct} an. {Letzte Woche waren es {n} Stück.|}
@ 2 integrations
S: Umlaute im CSV kaputt
B: Im CSV-Export sind alle Umlaute kaputt (z.B. "MÃ¼ller" statt "Müller"). {Wir öffnen die Datei in Excel.|}
@ 2 integrations
S: Datumsformat im Export
B: Der Export schreibt das Datum als 2024-03-05, {acct} erwartet aber 05.03.2024, deshalb schlägt der Import fehl. Wo kann ich das umstellen?
@ 2 integrations
S: Beleglink fehlt
B: Der Export nach {acct} funktioniert, aber in der Buchung fehlt der Link zum PDF, so dass niemand den Beleg aus der Buchhaltung öffnen kann.
@ 2 integrations
S: Kostenstelle leer
B: Die Kostenstelle, die wir in Papyra erfassen, ist nach dem Export nach {acct} immer leer. Die anderen Felder kommen richtig an.
@ 2 integrations
S: Outlook-Import
B: Der Import von E-Mails aus {outlook} mit dem Papyra-Add-in schlägt fehl: "Die Nachricht konnte nicht importiert werden". {Die Anhänge sind PDFs.|}
@ 2 integrations
S: Dezimaltrennzeichen
B: Beträge werden mit Komma statt Punkt exportiert, deshalb liest {acct} 1'250,00 als 1.25. {Gibt es dafür eine Einstellung?|}
@ 2 integrations
S: Export läuft nicht mehr
B: Der automatische Export nach {acct} ist {day} nicht mehr gelaufen. Im Log steht:{log_export}
# ---
@ 2 database_storage
S: Suche sehr langsam
B: Eine Suche im Archiv dauert bei uns {n}-{n2} Sekunden, auch bei ganz einfachen Suchen. Vor einem Jahr ging das sofort. Wir haben ca. {docs} Dokumente.
@ 2 database_storage
S: Datensicherung schlägt fehl
B: Der nächtliche Sicherungsjob bricht ab mit "Der Zugriff auf den Pfad '{share}' wurde verweigert". Das Dienstkonto sollte eigentlich Rechte haben.
@ 2 database_storage
S: Wiederherstellung nötig
B: Wir müssen das Archiv aus der Sicherung vom letzten {wd} zurückholen, weil jemand einen ganzen Ordner gelöscht hat. Kann uns jemand durch die Wiederherstellung begleiten?
@ 2 database_storage
S: Datenbank zu gross
B: Unsere Datenbank ist auf {n2} GB angewachsen und auf dem Server wird der Platz knapp. Gibt es einen sicheren Weg, sie aufzuräumen oder zu verkleinern?
@ 2 database_storage
S: Ablage verschieben
B: Wir möchten die Dokumentablage auf eine neue Festplatte verschieben (D: nach E:). Wie machen wir das am sichersten, ohne dass Verknüpfungen kaputtgehen?
@ 2 database_storage
S: Datenbank gesperrt
B: Die Benutzer bekommen oft "database is locked", wenn mehrere gleichzeitig Dokumente ablegen. Wir nutzen die eingebaute Datenbank mit {n} Benutzern.
@ 2 database_storage
S: SQL-Verbindung
B: Nach der Passwortänderung des SQL-Dienstkontos kann Papyra nicht mehr auf die Datenbank zugreifen: "Login failed for user 'papyra_svc'". Wo muss ich das Passwort anpassen?
@ 2 database_storage
S: Öffnen langsam an einem PC
B: An einem Arbeitsplatz dauert das Öffnen jedes Dokuments fast eine Minute, an allen anderen geht es sofort. Gleiche Version ({ver}).
# ---
@ 2 security_network
S: Virenscanner Quarantäne
S: Papyra vom Virenschutz gelöscht?
B: {av} hat nach dem Update die Datei PapyraOcr.dll in Quarantäne verschoben, jetzt funktioniert die Erkennung nicht mehr. Die Meldung lautet "{threat}".
Q: {av} hat eine Papyra-Datei in Quarantäne gesteckt, OCR geht nicht mehr
@ 2 security_network
S: Sophos blockiert Dienst
B: Seit wir Sophos Intercept X ausgerollt haben, stoppt der Papyra-Serverdienst ein paar Minuten nach dem Start. In der Sophos-Konsole sehen wir "Lockdown prevented" für Papyra.Server.exe.
@ 2 security_network
S: SmartScreen
B: Windows Defender SmartScreen blockiert den Installer für {newver} ("Der Computer wurde durch Windows geschützt"). Ist die Datei sicher, und wie kommen wir in unserer Umgebung daran vorbei?
@ 2 security_network
S: Firewall blockiert Clients
B: Die Clients in unserer zweiten Filiale kommen nicht auf den Server. Wir vermuten, dass die Firewall Port {port} blockiert, aber unser IT-Partner sagt, der Port sei offen. Können Sie uns beim Testen helfen?
@ 2 security_network
S: Proxy-Authentifizierung
B: Die Lizenzprüfung scheitert hinter unserem Proxy:{log_net}Der Proxy verlangt eine Anmeldung.
@ 2 security_network
S: Zertifikat abgelaufen
B: Alle Clients zeigen die Warnung "Das Serverzertifikat ist abgelaufen". Wie erneuern wir das Zertifikat des Papyra-Servers?
@ 2 security_network
S: Kaspersky bremst
B: Seit Kaspersky installiert ist, ist das Scannen und Ablegen extrem langsam (ca. {n} Sekunden pro Seite statt 1). Wenn wir ihn deaktivieren, geht es wieder schnell.
@ 2 security_network
S: SSL-Inspection
B: Seit unsere Firewall ({fw}) SSL-Inspection macht, schlägt die Synchronisation zwischen Filiale und Hauptsitz mit einem Zertifikatsfehler fehl.
@ 2 security_network
S: überwachter Ordnerzugriff
B: Der "überwachte Ordnerzugriff" von Windows Defender hindert Papyra daran, in den Dokumentordner zu speichern. Was genau müssen wir freigeben?
@ 2 security_network
S: eigenes Zertifikat
B: Wir wollen das selbstsignierte Zertifikat des Papyra-Servers durch eines unserer internen CA ersetzen. Ich habe es versucht, aber jetzt verbinden sich die Clients nicht mehr.
# ---
@ 2 third_party_infrastructure
S: Ablage auf NAS nicht erreichbar
B: Wir haben den Freigabenamen auf unserem NAS geändert (vorher {share}) und jetzt meldet Papyra "Dokumentablage nicht verfügbar". Wie ändere ich den Pfad in Papyra?
@ 2 third_party_infrastructure
S: Überwachungsordner
B: Das {mfp} legt die Scans korrekt im Überwachungsordner ab, aber Papyra holt sie nicht mehr ab. Die Dateien bleiben einfach liegen.
@ 2 third_party_infrastructure
S: leere Seiten beim Drucken
B: Wenn wir aus Papyra auf unserem {mfp} drucken, kommen nur leere Seiten heraus. Aus Word auf demselben Drucker klappt es.
@ 2 third_party_infrastructure
S: Einstellungen Citrix
B: Wir veröffentlichen Papyra auf unseren neuen Citrix-Servern. Welche Papyra-Einstellungen müssen wir anpassen, damit die Benutzereinstellungen am richtigen Ort gespeichert werden? Könnten Sie das mit unserem Admin durchgehen?
@ 2 third_party_infrastructure
S: neues NAS als Ablage
B: Wir haben ein neues {nas} gekauft und möchten die Papyra-Dokumentablage dorthin verschieben. Könnte uns ein Techniker bei der Konfiguration in Papyra helfen?
# ---
@ 2 howto_usage
S: Freigabe-Workflow
B: Wir möchten einen Visumsablauf für Rechnungen einrichten (Sachbearbeitung -> Abteilungsleitung -> Zahlung). Das Handbuch habe ich gelesen, bin aber unsicher, wie das in unserem Fall geht. Könnte das jemand per Fernwartung mit mir durchgehen?
@ 2 howto_usage
S: mehrere Mandanten
B: Wir führen {n} Firmen in einer Installation und möchten Ordner, Dokumenttypen und Rechte trennen. Könnte uns ein Techniker beim Aufbau dieser Struktur helfen?
@ 2 howto_usage
S: automatische Ablage
B: Wir möchten für unsere {n} Filialen eine automatische Ablage nach Lieferant und Jahr. Die Grundlagen funktionieren, bei den Details brauchen wir Hilfe. Bitte rufen Sie mich an.
@ 2 howto_usage
S: Mail-Import einrichten
B: Könnten Sie uns helfen, den E-Mail-Import für unser Rechnungspostfach einzurichten? Wir haben es probiert, aber die Einstellungen für Exchange Online verwirren uns.
@ 2 howto_usage
S: Rollenkonzept
B: Wir brauchen Unterstützung beim Rollenkonzept für {n2} Mitarbeitende, mit Einschränkungen für Personaldokumente. Können wir eine Sitzung mit einem Techniker buchen?
# ============================================================ LEVEL 3
@ 3 account_access
S: Benutzer sieht Dokumente ohne Rechte
B: Eine Benutzerin ohne Rechte auf den Ordner Personal sieht Personaldokumente in den Suchergebnissen (Titel und Vorschau!). In der Ordneransicht kann sie sie nicht öffnen. Das sieht nach einem Fehler aus. Version {ver}.
@ 3 account_access
S: Absturz AD-Synchronisation
B: Die Benutzersynchronisation mit dem Active Directory stürzt jede Nacht ab. Aus dem Serverlog:{trace_auth}
@ 3 account_access
S: Rechte nach Update zurückgesetzt
B: Nach dem Update auf {newver} waren alle Ordnerberechtigungen auf Standard zurückgesetzt. Wir mussten alles von Hand neu einrichten. Das ist auf zwei unserer Server passiert.
@ 3 account_access
S: Absturz bei 2FA
B: Wenn Benutzer die Zwei-Faktor-Anmeldung einrichten wollen, stürzt Papyra Desktop ab:{trace_twofa}
@ 3 account_access
S: gelöschter Benutzer noch aktiv
B: Ein Benutzer, den wir am {date} in Papyra gelöscht haben, kann mit seinem alten Token immer noch über die API auf Dokumente zugreifen. Wir haben das im Zugriffsprotokoll gesehen. Bitte prüfen.
@ 3 account_access
S: falscher Benutzer im Protokoll
B: Im Audit-Protokoll stehen Löschungen eines Benutzers, der in den Ferien und nicht angemeldet war. Wir vermuten, dass das Protokoll den falschen Benutzer einträgt, wenn zwei Personen am selben PC arbeiten. {ver}.
@ 3 account_access
S: Fehler 500 im Webclient
B: Beim Öffnen mancher Dokumente im Webclient kommt Fehler 500. Serverlog:{trace_auth}
# ---
@ 3 licensing_billing
S: Lizenzdienst stürzt ab
B: Der Lizenzdienst auf unserem Server stürzt mehrmals täglich ab und alle Clients verlieren ihre Lizenz. Log:{trace_lic}
@ 3 licensing_billing
S: Lizenzdatei nach Update
B: Seit dem Update auf {newver} kann der Server unsere Lizenzdatei nicht mehr laden. Mit {oldver} ging es.{trace_lic}
@ 3 licensing_billing
S: Lizenzzähler steigt
B: Die Zahl der belegten Lizenzen steigt ständig, obwohl alle Papyra korrekt schliessen. Nach ein paar Tagen kann sich niemand mehr anmelden und wir müssen den Server neu starten. Das ist seit {oldver} so, auch in {newver}.
@ 3 licensing_billing
S: Absturz bei Lizenzprüfung
B: Papyra Desktop stürzt direkt beim Start bei der Lizenzprüfung ab. Ereignisanzeige:{eventlog}
@ 3 licensing_billing
S: falsche Sitzung
B: Wenn zwei Benutzer Papyra in derselben Sekunde starten, bekommt oft einer die Sitzung des anderen und sieht dessen offene Dokumente. Mit {newver} reproduzierbar.
# ---
@ 3 installation_updates
S: Update abgestürzt
B: Das Update auf {newver} ist beim Datenbank-Upgrade abgestürzt:{trace_setup}Jetzt startet weder die alte noch die neue Version.
@ 3 installation_updates
S: Setup stürzt mit Exception ab
B: Das Setup stürzt auf unserem Server mit folgender Exception ab:{trace_setup}{winsrv}, SQL Server als Datenbank.
@ 3 installation_updates
S: Absturz beim Start nach Update
B: Seit dem Update auf {newver} stürzt Papyra Desktop auf allen PCs sofort beim Start ab. Ereignisanzeige:{eventlog}
@ 3 installation_updates
S: Daten fehlen nach Update
B: Nach dem Update von {oldver} auf {newver} sind die benutzerdefinierten Felder aller Dokumente, die vor {yr} abgelegt wurden, leer. Das Update lief ohne Fehler durch. Für uns ein grosses Problem.
@ 3 installation_updates
S: Suche nach Update kaputt
B: Wir haben ein Testsystem von {oldver} auf {newver} aktualisiert, und die Suche findet keine Dokumente mehr, die vor dem Update abgelegt wurden. Reproduzierbar, wir haben eine Kopie der Datenbank für Sie aufbewahrt.
@ 3 installation_updates
S: Rollback hat Datenbank beschädigt
B: Das Update ist fehlgeschlagen und hat automatisch zurückgerollt, seither meldet das Archiv Inkonsistenzen und manche Dokumente zeigen beim Öffnen einen Fehler. {Die Datenbank ist {sql}.|}
# ---
@ 3 documents_recognition
S: Absturz OCR
S: Absturz beim Scannen
B: Papyra stürzt bei der Erkennung bestimmter Dokumente ab. Fehlerdetails:{trace_ocr}Es passiert immer mit demselben PDF, ich kann es Ihnen schicken.
@ 3 documents_recognition
S: Absturz bei QR-Rechnung
B: Das Ablegen der QR-Rechnungen eines Lieferanten lässt den Erfassungsjob abstürzen:{trace_ocr}
@ 3 documents_recognition
S: Beträge mal 100
B: Seit {newver} sind alle Beträge aus der Feldextraktion 100-mal zu hoch (aus 123.45 wird 12345). In {oldver} war es mit denselben Vorlagen korrekt. Wir sehen das in allen Filialen.
@ 3 documents_recognition
S: Absturz bei mehr als 50 Seiten
B: Wenn wir mehr als ca. 50 Seiten am Stück scannen, stürzt Papyra ab:{trace_scan}Kleinere Stapel gehen.
@ 3 documents_recognition
S: Erkennung hängt bei einem PDF
B: Der Erkennungsjob hängt bei einem bestimmten PDF endlos und blockiert alle nachfolgenden Dokumente. Wir müssen dann den Dienst neu starten. Ich kann es mit dieser Datei jedes Mal nachstellen.
@ 3 documents_recognition
S: Seiten vertauscht
B: Wir haben festgestellt, dass Seiten verschiedener Dokumente vermischt wurden: Rechnung A enthält Seite 2 von Rechnung B. Betrifft einen Stapel vom {date}. Sehr ernst, weil es wochenlang niemand gemerkt hat.
@ 3 documents_recognition
S: Umlaute fehlen seit Update
B: Seit {newver} fehlen im OCR-Text alle Umlaute (ä, ö, ü verschwinden einfach), dadurch findet die Volltextsuche nichts mehr. Dieselben Scans waren in {oldver} in Ordnung.
@ 3 documents_recognition
S: Viewer stürzt ab
B: Das Öffnen von Dokumenten mit vielen Seiten bringt den Viewer zum Absturz:{trace_viewer}
@ 3 documents_recognition
S: Dokumente übersprungen
B: Die Stapelerkennung überspringt zufällig Dokumente: von {pages} gescannten Dokumenten kommen nur {n2} im Eingang an, und das Log zeigt nichts. Das passiert auf zwei Installationen.
@ 3 documents_recognition
S: Absturz IBAN-Feld
B: Die Erkennung bricht bei Rechnungen mit einer IBAN in einem bestimmten Format mit einer Exception ab:{trace_ocr}
# ---
@ 3 integrations
S: REST-API 500
S: API-Fehler
B: Unsere Anbindung bekommt HTTP 500 beim Hochladen von Dokumenten über die REST-API. Serverlog:{log_api}Derselbe Request ging mit {oldver}.
@ 3 integrations
S: API 409
B: PATCH-Requests auf /api/v2/documents/{{id}}/fields liefern 409 Conflict ("stale rowversion"), auch wenn niemand sonst das Dokument bearbeitet. Wir lesen das Dokument direkt vor dem PATCH neu.
@ 3 integrations
S: Skriptfehler
B: Unser Routing-Skript funktioniert seit dem Update auf {newver} nicht mehr. Fehler:{trace_script}Das Skript wurde seit zwei Jahren nicht verändert.
@ 3 integrations
S: Musterregeln Absturz
B: Seit wir eine neue Musterregel angelegt haben, stürzt der Erfassungsdienst ab:{trace_script}Wenn wir die Regel entfernen, geht es, aber wir brauchen sie.
@ 3 integrations
S: Regex-Timeout
B: Eine unserer Musterregeln läuft bei langen Dokumenten in einen Timeout und dann bleibt das ganze Routing stehen:{trace_script}
@ 3 integrations
S: DATEV-Export Absturz
B: Der DATEV-Export bricht mit diesem Fehler ab:{trace_expfmt}Es passiert nur bei manchen Belegen, eine Gemeinsamkeit sehe ich nicht.
@ 3 integrations
S: Abacus-Export Exception
B: Der Export nach Abacus bricht ab:{trace_abacus}An den MWST-Einstellungen haben wir nichts geändert.
@ 3 integrations
S: XML-Export ungültiges Zeichen
B: Der XML-Export stürzt ab:{trace_xml}Vermutlich enthält eine Rechnung ein komisches Zeichen, aber deswegen sollte der Export nicht abstürzen.
@ 3 integrations
S: API-Paging fehlerhaft
B: Wenn wir mit pageSize=100 durch /api/v2/documents blättern, kommen manche Dokumente doppelt und andere nie. Unsere Synchronisation verpasst dadurch Dokumente. Mit {newver} reproduzierbar.
@ 3 integrations
S: Webhook kommt nicht
B: Der Webhook "document.filed" wird für Dokumente, die per Musterregel abgelegt werden, nicht gesendet, nur für manuell abgelegte. Ist das ein Fehler? Unser ERP ist darauf angewiesen.
@ 3 integrations
S: parseDate verhält sich anders
B: In {newver} liefert die Skriptfunktion parseDate() für Daten wie 03.04.2024 ein anderes Ergebnis als in {oldver} (Tag und Monat vertauscht). Alle unsere Skripte verlassen sich darauf.
@ 3 integrations
S: Such-Endpunkt 500
B: Der Such-Endpunkt der API wirft eine NullReferenceException (HTTP 500), sobald die Suche einen Bindestrich enthält, z.B. GET /api/v2/search?q=ABC-123. Ohne Bindestrich geht es.
@ 3 integrations
S: Regeln doppelt angewendet
B: Unsere Musterregeln werden manchmal doppelt angewendet, dadurch landen Dokumente in zwei Ordnern und werden zweimal nach {acct} exportiert. Ein Muster haben wir nicht gefunden.
# ---
@ 3 database_storage
S: Datenbank beschädigt
S: Archiv lässt sich nicht öffnen
B: Papyra kann das Archiv nicht mehr öffnen:{trace_db}Wir hatten {day} einen Stromausfall.
@ 3 database_storage
S: Primärschlüsselverletzung
B: Das Ablegen von Dokumenten schlägt {day} mit diesem Fehler fehl:{trace_db}
@ 3 database_storage
S: Dokumentinhalt fehlt
B: Mehrere Dokumente lassen sich nicht öffnen:{trace_db}Die Archivprüfung meldet {n2} Dokumente mit fehlenden Dateien.
@ 3 database_storage
S: Fremdschlüssel-Fehler
B: Das Verschlagworten von Dokumenten schlägt auf unserem PostgreSQL-Backend fehl:{trace_db}
@ 3 database_storage
S: Index passt nicht
B: Nach dem Serverabsturz ist das Archiv inkonsistent. Im Log steht:{log_db}Wir haben eine Sicherung von vorgestern, wollen aber die seither abgelegten Dokumente nicht verlieren.
@ 3 database_storage
S: Dokumente nach Prüfung weg
B: Nach der Archivprüfung mit "Reparieren" sind etwa {n2} Dokumente verschwunden, auch nicht im Papierkorb. Bitte helfen Sie uns, das sind steuerrelevante Belege.
@ 3 database_storage
S: Duplikate nach Restore
B: Nach der Wiederherstellung aus der Sicherung erscheinen viele Dokumente doppelt, mit gleicher ID, aber unterschiedlichem Inhalt. Wir wissen nicht, welches korrekt ist.
@ 3 database_storage
S: Sicherung unvollständig
B: Bei einem Restore-Test haben wir festgestellt, dass in Dokumenten der letzten {n} Monate Seiten fehlen, obwohl der Sicherungsjob immer Erfolg gemeldet hat.
@ 3 database_storage
S: falsche Seiten angezeigt
B: Manche Dokumente zeigen die Seiten eines ganz anderen Dokuments. ID und Titel stimmen, der Inhalt ist falsch. Wir haben bisher {n2} Fälle gefunden.
@ 3 database_storage
S: Datenbank halb aktualisiert
B: Die Datenbank ist nach dem Update anscheinend halb auf dem alten und halb auf dem neuen Schema; manche Tabellen haben neue Spalten, andere nicht. Papyra startet, aber das Ablegen scheitert.
@ 3 database_storage
S: zu viel gelöscht
B: Eine Kollegin hat einen Unterordner gelöscht, aber Papyra hat auch die Dokumente in {n} anderen Ordnern mit demselben Namen gelöscht. Wie ist das möglich? Wir brauchen sie zurück.
@ 3 database_storage
S: Versionshistorie weg
B: Die Versionshistorie aller Dokumente, die vor dem {date} bearbeitet wurden, ist weg. Es gibt nur noch die letzte Version. Wir brauchen die alten Versionen für eine Prüfung.
# ---
@ 3 security_network
S: Zertifikatsfehler trotz gültigem Zertifikat
B: Die Clients lehnen das Serverzertifikat ab, obwohl es gültig ist und von unserer CA stammt, der alle PCs vertrauen:{trace_net}Browser akzeptieren das Zertifikat ohne Probleme.
@ 3 security_network
S: Verbindung bei Sync getrennt
B: Die Synchronisation der Filiale bricht regelmässig ab:{trace_net}Das Netzwerkteam sieht keine Unterbrüche.
@ 3 security_network
S: Absturz bei Schwachstellenscan
B: Unser wöchentlicher Schwachstellenscan (Nessus) bringt den Papyra-Serverdienst zum Absturz. Entweder hat der Dienst einen Fehler oder die Anfragebehandlung ist nicht robust.
@ 3 security_network
S: mögliche Sicherheitslücke
B: Ich glaube, ich habe ein Sicherheitsproblem gefunden: die URL /api/v2/documents/{{id}}/content lässt sich ohne Anmeldung öffnen, wenn man die ID kennt. Bitte dringend prüfen. {Version {newver}.|}
@ 3 security_network
S: verschlüsselte Dokumente unlesbar
B: Nach dem Schlüsselwechsel gemäss Admin-Handbuch lassen sich etwa {pct}% der Dokumente nicht mehr öffnen: "Entschlüsselung fehlgeschlagen". Den alten Schlüssel haben wir noch.
@ 3 security_network
S: Absturz mit NTLM-Proxy
B: Mit unserem NTLM-Proxy stürzt Papyra Desktop bei der Update-Prüfung ab:{trace_proxy}
# ---
@ 3 howto_usage
S: gespeicherte Suchen nicht geteilt
B: Laut Handbuch sind als "geteilt" markierte gespeicherte Suchen für alle Benutzer sichtbar, aber in {newver} sieht sie niemand sonst. Mit 3 Benutzern getestet. Ist das ein Fehler?
@ 3 howto_usage
S: Anmerkung verloren
B: "Rückgängig" im Viewer löscht die Anmerkung endgültig, statt nur die letzte Änderung zurückzunehmen, und sie ist auch nicht in der Versionshistorie. Im Handbuch steht es anders. Mit {ver} reproduzierbar.
@ 3 howto_usage
S: Absturz in den Optionen
B: Papyra stürzt ab, wenn ich Optionen > Anzeige öffne:{trace_settings}
@ 3 howto_usage
S: falsche Sortierung
B: Seit {newver} ist die Sortierung nach Datum in der Listenansicht falsch: der 01.03. kommt nach dem 31.12. Sieht aus, als würde als Text sortiert. {Bei der Fälligkeit genauso.|}
@ 3 howto_usage
S: Strg+F löscht Seite?
B: Komisch: in der Dokumentansicht entfernt Strg+F manchmal die aktuelle Seite aus dem Dokument, statt die Suche zu öffnen. Ist {n} Kolleginnen passiert.
@ 3 howto_usage
S: Absturz beim Drucken
B: Wenn man mehr als {n2} Dokumente auf einmal druckt, stürzt Papyra ab:{trace_print}
# ============================================================ LEVEL 4
@ 4 account_access
S: Citrix-Anmeldung
B: Die Benutzer können Papyra {day} nicht mehr aus Citrix starten: StoreFront meldet "Ihre Anforderung kann nicht abgeschlossen werden". Alle anderen veröffentlichten Apps haben dasselbe Problem.
@ 4 account_access
S: temporäre Profile RDS
B: Auf unserem Terminalserver ({ts}) bekommen die Benutzer immer wieder temporäre Profile, deshalb vergisst Papyra jeden Tag ihre Einstellungen. An normalen PCs ist alles gut.
@ 4 account_access
S: Kerberos nach Server-Update
B: Nach den letzten Updates auf unserem Domänencontroller ({winsrv}) scheitert die Windows-Anmeldung an Papyra mit Kerberos-Fehlern; Fileserver und Drucker sind auch betroffen.
@ 4 account_access
S: Entra-Sync
B: Unsere Azure AD Connect / Entra-Synchronisation läuft nicht mehr, neue Benutzer existieren nicht im Verzeichnis und können sich nirgends anmelden, auch nicht bei Papyra. Unser IT-Partner ist in den Ferien.
@ 4 account_access
S: Kartenanmeldung am Multifunktionsgerät
B: Die Anmeldung mit Badge an unserem {mfp} (zum Scannen in Papyra) geht seit dem Firmware-Update nicht mehr. Das Gerät meldet "Authentifizierung fehlgeschlagen" für alle Karten.
# ---
@ 4 installation_updates
S: Server-Update hat Dienste zerstört
B: Nach dem kumulativen Update für {winsrv} vom {date} starten mehrere Dienste nicht mehr, darunter der Papyra-Server und unser Backup-Agent. Deinstallation des Updates hilft.
@ 4 installation_updates
S: VM startet nicht
B: Die VM mit unserem Papyra-Server bootet nach dem Update des {hyper}-Hosts nicht mehr, sie bleibt bei "Automatische Reparatur wird vorbereitet" stehen.
@ 4 installation_updates
S: Citrix-Image
B: Nach dem Ausrollen des neuen Citrix-Masterimages fehlt Papyra auf der Hälfte der Citrix-Server. Wir arbeiten mit App Layering.
@ 4 installation_updates
S: SQL-Server-Update fehlgeschlagen
B: Das kumulative Update für SQL Server ist auf unserem Datenbankserver fehlgeschlagen und jetzt startet der SQL-Dienst nicht mehr ({sql}). Papyra geht natürlich auch nicht.
@ 4 installation_updates
S: altes Serverbetriebssystem
B: Unser Papyra-Server läuft noch auf Windows Server 2012 R2. Unser IT-Dienstleister sagt, der müsse aktualisiert werden. Wer macht hier was?
@ 4 installation_updates
S: Installationsmodus RDS
B: Auf dem RDS-Host funktioniert die Installation nur im Modus "change user /install", und selbst dann meldet Windows Installer, die RDS-Rolle blockiere es. Auf normalen PCs installiert es problemlos.
@ 4 installation_updates
S: Hyper-V-Host
B: Unser Hyper-V-Host ist seit dem letzten Firmware-Update extrem langsam und alle VMs inkl. Papyra-Server hängen regelmässig.
# ---
@ 4 documents_recognition
S: defekte PDFs vom Multifunktionsgerät
B: Seit dem Firmware-Update unseres {mfp} sind die PDFs, die es in den Scanordner schickt, defekt (0 KB oder nicht zu öffnen). Mit dem USB-Scanner geht es.
@ 4 documents_recognition
S: Streifen auf Scans
B: Alle Scans vom {mfp} haben senkrechte Streifen, auch beim Kopieren. Das Scannerglas ist sauber.
@ 4 documents_recognition
S: Auflösung wird ignoriert
B: Unser {mfp} schickt die Scans immer mit 100 dpi, egal welches Profil wir am Gerät wählen. Dadurch scheitert die Texterkennung in Papyra.
@ 4 documents_recognition
S: Scan to SMB geht nicht mehr
B: Das {mfpbrand}-Gerät kann seit dem Abschalten von SMB1 auf dem Server keine Scans mehr in den Freigabeordner speichern. Fehler am Gerät: "Senden fehlgeschlagen #{n}01".
@ 4 documents_recognition
S: TWAIN in Citrix
B: Der Scanner funktioniert am lokalen PC, aber nicht in der Citrix-Sitzung. Die Citrix-TWAIN-Umleitung scheint seit dem Update der Workspace-App kaputt zu sein.
@ 4 documents_recognition
S: Doppeleinzug
B: Der Einzug unseres {mfp} zieht ständig zwei Blätter auf einmal ein, dadurch sind die Dokumente in Papyra unvollständig.
# ---
@ 4 integrations
S: Bexio-Export
B: Exporte nach Bexio scheitern seit heute Morgen mit "503 Service Unavailable". Auf der Statusseite von Bexio ist eine Störung gemeldet.
@ 4 integrations
S: DATEV-Upload
B: Uploads nach DATEV Unternehmen online schlagen für alle Belege fehl ("Dienst vorübergehend nicht verfügbar"). Offenbar hat DATEV an diesem Wochenende Wartungsarbeiten.
@ 4 integrations
S: SAP-Server
B: Unser SAP-Partner hat den SAP-Business-One-Server aktualisiert und seither scheitert die DI-API-Verbindung für alle Schnittstellen, auch für Papyra.
@ 4 integrations
S: Abacus-Server umgezogen
B: Unser Abacus-Partner hat den Abacus-Server auf einen neuen Host gezügelt und die Schnittstelleneinstellungen geändert. Seither werden die Importe aus Papyra abgewiesen.
# ---
@ 4 database_storage
S: NAS-Volume abgestürzt
B: Unser {nas} meldet "Volume abgestürzt" und die Papyra-Dokumentablage darauf ist nicht erreichbar. Den NAS-Hersteller haben wir schon kontaktiert.
@ 4 database_storage
S: Freigaberechte zurückgesetzt
B: Nach einem Firmware-Update auf unserem {nas} wurden die Freigaberechte zurückgesetzt und Papyra kann nicht mehr in die Dokumentablage schreiben.
@ 4 database_storage
S: Transaktionsprotokoll voll
B: Unser SQL Server meldet "Das Transaktionsprotokoll für die Datenbank 'Papyra' ist aufgrund von 'LOG_BACKUP' voll". Der SQL Server wird von {company_it} betreut.
@ 4 database_storage
S: SQL Express Limit
B: Unser SQL Server {2017|2019} Express hat die 10-GB-Grenze der Express-Edition erreicht, es lässt sich nichts mehr ablegen. Wir müssen den SQL Server aufrüsten.
@ 4 database_storage
S: NAS-Replikation
B: Die Replikation zwischen unseren beiden {nasbrand}-NAS (Snapshot Replication) schlägt {day} fehl, es gibt also keine zweite Kopie der Dokumentablage.
@ 4 database_storage
S: Hyper Backup
B: Hyper Backup auf unserem Synology scheitert mit "Ziel beschädigt", die Dokumentablage ist seit {n} Tagen nicht gesichert.
@ 4 database_storage
S: gehosteter PostgreSQL down
B: Der PostgreSQL-Server bei unserem Hoster ist seit heute Morgen down, Papyra meldet "Datenbank nicht verfügbar". Der Hoster sagt, sie arbeiten daran.
@ 4 database_storage
S: Datastore voll
B: Der VMware-Datastore, auf dem unser Datenbankserver läuft, ist voll, die VM wurde angehalten. Der Host wird von {company_it} betreut.
# ---
@ 4 security_network
S: VPN weg nach Firewall-Update
B: Seit dem Firmware-Update unserer {fw} ist das Site-to-Site-VPN zur Filiale weg, die Filiale erreicht den Papyra-Server nicht mehr. Die Firewall wird von {company_it} betreut.
@ 4 security_network
S: TLS-Härtung
B: Nach einer Sicherheitshärtung auf allen {winsrv}-Maschinen (TLS 1.0/1.1 und einige Cipher per GPO deaktiviert) verbinden sich mehrere Anwendungen nicht mehr, darunter Papyra und unser ERP.
@ 4 security_network
S: NetScaler-Zertifikat
B: Das Zertifikat auf unserem Citrix NetScaler ist abgelaufen, so erreicht niemand Papyra von aussen. Die Erneuerung macht unser Citrix-Partner.
@ 4 security_network
S: interne CA ausgefallen
B: Unser interner Zertifizierungsstellen-Server ist abgestürzt und die Zertifikate mehrerer Server, auch des Papyra-Servers, können nicht erneuert werden.
@ 4 security_network
S: FortiGate blockiert alles
B: Nach einer Konfigurationsänderung unseres Providers an der FortiGate sind der Fileserver und der Papyra-Server aus dem Büronetz nicht mehr erreichbar.
@ 4 security_network
S: ESET-Managementserver
B: Unser ESET PROTECT Server ist ausgefallen und die Clients fallen auf eine alte Richtlinie zurück, die Netzlaufwerke blockiert. Papyra erreicht die Dokumentablage nicht.
# ---
@ 4 third_party_infrastructure
S: NAS nach DSM-Update weg
S: NAS Problem
B: Seit dem DSM-Update auf unserem {nas} ({day}) ist die Freigabe mit den Papyra-Dokumenten nicht mehr erreichbar. Auch andere Freigaben auf dem NAS sind betroffen.
Q: {nas}-Freigabe nach DSM-Update weg, Papyra-Dokumente nicht erreichbar.
@ 4 third_party_infrastructure
S: NAS trennt Verbindung
B: Die Verbindung zu unserem {nas} bricht mehrmals täglich ab. Dann kann Papyra ein paar Minuten lang keine Dokumente öffnen. Im Log des NAS steht "network link down".
@ 4 third_party_infrastructure
S: Citrix-Sitzung friert ein
B: Auf Citrix ({ts}) friert die ganze Sitzung ein, wenn Benutzer den Papyra-Viewer öffnen. Auf lokalen PCs läuft es einwandfrei. {Andere Apps in der Sitzung ruckeln auch.|}
@ 4 third_party_infrastructure
S: langsam auf Terminalserver
B: Papyra ist auf unserem Terminalserver ({ts}) sehr langsam, auf den lokalen PCs schnell. Auf dem Server sind {n2} Benutzer und nur 16 GB RAM.
@ 4 third_party_infrastructure
S: Scan to Mail defekt
B: Unser {mfp} kann seit dem Firmware-Update keine Scans mehr per Mail verschicken, dadurch kommen die Rechnungen nicht in Papyra an.
@ 4 third_party_infrastructure
S: Scan auf SMB-Freigabe geht nicht
B: Seit dem letzten Windows-Update kann das {mfp} nicht mehr auf die SMB-Freigabe speichern ("Sendefehler"). Unser IT-Partner meint, es liege an der Firmware des Geräts.
@ 4 third_party_infrastructure
S: Canon Fehler 801
B: Das Canon-Gerät zeigt beim Scannen in den Papyra-Ordner "Senden fehlgeschlagen #801". Bis {letzte Woche|vor kurzem|zum Wochenende} ging es.
@ 4 third_party_infrastructure
S: Multifunktionsgerät hängt
B: Unser {mfp} hängt sich jeden Tag um die Mittagszeit auf und muss neu gestartet werden. Dann fehlen alle Scans vom Vormittag in Papyra.
@ 4 third_party_infrastructure
S: VMware-Host ausgefallen
B: Einer unserer VMware-Hosts ist abgestürzt (Purple Screen), die Papyra-Server-VM lief darauf. Sie läuft jetzt auf dem anderen Host, aber der Host müsste von unserem IT-Partner geprüft werden.
@ 4 third_party_infrastructure
S: Drucken nach Update kaputt
B: Nach dem Windows-Server-Update {kb} funktioniert das Drucken über unseren Druckserver nicht mehr, weder aus Papyra noch aus anderen Programmen.
@ 4 third_party_infrastructure
S: Verbindungsfehler Multifunktionsgerät
B: Das {mfp} meldet beim Scannen ins Netzwerk "Verbindungsfehler". Vom Gerät aus können wir den Server anpingen. Bei uns wurde nichts geändert.
@ 4 third_party_infrastructure
S: Etikettendruck in Citrix
B: Beim Drucken von Barcode-Etiketten aus Papyra in der Citrix-Sitzung kommen sie in der falschen Grösse, lokal passt es. Vermutlich das Citrix-Druckertreiber-Mapping.
@ 4 third_party_infrastructure
S: RDS-Lizenz
B: Die Benutzer kommen nicht mehr auf den Terminalserver: "Es sind keine Remotedesktop-Lizenzserver verfügbar". Damit kann niemand mit Papyra arbeiten.
@ 4 third_party_infrastructure
S: Festplattenwarnung NAS
B: Unser {nas} piept seit heute Morgen und meldet ein degradiertes RAID, Festplatte 3 fällt aus. Das Papyra-Archiv liegt auf diesem NAS. Sollen wir weiterarbeiten?
@ 4 third_party_infrastructure
S: SQL Server des Dienstleisters
B: Der SQL Server bei unserem IT-Dienstleister ist {day} nicht erreichbar, Papyra startet nicht. Der Dienstleister reagiert nur langsam.
@ 4 third_party_infrastructure
S: Exchange down
B: Unser Exchange-Server vor Ort stellt seit dem letzten Update keine Mails mehr zu, deshalb bekommt der Mailimport in Papyra nichts. In der Exchange-Warteschlange stehen Fehler.
@ 4 third_party_infrastructure
S: Profildisks
B: Auf unserer RDS-Farm sind bei manchen Benutzern die Profildisks gesperrt, sie bekommen beim Öffnen von Papyra und Outlook Fehler. Nur auf den RDS-Hosts.
"""

FULL = r"""
@@ 2 security_network
S: AW: AW: geht immer noch nicht!!!
Hallo,

sorry, aber ich schreibe jetzt zum dritten Mal. Ihr Kollege hat mir am Montag gesagt, wir sollen die Ausnahmen im {av} eintragen, haben wir gemacht (C:\Program Files\Papyra und der Ablageordner), aber die OCR startet immer noch nicht und im Virenschutz-Log wird Papyra.Ocr.Worker.exe weiterhin blockiert. Inzwischen liegen hier 200 Rechnungen.

Der Drucker im Backoffice geht übrigens auch nicht, aber das ist eine andere Geschichte.

Bitte ruft mich heute noch an. {phone}

{first}

> Von: Papyra Support
> Gesendet: Montag
> Bitte tragen Sie folgende Ausnahmen in Ihrer Sicherheitssoftware ein ...
@@ 3 database_storage
S: Dokumente verloren!!
Sehr geehrte Damen und Herren,

ich muss mich leider mit einer Eskalation an Sie wenden. Am Dienstag hat unsere Büroleiterin die Funktion "Archiv reparieren" ausgeführt, weil die Archivprüfung einige Fehler gemeldet hatte. Danach waren alle Dokumente im Ordner "Lieferanten 2023" (rund 1'400 Stück) weg. Nicht im Papierkorb, nirgends. Wir haben eine Sicherung vom Wochenende, aber dazwischen hat unser Team etwa 80 neue Rechnungen abgelegt.

Wir nutzen Papyra Desktop {ver} mit der eingebauten Datenbank auf {winsrv}. Das Log der Reparatur hänge ich an. Ich erwarte eigentlich, dass eine "Reparatur" keine Daten ohne Rückfrage löscht.

Wir brauchen jemanden, der sich wirklich mit der Datenbank auskennt. Wir fassen nichts mehr an, bis wir von Ihnen hören.

Freundliche Grüsse
{first} {last}
Geschäftsführer
{company}
@@ 0 howto_usage
S: 
hallo, wie kann ich die schrift in der liste grösser machen? sehe fast nix. danke
@@ 1 licensing_billing
S: WG: Rechnung {inv}
Guten Tag

Siehe unten von unserer Buchhalterin, sie versteht die zweite Position auf der Rechnung nicht. Können Sie das erklären? Wir haben nie ein Modul "Capture Plus" bestellt.

Danke und Gruss
{first}

-----Ursprüngliche Nachricht-----
Von: {first2} {last2}
Gesendet: {date}
Betreff: Rechnung {inv}

{first}, was ist "Capture Plus 5 Arbeitsplätze {amount}" auf der Papyra-Rechnung? Ich finde dazu keine Bestellung. Soll ich das trotzdem zahlen?
@@ 2 installation_updates
S: Installation neuer Rechner
Guten Tag

Ich bin keine Computerspezialistin, bitte entschuldigen Sie. Wir haben für die Praxis einen neuen Computer gekauft und wollen Papyra darauf installieren wie auf dem alten. Wenn ich setup.exe starte, kommt ein Fenster "Fehler 1722. Es gibt ein Problem mit diesem Windows Installer-Paket. Ein als Teil der Installation ausgeführtes Programm wurde nicht wie erwartet beendet." und dann hört es auf. Dreimal probiert, immer gleich.

Windows 11 Home. Der alte Computer ist noch da und läuft.

Können Sie mir bitte helfen, vielleicht mit Teamviewer?

Freundliche Grüsse
Dr. {last}
@@ 4 third_party_infrastructure
S: alles langsam seit Switch-Tausch
Hallo zusammen,

ich weiss nicht, ob ihr die Richtigen seid, aber seit unser Informatiker den Switch im Serverraum ersetzt hat, ist das ganze Netzwerk extrem langsam. Papyra braucht ewig, der Fileserver und das {nas} auch. Ein Ping auf den Server gibt alle paar Sekunden Timeouts. Unser Informatiker sagt, es liege an Papyra. Das glaube ich nicht, wenn alles andere auch langsam ist. Könnt ihr irgendwie bestätigen, dass es nicht an euch liegt?

Danke,
{first}
{company}
@@ 3 integrations
S: Bug in der API? (PUT /documents/{{id}}/tags)
Hallo Papyra-Team,

ich bin Entwickler bei {company} und wir binden Papyra über die REST-API an (Server {newver}).

Wenn ich ein PUT auf /api/v2/documents/4711/tags mit leerem Array schicke, um alle Tags zu entfernen, kommt 200 OK zurück, die Tags sind aber noch da. Mit nicht-leerem Array werden die Tags korrekt ersetzt. Laut API-Doku sollte ein leeres Array die Tags löschen.

Request:
PUT /api/v2/documents/4711/tags
Content-Type: application/json
[]

Antwort: 200, Body: ["rechnung","2024","bezahlt"]

Können Sie bestätigen, ob das ein Bug ist? Als Workaround löschen wir die Tags einzeln per DELETE, was bei Tausenden Dokumenten langsam ist.

Gruss
{first} {last}
Softwareentwickler
@@ 1 account_access
S: neue Ansprechperson
Sehr geehrtes Papyra-Team

Bitte beachten Sie, dass ich ab 1. {month} bei uns für Papyra zuständig bin. Bitte ändern Sie die Kontaktperson unseres Kontos von {first2} {last2} auf mich und geben Sie mir Zugang zum Kundenportal.

Meine Angaben:
{first} {last}, {role}
{email}
{phone}

Freundliche Grüsse
{first} {last}
@@ 0 security_network
S: Frage von unserer IT
Hallo,
unser neuer IT-Dienstleister will wissen, welche Ports der Papyra-Server braucht und ob er ins Internet telefoniert. Wo ist das dokumentiert? danke
{first}
@@ 2 documents_recognition
S: zwei Sachen
Hallo zusammen

Zwei Sachen:

1) Der Scanner am Empfang ({scanner}) geht nicht mehr mit Papyra, seit wir ihn an einen anderen PC gehängt haben. In Windows wird er angezeigt, Papyra sagt "Kein Scanner gefunden". Das ist das Wichtige.

2) Kann man die Farbe der Schlagworte ändern? Nur aus Neugier.

Merci und Gruss
{first}
@@ 4 database_storage
S: Synology HILFE
Unser Synology zeigt seit heute Morgen "Volume 1 abgestürzt". Das Papyra-Archiv liegt darauf. Bei Synology haben wir schon einen Fall eröffnet. Was können wir auf der Papyra-Seite in der Zwischenzeit machen? Bitte Rückruf {phone}.
{first} {last}, {company}
@@ 3 documents_recognition
S: Papyra Absturz beim Scannen
Guten Morgen

Seit dem Update auf {newver} stürzt Papyra jedes Mal ab, wenn wir ein mehrseitiges Dokument vom {scanner} scannen. Einzelne Seiten gehen. Das habe ich aus dem Fehlerfenster kopiert:
{trace_scan}
Einen PC haben wir auf {oldver} zurückgesetzt, dort geht es mit demselben Scanner, ich denke also, es liegt an der neuen Version.

Freundliche Grüße
{first} {last}
{role}, {company}
@@ 0 integrations
S: Bexio
guten tag. wir wechseln auf bexio, hat papyra da einen export dafür? wo kann ich das nachlesen
gruss {first}
@@ 1 installation_updates
S: link
hallo, könnt ihr mir den link für die neuste version schicken, im portal ist nur 6.5. danke {first}
@@ 2 integrations
S: wieder Exportfehler / Buchhalterin sauer
Guten Tag

Kurz zusammengefasst die Reklamation unserer Buchhalterin: die Beträge der Rechnungen in Fremdwährung (EUR) kommen doppelt umgerechnet in {acct} an, also viel zu tief. CHF-Rechnungen sind korrekt. Das kostet sie jeden Monat Stunden. Wir nutzen Papyra {ver}. Könnte sich jemand zusammen mit mir unser Exportprofil anschauen? Ich bin Mo-Mi im Büro.

Freundliche Grüsse
{first} {last}
{company}
@@ 4 installation_updates
S: Upgrade Windows Server
Guten Tag

Unser IT-Dienstleister macht nächstes Wochenende ein Inplace-Upgrade unseres Servers von Windows Server 2016 auf 2022. Darauf laufen der Papyra-Server und SQL Server. Sie fragen, ob sie für Papyra etwas beachten müssen - und ehrlich gesagt haben wir Angst, dass das Upgrade selbst schiefgeht, beim letzten Mal hat das Upgrade des Dienstleisters die Backup-Software zerschossen. Wer kann sie auf der Windows-Seite unterstützen?

Beste Grüsse
{first}
@@ 2 licensing_billing
S: Lizenz nach Server-Umzug
Grüezi

Wir haben den Papyra-Server am Wochenende auf neue Hardware gezügelt. Seither meldet jeder Client beim Start "Lizenzserver nicht gefunden ({code})". Die IP-Adresse des Servers hat geändert, der Name ist gleich geblieben. Auf dem Server selbst läuft Papyra.

Können Sie uns heute noch anrufen? Wir können sonst nicht arbeiten.

Freundliche Grüsse
{first} {last}
{company}
@@ 0 howto_usage
S: Frage Anfängerin
Guten Tag

ich bin neu in der Firma und soll Papyra für die Ablage der Lieferscheine benutzen. Ich habe noch nie mit so einem Programm gearbeitet. Gibt es irgendwo eine einfache Anleitung für Anfänger, wie man ein Dokument scannt und ablegt? Meine Vorgängerin ist leider nicht mehr da und meine Kollegen haben wenig Zeit.

Vielen Dank und freundliche Grüße
{first} {last}
"""

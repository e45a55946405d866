# Hand-written evaluation mails: German, level 1 (first-line helpdesk).
LANG = "de"
LEVEL = 1
MAILS = [
("licensing_billing", "Doppelte Abbuchung Kreditkarte",
r"""Guten Tag

Auf meiner Kreditkartenabrechnung sehe ich am 3. Mai zweimal eine Belastung von CHF 588.00 von "PAPYRA SUBSCR". Wir haben aber nur eine Verlängerung für 3 Arbeitsplätze gemacht. Bitte prüfen Sie das und erstatten Sie den doppelten Betrag zurück.

Kundennummer: K-20417

Freundliche Grüsse
Hanspeter Rüegg
Rüegg Gartenbau"""),

("licensing_billing", "Zusätzlicher Arbeitsplatz",
r"""Hallo

Wir haben ab 1. nächsten Monats eine neue Mitarbeiterin in der Buchhaltung. Bitte fügen Sie unserem Abo einen weiteren Arbeitsplatz (Papyra Desktop Professional) hinzu und schicken Sie mir die Rechnung. Bisher haben wir 4 Seats.

Danke und Gruss
Corinne Bachmann
Bachmann Immobilien AG"""),

("licensing_billing", "Neuer Laptop - Lizenz sagt Seat-Limit erreicht",
r"""Hallo Support

Mein alter Laptop ist kaputt gegangen (Mainboard), ich habe jetzt einen neuen Lenovo bekommen und Papyra Desktop 7.2 installiert. Beim Eingeben des Lizenzschlüssels kommt:

"Aktivierung nicht möglich: Die maximale Anzahl Arbeitsplätze für diese Lizenz ist erreicht."

Den alten Rechner kann ich nicht mehr starten um die Lizenz freizugeben. Könnt ihr die alte Aktivierung bitte löschen?

Lizenzschlüssel beginnt mit PPR-7D-44K...
Gruss, Simon Egli"""),

("account_access", "Passwort Kundenportal - keine Reset-Mail",
r"""Guten Tag

Ich habe mein Passwort für das Kundenportal vergessen. Beim Klick auf "Passwort vergessen" steht zwar "E-Mail wurde versendet", aber es kommt nichts an (auch nicht im Spam). Meine Adresse ist buchhaltung@mueller-metallbau.ch. Können Sie mir einen neuen Zugang einrichten?

Mit freundlichen Grüssen
Verena Müller"""),

("licensing_billing", "Neue Rechnungsadresse",
r"""Sehr geehrte Damen und Herren

Wir sind per 1. Juli umgezogen. Bitte ändern Sie unsere Rechnungsadresse auf:

Fankhauser Architekten AG
Seestrasse 112
8800 Thalwil

Die nächste Rechnung bitte bereits an die neue Adresse. Die Rechnung vom Juni ist noch an die alte Adresse gegangen, ist aber angekommen, bitte nicht nochmal senden.

Freundliche Grüsse
Lea Fankhauser"""),

("installation_updates", "Download-Link abgelaufen",
r"""Hallo,

der Link zum Herunterladen von Papyra Desktop 7.2 aus eurer Mail vom letzten Monat funktioniert nicht mehr ("Dieser Link ist abgelaufen"). Könnt ihr mir bitte einen neuen schicken? Wir wollen am Wochenende alle PCs aktualisieren.

Danke!
Oliver Graf
IT, Graf Transporte"""),

("licensing_billing", "Offerte Verlängerung 3 Jahre",
r"""Guten Tag Frau/Herr

Unser Abonnement läuft Ende September ab. Können Sie uns eine Offerte für eine Verlängerung um 3 Jahre machen (8 Arbeitsplätze, Server-Lizenz)? Gibt es bei mehrjähriger Laufzeit einen Rabatt?

Freundliche Grüsse

Andrea Schmid
Einkauf
Schmid Kunststofftechnik AG"""),

("licensing_billing", "Upgrade auf Professional",
r"""Hallo

Wir möchten von Papyra Standard auf Professional wechseln, weil wir die DATEV-Schnittstelle brauchen. Wie läuft das ab, bekommen wir einen neuen Lizenzschlüssel und wird die Restlaufzeit angerechnet?

Viele Grüße
Kerstin Vogel
Vogel Bau GmbH, Ulm"""),

("account_access", "Mitarbeiter ausgetreten - Portalzugang sperren",
r"""Guten Tag

Herr Daniel Kunz hat unsere Firma per Ende Monat verlassen. Er war bei Ihnen als Admin im Kundenportal eingetragen. Bitte sperren Sie seinen Zugang und tragen Sie mich als neue Administratorin ein.

Freundliche Grüsse
Jasmin Aebi
Geschäftsleitung, Aebi Reinigungen GmbH
Tel. 031 555 12 40"""),

("licensing_billing", "Rechnung mit Schweizer MWST an deutsche Firma",
r"""Sehr geehrte Damen und Herren,

auf Ihrer Rechnung Nr. 2024-08831 ist Schweizer Mehrwertsteuer 8,1 % ausgewiesen. Wir sind ein Unternehmen in Deutschland (USt-IdNr. DE281234567), die Rechnung müsste also ohne MwSt. mit Hinweis auf Reverse Charge ausgestellt werden. Bitte senden Sie uns eine korrigierte Rechnung, unsere Buchhaltung kann sie so nicht verbuchen.

Mit freundlichen Grüßen
Frank Albers
Albers Medizintechnik GmbH"""),

("licensing_billing", "versehentlich Jahresabo gekauft",
r"""hallo

ich habe gestern im shop aus versehen das jahresabo gekauft, wollte eigentlich monatlich. kann man das rückgängig machen und mir die differenz zurückzahlen? bestellnr. W-58821

danke
marco ferrari (ja, aus basel, nicht aus italien :) )"""),

("account_access", "Handy verloren - 2FA",
r"""Guten Tag

Mir wurde am Wochenende das Handy gestohlen, darauf war die Authenticator-App für das Papyra-Kundenportal. Jetzt komme ich nicht mehr ins Portal. Die Wiederherstellungscodes habe ich leider nicht aufbewahrt. Können Sie die Zwei-Faktor-Anmeldung für mein Konto zurücksetzen?

Benutzer: r.hug@hug-optik.ch

Danke und Gruss
Reto Hug"""),

("installation_updates", "Setup für Version 6.1.4 benötigt",
r"""Guten Tag

Wir brauchen für einen Testrechner nochmals die Installationsdatei von Papyra Desktop 6.1.4, weil unser Branchenprogramm mit der 7er-Version noch nicht zertifiziert ist. Im Portal gibt es nur noch 7.x zum Herunterladen. Können Sie mir einen Link schicken?

Freundliche Grüsse
Ivo Schnyder"""),

("licensing_billing", "Kein Lizenzschlüssel erhalten",
r"""Hallo

Wir haben am Montag über Ihren Webshop 2 Lizenzen Papyra Desktop gekauft und auch bezahlt (PayPal), aber bis jetzt keinen Lizenzschlüssel bekommen. Bestellnummer W-60112. Wo bleibt der?

Gruss
Nadine Stalder"""),

("licensing_billing", "Weniger Arbeitsplätze bei Verlängerung",
r"""Sehr geehrte Damen und Herren

Wir haben unser Team verkleinert. Bitte reduzieren Sie bei der nächsten Verlängerung (01.01.) die Anzahl Arbeitsplätze von 12 auf 9. Die Server-Lizenz bleibt gleich.

Kundennummer K-11873

Mit freundlichen Grüssen
Thomas Zimmermann
Finanzen, Zimmermann Möbel AG"""),

("account_access", "Login-Mailadresse ändern",
r"""Hallo

Unsere Firma hat die Domain gewechselt (von @kuhn-ing.ch auf @kuhn-engineering.ch). Können Sie meinen Login im Kundenportal auf die neue Adresse ändern? Die alte Mailbox wird Ende Monat abgeschaltet.

Besten Dank
Florian Kuhn"""),

("licensing_billing", "Rechnung mit Bestellnummer neu ausstellen",
r"""Guten Tag

Unser Kreditorenprozess verlangt, dass auf jeder Rechnung unsere Bestellnummer steht. Auf Ihrer Rechnung 2024-09102 fehlt sie. Könnten Sie die Rechnung bitte mit der Bestellnummer PO-4500178812 neu ausstellen?

Vielen Dank
Sarah Lehmann
Kreditorenbuchhaltung"""),

("installation_updates", "Update auf 7.2 nicht im Portal sichtbar",
r"""Guten Tag

Wir haben ein gültiges Abo (bis 2025), aber im Kundenportal wird uns als neueste Version immer noch 6.2.3 angeboten. Laut Ihrem Newsletter gibt es 7.2. Ist unser Konto falsch eingestellt? Bitte schalten Sie uns das Update frei.

Freundliche Grüsse
Adrian Moser
Moser Landtechnik"""),

("licensing_billing", "Kündigung Abo",
r"""Sehr geehrte Damen und Herren

Hiermit kündigen wir unser Abonnement Papyra Desktop (Kundennummer K-30551) fristgerecht auf den 31.12. Bitte bestätigen Sie uns die Kündigung schriftlich.

Wir wechseln im Rahmen einer Konzernlösung auf ein anderes System, mit Ihrem Produkt waren wir zufrieden.

Freundliche Grüsse
Renate Bieri"""),

("account_access", "Zusätzlicher Portalbenutzer für Buchhaltung",
r"""Hallo

Könnt ihr im Kundenportal bitte einen zweiten Benutzer für unsere Buchhaltung anlegen? Frau Iris Steffen (i.steffen@steffen-holz.ch) soll die Rechnungen sehen und herunterladen können, aber keine Lizenzen verwalten.

Danke
Marcel Steffen"""),

("licensing_billing", "Mahnung trotz Zahlung",
r"""Guten Tag

Heute haben wir eine Mahnung über CHF 1'176.00 für die Rechnung 2024-07750 erhalten. Die Rechnung haben wir am 12. August per E-Banking bezahlt (Zahlungsbestätigung im Anhang). Bitte prüfen Sie Ihren Zahlungseingang und stornieren Sie die Mahnung inkl. Mahngebühr.

Mit freundlichen Grüssen
Pia Wälti
Wälti Transporte AG"""),

("installation_updates", "MSI-Paket für Softwareverteilung",
r"""Hallo Support

Wir verteilen Software über Microsoft Intune. Gibt es Papyra Desktop 7.2 auch als MSI-Paket? Im Portal finde ich nur die setup.exe. Bitte Download-Link schicken, falls vorhanden.

Grüsse
Kevin Baumgartner, IT-Admin"""),

("licensing_billing", "Testlizenz verlängern",
r"""Hallo,

unsere 30-Tage-Testversion läuft übermorgen ab. Wir sind noch nicht ganz fertig mit dem Test (der Chef war in den Ferien). Kann man die Testlizenz um 2 Wochen verlängern?

Viele Grüsse
Melanie Huber
Huber Treuhand"""),

("howto_usage", "Schulung buchen",
r"""Guten Tag

Wir möchten für unsere 6 Mitarbeitenden eine Anwenderschulung (halber Tag, vor Ort in Luzern oder online) buchen. Welche Termine haben Sie im Oktober frei und was kostet das?

Freundliche Grüsse
Roland Bucher"""),

("account_access", "Portal-Konto gesperrt",
r"""Hallo

Ich habe mich wohl zu oft vertippt, jetzt steht im Kundenportal "Ihr Konto ist vorübergehend gesperrt". Das ist jetzt schon seit gestern so. Könnt ihr das entsperren? Ich muss dringend die Rechnung für die Revision herunterladen.

Ausserdem: kann man die Rechnungen auch automatisch per Mail bekommen?

Gruss
Beat Zaugg"""),
]

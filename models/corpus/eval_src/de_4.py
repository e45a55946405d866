# Hand-written evaluation mails: German, level 4 (external vendors / infrastructure).
LANG = "de"
LEVEL = 4
MAILS = [
("third_party_infrastructure", "Synology nach DSM-Update: Freigabe nicht mehr erreichbar",
r"""Guten Tag

Heute Nacht hat sich unsere Synology DS920+ automatisch auf DSM 7.2.1 aktualisiert. Seitdem kann Papyra Server nicht mehr auf den Dokumentenspeicher \\DS920\papyra zugreifen ("Der Netzwerkpfad wurde nicht gefunden"). Auch im Explorer ist die Freigabe vom Server aus nicht mehr sichtbar, von den Clients aus schon. Papyra selbst haben wir nicht verändert.

Ich vermute, es hat mit den SMB-Einstellungen der Synology zu tun. Können Sie das über Ihren Partnervertrag anschauen?

Freundliche Grüsse
Peter Schürch
Schürch Treuhand GmbH"""),

("third_party_infrastructure", "Citrix: Sitzung friert beim Öffnen des Scan-Dialogs ein",
r"""Hallo

Bei unseren Benutzern auf der Citrix-Farm (CVAD 2203 CU4, Windows Server 2019, Workspace App 2311 auf den Thin Clients) friert die ganze Sitzung ein, sobald jemand in Papyra auf "Scannen" klickt. Nach ca. 2 Minuten kommt der Dialog dann, mit "Kein Scanner gefunden". Lokal auf einem Fat Client mit gleichem Scanner (Canon DR-C225) geht alles sofort.

Offenbar hat es mit der TWAIN-Umleitung von Citrix zu tun. Unser Citrix-Partner meint, es liege an Papyra. Können Sie das mit Citrix bzw. unserem Partner klären?

Grüsse
Thomas Riedi
ICT Gemeinde Arbon"""),

("third_party_infrastructure", "Ricoh: Scan-to-Folder liefert nichts mehr",
r"""Guten Tag

Unser Ricoh IM C3000 legt die Scans eigentlich im überwachten Ordner \\fileserver\scan\papyra ab, den Papyra dann importiert. Seit einem Firmware-Update durch den Ricoh-Techniker kommt am Gerät "Übertragung fehlgeschlagen - Verbindung zum Ziel nicht möglich". Papyra bekommt also gar keine Dateien mehr. Vom PC aus kann man in den Ordner schreiben.

Könnten Sie mit Ricoh Kontakt aufnehmen? Wir haben den Wartungsvertrag über Sie abgeschlossen.

Freundliche Grüsse
Monika Eberle"""),

("third_party_infrastructure", "Kyocera TASKalfa - SMB Scan Fehler",
r"""Hallo

Kyocera TASKalfa 4053ci, Scan an SMB-Ordner auf unseren neuen Windows Server 2022 geht nicht: Fehlercode 1102 am Display. Der alte Server (2012 R2) ging. Ich habe gelesen, dass Kyocera bei älterer Firmware nur SMB1 kann? Papyra wartet auf die Dateien im Ordner.

Wer kümmert sich darum, ihr oder Kyocera direkt? Wir haben das Gerät über euch gemietet.

Gruss
Christoph"""),

("third_party_infrastructure", "RDS: Scanner wird in der Sitzung nicht angezeigt",
r"""Guten Tag

Wir haben eine neue Remotedesktop-Umgebung (RDS, Windows Server 2022, RD Web Client und mstsc). Papyra läuft auf dem Session Host. Die lokalen Scanner der Benutzer (Brother ADS-1700W per USB) werden in der Sitzung nicht angezeigt, obwohl wir die Geräteumleitung für "Andere unterstützte Plug & Play-Geräte" aktiviert haben. Auf dem alten Terminalserver (2016) mit einem Drittanbieter-Tool ging das.

Bitte um Unterstützung durch Ihren RDS-Partner.

Freundliche Grüsse
Heinz Amsler, IT"""),

("third_party_infrastructure", "QNAP: Volume read-only",
r"""Dringend!

Unser QNAP TS-873A meldet seit heute früh "Volume DataVol1 ist schreibgeschützt (read-only)". Darauf liegt der Papyra-Dokumentenspeicher, deshalb kann niemand mehr etwas ablegen (Papyra meldet "Schreibfehler im Dokumentenspeicher"). Im Storage Manager ist eine Festplatte als "Warnung" markiert.

Wir haben den QNAP-Support im Vertrag über euch. Bitte sofort eskalieren!

Reto Gisler
Gisler Transporte AG
Tel 041 555 88 20"""),

("third_party_infrastructure", "Windows Server Update blockiert SMB",
r"""Guten Tag

Nach dem kumulativen Update KB5034439 auf unserem Fileserver (Windows Server 2019) können die Papyra-Clients keine Dokumente mehr öffnen ("Zugriff verweigert"). Deinstallieren des Updates schlägt mit 0x800f0922 fehl. Auf dem Papyra Server selbst ist das Update nicht installiert.

Ich nehme an, das muss mit Microsoft geklärt werden. Wir haben den Microsoft Premier Support über Ihren Servicevertrag. Können Sie einen Fall eröffnen?

Gruss
Marc Wittwer"""),

("third_party_infrastructure", "VMware: Papyra Server VM nach Snapshot sehr langsam",
r"""Hallo Support,

unser Papyra Server läuft als VM auf VMware ESXi 7.0 U3. Seit ein Backup-Snapshot (Veeam) nicht sauber gelöscht wurde, ist die VM extrem langsam, Disk-Latenz laut vCenter > 200 ms. Im vSphere Client steht "Konsolidierung der virtuellen Maschine erforderlich", die Konsolidierung bricht aber mit "Datei kann nicht gesperrt werden" ab.

Unser Hosting wird von eurem Partner betreut. Bitte leitet das weiter.

Beste Grüsse
Jana Hürlimann"""),

("third_party_infrastructure", "HP MFP Scan-to-Email kommt nicht an",
r"""Guten Tag

Unser HP Color LaserJet Pro MFP M479fdw schickt die Scans per E-Mail an scan@firma.ch, von wo Papyra sie abholt. Seit der Umstellung auf Microsoft 365 schickt das Gerät keine Mails mehr (Fehler "SMTP-Authentifizierung fehlgeschlagen"). Das HP-Gerät kann offenbar kein OAuth. Papyra selbst holt die Mails aus dem Postfach korrekt ab, wenn ich welche von Hand hinschicke.

Was empfehlen Sie, bzw. können Sie das mit HP klären?

Freundliche Grüsse
Sarah Gasser"""),

("third_party_infrastructure", "Brother ADS-2700W Firmware",
r"""hallo, unser brother ads-2700w hängt seit dem firmware update beim scannen an papyra (scan to network). display zeigt "verbunden" aber dann passiert nichts mehr und er muss neu gestartet werden. brother hotline sagt wir sollen uns an den händler wenden = euch. bitte um hilfe.
gruss michi"""),

("third_party_infrastructure", "SQL Server Express 10 GB Limit erreicht",
r"""Guten Tag

Papyra meldet beim Ablegen: "Die Datenbank konnte nicht erweitert werden. CREATE DATABASE or ALTER DATABASE failed because the resulting cumulative database size would exceed your licensed limit of 10240 MB per database."

Wir haben SQL Server 2019 Express. Ich verstehe, dass wir auf SQL Server Standard wechseln müssen. Die SQL-Lizenz und -Installation würden wir gerne über Ihren Partner abwickeln. Bitte melden Sie sich.

Mit freundlichen Grüssen
Thomas Probst
Probst Elektro AG"""),

("third_party_infrastructure", "FSLogix-Profile: Papyra-Einstellungen weg",
r"""Hallo

Auf unseren Terminalservern (Server 2022, FSLogix 2.9.8884) verlieren die Benutzer nach jeder Abmeldung die Papyra-Einstellungen (Spalten, zuletzt geöffnete Archive, Scanprofil). Andere Programme behalten ihre Einstellungen. Papyra speichert unter %LOCALAPPDATA%\Papyra, und der Ordner AppData\Local wird bei uns von FSLogix ausgeschlossen (Redirections.xml vom Dienstleister).

Können Sie bzw. Ihr Terminalserver-Partner die FSLogix-Konfiguration anpassen?

Gruss
Mario Steiner"""),

("third_party_infrastructure", "Canon imageRUNNER: PDFs nicht durchsuchbar",
r"""Guten Tag

Unser Canon imageRUNNER ADVANCE DX C3826i erzeugt seit dem Austausch des Controllers (durch Canon) nur noch "PDF (kompakt)" mit einer Auflösung, bei der Papyra fast nichts mehr erkennt. Die Option "PDF (OCR)" und die Auflösung 300 dpi sind am Gerät ausgegraut. Laut Canon-Techniker fehlt eine Lizenz auf dem Gerät ("Universal Send Advanced Feature Set")?

Können Sie das mit Canon klären? Papyra selbst ist ok.

Freundliche Grüsse
Rolf Zuberbühler"""),

("third_party_infrastructure", "Hyper-V Cluster Failover - Papyra Server offline",
r"""Hallo

Gestern Abend gab es auf unserem Hyper-V-Cluster (2 Knoten, Windows Server 2022) ein ungeplantes Failover. Die VM mit dem Papyra Server wurde auf Knoten 2 verschoben, hat dort aber keine Netzwerkverbindung (virtueller Switch "LAN" auf Knoten 2 anders benannt). Wir kommen nicht weiter, unser Systemhaus ist erst ab Montag erreichbar.

Können Sie über Ihren Infrastrukturpartner schneller helfen?

Gruss
Jan Bärtschi"""),

("third_party_infrastructure", "Citrix: Papyra öffnet nur auf einem Worker",
r"""Grüezi

In unserer Citrix-Umgebung startet Papyra Desktop nur auf Worker CTX03 korrekt. Auf CTX01 und CTX02 kommt "Die Anwendung konnte nicht gestartet werden" und im Citrix Director steht "Session launch failed: Application not found on VDA". Die Worker wurden angeblich aus demselben Image (MCS) erstellt, aber CTX01/02 haben ein älteres Image. Papyra ist im aktuellen Image installiert.

Bitte mit dem Citrix-Dienstleister koordinieren.

Besten Dank
Roman Steiger"""),

("third_party_infrastructure", "Synology Hyper Backup: Papyra-Store nicht gesichert",
r"""Hallo

Wir sichern den Papyra-Dokumentenspeicher auf der Synology mit Hyper Backup auf eine zweite Synology. Der Job meldet seit 3 Wochen "Teilweise erfolgreich – einige Dateien wurden übersprungen" und im Detail sind genau die Ordner von Papyra aufgeführt ("Berechtigung verweigert"). Auf der NAS hat der Benutzer "backup" Leserechte. Wahrscheinlich liegt es an den ACLs, die Papyra setzt, oder an Synology?

Bitte über euren Synology-Partner abklären.

Grüsse
Nadia Blum"""),

("third_party_infrastructure", "Druckerserver-Update: Deckblätter werden nicht mehr gedruckt",
r"""Guten Tag

Papyra druckt bei uns Barcode-Deckblätter für die Dossiers. Seit das Windows-Update auf dem Druckserver (Point-and-Print-Härtung) eingespielt wurde, lässt sich der Kyocera-Treiber auf den Clients nicht mehr installieren, und die Deckblätter gehen auf den Standarddrucker (falsches Fach). Das ist ja eher ein Windows/Kyocera-Thema. Können Sie das weitergeben?

Freundliche Grüsse
Cornelia Vogt"""),

("third_party_infrastructure", "Microsoft SQL Server: Cumulative Update schlägt fehl",
r"""Guten Tag

Unser externer DBA hat versucht, SQL Server 2019 auf CU25 zu aktualisieren. Das Setup bricht mit "Wait on the Database Engine recovery handle failed" ab, seitdem startet die Instanz PAPYRA nicht mehr. Papyra ist damit komplett down.

Wir haben einen Vertrag mit Ihnen, der Microsoft-Produkte einschliesst. Bitte eskalieren Sie das an Microsoft bzw. Ihren SQL-Partner.

Dringende Grüsse
Andreas Kunz
Geschäftsführer"""),

("third_party_infrastructure", "NAS-Platte defekt, Rebuild",
r"""Hallo zusammen,

Synology RS1221+ meldet "Speicherpool 1 beeinträchtigt, Laufwerk 3 ausgefallen". Papyra läuft noch, aber sehr langsam. Ersatzplatte (Synology HAT5300 8TB) müsste über euren Hardware-Partner kommen. Könnt ihr den Austausch und den Rebuild organisieren?

Danke
Yves Perren, Zermatt"""),

("database_storage", "PostgreSQL Server des Hosters: Replikation hängt",
r"""Guten Tag

Unsere Papyra-Datenbank liegt auf einem PostgreSQL 15 Cluster bei unserem Hoster (verwaltet durch ihn, Patroni mit 2 Knoten). Seit gestern ist die Replica 6 Stunden hinter dem Primary, und Papyra meldet beim Lesen manchmal veraltete Daten (wir lesen über den Load Balancer auch von der Replica). Der Hoster verweist auf Sie.

Papyra selbst ist ok, das Problem liegt im DB-Cluster. Können Sie über Ihren Vertrag mit dem Hoster Kontakt aufnehmen?

Mit freundlichen Grüssen
Jonas Mettler"""),

("database_storage", "Transaktionsprotokoll SQL Server voll",
r"""Hallo,

Papyra meldet beim Ablegen "The transaction log for database 'PapyraArchive' is full due to 'LOG_BACKUP'". Die SQL-Server-Instanz wird von unserem IT-Dienstleister (Wartungsvertrag über Sie) betreut, der Wiederherstellungsmodus steht auf "Vollständig", aber es laufen keine Log-Backups. Die Platte L:\ ist voll.

Bitte leiten Sie das an den Dienstleister weiter, wir dürfen am SQL Server nichts ändern.

Gruss
Pascal Huber"""),

("documents_recognition", "Kyocera erzeugt PDFs mit falscher Seitengrösse",
r"""Guten Tag

Seit dem Firmware-Update unseres Kyocera ECOSYS M5526cdw kommen die gescannten PDFs mit Seitengrösse "Letter" statt A4 an, der untere Rand fehlt. Dadurch fehlt bei den Rechnungen der QR-Zahlteil teilweise, und Papyra kann die QR-Rechnung nicht erkennen. Am Gerät steht A4. Ist ein Gerätefehler, glaube ich. Bitte Kyocera kontaktieren.

Gruss
Iris Hauser"""),

("documents_recognition", "Einzugsscanner am Multifunktionsgerät zieht schief ein",
r"""Hallo

Der automatische Einzug unseres Ricoh IM C2500 zieht die Seiten seit einigen Wochen schief ein (bis ca. 5 Grad). Papyra korrigiert das zwar zum Teil, aber Barcodes auf den Trennblättern werden oft nicht mehr gelesen. Ich glaube, die Einzugsrollen sind abgenutzt. Der Ricoh-Service läuft über euch – könnt ihr einen Techniker schicken?

Grüsse
Daniel Schaller"""),

("installation_updates", "Windows Server 2022 In-Place-Upgrade durch Hoster",
r"""Guten Tag

Unser Hoster will den Server, auf dem Papyra Server läuft, im Rahmen seiner Wartung von Windows Server 2016 auf 2022 per In-Place-Upgrade aktualisieren. Das Upgrade ist bei ihm im Testlauf mit "0xC1900208 - inkompatible App" abgebrochen. Den Hoster betreuen Sie vertraglich für uns. Könnten Sie mit dem Hoster klären, wie er vorgehen soll?

Freundliche Grüsse
Marlene Sutter"""),

("security_network", "Firewall-Appliance des Providers blockiert nach Firmwareupdate",
r"""Hallo

Unser Internet-Provider verwaltet unsere Fortinet FortiGate 60F. Nach einem Firmware-Update auf FortiOS 7.4 erreichen die Aussenstandorte den Papyra Server über das Site-to-Site-VPN nicht mehr (andere Dienste schon). Der Provider sagt, die Policies seien unverändert. Papyra selbst haben wir nicht angefasst.

Die FortiGate wird über Ihren Vertrag mit dem Provider betreut. Bitte eröffnen Sie dort ein Ticket.

Gruss
Beat Nussbaumer"""),
]

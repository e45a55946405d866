# Hand-written evaluation mails: French, level 3 (experts / developers).
LANG = "fr"
LEVEL = 3
MAILS = [
("integrations", "API REST : erreur 500 sur /documents?page=0",
r"""Bonjour,

En intégrant l'API REST de Papyra Server 7.2.0 à notre portail fournisseurs, nous obtenons systématiquement une erreur 500 quand nous demandons la première page avec page=0 :

GET /api/v2/documents?archive=Fournisseurs&page=0&pageSize=50
HTTP/1.1 500 Internal Server Error
{"error":"internal","traceId":"a81f3c2e-77d1-4b0e-9c55-0e2b1f6d8a90"}

Avec page=1, cela fonctionne (et renvoie les 50 premiers documents). La documentation indique pourtant que la pagination commence à 0. Dans le journal du serveur :

System.ArgumentOutOfRangeException: Specified argument was out of the range of valid values. (Parameter 'offset')
   at Papyra.Server.Api.Paging.PageRequest..ctor(Int32 page, Int32 size)

Est-ce un bug connu ?

Cordialement,
Thibaut Renaud
Développeur, Renaud Informatique"""),

("integrations", "Upload API : PDF corrompus au-delà de 20 Mo",
r"""Bonjour,

Quand nous envoyons des PDF de plus de ~20 Mo via POST /api/v2/documents (multipart/form-data), l'API répond 201 Created, mais le document enregistré est tronqué : à l'ouverture, "Le fichier est endommagé". La taille stockée est toujours exactement 20 971 520 octets. En dessous de 20 Mo, aucun problème. La limite de taille configurée côté serveur est de 100 Mo.

On dirait qu'une limite interne coupe le flux sans renvoyer d'erreur, ce qui est grave car nous supprimons l'original après un 201.

Papyra Server 7.1.2, IIS en reverse proxy (maxAllowedContentLength = 200 Mo).

Salutations,
Mathieu Collet"""),

("integrations", "Script : ParseDate échoue avec les dates en français",
r"""Bonjour,

Dans un script de validation, nous utilisons Papyra.Util.ParseDate() sur le champ "Date facture". Depuis 7.2.0, les dates au format "3 mars 2024" lèvent une exception alors que "03.03.2024" passe :

Papyra.Scripting.ScriptException: ParseDate: la chaîne '3 mars 2024' n'est pas une date valide
   at Papyra.Scripting.Util.ParseDate(String s, String culture)
   at Script_Validation.OnValidate(ScriptDocument doc) ligne 27

Nous passons bien culture="fr-CH". En 7.1.2, cela fonctionnait. Pouvez-vous vérifier ?

Merci,
Cédric Jeanneret"""),

("integrations", "Règles de classement : l'ordre de priorité n'est pas respecté",
r"""Bonjour,

Nous avons deux règles de classement (Musterregeln) :
1. Priorité 10 : fournisseur = "Swisscom" -> archive "Télécom"
2. Priorité 50 : montant > 1000 -> archive "Validation"

Une facture Swisscom de 1 450 CHF devrait aller dans "Télécom" (priorité la plus haute), mais elle va dans "Validation". Le débogueur de règles montre que la règle 2 est évaluée en premier. Si je renomme les règles (A_..., B_...), le comportement change : on dirait que les règles sont triées par nom et non par priorité. Papyra Desktop 7.1.2.

Pouvez-vous confirmer ?

Bien à vous,
Sandrine Mauron"""),

("integrations", "Boucle infinie entre deux règles",
r"""Bonjour,

Ce matin, notre serveur était à 100 % CPU. Nous avons découvert qu'un document était déplacé en boucle entre deux archives par deux règles qui se contredisent (notre erreur). Le journal contient plus de 2 millions de lignes "Document 55120 moved by rule ..." et l'historique du document compte des centaines de milliers d'entrées.

Deux questions pour vos spécialistes :
- Papyra ne devrait-il pas détecter ce genre de boucle ?
- Comment nettoyer l'historique de ce document sans corrompre la base ?

Papyra Server 7.0.1, PostgreSQL 14.

Merci,
Alexandre Python"""),

("integrations", "API : Content-Type incorrect et PDF tronqué au téléchargement",
r"""Bonjour,

GET /api/v2/documents/{id}/content renvoie parfois "Content-Type: text/plain" et un fichier de 0 octet pour des documents qui s'ouvrent normalement dans Papyra Desktop. Ça touche environ 1 document sur 200, toujours les mêmes. Tous ont été importés par e-mail (module Mail Import). Exemple : id 120447.

curl -v -H "Authorization: Bearer ..." https://papyra.interne/api/v2/documents/120447/content
< HTTP/1.1 200 OK
< Content-Type: text/plain
< Content-Length: 0

Papyra Server 7.2.0.

Cordialement,
Fabrice Monod"""),

("integrations", "Script : HttpClient échoue avec TLS 1.3",
r"""Bonjour,

Notre script appelle un webservice interne via l'objet Http du moteur de scripts. Depuis que ce service n'accepte plus que TLS 1.3, le script échoue :

Papyra.Scripting.ScriptException: Http.Post failed
 ---> System.Net.Http.HttpRequestException: The SSL connection could not be established
 ---> System.Security.Authentication.AuthenticationException: Authentication failed because the remote party sent a TLS alert: 'ProtocolVersion'.
   at Papyra.Scripting.Objects.HttpObject.Post(String url, String body)

Le même appel depuis PowerShell sur le même serveur fonctionne. Le moteur de scripts force-t-il TLS 1.2 ?

Merci,
Olivier Dafflon"""),

("database_storage", "Documents disparus après déplacement entre archives",
r"""Bonjour,

Hier, une collaboratrice a déplacé environ 340 documents de l'archive "Clients 2022" vers "Clients archivés" (sélection multiple, clic droit > Déplacer). L'opération a affiché une erreur au bout d'un moment ("La connexion au serveur a été interrompue"). Résultat : 112 documents ne sont plus dans aucune des deux archives. La recherche ne les trouve pas. Dans le dossier de stockage, les fichiers existent encore.

Comment les récupérer ? Et le déplacement ne devrait-il pas être transactionnel ?

Papyra Server 7.1.2

Merci de traiter en urgence,
Murielle Gay"""),

("database_storage", "Fichiers de 0 octet dans le stockage",
r"""Bonjour,

En vérifiant notre stockage de documents, nous avons trouvé 1 873 fichiers de 0 octet, tous créés entre le 12 et le 19 avril. Les documents correspondants s'affichent dans Papyra avec une vignette grise et "Impossible d'afficher le document". Pendant cette période, le disque du serveur était presque plein (moins de 1 Go libre), mais Papyra n'a signalé aucune erreur aux utilisateurs.

Les originaux papier sont en partie détruits. Y a-t-il une chance de récupérer quelque chose (cache OCR, fichiers temporaires) ? Et Papyra devrait refuser d'enregistrer quand l'écriture échoue.

Papyra Server 7.0.1

Cordialement,
Nadia Bérard"""),

("database_storage", "Base incohérente après plantage : FOREIGN KEY constraint failed",
r"""Bonjour,

Après un plantage de Windows, Papyra Desktop (version autonome, SQLite) démarre mais chaque enregistrement d'un nouveau document échoue :

Papyra.Data.ArchiveException: Impossible d'enregistrer le document.
 ---> Microsoft.Data.Sqlite.SqliteException (0x80004005): SQLite Error 19: 'FOREIGN KEY constraint failed'.
   at Papyra.Data.Sqlite.SqliteDocumentRepository.Insert(Document doc)
   at Papyra.Desktop.Filing.FileCommand.Execute()

La consultation des anciens documents fonctionne. La vérification d'intégrité intégrée dit "Aucun problème trouvé". Que faire ?

Version 7.1.0

Salutations,
Bastien Roduit"""),

("database_storage", "L'index plein texte renvoie des documents supprimés",
r"""Bonjour,

La recherche plein texte trouve encore des documents que nous avons supprimés définitivement il y a 6 mois (corbeille vidée). En cliquant sur le résultat, on obtient "Document introuvable (id 30881)". Nous avons lancé "Reconstruire l'index" deux fois, sans changement. Cela pose un problème RGPD car l'extrait de texte affiché dans la liste des résultats contient des données personnelles de ces documents.

Papyra Server 7.2.0, SQL Server 2022.

Cordialement,
Emmanuel Barras
Délégué à la protection des données"""),

("database_storage", "Sauvegarde : fichier vide sans erreur",
r"""Bonjour,

Nous venons de découvrir que les sauvegardes automatiques de Papyra Server produisent depuis 3 semaines des fichiers .pbak de 1 Ko. Le journal dit à chaque fois "Backup completed successfully (0 documents, 0 bytes)". Avant, les fichiers faisaient ~60 Go. Entre-temps, nous avons mis à jour vers 7.2.0.

Une sauvegarde qui réussit sans rien sauvegarder, c'est dangereux. Pouvez-vous analyser ?

Merci,
Raphaël Duc"""),

("database_storage", "PostgreSQL : deadlocks lors du classement en masse",
r"""Bonjour,

Lors de l'import de lots importants (plus de 500 documents) par plusieurs postes en parallèle, nous obtenons régulièrement :

Npgsql.PostgresException (0x80004005): 40P01: deadlock detected
DETAIL: Process 18812 waits for ShareLock on transaction 9921870; blocked by process 18790.
   at Papyra.Data.Postgres.PgDocumentRepository.UpdateCounters(Int32 archiveId)
   at Papyra.Server.Filing.BatchFiler.Commit(Batch batch)

Le lot est alors partiellement classé. Papyra Server 7.1.2, PostgreSQL 16.

Cordialement,
Hugo Baechler"""),

("database_storage", "Numéros de document sautés et doublons",
r"""Bonjour,

Notre archive "Factures clients" utilise la numérotation automatique (FC-2024-xxxxx). Nous constatons des numéros en double (FC-2024-01877 deux fois, pour des documents différents) et des trous. Notre réviseur exige une numérotation continue. Cela a commencé après l'ajout d'un 2e poste de scan. Il y a sans doute un problème de concurrence.

Papyra Server 7.1.2

Salutations,
Véronique Clerc"""),

("documents_recognition", "Plantage lors du scan avec pilote TWAIN",
r"""Bonjour,

Papyra Desktop 7.2.0 plante à chaque scan de plus de 50 pages avec notre Kodak Alaris S2060w :

System.Runtime.InteropServices.SEHException (0x80004005): External component has thrown an exception.
   at Papyra.Capture.Twain.TwainSession.DsmEntry(TW_IDENTITY origin, TW_IDENTITY dest, DG dg, DAT dat, MSG msg, IntPtr data)
   at Papyra.Capture.Twain.TwainSession.TransferNative()
   at Papyra.Capture.ScanJob.Run()

En dessous de 50 pages, aucun problème. Avec le logiciel Kodak Capture Pro, 200 pages passent. Pilote TWAIN Kodak à jour. Je peux vous fournir un dump.

Cordialement,
Didier Mettraux"""),

("documents_recognition", "Régression 7.2 : dates en toutes lettres non reconnues",
r"""Bonjour,

Depuis la 7.2.0, les dates de facture écrites en toutes lettres ("15 janvier 2024", "1er février 2024") ne sont plus reconnues : le champ reste vide. Les mêmes factures réimportées sur un poste encore en 7.1.2 sont correctement reconnues. Cela concerne environ 40 % de nos factures de fournisseurs français.

Je peux envoyer des exemples.

Bien cordialement,
Marion Chevalier"""),

("documents_recognition", "Facture QR avec caractères spéciaux : plantage",
r"""Bonjour,

Papyra plante quand il lit une facture QR dont le nom du créancier contient un "œ" (Bœuf & Cie) :

System.Text.DecoderFallbackException: Unable to translate bytes [C5][93] at index 141 from specified code page to Unicode.
   at Papyra.Recognition.QrBill.SwissQrParser.Decode(Byte[] payload)
   at Papyra.Recognition.QrBill.QrBillReader.Read(PageImage page)

Le code QR est valide (les apps bancaires le lisent). Papyra Desktop 7.1.2.

Merci,
Thierry Bœuf"""),

("documents_recognition", "OCR : plantage sur TIFF multipage",
r"""Bonjour,

L'import de fichiers TIFF multipages (produits par notre ancienne GED) plante Papyra dès que le fichier contient plus de 100 pages :

Papyra.Ocr.OcrException: Page 101: index hors limites
   at Papyra.Ocr.TiffPageSource.GetPage(Int32 index)
   at Papyra.Ocr.OcrEngine.RecognizeDocument(IPageSource source)

Nous devons migrer 8 000 fichiers de ce type. Pouvez-vous corriger ou proposer un contournement ?

Cordialement,
Pierre-Alain Dupraz"""),

("installation_updates", "Plantage de l'installateur avec trace",
r"""Bonjour,

L'installateur de Papyra Server 7.2.0 plante au moment de la configuration de la base de données :

Unhandled exception: System.NullReferenceException: Object reference not set to an instance of an object.
   at Papyra.Setup.Database.PostgresConfigurator.DetectVersion(String connectionString)
   at Papyra.Setup.Pages.DatabasePage.OnNext()
   at Papyra.Setup.Wizard.Navigate(Int32 step)

Notre PostgreSQL est en version 16.2 sur Linux. Avec PostgreSQL 15, l'installation passe. Il semble que la détection de version ne gère pas le format de la 16.

Merci,
Nicolas Aeby"""),

("installation_updates", "Mise à jour : plantage lors de la migration des règles",
r"""Bonjour,

La mise à jour 7.1.2 -> 7.2.0 a échoué à l'étape "Conversion des règles de classement" avec :

Papyra.Setup.MigrationException: Rule 'Frais généraux' could not be converted
 ---> System.Text.RegularExpressions.RegexParseException: Invalid pattern '(?<montant>\d+[.,]\d{2}' at offset 25. Not enough )'s.

Effectivement, cette ancienne règle avait une parenthèse manquante mais fonctionnait (elle était ignorée). Maintenant le serveur est bloqué en état "migration incomplète" et refuse de démarrer. Comment sortir de là ?

Cordialement,
Laurent Jaccard"""),

("installation_updates", "Désinstallation : plantage et reste de services",
r"""Bonjour,

En désinstallant Papyra Desktop 6.2.3 (avant réinstallation propre en 7.2), le désinstalleur plante :

System.IO.FileNotFoundException: Could not load file or assembly 'Papyra.Plugins.Outlook, Version=6.2.3.0'
   at Papyra.Setup.Uninstall.PluginRemover.RemoveAll()

Depuis, le service PapyraScanSvc est toujours présent mais pointe vers un dossier vide, et l'installation de la 7.2 refuse de continuer ("une version précédente est installée").

Salutations,
Stéphanie Vial"""),

("account_access", "Utilisateur désactivé peut toujours se connecter",
r"""Bonjour,

Nous avons désactivé dans Papyra le compte d'un collaborateur licencié. Il a pu se connecter le lendemain depuis son ancien poste et consulter des documents (journal d'audit). Apparemment, la désactivation n'est pas prise en compte tant que la session "Se souvenir de moi" est active. C'est une faille grave.

Papyra Server 7.1.2, authentification Papyra (pas AD).

Merci de transmettre à vos développeurs.
Patrick Bühlmann
Directeur"""),

("account_access", "Droits perdus après renommage d'une archive",
r"""Bonjour,

Après avoir renommé l'archive "Contrats" en "Contrats clients", tous les droits spécifiques ont disparu et seul le groupe Administrateurs y a encore accès. Les entrées de droits existent encore dans la base, mais référencent l'ancien nom. Renommer à nouveau en "Contrats" restaure les droits. Il semble que les droits sont liés au nom et non à l'identifiant de l'archive.

Papyra Server 7.0.1

Cordialement,
Rachel Imhof"""),

("security_network", "Mot de passe SMTP en clair dans le journal",
r"""Bonjour,

En analysant les journaux de Papyra Server (niveau Debug activé temporairement), nous avons constaté que le mot de passe du compte SMTP utilisé pour l'envoi des notifications apparaît en clair :

2024-03-11 10:14:02 DEBUG MailSender: connecting smtp://notif@ma-societe.ch:MonMotDePasse2024!@smtp.office365.com:587

Les journaux sont accessibles à plusieurs personnes. Merci de corriger (masquage) et de nous dire si d'autres secrets sont concernés.

Cordialement,
Sébastien Morel
RSSI"""),

("licensing_billing", "Serveur de licences : compteur de postes négatif",
r"""Bonjour,

La console de licences de Papyra Server affiche "Postes utilisés : -3 / 10" depuis la mise à jour vers 7.2.0 et accepte du coup plus de 10 connexions simultanées (nous avons compté 13). Je ne veux pas être en infraction avec la licence. Dans le journal :

WARN LicenseLeaseManager: lease 7c1e... released twice
WARN LicenseLeaseManager: lease 7c1e... released twice

On dirait que les postes sont libérés deux fois à la fermeture. Pouvez-vous analyser ?

Cordialement,
Gilles Bugnon"""),
]

# Hand-written evaluation mails: French, level 2 (second-line technical support).
LANG = "fr"
LEVEL = 2
MAILS = [
("installation_updates", "Installation : le service Papyra Scan ne démarre pas",
r"""Bonjour,

Lors de l'installation de Papyra Desktop 7.2.0 sur un poste Windows 11 Pro, l'assistant s'arrête avec le message :

"Le service 'Papyra Scan Service' (PapyraScanSvc) n'a pas pu être démarré. Vérifiez que vous disposez des privilèges suffisants pour démarrer les services système."

Je suis administrateur local. J'ai cliqué sur "Réessayer" plusieurs fois, puis "Ignorer" : le programme s'installe mais aucun scan ne fonctionne. Pouvez-vous me rappeler ? Je suis au bureau jusqu'à 17h.

Cordialement,
Yann Jordan
Jordan Fiduciaire, Fribourg
026 555 41 18"""),

("installation_updates", "Mise à jour : fichier utilisé par un autre processus",
r"""Bonjour,

La mise à jour de 7.1.2 vers 7.2.0 échoue sur 2 postes sur 6 avec :

"Erreur 1306. Impossible d'ouvrir le fichier C:\Program Files\Papyra\Desktop\PapyraCore.dll : il est utilisé par un autre processus."

Papyra est fermé, j'ai même redémarré. Sur ces deux postes nous avons le complément Outlook de Papyra, peut-être qu'Outlook garde la DLL ouverte ? Comment faire ?

Merci,
Damien Fivaz"""),

("installation_updates", "Visual C++ : erreur 0x80070666 à l'installation",
r"""Bonjour,

L'installation de Papyra Desktop 7.1.2 s'arrête au composant prérequis "Microsoft Visual C++ 2015-2022 Redistributable (x64)" avec le code 0x80070666 ("Une autre version de ce produit est déjà installée"). Si je décoche ce composant, l'assistant refuse de continuer. Windows 10 22H2.

Que faire ? Désinstaller la version existante risque de casser notre logiciel métier.

Salutations,
Marc-André Bühler"""),

("installation_updates", "Déménagement du serveur : clients ne se connectent plus",
r"""Bonjour,

Nous avons migré Papyra Server de notre ancien serveur (SRV-OLD, Windows Server 2016) vers un nouveau (SRV-APP01, Windows Server 2022) en suivant la procédure du manuel. Le service tourne sur le nouveau serveur, mais les postes clients affichent toujours "Serveur SRV-OLD introuvable" au démarrage. J'ai changé l'adresse dans les options d'un client, ça marche, mais nous avons 25 postes... Existe-t-il un moyen de la changer pour tous (GPO, registre) ? Et est-ce que les licences suivent ?

Quelques précisions :
- les postes sont en Papyra Desktop 7.1.2, déployés à l'époque avec un script d'installation de notre ancien prestataire ;
- nous avons gardé SRV-OLD allumé deux jours en parallèle, puis nous l'avons arrêté vendredi ;
- un alias DNS "papyra" existe déjà chez nous, mais il pointe encore vers l'ancienne adresse IP ;
- sur deux postes, après avoir changé l'adresse à la main, Papyra demande à nouveau d'activer la licence.

Idéalement, nous voudrions que tous les clients utilisent le nom "papyra.berthoud.local" pour ne plus avoir ce problème au prochain changement de serveur. Pourriez-vous nous indiquer la marche à suivre, ou mieux, prévoir une session à distance avec un technicien cette semaine ? Nous sommes disponibles le matin.

Merci de votre aide,
Thomas Berthoud
Informatique, Berthoud Matériaux SA"""),

("installation_updates", "Installation silencieuse : paramètre langue ignoré",
r"""Bonjour,

Nous déployons Papyra Desktop 7.2.0 via SCCM avec la ligne de commande :

PapyraSetup.exe /quiet LANGUAGE=fr-CH SERVER=papyra.local

L'installation réussit (code retour 0), mais l'interface est en allemand sur tous les postes et le serveur n'est pas renseigné. Il semble que les propriétés ne sont pas prises en compte. Y a-t-il une autre syntaxe ou un fichier de réponse ?

Cordialement,
Lionel Gachet"""),

("security_network", "Kaspersky bloque la connexion au serveur",
r"""Bonjour,

Depuis le déploiement de Kaspersky Endpoint Security 12 sur nos postes, Papyra Desktop ne se connecte plus au serveur : "Impossible de joindre le serveur Papyra (délai d'attente dépassé)". Si je désactive Kaspersky, ça marche immédiatement. J'ai ajouté PapyraDesktop.exe dans les applications de confiance, sans résultat.

Quels processus et ports faut-il exclure exactement ?

Merci,
Nicolas Pilloud"""),

("security_network", "SmartScreen bloque l'installateur",
r"""Bonjour,

Sur nos postes, Windows Defender SmartScreen bloque PapyraSetup.exe ("Windows a protégé votre ordinateur - éditeur inconnu"). Nos utilisateurs n'ont pas le droit de passer outre. Est-ce normal que le fichier ne soit pas reconnu comme signé ? J'ai téléchargé la 7.2.0 depuis votre portail. Dans les propriétés du fichier, l'onglet "Signatures numériques" n'apparaît pas.

Cordialement,
Audrey Maret"""),

("security_network", "Inspection SSL du proxy : mise à jour impossible",
r"""Bonjour,

Notre proxy (Zscaler) fait de l'inspection SSL. Depuis son activation, la recherche de mises à jour de Papyra échoue :

"Erreur de communication avec le serveur de mises à jour : The remote certificate is invalid according to the validation procedure."

Le certificat racine Zscaler est bien déployé dans le magasin Windows. Papyra utilise-t-il son propre magasin de certificats ? Faut-il une exception dans le proxy ?

Merci
Frédéric Gay
Sécurité informatique"""),

("security_network", "Pare-feu Windows : port bloqué après GPO",
r"""Bonjour,

Notre prestataire a appliqué une nouvelle GPO qui durcit le pare-feu Windows sur les serveurs. Depuis, les clients Papyra ne trouvent plus le serveur, sauf ceux qui sont sur le serveur lui-même. Dans les journaux du pare-feu, je vois des paquets rejetés sur le port 8443 et 8444. Pouvez-vous confirmer la liste des ports à ouvrir pour Papyra Server 7.1 et nous aider à vérifier la config ?

Bonne journée,
Jérôme Cottier"""),

("security_network", "Défenseur Windows : dossier surveillé en quarantaine",
r"""Bonjour,

Microsoft Defender supprime régulièrement des fichiers du dossier d'import de Papyra (C:\PapyraImport) en les signalant comme "Trojan:Script/Wacatac.B!ml". Ce sont des PDF de factures reçues par e-mail. Du coup Papyra ne trouve plus les fichiers et affiche "Fichier introuvable". Faut-il exclure ce dossier ? Est-ce risqué ?

Salutations,
Laure Favre"""),

("documents_recognition", "Scanner Epson non détecté",
r"""Bonjour,

Nous avons un scanner Epson WorkForce DS-530 II. Epson Scan 2 fonctionne, mais Papyra Desktop 7.1.2 ne le voit pas dans la liste des sources (ni en TWAIN, ni en WIA). J'ai réinstallé le pilote "Epson Scan 2 TWAIN" deux fois. Windows 11.

Pourriez-vous prendre la main à distance ?

Merci,
Monique Dupasquier"""),

("documents_recognition", "Numéro SIRET non extrait des factures",
r"""Bonjour,

Nous traitons les factures de nos fournisseurs français. Papyra reconnaît bien le montant et la date mais ne récupère pas le numéro SIRET ni le numéro de TVA intracommunautaire, alors qu'ils figurent en bas de page. Nous en avons besoin pour l'identification du fournisseur dans notre ERP. Pouvez-vous nous aider à configurer l'extraction de ces champs ?

Cordialement,
Arnaud Leclerc
Leclerc Distribution, Grenoble"""),

("documents_recognition", "Accents mal reconnus par l'OCR",
r"""Bonjour,

Depuis quelque temps, l'OCR remplace presque tous les "é" par "6" ou "e" : "Facturé" devient "Factur6", "Société" devient "Soci6t6". La langue OCR est réglée sur Français. Scanner Brother ADS-2200, 300 dpi, noir et blanc. Cela rend la recherche plein texte inutilisable. Auriez-vous une idée ?

Merci,
Gisèle Terrettaz"""),

("documents_recognition", "Codes DataMatrix non lus",
r"""Bonjour,

Notre client nous envoie des bons de livraison avec un code DataMatrix contenant le numéro de commande. Papyra lit sans problème nos codes-barres Code 128, mais les DataMatrix ne sont jamais détectés. Les codes sont nets (testés avec une app sur smartphone). Faut-il un réglage particulier ou un module supplémentaire ?

Cordialement,
Benoît Guignard"""),

("documents_recognition", "Apprendre un nouveau type de document : notes de frais",
r"""Bonjour,

Nous voulons archiver les notes de frais des collaborateurs (formulaire interne, toujours le même) avec extraction automatique du nom, du mois et du total. J'ai essayé de créer un type de document mais la reconnaissance du total échoue dans un cas sur deux (il prend le sous-total). Un technicien pourrait-il nous accompagner pour le paramétrage ?

Merci,
Valentine Roch
Ressources humaines"""),

("integrations", "Export Sage 100 : mauvais compte de charge",
r"""Bonjour,

Depuis le changement de plan comptable, l'export de Papyra vers Sage 100 affecte toutes les factures au compte 6000 au lieu des comptes configurés par fournisseur (6210, 6400...). La table de correspondance fournisseur/compte dans Papyra est à jour. Avant le changement de plan comptable tout fonctionnait.

Pouvez-vous regarder notre configuration avec nous ?

Cordialement,
Christophe Mottier
Chef comptable"""),

("integrations", "SAP Business One : dates d'échéance erronées",
r"""Bonjour,

Les factures exportées de Papyra vers SAP Business One arrivent avec une date d'échéance égale à la date de facture (au lieu de +30 jours). Dans Papyra, le champ "Échéance" est correctement rempli. On dirait que le champ n'est pas transmis. SAP B1 10.0 FP2308, Papyra 7.1.2.

Merci pour votre aide,
Isabelle Morand"""),

("integrations", "Export Bexio : TVA à 0 %",
r"""Bonjour,

Depuis cette semaine, toutes les factures envoyées à Bexio arrivent avec un taux de TVA de 0 % alors que Papyra reconnaît bien 8,1 % ou 2,6 %. Nous n'avons rien changé de notre côté, Bexio a peut-être modifié quelque chose dans ses codes TVA ? Les pièces doivent maintenant être corrigées à la main.

Cordialement,
Patricia Ducrest"""),

("integrations", "Abacus : pièce jointe PDF manquante",
r"""Bonjour,

Les écritures arrivent bien dans Abacus via l'export Papyra, mais le PDF de la facture n'est plus joint au document dans l'archive Abacus (AbaScan). Avant la mise à jour vers 7.1.2, il y était. Nous avons vérifié que l'option "Joindre le document" est cochée dans le profil d'export.

Pouvez-vous nous rappeler ?

Salutations,
Eric Gobet
Gobet Transports"""),

("integrations", "Export CSV : séparateur décimal",
r"""Bonjour,

Dans l'export CSV, les montants sortent parfois avec une virgule (1250,50) et parfois avec un point (1250.50), selon le poste qui fait l'export. Notre import dans l'ERP plante à cause de ça. Comment forcer un format unique ?

Merci
Kevin Rappaz"""),

("database_storage", "Archive très lente sur un seul site",
r"""Bonjour,

Sur notre site de Martigny, l'ouverture d'un document dans Papyra prend 15 à 20 secondes, alors qu'à Sion c'est instantané. Les deux sites utilisent le même Papyra Server (à Sion) via une liaison fibre 100 Mbit/s. Les autres applications sont rapides à Martigny. Existe-t-il un cache local ou un réglage pour les sites distants ?

Merci,
Didier Luisier"""),

("database_storage", "Test de restauration échoue",
r"""Bonjour,

Lors de notre test de restauration annuel, la restauration de la sauvegarde Papyra sur un serveur de test échoue avec :

"Restauration impossible : la sauvegarde a été créée avec une version plus récente (7.2.0) que la version installée (7.1.2)."

Or le serveur de production est aussi en 7.1.2, du moins c'est ce qu'affiche "À propos". Nous sommes perplexes. Pouvez-vous nous aider ?

Cordialement,
Sarah Bochud"""),

("database_storage", "Base de données qui grossit anormalement",
r"""Bonjour,

Notre base Papyra (SQL Server 2019) est passée de 4 Go à 31 Go en deux mois, alors que le nombre de documents n'a augmenté que de 5 %. La table qui grossit semble être dbo.OcrCache. Peut-on la purger sans risque ? Y a-t-il un paramètre de rétention ?

Merci de votre retour,
Julien Burri"""),

("account_access", "Synchronisation LDAP : nouveaux utilisateurs absents",
r"""Bonjour,

Les nouveaux collaborateurs que nous créons dans l'Active Directory n'apparaissent plus dans Papyra. La synchronisation LDAP tourne (journal : "Sync completed, 0 users added"), mais les anciens utilisateurs sont bien là. Nous avons récemment déplacé les comptes dans une nouvelle OU "Utilisateurs-2024". Faut-il modifier la base de recherche LDAP ? Pouvez-vous vérifier avec nous ?

Cordialement,
Ludovic Seydoux"""),

("licensing_billing", "Activation refusée : horloge système incorrecte",
r"""Bonjour,

À l'activation de la licence sur un nouveau poste, Papyra affiche : "Activation refusée (code L-207) : la date du système ne correspond pas à celle du serveur de licences." L'heure de Windows est correcte et synchronisée avec notre contrôleur de domaine. Le poste est dans un réseau isolé, l'heure du contrôleur de domaine est peut-être décalée ? Comment diagnostiquer ?

Merci,
Grégoire Savary"""),
]

# Hand-written evaluation mails: French, level 4 (external vendors / infrastructure).
LANG = "fr"
LEVEL = 4
MAILS = [
("third_party_infrastructure", "QNAP : partage inaccessible après mise à jour QTS",
r"""Bonjour,

Notre QNAP TS-464 a été mis à jour vers QTS 5.1.6 hier soir. Depuis, Papyra Server ne peut plus écrire dans le dossier de stockage \\QNAP\papyra-store : "Accès refusé". Le compte de service papyra_svc existe toujours sur le QNAP, mais il semble que les droits ACL Windows aient été réinitialisés par la mise à jour.

Le support QNAP passe par votre contrat. Pourriez-vous ouvrir un cas chez eux ?

Cordialement,
Vincent Aymon
Aymon Constructions SA"""),

("third_party_infrastructure", "Citrix : Papyra très lent en session publiée",
r"""Bonjour,

Sur notre environnement Citrix Virtual Apps and Desktops 7 2402, Papyra Desktop publié en application met 3 à 4 secondes à afficher chaque page de document, alors qu'en local c'est immédiat. Le profil HDX est en "Optimisé pour les images" et le serveur a peu de charge. Notre intégrateur Citrix pense qu'il faudrait ajuster les politiques Thinwire.

Pourriez-vous voir cela avec Citrix / votre partenaire ?

Merci,
Cyril Lachat
Informatique, Hôpital régional"""),

("third_party_infrastructure", "Konica Minolta : scan vers dossier en échec",
r"""Bonjour,

Notre multifonction Konica Minolta bizhub C300i n'arrive plus à déposer les scans dans le dossier surveillé par Papyra. À l'écran : "Erreur de serveur - SMB". Rien n'a changé chez nous, sauf que le mot de passe du compte de scan a expiré et a été renouvelé... mais on ne sait pas où le modifier sur la machine, le menu administrateur est verrouillé par le prestataire.

Pouvez-vous contacter le prestataire Konica ?

Bonne journée,
Sabine Fragnière"""),

("third_party_infrastructure", "Xerox : PDF illisibles depuis le nouveau firmware",
r"""Bonjour,

Depuis la mise à jour du firmware de notre Xerox AltaLink C8145 par le technicien Xerox, les PDF scannés arrivent dans Papyra avec des pages entièrement noires (environ 1 page sur 5). Le problème est visible aussi dans Acrobat, donc ce n'est pas Papyra. Pouvez-vous relancer Xerox via le contrat de maintenance ?

Merci,
Josiane Pralong"""),

("third_party_infrastructure", "RDS : session figée au lancement de Papyra",
r"""Bonjour,

Sur notre ferme RDS (Windows Server 2019, 3 hôtes de session), la session de l'utilisateur se fige pendant 1 à 2 minutes au lancement de Papyra, uniquement le matin. Le Gestionnaire des tâches montre "Service de profil utilisateur" et le disque de profils UPD en forte activité. Après le premier lancement, c'est normal. Notre prestataire RDS ne trouve pas.

Pouvez-vous transmettre à votre partenaire Microsoft ?

Ce que nous avons déjà essayé avec le prestataire :
- augmentation de la taille des disques UPD de 5 à 10 Go ;
- exclusion de %LOCALAPPDATA%\Papyra\Cache du disque de profil ;
- désactivation temporaire de l'antivirus sur un hôte de test (aucun changement).

Le problème touche environ 30 utilisateurs sur 45, surtout ceux qui se connectent entre 7h30 et 8h30. Les hôtes de session ont 64 Go de RAM et ne semblent pas saturés. Le stockage des UPD est sur un partage du serveur de fichiers FS02, lui aussi géré par le prestataire.

Cordialement,
Fabienne Delacrétaz"""),

("third_party_infrastructure", "Synology : quota atteint, Papyra ne peut plus classer",
r"""Bonjour,

Papyra affiche "Espace disque insuffisant dans le stockage de documents" alors que notre Synology DS1821+ a encore 6 To de libre. Il y a probablement un quota sur le dossier partagé "papyra" (je vois 2 To dans le Panneau de configuration > Dossier partagé > Quota), mais l'interface DSM est gérée par notre fournisseur et nous n'avons pas les droits.

Pourriez-vous demander au fournisseur d'augmenter le quota ?

Merci,
Antoine Bagnoud"""),

("third_party_infrastructure", "Windows Server : mise à jour de sécurité casse le service d'impression",
r"""Bonjour,

Après la mise à jour cumulative de mars sur notre Windows Server 2022, le service Spouleur d'impression plante en boucle (événement 7031). Papyra n'arrive donc plus à imprimer les pages de séparation. Il s'agit clairement d'un problème Microsoft. Pourriez-vous ouvrir un ticket chez Microsoft via votre contrat ?

Salutations,
Laurent Besse"""),

("third_party_infrastructure", "Brother MFC : scan vers FTP bloqué",
r"""bonjour, notre brother MFC-L8900CDW n'envoie plus les scans au serveur FTP que Papyra surveille. message "erreur d'envoi" sur l'appareil. le serveur FTP fonctionne depuis un PC. on pense que c'est le firmware brother (mis à jour automatiquement ?). merci de faire le lien avec brother. Kevin - atelier Mivelaz"""),

("third_party_infrastructure", "VMware : la VM Papyra redémarre toute seule",
r"""Bonjour,

La machine virtuelle qui héberge Papyra Server redémarre de manière inopinée 2 à 3 fois par semaine. Dans vCenter : "vSphere HA initiated a virtual machine failover action" alors que l'hôte ESXi 8.0 n'a pas d'incident visible. Papyra n'y est pour rien, mais chaque redémarrage interrompt les utilisateurs.

Notre infrastructure VMware est maintenue par un partenaire via votre contrat. Pouvez-vous l'escalader ?

Cordialement,
Stéphane Roux
Responsable infrastructure"""),

("third_party_infrastructure", "HP : scan-to-SharePoint ne fonctionne plus",
r"""Bonjour,

Notre HP LaserJet Enterprise MFP M528 envoyait les scans vers une bibliothèque SharePoint Online synchronisée, que Papyra importe. Depuis la désactivation de l'authentification de base par Microsoft, l'appareil affiche "Échec de la connexion au serveur". C'est un problème HP/Microsoft, pas Papyra. Merci de voir avec HP quelle version de firmware supporte l'authentification moderne.

Salutations
Nicolas Grand"""),

("third_party_infrastructure", "SQL Server : instance arrêtée après mise à jour Windows",
r"""Bonjour,

Ce matin, le service SQL Server (MSSQL$PAPYRA) ne démarre plus sur notre serveur. Journal des événements : "TDSSNIClient initialization failed with error 0x80092004". Cela semble lié au certificat TLS configuré dans SQL Server Configuration Manager, qui a été renouvelé par notre PKI cette nuit. Toute l'archive Papyra est indisponible.

Notre DBA externe (contrat via vous) ne répond pas. C'est urgent !

Pierre Jacquier
Directeur administratif"""),

("third_party_infrastructure", "Proxmox : Papyra Server sur cluster",
r"""Bonjour,

Notre prestataire a migré la VM Papyra Server de Hyper-V vers un cluster Proxmox VE 8. Depuis, la VM perd le réseau quelques secondes toutes les heures (pilote virtio ?), et les clients Papyra affichent "Connexion au serveur perdue". Proxmox n'est pas votre produit, je sais, mais vous aviez recommandé ce prestataire. Pouvez-vous le relancer ?

Merci,
Samuel Monnet"""),

("third_party_infrastructure", "Canon : carnet d'adresses du scanner vide",
r"""Bonjour,

Suite à une intervention de Canon sur notre imageRUNNER ADVANCE C5535i, le carnet d'adresses a été réinitialisé et la destination "Papyra - Factures" a disparu. Nous n'avons pas le mot de passe administrateur de la machine pour la recréer. Pouvez-vous contacter Canon pour qu'ils la reconfigurent ?

Merci,
Élodie Clément"""),

("third_party_infrastructure", "NAS Netgear ReadyNAS : disques pleins de snapshots",
r"""Bonjour,

Notre vieux Netgear ReadyNAS 316 (qui héberge le stockage Papyra) est plein à 99 % à cause des snapshots automatiques. Papyra ne peut plus classer de documents. Nous n'osons pas supprimer des snapshots nous-mêmes. Votre partenaire matériel peut-il intervenir ? À moyen terme il faudra sans doute remplacer ce NAS.

Salutations,
Michel Ruffieux"""),

("third_party_infrastructure", "Citrix Workspace : impression des étiquettes",
r"""Bonjour,

Dans Citrix, l'impression des étiquettes code-barres depuis Papyra vers nos imprimantes Zebra locales (mappées via Citrix Universal Print Driver) produit des étiquettes décalées et coupées. En local, l'impression est parfaite. C'est un problème du pilote universel Citrix à notre avis. Merci de voir avec Citrix.

Bien à vous,
Arnaud Crettenand"""),

("third_party_infrastructure", "Mise à jour Windows Server bloque l'accès SMB signé",
r"""Bonjour,

Depuis l'installation de la mise à jour de sécurité sur le contrôleur de domaine (Windows Server 2025, signature SMB obligatoire), notre vieux scanner Sharp MX-3070 n'arrive plus à écrire dans le dossier d'entrée de Papyra. Sharp doit fournir un firmware compatible SMB signing, ou alors il faut une exception côté Microsoft.

Pouvez-vous coordonner avec Sharp et Microsoft ?

Cordialement,
Gérard Perroud"""),

("third_party_infrastructure", "Terminal server : mauvais scanner attribué",
r"""Bonjour,

Sur notre serveur de terminaux Windows Server 2022, lorsque deux utilisateurs scannent en même temps, le document de l'un arrive parfois dans la session de l'autre. Nous utilisons l'outil de redirection TWAIN "TSScan" fourni par votre partenaire. Papyra reçoit simplement l'image du pilote TWAIN redirigé. Merci de faire suivre à l'éditeur de TSScan.

Salutations,
Christian Favre"""),

("third_party_infrastructure", "QNAP : alerte ransomware et partage verrouillé",
r"""Bonjour,

Notre QNAP TS-873A affiche une alerte "Activité suspecte détectée - protection contre les ransomwares" et a passé le volume du stockage Papyra en lecture seule. Nous pensons que c'est un faux positif déclenché par l'OCR en masse qui réécrit beaucoup de fichiers. Mais nous n'avons pas la compétence pour analyser le QNAP.

Merci d'impliquer le support QNAP rapidement.

Pascale Théraulaz"""),

("third_party_infrastructure", "Azure Virtual Desktop : Papyra ne voit pas le scanner",
r"""Bonjour,

Nous passons à Azure Virtual Desktop. Dans les sessions AVD, Papyra ne voit aucun scanner local (Fujitsu fi-8170 en USB sur le poste client). Les propriétés RDP de pool d'hôtes contiennent "usbdevicestoredirect:s:*". Notre partenaire Microsoft n'a pas encore de solution.

Pouvez-vous l'aider ou escalader chez Microsoft ?

Merci,
Jonathan Rapin"""),

("database_storage", "SQL Server Always On : basculement et base en lecture seule",
r"""Bonjour,

Notre base Papyra est dans un groupe de disponibilité Always On (SQL Server 2022, 2 nœuds) géré par notre prestataire. Après un basculement cette nuit, Papyra affiche "La base de données est en lecture seule". Le listener pointe apparemment encore vers l'ancien réplica primaire, qui est maintenant secondaire en lecture seule. La configuration du listener n'est pas de notre ressort.

Pouvez-vous contacter le prestataire via votre contrat ?

Cordialement,
Marc Tornare"""),

("database_storage", "Stockage iSCSI du SAN déconnecté",
r"""Bonjour,

Le volume iSCSI qui contient le stockage de documents Papyra (SAN Dell PowerVault ME5) s'est déconnecté deux fois cette semaine. Le serveur perd alors le lecteur E: et Papyra signale des erreurs d'écriture. Dans les journaux du SAN : "Controller B: host port link down". Le matériel est sous contrat Dell via vous.

Merci d'ouvrir un cas chez Dell.

Salutations,
Yves Fellay"""),

("documents_recognition", "Scanner de production : images striées",
r"""Bonjour,

Notre scanner de production Fujitsu fi-7600 produit depuis peu des lignes verticales sur toutes les images, ce qui fait échouer la reconnaissance des montants dans Papyra. Nettoyage des vitres fait, sans effet. Il faut sans doute remplacer le module d'imagerie. L'appareil est sous contrat de maintenance Ricoh/Fujitsu via vous.

Pouvez-vous organiser l'intervention ?

Merci,
Claudine Vouilloz"""),

("documents_recognition", "Multifonction Kyocera : OCR intégré désactivé",
r"""Bonjour,

Notre Kyocera TASKalfa 5054ci faisait l'OCR lui-même et Papyra récupérait des PDF consultables. Après le remplacement de la carte contrôleur par Kyocera, l'option "PDF avec texte" a disparu (licence OCR de l'appareil non réactivée ?). Papyra reçoit donc des images sans texte. Merci de voir avec Kyocera pour réactiver la licence de l'appareil.

Salutations,
René Jaquier"""),

("installation_updates", "Mise à jour Windows Server bloquée par l'hébergeur",
r"""Bonjour,

Notre hébergeur refuse d'installer la mise à jour de Windows Server 2019 vers 2022 sur le serveur Papyra tant que Papyra n'est pas "certifié" sur sa plateforme d'hébergement. Papyra Server 7.2 est pourtant supporté sur Windows Server 2022. Pourriez-vous prendre contact avec l'hébergeur (contrat via vous) pour débloquer la situation ?

Cordialement,
Delphine Aubry"""),

("security_network", "Pare-feu Sophos XGS géré par le prestataire : VPN coupé",
r"""Bonjour,

Nos collaborateurs en télétravail utilisent Papyra via le VPN SSL de notre Sophos XGS 2100, géré par un prestataire sous contrat avec vous. Depuis la mise à jour du firmware SFOS 20, les connexions VPN sont coupées toutes les 10 minutes et Papyra perd la connexion au serveur. Les autres applications sont moins touchées car elles se reconnectent plus vite.

Merci d'escalader chez le prestataire / Sophos.

Éric Vionnet"""),
]

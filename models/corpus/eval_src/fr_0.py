# Hand-written evaluation mails: French, level 0 (self-service).
LANG = "fr"
LEVEL = 0
MAILS = [
("howto_usage", "Renommer un document après classement",
r"""Bonjour,

Est-il possible de renommer un document une fois qu'il est classé dans l'archive ? Je me suis trompée dans le titre de plusieurs factures et je ne vois pas comment corriger.

Papyra Desktop 7.1.0

Merci d'avance,
Sophie Girard
Fiduciaire Girard SA, Lausanne"""),

("howto_usage", "Où trouver le guide d'installation en français ?",
r"""Bonjour,

Notre informaticien externe souhaiterait le guide d'administration de Papyra Server en français. Sur le site je trouve seulement la version allemande. Existe-t-il une traduction ?

Meilleures salutations,
Jean-Marc Favre"""),

("documents_recognition", "Reconnaissance des factures QR - réglages",
r"""Bonjour,

Depuis que nous recevons beaucoup de factures QR, je me demande si Papyra peut remplir automatiquement le montant et la référence à partir du code QR, ou s'il lit seulement le texte. Faut-il activer quelque chose dans les paramètres du type de document ?

Cordialement,
Nathalie Rochat
Comptabilité - Garage du Lac Sàrl"""),

("installation_updates", "Configuration requise poste client",
r"""Bonjour,

Nous allons acheter 3 nouveaux PC portables pour l'administration. Quelle est la configuration minimale recommandée pour Papyra Desktop 7.2 (RAM, processeur, espace disque) ? Un Core i5 avec 8 Go suffit-il ?

Merci et bonne journée,
Pierre Dumoulin"""),

("howto_usage", "Raccourci pour faire pivoter une page",
r"""Bjr,
comment on fait pivoter une page scannée à l'envers ? je trouve pas le bouton... merci
Léa"""),

("howto_usage", "Ajouter un commentaire sur un document",
r"""Bonjour à toute l'équipe,

Je voudrais savoir s'il est possible d'ajouter une note ou un commentaire sur une facture (par ex. "à valider par M. Berset") sans modifier le PDF lui-même. Si oui, les collègues peuvent-ils le voir ?

Je vous remercie,
Chantal Berset
Commune de Bulle"""),

("integrations", "Export vers Banana : quelle version ?",
r"""Bonjour,

Nous utilisons Banana Comptabilité 9 depuis des années. L'export de Papyra vers Banana fonctionne-t-il avec cette version ou faut-il Banana Plus ? Y a-t-il une page de documentation qui explique la marche à suivre ?

Salutations,
Olivier Perrin, indépendant"""),

("database_storage", "Où sont stockés les documents ?",
r"""Bonjour,

Par curiosité (et pour notre plan de sauvegarde), dans quel dossier Papyra Desktop enregistre-t-il les documents et la base de données sur un poste isolé ? Nous voulons nous assurer que notre sauvegarde Windows les inclut.

Merci,
Éric Moret"""),

("howto_usage", "Imprimer plusieurs documents en une fois",
r"""Bonjour,

Comment imprimer toutes les factures d'un fournisseur pour un mois donné en une seule fois ? Pour le moment je les ouvre une par une et je clique sur imprimer, c'est très long.

Cordialement
Martine Cuendet"""),

("security_network", "Adresses à autoriser dans le pare-feu",
r"""Bonjour,

Notre politique de sécurité n'autorise les accès Internet sortants que vers une liste blanche. Quels noms de domaine et ports Papyra Desktop doit-il joindre pour l'activation de licence et la recherche de mises à jour ? Tout marche pour l'instant, c'est pour documenter notre configuration.

Bien à vous,
Sébastien Carrel
Responsable informatique, Carrel Transports SA"""),

("documents_recognition", "Scanner des documents recto verso",
r"""Bonjour,

Notre scanner (Canon DR-M260) sait scanner en recto verso. Où dois-je activer ça dans Papyra ? Dans la fenêtre de numérisation je ne vois que "Résolution" et "Couleur".

Merci bcp
Isabelle"""),

("howto_usage", "Recherche plein texte - guillemets ?",
r"""Bonjour,

Quand je cherche "contrat de bail" dans la recherche plein texte, Papyra me sort tous les documents qui contiennent "contrat" ou "bail" séparément. Y a-t-il une syntaxe pour chercher l'expression exacte ? Et peut-on exclure un mot ?

Avec mes remerciements,
Anne-Laure Python"""),

("installation_updates", "Compatibilité Windows 11 24H2",
r"""Bonjour,

Notre service informatique souhaite déployer Windows 11 24H2. Papyra Desktop 7.1.2 est-il compatible, ou faut-il d'abord passer en 7.2 ? Existe-t-il une matrice de compatibilité publique ?

Cordialement,
François Blanc
DSI - Groupe Blanc Immobilier, Lyon"""),

("howto_usage", "Changer la langue de l'interface",
r"""Bonjour, notre nouvelle collègue est italophone. Peut-on mettre Papyra en italien uniquement sur son poste, sans changer pour les autres ? Merci. Yves"""),

("licensing_billing", "Licence : différence entre Standard et Professional",
r"""Bonjour,

Avant de commander, je voudrais comprendre la différence entre les éditions Standard et Professional. Est-ce que la reconnaissance des factures QR et l'export vers Bexio sont inclus dans Standard ? Y a-t-il un tableau comparatif sur votre site ?

Meilleures salutations,
Claire Jaquet"""),

("account_access", "Créer un utilisateur en lecture seule",
r"""Bonjour,

Je suis administrateur de Papyra dans notre PME. Comment créer un utilisateur qui peut consulter les documents mais ne peut ni les supprimer ni les modifier (pour notre fiduciaire) ? Je n'ai pas trouvé la bonne page dans l'aide.

Merci,
Thierry Aubert"""),

("howto_usage", "Exporter une archive sur clé USB pour l'audit",
r"""Bonjour,

Notre réviseur voudrait une copie de toutes les pièces comptables 2023 sur une clé USB, consultables sans Papyra. Y a-t-il une fonction d'export en PDF avec une table des matières ou quelque chose de ce genre ? Où la trouve-t-on ?

Bonne journée
Gilles Mercier
Mercier Menuiserie Sàrl"""),

("documents_recognition", "Format de fichier recommandé",
r"""Bonjour,

Pour l'archivage à long terme, vaut-il mieux enregistrer les scans en PDF/A ou en TIFF ? Et quelle résolution conseillez-vous pour que la reconnaissance de texte soit bonne sans que les fichiers soient trop lourds ?

Cordialement,
Hélène Vautravers"""),

("howto_usage", "Modèles de noms de fichiers",
r"""Bonjour,

Lors de l'export, les fichiers s'appellent "DOC_000123.pdf". Est-il possible de choisir un modèle de nom, par exemple "Fournisseur_Date_Numéro.pdf" ? Si oui, où se trouve ce réglage ?

Merci d'avance
Raphaël Tinguely"""),

("third_party_infrastructure", "Papyra sur un NAS Synology : supporté ?",
r"""Bonjour,

Nous voulons placer le stockage des documents de Papyra Server sur notre Synology DS1522+ (partage SMB). Est-ce une configuration supportée ? Existe-t-il des recommandations (SMB3, droits, antivirus) dans votre documentation ?

Merci de votre retour,
Vincent Rey
Rey & Associés, Sion"""),

("howto_usage", "Réorganiser l'ordre des pages",
r"""Bonjour,

Après le scan, les pages d'un contrat sont dans le désordre (3, 1, 2). Comment changer l'ordre des pages dans Papyra sans rescanner ?

Salutations
Karine"""),

("integrations", "Format XML de l'export générique",
r"""Bonjour,

Nous développons en interne un petit outil qui doit lire l'export XML générique de Papyra. Existe-t-il une description du format (schéma XSD ou documentation des balises) ?

Bien cordialement,
Laurent Masson
Développeur, Masson Logistique"""),

("database_storage", "Durée de conservation de la corbeille",
r"""Bonjour,

Combien de temps les documents supprimés restent-ils dans la corbeille de Papyra avant d'être effacés définitivement ? Peut-on modifier ce délai ?

Merci,
Dominique Pittet"""),

("howto_usage", "Webinaire nouveautés 7.2",
r"""Bonjour,

J'ai vu passer l'annonce de la version 7.2. Y a-t-il une liste des nouveautés ou un webinaire de présentation en français ? J'aimerais savoir si la mise à jour vaut la peine pour nous.

Cordialement,
Bernard Chollet"""),

("installation_updates", "Papyra sur Mac ?",
r"""Bonjour,

Deux questions rapides :
1) Papyra Desktop existe-t-il pour macOS ? Un associé travaille sur MacBook.
2) Si non, peut-il au moins consulter les documents via un navigateur ?

Merci
Julien Chappuis"""),
]

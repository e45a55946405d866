"""French material (France, Suisse romande, Belgique): phrase pools, scenarios and whole hand-written mails."""

LANG = "fr"
REGIONS = {"FR": 0.5, "CH": 0.35, "BE": 0.15}
P_FORMAL = 0.72

FIRST = ["Nathalie", "Sébastien", "Isabelle", "Julien", "Sophie", "Nicolas", "Céline", "Pierre", "Valérie", "Olivier",
         "Stéphanie", "Laurent", "Aurélie", "Christophe", "Caroline", "Mathieu", "Sandrine", "Yves", "Chantal", "Cédric",
         "Émilie", "Thierry", "Marion", "Fabien", "Delphine", "Jérôme"]
LAST = ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Girard", "Rochat", "Favre", "Mercier", "Fontaine",
        "Perrin", "Blanc", "Chevalier", "Bonvin", "Dupuis", "Renaud", "Pittet", "Jaquet", "Lambert", "Gilliéron",
        "Peeters", "Leclercq", "Fournier", "Masson", "Roux", "Meylan"]
COMPANIES = ["CH|Fiduciaire Rochat SA", "CH|Cabinet dentaire des Tilleuls", "CH|Menuiserie Favre Sàrl", "CH|Régie du Léman SA",
             "CH|Commune de Bussigny", "CH|Transports Bonvin SA", "CH|Garage du Jura Sàrl", "FR|Cabinet comptable Mercier",
             "FR|Transports Girard SARL", "FR|Clinique vétérinaire des Alpes", "FR|SCI Fontaine Gestion", "FR|Électricité Perrin SAS",
             "FR|Étude Maître Dupuis", "FR|Agence immobilière Renaud", "BE|Fiduciaire Peeters SPRL", "BE|Leclercq & Fils SRL",
             "BE|Cabinet médical Lambert"]
ROLES = ["Comptabilité", "Responsable informatique", "Directrice administrative", "Gérant", "Assistante de direction",
         "Responsable financier", "Secrétariat", "Administrateur système", "Comptable", "Office manager",
         "Responsable des achats", "Fiduciaire", "Chef de projet IT"]
CITIES = ["CH|1003 Lausanne", "CH|1201 Genève", "CH|2000 Neuchâtel", "CH|1950 Sion", "CH|1700 Fribourg", "CH|2300 La Chaux-de-Fonds",
          "FR|69002 Lyon", "FR|74000 Annecy", "FR|67000 Strasbourg", "FR|31000 Toulouse", "FR|75011 Paris", "FR|44000 Nantes",
          "BE|1000 Bruxelles", "BE|4000 Liège", "BE|5000 Namur"]
STREETS = ["Rue du Centre 12", "Avenue de la Gare 4", "12 rue des Lilas", "Chemin des Vignes 8", "Route de Berne 21", "3 place du Marché", "Rue de l'Industrie 45"]


def _region_pick(r, m, entries):
    ok = [e.split("|", 1)[1] for e in entries if "|" in e and m.region in e.split("|", 1)[0].split(",")]
    ok += [e for e in entries if "|" not in e]
    return r.choice(ok)


def _phone(r, m):
    if m.region == "CH":
        return r.choice(["+41 21 ", "+41 22 ", "+41 32 ", "021 ", "022 ", "027 ", "079 "]) + f"{r.randint(200, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
    if m.region == "BE":
        return r.choice(["+32 2 ", "+32 4 ", "02 "]) + f"{r.randint(200, 999)} {r.randint(10, 99)} {r.randint(10, 99)}"
    return r.choice(["04 ", "01 ", "03 ", "05 ", "06 ", "+33 4 "]) + " ".join(f"{r.randint(10, 99)}" for _ in range(4))


def _amount(r, m):
    v = r.choice([89, 129, 240, 349, 480, 612, 890, 1180, 1240, 1490, 2360, 3120])
    if m.region == "CH":
        return r.choice([f"CHF {v:,}.00".replace(",", "'"), f"CHF {v}.–", f"{v} francs"])
    return r.choice([f"{v:,},00 €".replace(",", " ", 1) if v >= 1000 else f"{v},00 €", f"{v} € HT", f"{v} euros"])


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def _date(r, m):
    d, mo = r.randint(1, 28), r.randint(1, 12)
    return r.choice([f"{d} {MONTHS[mo - 1]}", f"{d:02d}/{mo:02d}/2024", f"{d}.{mo}.2024", f"{d}/{mo}"])


def _email(r, m):
    import unicodedata
    norm = lambda s: "".join(c for c in unicodedata.normalize("NFD", s.lower()) if c.isalnum())
    dom = norm(m.value("company").split()[0])
    tld = {"CH": "ch", "BE": "be"}.get(m.region, "fr")
    return f"{norm(m.value('first'))}.{norm(m.value('last'))}@{dom}.{tld}"


SLOTS = {
    "first": lambda r, m: r.choice(FIRST), "last": lambda r, m: r.choice(LAST),
    "first2": lambda r, m: r.choice([f for f in FIRST if f != m.value("first")]),
    "last2": lambda r, m: r.choice([x for x in LAST if x != m.value("last")]),
    "company": lambda r, m: _region_pick(r, m, COMPANIES), "role": lambda r, m: r.choice(ROLES),
    "city": lambda r, m: _region_pick(r, m, CITIES), "street": lambda r, m: r.choice(STREETS),
    "phone": _phone, "amount": _amount, "date": _date, "email": _email,
    "month": lambda r, m: r.choice(MONTHS),
    "acct": lambda r, m: r.choice(["Sage 100", "Sage 50", "Abacus", "Bexio", "Banana Comptabilité", "SAP Business One", "Sage", "Abacus"]),
    "day": lambda r, m: r.choice(["hier", "ce matin", "depuis lundi", "vendredi dernier", "depuis mardi", "depuis la semaine dernière", "depuis le week-end"]),
    "doctype": lambda r, m: r.choice(["factures fournisseurs", "bons de livraison", "notes de crédit", "fiches de salaire", "contrats", "bons de commande", "notes de frais", "polices d'assurance"]),
    "yr": lambda r, m: r.choice(["2022", "2023", "2024"]),
    "res": lambda r, m: r.choice(["200", "300", "150", "400"]),
    "wd": lambda r, m: r.choice(["lundi", "mardi", "mercredi", "jeudi", "vendredi"]),
    "threat": lambda r, m: r.choice(["Comportement suspect", "Win32/Packed.Generic", "Trojan:Win32/Wacatac.B!ml", "HEUR:Trojan.Win32.Generic", "ML/PE-A"]),
    "company_it": lambda r, m: r.choice(["notre prestataire informatique", "une société externe", "la société Infolac", "notre informaticien", "notre partenaire IT"]),
    "kb": lambda r, m: r.choice(["KB5034439", "KB5036896", "KB5041578", "KB5039217", "KB5043050"]),
    "tva": lambda r, m: r.choice(["CHE-123.456.789 TVA", "FR 32 123456789", "BE 0123.456.789", "CHE-401.882.117 TVA"]),
    "devis": lambda r, m: r.choice(["une offre", "une offre"]) if m.region == "CH" else r.choice(["un devis", "un devis", "une offre"]),
    "branche": lambda r, m: r.choice(["fiduciaire", "cabinet dentaire", "entreprise de menuiserie", "régie immobilière", "administration communale", "entreprise de transport", "étude de notaire"]),
    "wd_time": lambda r, m: f"{r.randint(7, 18):02d}:{r.randint(0, 59):02d}",
    "LAST": lambda r, m: m.value("last").upper(),
    "septante": lambda r, m: r.choice(["septante", "70"]) if m.region in ("CH", "BE") else "70",
}


def prepare(mail):
    pass


def finish(mail, text):
    return text


GREET_FORMAL = ["Madame, Monsieur,", "Bonjour,", "Bonjour Madame, Monsieur,", "Mesdames, Messieurs,", "Bonjour à tous,",
                "Chère équipe Papyra,", "Bonjour l'équipe du support,", "Bonjour à l'équipe Papyra,", "CH|Bonjour Mesdames et Messieurs,",
                "Madame, Monsieur, bonjour,", "Bonsoir,", "BE|Bonjour Madame, Monsieur,"]
GREET_INFORMAL = ["Bonjour,", "Salut,", "Bonjour à tous,", "Hello,", "Salut l'équipe,", "Coucou,", "Bonjour le support,", "Re-bonjour,"]
CLOSE_FORMAL = ["Cordialement,", "Bien cordialement,", "Meilleures salutations", "Avec mes meilleures salutations",
                "Je vous remercie par avance et vous prie d'agréer mes salutations distinguées.", "Bien à vous,",
                "Salutations distinguées", "Merci d'avance et bonne journée.", "CH|Avec nos meilleures salutations",
                "CH|Meilleures salutations et bonne journée", "BE|Bien à vous,", "Sincères salutations,", "Cdlt"]
CLOSE_INFORMAL = ["Merci !", "Merci d'avance,", "Bonne journée,", "A+", "Bises", "Merci et bonne journée", "Cdt", "Belle journée,",
                  "Merci beaucoup,", "Bonne fin de journée,"]
SIGNATURES = [
    "{first} {last}\n{role}\n{company}\nTél. {phone}",
    "{first} {last}\n{company}",
    "{first}",
    "{first} {last}\n{company}\n{street}\n{city}\nTél : {phone}\n{email}",
    "{first} {last} | {role}\n{company} | {city}",
    "{first} {last}\n\n{company}\n{role}\nLigne directe : {phone}\n\nCe message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
    "--\n{first} {last}\n{role}\n{company}, {city}",
    "{first}\n\nEnvoyé de mon iPhone",
    "{first} {last}\n{email}\n{phone}",
    "{first} {LAST}\n{role}\n{company}",
]
OPENERS = [
    "nous utilisons Papyra depuis {years} ans et en sommes globalement satisfaits.",
    "je m'occupe de l'informatique dans notre bureau, mais je ne suis pas spécialiste.",
    "je vous écris de la part de notre service comptabilité.",
    "petite question :",
    "j'espère que vous pourrez m'aider.",
    "nous sommes une petite {branche} avec {n} postes Papyra.",
    "j'ai repris la gestion de Papyra d'un collègue qui a quitté l'entreprise.",
    "notre prestataire informatique m'a conseillé de vous contacter directement.",
    "désolé de vous déranger à nouveau.",
    "j'ai d'abord cherché sur votre site, sans succès.",
    "je me permets de vous contacter concernant Papyra.",
    "CH|nous sommes une fiduciaire de la région de {city} et travaillons tous les jours avec Papyra.",
]
CONTEXT = [
    "Nous avons Papyra Desktop {ver} sous {win}.",
    "Version : Papyra {ver}, {win}.",
    "Nous avons {seats} licences.",
    "Notre numéro client est le {cust}.",
    "Le serveur tourne sous {winsrv}.",
    "Pour la comptabilité nous utilisons {acct}.",
    "L'archive contient environ {docs} documents.",
    "Papyra {ver}, base de données {sql}.",
    "(Papyra {ver}, {win}, scanner {scanner})",
    "{n} personnes travaillent tous les jours avec Papyra chez nous.",
    "N° client : {cust}",
    "Nous avons acheté Papyra à l'époque via un revendeur.",
]
FAULT_CONTEXT = [
    "Nous avons déjà redémarré le PC et le serveur, sans succès.",
    "Capture d'écran en pièce jointe.",
    "Le problème existe {day}, avant tout fonctionnait.",
    "L2,L3|Tous les postes sont concernés, pas seulement un.",
    "L2,L3|Un seul PC est touché, les autres fonctionnent normalement.",
    "À ma connaissance rien n'a été changé chez nous.",
    "Je joins le fichier log du dossier Papyra.",
    "L2,L3|Nous avons déjà réinstallé une fois, cela n'a rien changé.",
    "Cela arrive à chaque fois, je peux le reproduire.",
    "Ça n'arrive pas à chaque fois, peut-être une fois sur cinq.",
]
RAMBLE = [
    "L2,L3,L4|Je vous raconte toute l'histoire, car je pense que c'est important. Il y a deux semaines, notre prestataire a remplacé l'ancien serveur et a tout migré pendant un week-end. Le lundi tout semblait fonctionner, les gens scannaient et classaient comme d'habitude. Puis le mercredi une première collègue est venue me dire que quelque chose clochait, et depuis c'est pire chaque jour. Le prestataire dit que le serveur va bien et vous montre du doigt, et franchement je suis coincé au milieu sans savoir qui croire. J'apprécierais vraiment que quelqu'un regarde cela sérieusement plutôt que de m'envoyer un lien vers la FAQ.",
    "L0,L1|Un peu de contexte : nous sommes une petite équipe et personne ici n'est vraiment informaticien, donc je fais ce genre de choses à côté de mon travail de comptable. J'ai regardé l'aide avant d'écrire, mais je me suis un peu perdue entre les différentes versions de la documentation, et certaines captures ne correspondent pas à ce que je vois à l'écran. La réponse est sûrement simple, désolée d'avance si la question est bête.",
    "Pour le contexte : nous avons déménagé au printemps et depuis nous avons pas mal de soucis informatiques en général, donc je ne peux pas exclure qu'autre chose soit en cause. Notre ancien informaticien a tout installé et n'a malheureusement laissé aucune documentation.",
    "L2,L3,L4|Je précise que nous dépendons beaucoup de Papyra, tout le traitement des factures fournisseurs passe par là, et mes collègues me demandent toutes les heures si ça remarche.",
    "J'ai appelé votre hotline tout à l'heure mais on m'a dit d'envoyer un e-mail, donc le voici.",
    "Nous en avons aussi parlé à notre revendeur, mais il dit que seul l'éditeur peut répondre.",
    "L2,L3,L4|Honnêtement nous étions très contents du produit jusqu'ici, c'est d'autant plus frustrant.",
    "J'ai cherché dans le forum et la base de connaissances, j'ai trouvé des cas similaires mais aucun ne correspond vraiment à notre configuration.",
]
URGENT = [
    "C'est urgent car la clôture mensuelle est vendredi.",
    "URGENT svp, les réviseurs arrivent la semaine prochaine.",
    "Merci de traiter en priorité.",
    "Ce n'est pas très urgent mais nous aimerions régler cela cette semaine.",
    "Notre compta est bloquée, une réponse rapide serait super !!",
]
SIDE_NOTES = [
    "PS : autre sujet, nous n'avons toujours pas reçu la facture du dernier trimestre.",
    "Autre chose : pouvez-vous me mettre comme personne de contact ? Ma collègue est partie.",
    "Au passage, existe-t-il une version plus récente du manuel ? J'ai celle de la version 5.",
    "Et un petit détail : la recherche est parfois un peu lente, mais ce n'est pas prioritaire.",
    "Question annexe : une formation pour les nouveaux collaborateurs serait-elle possible un jour ?",
    "PS : la page de connexion du portail client avait l'air bizarre hier, mais maintenant ça marche.",
]
ASK_FAULT = [
    "Pourriez-vous me rappeler au {phone} ?",
    "Une prise en main à distance serait-elle possible ? Je suis disponible tout l'après-midi.",
    "Dites-moi quelles informations il vous faut.",
    "Pouvez-vous regarder cela au plus vite svp ?",
    "Un technicien pourrait-il me contacter ?",
    "Comment devons-nous procéder ?",
    "L2,L3,L4|Je peux envoyer d'autres logs si besoin.",
    "CH|Vous pouvez me joindre sur mon natel au {phone}.",
]
ASK_ANY = [
    "Merci d'avance pour votre aide.",
    "Merci pour votre retour.",
    "Dans l'attente de votre réponse.",
    "Toute aide est la bienvenue.",
    "Merci !",
    "Merci beaucoup.",
    "Je reste à disposition pour toute information complémentaire.",
    "Dans l'attente de vous lire.",
]
GENERIC_SUBJECTS = ["Problème", "Question", "Aide", "Besoin d'aide", "Papyra", "Demande de support", "urgent !!", "Demande",
                    "Petite question", "Souci", "Question Papyra", "Support", "Problème Papyra", "RE: votre message",
                    "Relance", "{company}", "Demande {company}", "Ticket", "URGENT", "Merci de me rappeler", "Panne", "Info", "SVP"]
SUBJECT_PREFIXES = ["RE: ", "Re: ", "TR: ", "Fwd: ", "RE : "]
FORWARD_PREFIX = ["TR: ", "Fwd: ", "TR : "]
FORWARD_TOP = [
    "Voir ci-dessous, de notre comptable. Pouvez-vous aider ?",
    "Je vous transfère le message de ma collègue, elle a les détails. Merci de me répondre à moi.",
    "Veuillez trouver ci-dessous le message de notre service financier.",
    "Pour info, voir ci-dessous. Pouvez-vous vous en occuper ?",
    "Voir le mail de {first2} ci-dessous. Que faut-il faire ?",
    "Comme convenu par téléphone, je vous transfère le message.",
    "CH|Voir ci-dessous, de notre fiduciaire. Merci de regarder.",
]
FORWARD_HEADER = "-------- Message d'origine --------\nDe : {first2} {last2}\nEnvoyé : {wd} {date} {wd_time}\nÀ : {first} {last}\nObjet : @@SUBJECT@@"

SCENARIOS = r"""
# ============================================================ LEVEL 0
@ 0 account_access
S: Authentification à deux facteurs
S: Question 2FA
B: Est-il possible d'activer l'authentification à deux facteurs pour nos utilisateurs Papyra ? Si oui, {où se trouve le réglage|où est-ce décrit} ? Je n'ai rien trouvé dans les options.
Q: Comment activer la 2FA pour mon utilisateur ?
@ 0 account_access
S: Créer un utilisateur
B: Une nouvelle collaboratrice commence le {date}. Comment lui créer un utilisateur dans Papyra ? {Je suis l'administrateur chez nous.|J'ai les droits admin.} Y a-t-il un mode d'emploi ?
Q: Comment on crée un nouvel utilisateur ? Je suis admin.
@ 0 account_access
S: Règles de mot de passe
B: Notre politique informatique exige des mots de passe d'au moins 12 caractères. Quelles règles Papyra applique-t-il par défaut et peut-on les modifier ? {C'est pour notre documentation interne.|Notre réviseur a posé la question.}
@ 0 account_access
S: Connexion Windows
B: Papyra peut-il utiliser la connexion Windows (Active Directory) pour que les gens n'aient pas de mot de passe séparé ? {J'ai lu quelque chose là-dessus mais je ne le retrouve plus.|Est-ce documenté quelque part ?}
@ 0 account_access
S: changer mon mot de passe
B: Comment puis-je changer mon propre mot de passe dans Papyra Desktop ? Je ne trouve que la fonction pour l'administrateur.
Q: ou est-ce qu'on change son mot de passe dans papyra ?
@ 0 account_access
S: Départ d'un collaborateur
B: Un collaborateur nous quitte à la fin du mois. Quelle est la bonne façon de désactiver son utilisateur Papyra sans perdre les documents qu'il a classés ? {Je ne veux rien supprimer par erreur.|}
@ 0 account_access
S: Accès en lecture seule
B: Est-il possible de donner à notre réviseur un accès en lecture seule à un seul dossier (par ex. "Factures {yr}") ? Comment le configurer ?
@ 0 account_access
S: Application d'authentification
B: Quelles applications d'authentification fonctionnent avec la connexion à deux facteurs de Papyra ? {Chez nous tout le monde a Microsoft Authenticator.|Certains ont Google Authenticator, d'autres Authy.}
@ 0 account_access
S: Rôles utilisateurs
B: Quelle est exactement la différence entre les rôles "Éditeur" et "Gestionnaire" dans la gestion des utilisateurs ? {Le texte d'aide est un peu court.|Je veux configurer les droits proprement.}
# ---
@ 0 licensing_billing
S: Standard ou Professional
B: Quelle est la différence entre Papyra Standard et Professional ? Nous envisageons de passer à l'édition supérieure mais j'aimerais d'abord comprendre {ce que nous aurions en plus|quelles fonctions sont réservées à Professional}.
@ 0 licensing_billing
S: Licence par utilisateur ou par poste ?
B: Une licence Papyra est-elle comptée par utilisateur ou par poste ? {À l'accueil deux personnes partagent un PC.|Certains collaborateurs travaillent sur deux ordinateurs.}
@ 0 licensing_billing
S: API incluse ?
B: L'API REST est-elle incluse dans l'édition Standard ou faut-il une licence supplémentaire ?
@ 0 licensing_billing
S: Clé de licence
B: Où puis-je voir notre clé de licence et la date d'expiration dans le logiciel ? {Notre prestataire informatique la demande.|J'en ai besoin pour notre inventaire.}
Q: Où trouver la clé de licence dans Papyra ?
@ 0 licensing_billing
S: Moyens de paiement
B: Quels moyens de paiement acceptez-vous pour l'abonnement ? {Peut-on payer par carte au lieu de facture ?|Le prélèvement est-il possible ?}
@ 0 licensing_billing
S: Fin d'abonnement
B: Que se passe-t-il avec notre archive si nous ne renouvelons pas l'abonnement ? Peut-on encore ouvrir les documents {en lecture seule|} ? J'aimerais le savoir avant de faire le budget.
@ 0 licensing_billing
S: Télétravail
B: Avons-nous le droit d'installer Papyra avec la même licence sur un portable pour le télétravail, ou est-ce que cela compte comme une deuxième licence ?
@ 0 licensing_billing
S: Liste de prix
B: Y a-t-il une liste de prix à jour pour les postes et modules supplémentaires sur votre site ? {Je n'ai trouvé que celle de 2022.|}
# ---
@ 0 installation_updates
S: Configuration requise
B: Quelle est la configuration requise pour Papyra Desktop {newver} ? Nous achetons de nouveaux PC et voulons être sûrs que {8 Go de RAM suffisent|ils seront assez puissants}.
Q: config minimale pour la version {newver} ?
@ 0 installation_updates
S: Windows 11 24H2
B: Papyra {ver} est-il officiellement compatible avec Windows 11 24H2 ? Nous prévoyons de déployer la mise à jour {le mois prochain|cet été}.
@ 0 installation_updates
S: Notes de version
B: Où trouver les notes de version de la {newver} ? J'aimerais savoir ce qui a changé avant de mettre à jour depuis la {oldver}.
@ 0 installation_updates
S: Sauter des versions
B: Peut-on passer directement de la {oldver} à la {newver} ou faut-il installer les versions intermédiaires ?
@ 0 installation_updates
S: Changement de PC
B: Nous remplaçons notre PC principal la semaine prochaine. Existe-t-il un guide pour transférer Papyra (y compris les réglages locaux) sur le nouvel ordinateur ?
@ 0 installation_updates
S: Installation silencieuse
B: Y a-t-il des paramètres de ligne de commande pour une installation silencieuse du client ? Je voudrais le déployer via {Intune|GPO|notre outil de déploiement} sur {n2} postes.
@ 0 installation_updates
S: Ordre de mise à jour
B: Lors d'une mise à jour, faut-il d'abord mettre à jour le serveur puis les clients, ou l'inverse ?
@ 0 installation_updates
S: Mac ?
B: Existe-t-il une version de Papyra pour macOS ? {Nos deux graphistes n'ont que des MacBook.|Notre nouveau directeur travaille sur Mac.}
@ 0 installation_updates
S: Désinstallation propre
B: Comment désinstaller proprement Papyra d'un ancien PC qui part au recyclage ? La désinstallation Windows normale suffit-elle ?
# ---
@ 0 documents_recognition
S: Langue OCR
B: Où règle-t-on la langue de l'OCR ? Une bonne partie de nos factures est en {allemand|italien|anglais} et la recherche plein texte ne trouve pas {certains mots|les mots avec trémas}.
Q: où change-t-on la langue de reconnaissance ?
@ 0 documents_recognition
S: Quels scanners ?
B: Nous voulons acheter un nouveau scanner de documents. Quels modèles sont supportés par Papyra ? Y a-t-il une liste ? {Nous pensions au {scanner}.|}
@ 0 documents_recognition
S: Feuilles de séparation
B: Comment utiliser les feuilles de séparation à code-barres pour découper automatiquement un lot scanné en documents individuels ? {Y a-t-il un modèle à imprimer ?|}
@ 0 documents_recognition
S: QR-facture
B: Papyra lit-il automatiquement la QR-facture suisse ou faut-il activer quelque chose ? {Nous en recevons de plus en plus.|}
@ 0 documents_recognition
S: Formats de fichier
B: Quels formats de fichier peut-on importer dans l'archive ? Nous avons d'anciens scans en {TIFF|JPG} et quelques {fichiers Word|e-mails (.msg)}.
@ 0 documents_recognition
S: Résolution
B: Comment changer la résolution de numérisation par défaut à 300 dpi ? {Actuellement c'est 200 et la reconnaissance n'est pas terrible.|}
@ 0 documents_recognition
S: PDF avec texte
B: Peut-on enregistrer les scans en PDF cherchable (PDF/A) pour que {notre expert-comptable|notre fiduciaire} puisse faire des recherches en dehors de Papyra ?
@ 0 documents_recognition
S: Pages blanches
B: Papyra peut-il supprimer automatiquement les pages blanches lors d'un scan recto-verso ? Où est cette option ?
@ 0 documents_recognition
S: Types de documents
B: Quels types de documents Papyra reconnaît-il de base ? Nous avons surtout des {doctype} et nous nous demandons s'il faut configurer quelque chose.
# ---
@ 0 integrations
S: Logiciel comptable
B: Vers quels logiciels de comptabilité Papyra peut-il exporter ? Nous {passons à|envisageons} {acct}.
Q: Papyra fonctionne avec {acct} ?
@ 0 integrations
S: Documentation API
B: Où trouver la documentation de l'API REST ? Notre développeur {veut|aimerait} faire une petite connexion avec notre ERP.
@ 0 integrations
S: Champs CSV
B: Existe-t-il une description des champs de l'export CSV ? J'ai besoin de savoir à quoi correspondent les colonnes {pour notre tableau Excel|}.
@ 0 integrations
S: Import depuis une boîte mail
B: Papyra peut-il importer des factures directement depuis une boîte e-mail (pièces jointes PDF) ? Si oui, où est-ce décrit ?
@ 0 integrations
S: Guide export Sage
B: Existe-t-il un guide pas à pas pour configurer l'export vers Sage ? {Notre cabinet comptable travaille avec Sage 100.|}
@ 0 integrations
S: Exemples de scripts
B: Y a-t-il quelque part des exemples de scripts pour le moteur de scripts ? J'aimerais {comprendre le fonctionnement|voir un exemple} avant d'écrire le mien.
@ 0 integrations
S: Export automatique
B: L'export vers {acct} peut-il tourner automatiquement chaque nuit, ou faut-il toujours que quelqu'un le lance à la main ?
@ 0 integrations
S: Limites API
B: L'API REST a-t-elle des limites de requêtes à connaître ? Nous prévoyons de charger environ {docs} documents en une fois.
# ---
@ 0 database_storage
S: Que sauvegarder ?
B: Quels dossiers et bases de données devons-nous inclure dans notre sauvegarde pour pouvoir restaurer Papyra complètement ? {Nous sauvegardons avec Veeam.|}
@ 0 database_storage
S: SQLite ou SQL Server ?
B: Nous allons passer à environ {n2} utilisateurs. La base intégrée suffit-elle encore, ou recommandez-vous SQL Server à partir d'une certaine taille ?
@ 0 database_storage
S: Espace disque
B: Combien d'espace disque faut-il à peu près pour 1000 pages scannées ? Nous devons planifier {un nouveau serveur|notre stockage}.
@ 0 database_storage
S: Archivage légal
B: Papyra répond-il aux exigences légales d'archivage {(10 ans de conservation)|(valeur probante)|} ? Avez-vous un document à montrer à notre réviseur ?
@ 0 database_storage
S: Contrôle de l'archive
B: Comment lancer le contrôle de cohérence de l'archive, et peut-on le planifier ?
@ 0 database_storage
S: Restaurer un document
B: Est-il possible de restaurer un seul document supprimé depuis une sauvegarde, ou seulement l'archive entière ? Où est-ce décrit ?
@ 0 database_storage
S: Corbeille
B: Y a-t-il une corbeille dans Papyra ? Combien de temps les documents supprimés y restent-ils ?
# ---
@ 0 security_network
S: Ports
B: Quels ports doivent être ouverts entre les clients Papyra et le serveur ? {Notre admin firewall veut une liste.|}
Q: quels ports utilise papyra ?
@ 0 security_network
S: Exclusions antivirus
B: Quels dossiers et processus faut-il exclure dans notre antivirus ({av}) ? Avez-vous une recommandation ?
@ 0 security_network
S: TLS
B: Quelles versions de TLS le serveur Papyra supporte-t-il, et peut-on utiliser notre propre certificat ?
@ 0 security_network
S: Proxy
B: Où saisir notre serveur proxy dans Papyra ? {La vérification de licence a besoin d'Internet il me semble.|}
@ 0 security_network
S: Chiffrement
B: Les documents de l'archive sont-ils stockés chiffrés ? Notre délégué à la protection des données pose la question.
@ 0 security_network
S: Internet nécessaire ?
B: Papyra a-t-il besoin d'une connexion Internet permanente ? Nous avons un réseau isolé {au laboratoire|en production}.
@ 0 security_network
S: RGPD
B: Avez-vous un livre blanc sécurité ou des informations sur la protection des données (RGPD / nLPD) à transmettre à notre DPO ?
# ---
@ 0 third_party_infrastructure
S: Citrix supporté ?
B: Papyra est-il supporté sur Citrix / Remote Desktop Services ? {Nous prévoyons de passer nos utilisateurs sur un serveur de terminaux.|}
@ 0 third_party_infrastructure
S: NAS comme stockage
B: Pouvons-nous mettre le stockage des documents sur un NAS {nasbrand}, ou doit-il être sur le serveur Windows ?
@ 0 third_party_infrastructure
S: Scanner depuis le multifonction
B: Pouvons-nous scanner depuis notre {mfp} directement dans Papyra ? Comment est-ce généralement configuré ?
@ 0 third_party_infrastructure
S: Machine virtuelle
B: Est-il supporté de faire tourner le serveur Papyra dans une machine virtuelle sur {hyper} ?
@ 0 third_party_infrastructure
S: Azure
B: Pouvons-nous héberger le serveur Papyra sur une VM Azure plutôt que sur notre propre matériel ? Est-ce supporté ?
@ 0 third_party_infrastructure
S: Imprimantes certifiées
B: Existe-t-il une liste d'imprimantes multifonctions qui fonctionnent bien avec Papyra ? Nous devons remplacer notre vieille {mfpbrand}.
# ---
@ 0 howto_usage
S: Recherche plein texte
B: Comment chercher un mot dans le contenu des documents (pas seulement le titre) ? {Quand je tape un numéro de facture je ne trouve rien.|}
Q: comment on cherche dans le texte des documents ?
@ 0 howto_usage
S: Fusionner des documents
B: Comment fusionner deux documents en un seul ? {Quelqu'un a scanné la page 2 d'un contrat séparément.|L'accueil a scanné une lettre en deux parties.}
@ 0 howto_usage
S: Découper un PDF
B: Y a-t-il un moyen de découper un PDF en plusieurs documents dans Papyra ? {Nous avons reçu un lot de factures en un seul gros fichier.|}
@ 0 howto_usage
S: Tampon
B: Puis-je apposer un tampon du type "payé" ou "visé" sur une facture dans Papyra ? Comment ?
@ 0 howto_usage
S: Raccourcis clavier
B: Existe-t-il une liste des raccourcis clavier ? {Je travaille toute la journée avec Papyra et j'aimerais aller plus vite.|}
@ 0 howto_usage
S: Manuel
B: Où puis-je télécharger le manuel utilisateur {en PDF|} pour la version {ver} ? {Le lien dans le menu Aide n'ouvre rien.|}
Q: Où est le mode d'emploi ?
@ 0 howto_usage
S: Langue de l'interface
B: Comment passer l'interface en français ? {Chez moi tout est en allemand depuis l'installation.|Mes collègues l'utilisent en allemand, je préfère le français.}
@ 0 howto_usage
S: Nouvelle archive
B: Comment créer une nouvelle archive pour notre deuxième société ? {Nous venons de créer une filiale.|}
@ 0 howto_usage
S: Envoyer par e-mail
B: Peut-on envoyer un document directement depuis Papyra par e-mail {avec {outlook}|} ? Je ne vois que "Exporter".
@ 0 howto_usage
S: Enregistrer une recherche
B: Est-il possible d'enregistrer une recherche pour ne pas devoir remettre les filtres à chaque fois ? {Par exemple toutes les factures ouvertes d'un fournisseur.|}
@ 0 howto_usage
S: Colonnes
B: Comment afficher des colonnes supplémentaires dans la liste, par exemple le montant et la date d'échéance ?
@ 0 howto_usage
S: Vidéos
B: Avez-vous des vidéos de formation ou des enregistrements de webinaires pour les nouveaux utilisateurs ? {Nous avons deux nouvelles personnes à la compta.|}
@ 0 howto_usage
S: Champ personnalisé
B: Comment ajouter un champ à moi (par ex. "centre de coûts") à un type de document ? {Est-ce possible sans script ?|}
@ 0 howto_usage
S: Imprimer plusieurs
B: Comment imprimer plusieurs documents d'un coup ? Pour l'instant je les ouvre un par un.
@ 0 howto_usage
S: Aperçu
B: est-ce qu'on peut agrandir l'aperçu à droite ? sur mon portable il est minuscule
# ============================================================ LEVEL 1
@ 1 account_access
S: Mot de passe portail
S: Impossible de me connecter au portail
B: J'ai essayé de réinitialiser mon mot de passe du portail client mais l'e-mail n'arrive jamais (pas non plus dans les spams). Mon identifiant est {email}. Pourriez-vous le réinitialiser manuellement ?
Q: Le mail de réinitialisation du portail n'arrive pas, pouvez-vous réinitialiser mon mot de passe ? {email}
@ 1 account_access
S: Administrateur du portail
B: Notre ancien responsable informatique, {first2} {last2}, était administrateur de notre compte sur le portail client. Il a quitté l'entreprise. Pourriez-vous me désigner comme administrateur à sa place ?
@ 1 account_access
S: Changement d'adresse e-mail
B: Merci de remplacer l'adresse e-mail de notre compte portail par {email}. {L'ancienne boîte va être supprimée.|}
@ 1 account_access
S: Ajouter un utilisateur au portail
B: Pourriez-vous ajouter ma collègue {first2} {last2} au portail client afin qu'elle puisse télécharger les factures ? N° client {cust}.
@ 1 account_access
S: Compte bloqué
B: J'ai saisi un mauvais mot de passe trop de fois et maintenant mon compte sur le portail est bloqué. Pouvez-vous le débloquer svp ?
Q: compte portail bloqué, merci de le débloquer. {email}
@ 1 account_access
S: Téléphone perdu
B: J'ai perdu mon téléphone avec l'application d'authentification et je ne peux plus me connecter au portail client. Pouvez-vous réinitialiser la double authentification de mon compte ({email}) ?
@ 1 account_access
S: Changement d'adresse
B: Nous avons déménagé. Merci de mettre à jour notre adresse : {street}, {city}. N° client {cust}.
@ 1 account_access
S: Supprimer un accès
B: Merci de supprimer l'accès au portail de {first2} {last2}, qui a quitté la société le {date}.
@ 1 account_access
S: Changement de raison sociale
B: Suite à la fusion, notre société s'appelle désormais {company}. Pourriez-vous mettre à jour le nom dans notre compte client et sur les prochaines factures ?
@ 1 account_access
S: Deuxième administrateur
B: Est-il possible d'avoir un deuxième administrateur sur notre compte portail ? Si oui, merci d'ajouter {first2} {last2}.
# ---
@ 1 licensing_billing
S: RE: Votre facture {inv}
S: Question sur la facture
B: Sur la facture {inv}, vous nous facturez {n2} postes alors que nous n'avons que {seats} licences. Pourriez-vous vérifier et nous envoyer une facture corrigée ?
Q: La facture {inv} a un mauvais nombre de licences, merci de corriger.
@ 1 licensing_billing
S: Adresse de facturation erronée
B: La facture {inv} est établie à notre ancienne adresse. Pouvez-vous la rééditer avec la nouvelle ? {Sinon notre comptabilité ne peut pas la comptabiliser.|}
@ 1 licensing_billing
S: Renouvellement
B: Notre abonnement expire le {date}. Pourriez-vous nous envoyer {devis} pour le renouvellement de {seats} postes ?
@ 1 licensing_billing
S: Licences supplémentaires
B: Nous avons besoin de {n} postes supplémentaires pour de nouveaux collaborateurs. Merci de nous envoyer {devis} {ou de les activer directement et de nous les facturer|}.
Q: Il nous faudrait {n} licences de plus, merci pour {devis}.
@ 1 licensing_billing
S: Passage à Professional
B: Nous aimerions passer de Standard à Professional. Que devons-nous faire et combien cela coûte-t-il pour la durée restante ?
@ 1 licensing_billing
S: Réduction de postes
B: Nous souhaitons réduire notre abonnement de {n2} à {seats} postes au prochain renouvellement. Merci de confirmer.
@ 1 licensing_billing
S: Payé deux fois
B: Nous avons payé par erreur deux fois la facture {inv} ({amount}). Pourriez-vous rembourser le deuxième paiement sur notre compte ?
@ 1 licensing_billing
S: Transfert de licence
B: Nous avons remplacé un PC et l'ancien n'existe plus. Pouvez-vous libérer la licence de l'ancien poste pour que nous puissions l'activer sur le nouveau ?
@ 1 licensing_billing
S: Rappel ?
B: Nous avons reçu un rappel pour la facture {inv}, alors que nous l'avons payée le {date}. Pouvez-vous vérifier ? {Preuve de paiement en pièce jointe.|}
@ 1 licensing_billing
S: Copie de facture
B: Pourriez-vous m'envoyer une copie de la facture de {month} ? Je ne la trouve pas sur le portail.
Q: Merci de m'envoyer une copie de la facture de {month}.
@ 1 licensing_billing
S: Numéro de TVA manquant
B: Notre numéro de TVA ne figure pas sur la dernière facture. Merci de l'ajouter et de nous renvoyer la facture : {tva}.
@ 1 licensing_billing
S: Clé de licence perdue
B: Nous ne retrouvons plus notre clé de licence (serveur réinstallé). Pourriez-vous nous la renvoyer ? N° client {cust}.
@ 1 licensing_billing
S: Paiement par carte
B: Dorénavant nous aimerions payer par carte de crédit plutôt que sur facture. Comment faire le changement ?
@ 1 licensing_billing
S: Renouvellement pas reçu
B: Notre licence expire dans {n} jours et nous n'avons pas encore reçu la facture de renouvellement. Pouvez-vous l'envoyer pour que rien ne s'arrête ?
# ---
@ 1 installation_updates
S: Lien de téléchargement
B: Pourriez-vous m'envoyer le lien de téléchargement de la version actuelle de Papyra Desktop ? {Nous sommes encore en {oldver}.|}
Q: lien de téléchargement de la dernière version svp
@ 1 installation_updates
S: Ancienne version
B: Il nous faudrait l'installeur de la version {oldver}, car {notre pilote de scanner|un plugin spécifique} ne fonctionne pas encore avec la nouvelle. Pouvez-vous nous envoyer un lien ?
@ 1 installation_updates
S: Mise à jour incluse ?
B: La mise à jour vers la {newver} est-elle incluse dans notre abonnement ? Si oui, merci de nous envoyer le lien et le nouveau fichier de licence si nécessaire.
@ 1 installation_updates
S: Lien expiré
B: Le lien de téléchargement envoyé la semaine dernière a expiré avant que nous puissions installer. Pourriez-vous nous en envoyer un nouveau ?
@ 1 installation_updates
S: Installeur hors ligne
B: Notre serveur n'a pas d'accès Internet. Existe-t-il un installeur hors ligne pour la {newver} que vous pourriez nous envoyer ?
@ 1 installation_updates
S: Package MSI
B: Pourriez-vous nous fournir le package MSI du client Desktop ? Notre prestataire en a besoin pour le déploiement.
@ 1 installation_updates
S: Passage de la version 5
B: Nous sommes toujours en Papyra {oldver}. Notre contrat couvre-t-il la mise à niveau vers la version 7 ? Si oui, merci de nous envoyer les infos de téléchargement.
@ 1 installation_updates
S: Rendez-vous mise à jour
B: Nous aimerions fixer un rendez-vous avec un de vos techniciens pour la mise à jour vers la {newver} sur notre serveur. Quelles dates seraient possibles ?
# ---
@ 1 documents_recognition
S: Module QR
B: Nous avons commandé le module QR-facture la semaine dernière (commande {inv}), mais il n'est pas encore actif dans notre licence. Pouvez-vous l'activer ?
@ 1 documents_recognition
S: Feuilles de séparation
B: Pourriez-vous nous envoyer les feuilles de séparation à code-barres en PDF ? {Celles de l'installation sont introuvables.|}
@ 1 documents_recognition
S: Pack de langue OCR
B: Nous aimerions commander le pack de langue OCR supplémentaire pour {l'italien|le portugais|le néerlandais}. Merci de nous envoyer {devis}.
@ 1 documents_recognition
S: Paramétrage des types de documents
B: Nous souhaitons faire configurer {n} nouveaux types de documents par votre équipe ({doctype}). Pourriez-vous nous faire {devis} ?
@ 1 documents_recognition
S: Pack de modèles
B: Pourriez-vous m'envoyer la liste des modèles fournisseurs contenus dans le "Pack factures Suisse" ? {Notre directeur veut décider s'il l'achète.|}
# ---
@ 1 integrations
S: Module d'export
B: Merci d'activer le module d'export {acct} pour notre licence (n° client {cust}). Nous avons renvoyé le bon de commande signé {day}.
@ 1 integrations
S: Identifiants API
B: Nous avons besoin d'identifiants (clé API) pour l'API REST pour notre développeur. Comment les obtenir ?
@ 1 integrations
S: Accès sandbox
B: Pourriez-vous nous donner accès à la sandbox développeur ? {Notre partenaire développe une interface pour nous.|}
@ 1 integrations
S: Schéma XML
B: Notre partenaire {acct} demande le schéma XML de l'export Papyra. Pouvez-vous nous le faire parvenir ?
@ 1 integrations
S: Prix du connecteur
B: Combien coûte le connecteur {acct} par an ? Merci de m'envoyer {devis} pour {seats} utilisateurs.
# ---
@ 1 database_storage
S: Outil de sauvegarde
B: Merci de m'envoyer le lien de téléchargement de l'outil Papyra Backup & Restore. {Je ne le trouve pas sur le portail.|}
@ 1 database_storage
S: Migration SQL Server
B: Nous voudrions passer de la base intégrée à SQL Server. Proposez-vous cette migration comme prestation ? Merci pour {devis}.
@ 1 database_storage
S: Stockage cloud
B: Notre espace de stockage d'archive cloud est presque plein (il reste {pct} Go). Comment réserver plus d'espace ?
@ 1 database_storage
S: Export des données à la résiliation
B: Nous résilions notre contrat. Merci de nous indiquer comment obtenir un export complet de notre archive.
@ 1 database_storage
S: Attestation pour les réviseurs
B: Notre réviseur demande une attestation que l'archive Papyra est conforme pour l'archivage. Pourriez-vous nous fournir {le certificat|une confirmation écrite} ?
# ---
@ 1 security_network
S: Adresses IP pour le pare-feu
B: Pourriez-vous nous envoyer les noms d'hôte et adresses IP de vos serveurs de licence et de mise à jour ? Nous devons les autoriser dans notre pare-feu.
@ 1 security_network
S: Empreintes des fichiers
B: Notre informatique veut autoriser Papyra dans AppLocker. Pouvez-vous nous transmettre les informations du certificat de signature ou les hash des fichiers de la version {ver} ?
@ 1 security_network
S: Contrat de sous-traitance
B: Merci de nous envoyer votre contrat de sous-traitance des données (DPA) pour signature.
@ 1 security_network
S: Questionnaire sécurité
B: Notre service sécurité m'a demandé de vous transmettre le questionnaire ci-joint. Pourriez-vous le remplir et nous le retourner d'ici le {date} ?
@ 1 security_network
S: Test d'intrusion
B: Nous prévoyons un test d'intrusion de notre réseau, serveur Papyra compris, le mois prochain. Avons-nous besoin de votre accord ou souhaitez-vous être informés ?
# ---
@ 1 third_party_infrastructure
S: Liste des multifonctions
B: Notre service achats a besoin de la liste des imprimantes multifonctions certifiées pour Papyra. Pourriez-vous nous l'envoyer ?
@ 1 third_party_infrastructure
S: Commande de scanner
B: Pouvons-nous acheter un {scanner} chez vous ? Merci pour {devis} pour {n} unités, livraison comprise.
@ 1 third_party_infrastructure
S: Contrat Citrix
B: Notre contrat de support couvre-t-il aussi l'aide sur notre environnement Citrix, ou faut-il un avenant ? Merci de nous envoyer les conditions.
@ 1 third_party_infrastructure
S: NAS dans le contrat ?
B: Merci de nous dire si votre support couvre aussi notre {nas}. Sinon, pouvez-vous nous recommander un partenaire ?
@ 1 third_party_infrastructure
S: Technicien sur site
B: Nous aimerions réserver un technicien sur site pour connecter notre nouveau {mfp} à Papyra. Quand serait-ce possible et à quel prix ?
# ---
@ 1 howto_usage
S: RE: votre réponse
S: L'article n'a pas aidé
B: Merci pour le lien vers l'article de la base de connaissances sur {les recherches enregistrées|les tampons|la fusion de documents}, mais ça n'a pas aidé, le menu est différent dans notre version ({ver}). Quelqu'un pourrait-il m'expliquer ?
@ 1 howto_usage
S: Inscription webinaire
B: Je voudrais inscrire {n} personnes au prochain webinaire pour débutants. {Noms : {first2} {last2} et moi-même.|}
@ 1 howto_usage
S: Manuel en italien
B: Pourriez-vous nous envoyer le manuel utilisateur en italien ? {Notre succursale du Tessin en a besoin.|} Je n'ai trouvé que le français et l'allemand.
@ 1 howto_usage
S: Introduction
B: Nous avons une nouvelle collaboratrice à la comptabilité. Pouvons-nous réserver pour elle une introduction en ligne d'une heure à Papyra ?
@ 1 howto_usage
S: Journée de conseil
B: Nous aimerions revoir notre arborescence et nos types de documents avec un consultant. Merci pour {devis} pour une journée de conseil.
@ 1 howto_usage
S: toujours pas de réponse
B: J'avais demandé la semaine dernière comment {définir des valeurs par défaut pour les champs|modifier la disposition des colonnes} et vous m'avez renvoyé vers la FAQ. J'ai essayé mais ça ne marche pas comme décrit. Quelqu'un pourrait-il m'aider ?
# ============================================================ LEVEL 2
@ 2 account_access
S: Connexion impossible après changement de domaine
B: Depuis que nous avons renommé notre domaine, {n} utilisateurs ne peuvent plus se connecter à Papyra. Message : "Échec de la connexion : utilisateur introuvable dans l'annuaire". Les autres fonctionnent.
@ 2 account_access
S: Droits non appliqués
B: J'ai ajouté {first2} au groupe "Comptabilité", mais elle ne voit toujours pas le dossier Factures. Elle s'est déconnectée et reconnectée. {Les autres membres du groupe le voient.|}
@ 2 account_access
S: Codes 2FA refusés
B: Les codes de l'application d'authentification sont refusés dans Papyra Desktop ("Code invalide"). {Ça dure {day}.|} Sur le portail les mêmes codes marchent.
@ 2 account_access
S: Déconnexions permanentes
B: Nos utilisateurs sont déconnectés de Papyra toutes les quelques minutes et doivent se reconnecter. {Tout le monde s'énerve.|} Serveur : {winsrv}.
@ 2 account_access
S: Accès refusé après migration
B: Après le transfert de Papyra sur le nouveau serveur, tous les utilisateurs ont "Accès refusé" dès qu'ils ouvrent un dossier, même l'admin. Dans la gestion des utilisateurs, les droits ont l'air corrects.
@ 2 account_access
S: Connexion Windows demande le mot de passe
B: Nous utilisons l'authentification Windows, mais Papyra demande maintenant le mot de passe à chaque démarrage. {Avant la connexion était automatique.|}
# ---
@ 2 licensing_billing
S: Échec d'activation
B: J'essaie d'activer notre licence sur le nouveau PC mais j'obtiens "La licence n'a pas pu être activée ({code})". La clé est correcte, je l'ai copiée depuis le portail.
@ 2 licensing_billing
S: Pas de licence libre
B: Les utilisateurs ont le message "Aucune licence disponible" alors que seuls {n} de nos {seats} postes sont utilisés. {Fermer Papyra sur tous les PC n'a rien changé.|}
@ 2 licensing_billing
S: Toujours expirée après renouvellement
B: Nous avons renouvelé et payé l'abonnement, mais Papyra affiche toujours "Licence expirée" sur tous les postes. J'ai importé le nouveau fichier de licence comme indiqué.
@ 2 licensing_billing
S: Activation hors ligne
B: Le fichier d'activation hors ligne n'est pas accepté : "Réponse d'activation invalide". Notre serveur n'a pas Internet, je l'ai donc fait depuis un autre PC.
@ 2 licensing_billing
S: Service de licence injoignable
B: Les postes affichent {day} "Service de licence injoignable". Le serveur tourne et répond au ping.
# ---
@ 2 installation_updates
S: Erreur d'installation {msi}
S: L'installation échoue
B: L'installation de Papyra Desktop {newver} échoue avec "Erreur {msi} : erreur irrécupérable lors de l'installation". {Je suis admin local.|Lancé en tant qu'administrateur.} {win}.
Q: L'installation plante avec l'erreur {msi} sous {win}. Que faire ?
@ 2 installation_updates
S: Mise à jour interrompue
B: La mise à jour de la {oldver} vers la {newver} s'est arrêtée avec le message "La migration de la base de données n'a pas pu être terminée. La version précédente va être restaurée." Papyra tourne encore sur l'ancienne version.
@ 2 installation_updates
S: .NET manquant
B: L'installation reste bloquée sur "Installation des prérequis" et indique au bout d'un moment que le .NET Desktop Runtime n'a pas pu être installé. {Nos PC n'ont pas d'accès Internet direct.|}
@ 2 installation_updates
S: Versions incompatibles
B: Après la mise à jour du serveur en {newver}, les clients affichent "La version client {oldver} n'est pas compatible avec la version serveur {newver}" et la mise à jour automatique du client ne démarre pas.
@ 2 installation_updates
S: Autre installation en cours
B: L'installeur indique "Une autre installation est déjà en cours" ({msi}), même après un redémarrage. {Je ne trouve aucun autre installeur.|}
@ 2 installation_updates
S: Transfert sur nouveau PC
B: J'ai transféré Papyra sur un nouveau PC en suivant votre guide, mais l'archive est vide sur la nouvelle machine. Le fichier de base de données est bien là ({n2} Go).
@ 2 installation_updates
S: Déploiement GPO
B: Le déploiement du client par GPO échoue sur environ la moitié des postes. Observateur d'événements : "L'installation de Papyra Desktop a échoué avec le code d'erreur {msi}".
@ 2 installation_updates
S: bloqué à {pct} %
B: La mise à jour est bloquée à {pct} % depuis plus d'une heure. {Je dois l'arrêter ?|} Plus rien ne bouge.
@ 2 installation_updates
S: Désinstallation impossible
B: Impossible de désinstaller l'ancienne version : "La fonctionnalité que vous essayez d'utiliser se trouve sur une ressource réseau non disponible." Du coup je ne peux pas installer la {newver} non plus.
@ 2 installation_updates
S: Ne démarre plus après mise à jour Windows
B: Après les dernières mises à jour Windows, Papyra ne démarre plus sur {n} postes, message : "Le composant 'PapyraViewer.ocx' ou une de ses dépendances n'est pas correctement inscrit".
# ---
@ 2 documents_recognition
S: Scanner non détecté
S: Impossible de scanner
B: Papyra ne trouve plus notre {scanner}. Dans la fenêtre de numérisation la liste des sources est vide {("Aucune source TWAIN trouvée")|}. Avec l'outil du fabricant, il scanne.
Q: scanner ({scanner}) pas détecté dans Papyra, ailleurs ça marche
@ 2 documents_recognition
S: Montants mal reconnus
B: La reconnaissance lit mal le montant total sur beaucoup de factures, par ex. 1 250,00 devient 125000 ou un 7 devient un 1. {Avant c'était mieux.|} Nous scannons en {res} dpi.
@ 2 documents_recognition
S: Nouvelle mise en page de facture
B: Un de nos principaux fournisseurs a changé la mise en page de ses factures et Papyra ne reconnaît plus {le numéro et la date|aucun champ}. Pouvez-vous nous aider à apprendre la nouvelle mise en page ?
@ 2 documents_recognition
S: QR-facture pas lue
B: Certaines QR-factures ne sont pas reconnues, les données de paiement restent vides. {Ça semble concerner {n} fournisseurs.|} Les autres passent.
@ 2 documents_recognition
S: Séparateurs ignorés
B: Les feuilles de séparation à code-barres sont ignorées, nous obtenons un gros document avec les {pages} pages au lieu de documents séparés.
@ 2 documents_recognition
S: Seule la première page
B: En scannant par le chargeur, seule la première page est numérisée, puis Papyra dit "Numérisation terminée". {Appareil : {scanner}.|}
@ 2 documents_recognition
S: Pages noires
B: {day} toutes les pages scannées sont {noires|à l'envers|très sombres}. {J'ai déjà nettoyé le scanner.|} Dans d'autres logiciels les scans sont normaux.
@ 2 documents_recognition
S: Mauvais fournisseur
B: Papyra attribue les factures de "{company}" à un autre fournisseur au nom similaire. Nous devons corriger à la main à chaque fois.
@ 2 documents_recognition
S: Périphérique occupé
B: Nous avons "Le périphérique est occupé ou n'est pas prêt (erreur WIA {hex})" au lancement d'une numérisation. Après un redémarrage ça marche une fois, puis de nouveau l'erreur.
@ 2 documents_recognition
S: Tout classé en Divers
B: Depuis la semaine dernière, tous les documents sont classés dans le type "Divers" au lieu de facture/bon de livraison. {Nous n'avons pas touché aux réglages.|}
@ 2 documents_recognition
S: Nouveau type de document
B: Nous voulons que Papyra reconnaisse les {doctype} comme un type à part, avec nom et date. Un technicien pourrait-il nous aider à le configurer ?
@ 2 documents_recognition
S: OCR mauvaise avec les accents
B: La reconnaissance de texte est très mauvaise sur nos documents, presque tous les mots avec accents sont faux ("rÃ©f", "tÃ©lÃ©phone"). La langue OCR est bien en français. {Exemple en pièce jointe.|}
# ---
@ 2 integrations
S: Mauvais codes TVA dans l'export
S: Export vers {acct}
B: L'export vers {acct} met le mauvais code TVA sur les factures à {8.1|2.6|20|5.5} %, notre comptable doit corriger chaque écriture. {Les autres taux sont corrects.|}
@ 2 integrations
S: Notes de crédit exportées comme factures
B: Les notes de crédit sont exportées vers {acct} avec un montant positif et sont donc comptabilisées comme des factures. {C'est un vrai casse-tête.|}
@ 2 integrations
S: Écritures en double
B: Certains documents arrivent en double dans {acct} après l'export. {La semaine dernière il y en avait {n}.|}
@ 2 integrations
S: Accents cassés dans le CSV
B: Dans l'export CSV, tous les accents sont cassés (par ex. "GenÃ¨ve" au lieu de "Genève"). {Nous ouvrons le fichier dans Excel.|}
@ 2 integrations
S: Format de date
B: L'export écrit la date au format 2024-03-05, mais {acct} attend 05.03.2024, donc l'import échoue. Où puis-je changer cela ?
@ 2 integrations
S: Lien vers la pièce manquant
B: L'export vers {acct} fonctionne, mais le lien vers le PDF manque dans l'écriture, donc personne ne peut ouvrir la pièce depuis la comptabilité.
@ 2 integrations
S: Centre de coûts vide
B: Le centre de coûts que nous saisissons dans Papyra est toujours vide après l'export vers {acct}. Les autres champs arrivent correctement.
@ 2 integrations
S: Import Outlook
B: L'import d'e-mails depuis {outlook} avec le complément Papyra échoue : "Le message n'a pas pu être importé". {Les pièces jointes sont des PDF.|}
@ 2 integrations
S: Séparateur décimal
B: Les montants sont exportés avec une virgule au lieu d'un point, du coup {acct} lit 1250,00 comme 1.25. {Y a-t-il un réglage ?|}
@ 2 integrations
S: L'export ne tourne plus
B: L'export automatique vers {acct} ne tourne plus {day}. Dans le log il y a :{log_export}
# ---
@ 2 database_storage
S: Recherche très lente
B: Une recherche dans l'archive prend chez nous {n} à {n2} secondes, même les plus simples. Il y a un an c'était instantané. Nous avons environ {docs} documents.
@ 2 database_storage
S: Échec de sauvegarde
B: La sauvegarde nocturne échoue avec "L'accès au chemin '{share}' est refusé". Le compte de service devrait pourtant avoir les droits.
@ 2 database_storage
S: Restauration nécessaire
B: Nous devons restaurer l'archive depuis la sauvegarde de {wd} dernier parce que quelqu'un a supprimé un dossier entier. Quelqu'un peut-il nous accompagner pour la restauration ?
@ 2 database_storage
S: Base trop volumineuse
B: Notre base de données fait maintenant {n2} Go et le serveur manque de place. Y a-t-il un moyen sûr de la nettoyer ou de la compacter ?
@ 2 database_storage
S: Déplacer le stockage
B: Nous voulons déplacer le stockage des documents sur un nouveau disque (D: vers E:). Quelle est la façon la plus sûre de le faire sans casser les liens ?
@ 2 database_storage
S: Base verrouillée
B: Les utilisateurs ont souvent "database is locked" quand plusieurs personnes classent des documents en même temps. Nous utilisons la base intégrée avec {n} utilisateurs.
@ 2 database_storage
S: Connexion SQL
B: Après le changement de mot de passe du compte de service SQL, Papyra n'arrive plus à se connecter à la base : "Login failed for user 'papyra_svc'". Où dois-je modifier le mot de passe ?
@ 2 database_storage
S: Ouverture lente sur un PC
B: Sur un poste, l'ouverture de n'importe quel document prend presque une minute, sur tous les autres c'est immédiat. Même version ({ver}).
# ---
@ 2 security_network
S: Quarantaine antivirus
S: Papyra supprimé par l'antivirus ?
B: {av} a mis le fichier PapyraOcr.dll en quarantaine après la mise à jour et depuis la reconnaissance ne fonctionne plus. L'alerte indique "{threat}".
Q: {av} a mis un fichier de Papyra en quarantaine, l'OCR ne marche plus
@ 2 security_network
S: Sophos bloque le service
B: Depuis le déploiement de Sophos Intercept X, le service serveur Papyra s'arrête quelques minutes après le démarrage. Dans la console Sophos on voit "Lockdown prevented" pour Papyra.Server.exe.
@ 2 security_network
S: SmartScreen
B: Windows Defender SmartScreen bloque l'installeur de la {newver} ("Windows a protégé votre ordinateur"). Le fichier est-il sûr, et comment contourner cela dans notre environnement ?
@ 2 security_network
S: Le pare-feu bloque les clients
B: Les postes de notre deuxième site n'arrivent pas à joindre le serveur. Nous pensons que le pare-feu bloque le port {port}, mais notre prestataire dit qu'il est ouvert. Pouvez-vous nous aider à tester ?
@ 2 security_network
S: Authentification proxy
B: La vérification de licence échoue derrière notre proxy :{log_net}Le proxy demande une authentification.
@ 2 security_network
S: Certificat expiré
B: Tous les postes affichent l'avertissement "Le certificat du serveur a expiré". Comment renouveler le certificat du serveur Papyra ?
@ 2 security_network
S: Kaspersky ralentit tout
B: Depuis l'installation de Kaspersky, la numérisation et le classement sont extrêmement lents (environ {n} secondes par page au lieu d'une). Quand on le désactive, c'est de nouveau rapide.
@ 2 security_network
S: Inspection SSL
B: Depuis que notre pare-feu ({fw}) fait de l'inspection SSL, la synchronisation entre le site et le siège échoue avec une erreur de certificat.
@ 2 security_network
S: Dossiers contrôlés
B: La fonction "Accès contrôlé aux dossiers" de Windows Defender empêche Papyra d'enregistrer dans le dossier des documents. Que faut-il autoriser exactement ?
@ 2 security_network
S: Notre propre certificat
B: Nous voulons remplacer le certificat auto-signé du serveur Papyra par un certificat de notre AC interne. J'ai essayé, mais maintenant les postes ne se connectent plus.
# ---
@ 2 third_party_infrastructure
S: Stockage sur le NAS injoignable
B: Nous avons renommé le partage sur notre NAS (avant {share}) et maintenant Papyra affiche "Stockage des documents indisponible". Comment changer le chemin dans Papyra ?
@ 2 third_party_infrastructure
S: Dossier surveillé
B: Le {mfp} dépose bien les scans dans le dossier surveillé, mais Papyra ne les récupère plus. Les fichiers restent là.
@ 2 third_party_infrastructure
S: Pages blanches à l'impression
B: Quand on imprime depuis Papyra sur notre {mfp}, il ne sort que des pages blanches. Depuis Word sur la même imprimante, ça marche.
@ 2 third_party_infrastructure
S: Réglages pour Citrix
B: Nous publions Papyra sur nos nouveaux serveurs Citrix. Quels réglages Papyra faut-il adapter pour que les paramètres utilisateur soient stockés au bon endroit ? Pourriez-vous voir cela avec notre admin ?
@ 2 third_party_infrastructure
S: Nouveau NAS comme stockage
B: Nous avons acheté un nouveau {nas} et aimerions y déplacer le stockage des documents Papyra. Un technicien pourrait-il nous aider pour la configuration dans Papyra ?
# ---
@ 2 howto_usage
S: Circuit de validation
B: Nous aimerions mettre en place un circuit de validation des factures (gestionnaire -> chef de service -> paiement). J'ai lu le manuel mais je ne sais pas comment faire dans notre cas. Quelqu'un pourrait-il le faire avec moi en prise en main à distance ?
@ 2 howto_usage
S: Plusieurs sociétés
B: Nous gérons {n} sociétés dans une seule installation et voulons séparer dossiers, types de documents et droits. Un technicien pourrait-il nous aider à mettre en place cette structure ?
@ 2 howto_usage
S: Classement automatique
B: Nous voulons un classement automatique par fournisseur et par année pour nos {n} succursales. Les bases fonctionnent, mais nous avons besoin d'aide pour les détails. Merci de me rappeler.
@ 2 howto_usage
S: Configurer l'import mail
B: Pourriez-vous nous aider à configurer l'import e-mail pour notre boîte factures ? Nous avons essayé, mais les paramètres pour Exchange Online nous perdent.
@ 2 howto_usage
S: Concept de rôles
B: Nous avons besoin d'aide pour définir les rôles de {n2} collaborateurs, avec des restrictions pour les documents RH. Pouvons-nous réserver une séance avec un technicien ?
# ============================================================ LEVEL 3
@ 3 account_access
S: Un utilisateur voit des documents sans droits
B: Une utilisatrice sans droits sur le dossier RH voit des documents RH dans les résultats de recherche (titre et aperçu !). Dans l'arborescence elle ne peut pas les ouvrir. Cela ressemble à un bug. Version {ver}.
@ 3 account_access
S: Plantage de la synchro AD
B: La synchronisation des utilisateurs avec l'Active Directory plante toutes les nuits. Extrait du log serveur :{trace_auth}
@ 3 account_access
S: Droits réinitialisés après mise à jour
B: Après la mise à jour en {newver}, toutes les autorisations des dossiers ont été remises par défaut. Nous avons dû tout reconfigurer à la main. C'est arrivé sur deux de nos serveurs.
@ 3 account_access
S: Plantage 2FA
B: Quand les utilisateurs veulent configurer la double authentification, Papyra Desktop plante :{trace_twofa}
@ 3 account_access
S: Utilisateur supprimé toujours actif
B: Un utilisateur supprimé dans Papyra le {date} peut toujours accéder à des documents via l'API avec son ancien jeton. Nous l'avons vu dans le journal d'accès. Merci de vérifier.
@ 3 account_access
S: Mauvais utilisateur dans le journal
B: Le journal d'audit montre des suppressions faites par une utilisatrice qui était en vacances et pas connectée. Nous pensons que le journal enregistre le mauvais utilisateur quand deux personnes travaillent sur le même PC. {ver}.
@ 3 account_access
S: Erreur 500 dans le client web
B: L'ouverture de certains documents dans le client web donne une erreur 500. Log serveur :{trace_auth}
# ---
@ 3 licensing_billing
S: Le service de licence plante
B: Le service de licence de notre serveur plante plusieurs fois par jour et tous les postes perdent leur licence. Log :{trace_lic}
@ 3 licensing_billing
S: Fichier de licence après mise à jour
B: Depuis la mise à jour en {newver}, le serveur n'arrive plus à charger notre fichier de licence. Avec la {oldver} ça marchait.{trace_lic}
@ 3 licensing_billing
S: Le compteur de licences augmente
B: Le nombre de licences utilisées ne cesse d'augmenter alors que tout le monde ferme Papyra correctement. Au bout de quelques jours plus personne ne peut se connecter et nous devons redémarrer le serveur. C'est comme ça depuis la {oldver}, et aussi en {newver}.
@ 3 licensing_billing
S: Plantage à la vérification de licence
B: Papyra Desktop plante dès le démarrage lors de la vérification de licence. Observateur d'événements :{eventlog}
@ 3 licensing_billing
S: Mauvaise session
B: Quand deux utilisateurs lancent Papyra à la même seconde, l'un récupère souvent la session de l'autre et voit ses documents ouverts. Reproductible en {newver}.
# ---
@ 3 installation_updates
S: La mise à jour a planté
B: La mise à jour vers la {newver} a planté pendant la mise à niveau de la base :{trace_setup}Maintenant ni l'ancienne ni la nouvelle version ne démarre.
@ 3 installation_updates
S: Exception pendant l'installation
B: L'installation plante sur notre serveur avec l'exception suivante :{trace_setup}{winsrv}, base SQL Server.
@ 3 installation_updates
S: Plantage au démarrage après mise à jour
B: Depuis la mise à jour en {newver}, Papyra Desktop plante immédiatement au démarrage sur tous les postes. Observateur d'événements :{eventlog}
@ 3 installation_updates
S: Données manquantes après mise à jour
B: Après la mise à jour de {oldver} vers {newver}, les champs personnalisés de tous les documents classés avant {yr} sont vides. La mise à jour s'est terminée sans erreur. C'est un gros problème pour nous.
@ 3 installation_updates
S: Recherche cassée après mise à jour
B: Nous avons mis à jour un système de test de {oldver} vers {newver} et la recherche ne trouve plus les documents classés avant la mise à jour. Reproductible ; nous avons gardé une copie de la base pour vous.
@ 3 installation_updates
S: Le rollback a endommagé la base
B: La mise à jour a échoué et est revenue en arrière automatiquement, depuis l'archive signale des incohérences et certains documents affichent une erreur à l'ouverture. {La base est sur {sql}.|}
# ---
@ 3 documents_recognition
S: Plantage OCR
S: Plantage pendant la numérisation
B: Papyra plante pendant la reconnaissance de certains documents. Détails de l'erreur :{trace_ocr}Ça arrive toujours avec le même PDF, je peux vous l'envoyer.
@ 3 documents_recognition
S: Plantage sur QR-facture
B: Le classement des QR-factures d'un fournisseur fait planter la tâche de capture :{trace_ocr}
@ 3 documents_recognition
S: Montants multipliés par 100
B: Depuis la {newver}, tous les montants extraits sont 100 fois trop élevés (123.45 devient 12345). En {oldver} c'était correct avec les mêmes modèles. Nous le constatons dans toutes nos succursales.
@ 3 documents_recognition
S: Plantage au-delà de 50 pages
B: Quand nous scannons plus d'une cinquantaine de pages d'un coup, Papyra plante :{trace_scan}Les petits lots passent.
@ 3 documents_recognition
S: La reconnaissance bloque sur un PDF
B: La tâche de reconnaissance reste bloquée indéfiniment sur un PDF précis et bloque tous les documents suivants. Nous devons redémarrer le service. Je peux le reproduire à chaque fois avec ce fichier.
@ 3 documents_recognition
S: Pages mélangées
B: Nous avons constaté que des pages de documents différents ont été mélangées : la facture A contient la page 2 de la facture B. Ça concerne un lot du {date}. C'est très grave, personne ne s'en est aperçu pendant des semaines.
@ 3 documents_recognition
S: Accents disparus depuis la mise à jour
B: Depuis la {newver}, tous les accents disparaissent du texte OCR (é, è, à sont simplement supprimés), donc la recherche plein texte ne trouve plus rien. Les mêmes scans étaient corrects en {oldver}.
@ 3 documents_recognition
S: La visionneuse plante
B: L'ouverture de documents avec beaucoup de pages fait planter la visionneuse :{trace_viewer}
@ 3 documents_recognition
S: Documents sautés
B: La reconnaissance par lots saute des documents au hasard : sur {pages} documents scannés seuls {n2} arrivent dans la corbeille d'arrivée, et le log ne montre rien. Ça arrive sur deux installations.
@ 3 documents_recognition
S: Plantage champ IBAN
B: La reconnaissance s'arrête avec une exception sur les factures dont l'IBAN a un certain format :{trace_ocr}
# ---
@ 3 integrations
S: API REST erreur 500
S: Erreur API
B: Notre interface reçoit une erreur HTTP 500 lors de l'envoi de documents via l'API REST. Log serveur :{log_api}La même requête fonctionnait en {oldver}.
@ 3 integrations
S: API 409
B: Les requêtes PATCH sur /api/v2/documents/{{id}}/fields renvoient 409 Conflict ("stale rowversion"), même quand personne d'autre ne modifie le document. Nous relisons le document juste avant le PATCH.
@ 3 integrations
S: Erreur de script
B: Notre script de routage ne fonctionne plus depuis la mise à jour en {newver}. Erreur :{trace_script}Le script n'a pas été modifié depuis deux ans.
@ 3 integrations
S: Plantage règles de classement
B: Depuis que nous avons créé une nouvelle règle de classement (Musterregel), le service de capture plante :{trace_script}Sans la règle ça marche, mais nous en avons besoin.
@ 3 integrations
S: Timeout regex
B: Une de nos règles part en timeout sur les longs documents et tout le routage s'arrête :{trace_script}
@ 3 integrations
S: Plantage export Sage
B: L'export vers Sage s'arrête avec cette erreur :{trace_expfmt}Ça n'arrive qu'avec certaines pièces, je ne vois pas de point commun.
@ 3 integrations
S: Exception export Abacus
B: L'export vers Abacus s'interrompt :{trace_abacus}Nous n'avons rien changé aux réglages TVA.
@ 3 integrations
S: Export XML caractère invalide
B: L'export XML plante :{trace_xml}Une facture contient sans doute un caractère bizarre, mais l'export ne devrait pas planter pour ça.
@ 3 integrations
S: Pagination API défaillante
B: En parcourant /api/v2/documents avec pageSize=100, certains documents apparaissent deux fois et d'autres jamais. Notre synchronisation rate donc des documents. Reproductible en {newver}.
@ 3 integrations
S: Webhook non envoyé
B: Le webhook "document.filed" n'est pas envoyé pour les documents classés par une règle, seulement pour ceux classés à la main. Est-ce un bug ? Notre ERP en dépend.
@ 3 integrations
S: parseDate a changé
B: En {newver}, la fonction de script parseDate() renvoie un autre résultat qu'en {oldver} pour des dates comme 03.04.2024 (jour et mois inversés). Tous nos scripts en dépendent.
@ 3 integrations
S: Endpoint de recherche 500
B: L'endpoint de recherche de l'API lève une NullReferenceException (HTTP 500) dès que la requête contient un tiret, par ex. GET /api/v2/search?q=ABC-123. Sans tiret ça marche.
@ 3 integrations
S: Règles appliquées deux fois
B: Nos règles de classement sont parfois appliquées deux fois, les documents se retrouvent dans deux dossiers et sont exportés deux fois vers {acct}. Nous n'avons pas trouvé de logique.
# ---
@ 3 database_storage
S: Base de données corrompue
S: L'archive ne s'ouvre plus
B: Papyra n'arrive plus à ouvrir l'archive :{trace_db}Nous avons eu une coupure de courant {day}.
@ 3 database_storage
S: Violation de clé primaire
B: Le classement des documents échoue {day} avec cette erreur :{trace_db}
@ 3 database_storage
S: Contenu de document manquant
B: Plusieurs documents ne s'ouvrent plus :{trace_db}Le contrôle de l'archive indique {n2} documents avec des fichiers manquants.
@ 3 database_storage
S: Erreur de clé étrangère
B: L'ajout de mots-clés aux documents échoue sur notre base PostgreSQL :{trace_db}
@ 3 database_storage
S: Index incohérent
B: Après le plantage du serveur, l'archive est incohérente. Le log indique :{log_db}Nous avons une sauvegarde d'avant-hier mais nous ne voulons pas perdre les documents classés depuis.
@ 3 database_storage
S: Documents disparus après contrôle
B: Après le contrôle de l'archive avec "Réparer", environ {n2} documents ont disparu, ils ne sont pas non plus dans la corbeille. Aidez-nous svp, ce sont des pièces comptables.
@ 3 database_storage
S: Doublons après restauration
B: Après la restauration depuis la sauvegarde, beaucoup de documents apparaissent en double, avec le même ID mais un contenu différent. Nous ne savons pas lequel est le bon.
@ 3 database_storage
S: Sauvegarde incomplète
B: Lors d'un test de restauration nous avons constaté qu'il manque des pages dans les documents des {n} derniers mois, alors que la sauvegarde a toujours indiqué un succès.
@ 3 database_storage
S: Mauvaises pages affichées
B: Certains documents affichent les pages d'un tout autre document. L'ID et le titre sont corrects, le contenu est faux. Nous avons trouvé {n2} cas jusqu'ici.
@ 3 database_storage
S: Base à moitié migrée
B: La base semble être à moitié sur l'ancien et à moitié sur le nouveau schéma après la mise à jour ; certaines tables ont les nouvelles colonnes, d'autres non. Papyra démarre mais le classement échoue.
@ 3 database_storage
S: Trop supprimé
B: Une collègue a supprimé un sous-dossier, mais Papyra a aussi supprimé les documents de {n} autres dossiers portant le même nom. Comment est-ce possible ? Nous en avons besoin.
@ 3 database_storage
S: Historique des versions perdu
B: L'historique des versions de tous les documents modifiés avant le {date} a disparu. Il ne reste que la dernière version. Nous avons besoin des anciennes versions pour un contrôle.
# ---
@ 3 security_network
S: Erreur de certificat alors qu'il est valide
B: Les postes refusent le certificat du serveur alors qu'il est valide et émis par notre AC, reconnue par tous les PC :{trace_net}Les navigateurs acceptent le certificat sans problème.
@ 3 security_network
S: Connexion coupée pendant la synchro
B: La synchronisation de la succursale se coupe régulièrement :{trace_net}L'équipe réseau ne voit aucune interruption.
@ 3 security_network
S: Plantage pendant le scan de vulnérabilités
B: Notre scan de vulnérabilités hebdomadaire (Nessus) fait planter le service serveur Papyra. Soit le service a un bug, soit le traitement des requêtes n'est pas robuste.
@ 3 security_network
S: Faille de sécurité possible
B: Je crois avoir trouvé un problème de sécurité : l'URL /api/v2/documents/{{id}}/content s'ouvre sans être connecté si on connaît l'ID. Merci de vérifier en urgence. {Version {newver}.|}
@ 3 security_network
S: Documents chiffrés illisibles
B: Après le changement de clé de chiffrement selon le guide admin, environ {pct} % des documents ne s'ouvrent plus : "Échec du déchiffrement". Nous avons encore l'ancienne clé.
@ 3 security_network
S: Plantage avec proxy NTLM
B: Avec notre proxy NTLM, Papyra Desktop plante lors de la recherche de mises à jour :{trace_proxy}
# ---
@ 3 howto_usage
S: Recherches partagées pas visibles
B: D'après le manuel, les recherches enregistrées marquées "partagées" sont visibles par tous les utilisateurs, mais en {newver} personne d'autre ne les voit. Testé avec 3 utilisateurs. Est-ce un bug ?
@ 3 howto_usage
S: Annotation perdue
B: "Annuler" dans la visionneuse supprime définitivement l'annotation au lieu d'annuler la dernière modification, et elle n'est pas non plus dans l'historique. Le manuel dit autre chose. Reproductible en {ver}.
@ 3 howto_usage
S: Plantage dans les options
B: Papyra plante quand j'ouvre Options > Affichage :{trace_settings}
@ 3 howto_usage
S: Mauvais tri
B: Depuis la {newver}, le tri par date dans la liste est faux : le 01.03. vient après le 31.12. On dirait un tri alphabétique. {Pareil pour l'échéance.|}
@ 3 howto_usage
S: Ctrl+F supprime une page ?
B: Bizarre : dans la vue document, Ctrl+F supprime parfois la page courante au lieu d'ouvrir la recherche. C'est arrivé à {n} collègues.
@ 3 howto_usage
S: Plantage à l'impression
B: Quand on imprime plus de {n2} documents d'un coup, Papyra plante :{trace_print}
# ============================================================ LEVEL 4
@ 4 account_access
S: Connexion Citrix
B: Les utilisateurs ne peuvent plus lancer Papyra depuis Citrix {day} : StoreFront indique "Impossible de traiter votre demande". Toutes les autres applications publiées ont le même problème.
@ 4 account_access
S: Profils temporaires RDS
B: Sur notre serveur de terminaux ({ts}), les utilisateurs reçoivent sans cesse des profils temporaires, donc Papyra oublie leurs réglages chaque jour. Sur les PC normaux tout va bien.
@ 4 account_access
S: Kerberos après mise à jour du serveur
B: Après les dernières mises à jour sur notre contrôleur de domaine ({winsrv}), la connexion Windows à Papyra échoue avec des erreurs Kerberos ; le serveur de fichiers et les imprimantes sont aussi touchés.
@ 4 account_access
S: Synchro Entra
B: Notre synchronisation Azure AD Connect / Entra ne fonctionne plus, les nouveaux utilisateurs n'existent pas dans l'annuaire et ne peuvent se connecter nulle part, Papyra compris. Notre prestataire est en vacances.
@ 4 account_access
S: Badge sur le multifonction
B: La connexion par badge sur notre {mfp} (pour scanner vers Papyra) ne marche plus depuis la mise à jour du firmware. L'appareil affiche "Échec de l'authentification" pour toutes les cartes.
# ---
@ 4 installation_updates
S: Mise à jour serveur, services HS
B: Après la mise à jour cumulative de {winsrv} du {date}, plusieurs services ne démarrent plus, dont le serveur Papyra et notre agent de sauvegarde. Désinstaller la mise à jour aide.
@ 4 installation_updates
S: La VM ne démarre plus
B: La VM de notre serveur Papyra ne démarre plus après la mise à jour de l'hôte {hyper}, elle reste bloquée sur "Préparation de la réparation automatique".
@ 4 installation_updates
S: Image Citrix
B: Après le déploiement de la nouvelle image master Citrix, Papyra manque sur la moitié des serveurs Citrix. Nous utilisons App Layering.
@ 4 installation_updates
S: Mise à jour SQL Server échouée
B: La mise à jour cumulative de SQL Server a échoué sur notre serveur de base de données et le service SQL ne démarre plus ({sql}). Papyra ne marche évidemment plus non plus.
@ 4 installation_updates
S: Vieux système serveur
B: Notre serveur Papyra tourne encore sous Windows Server 2012 R2. Notre prestataire dit qu'il faut le mettre à niveau. Qui fait quoi ?
@ 4 installation_updates
S: Mode installation RDS
B: Sur l'hôte RDS, l'installation ne passe qu'en mode "change user /install", et même là Windows Installer indique que le rôle RDS la bloque. Sur les PC normaux ça s'installe sans souci.
@ 4 installation_updates
S: Hôte Hyper-V
B: Notre hôte Hyper-V est extrêmement lent depuis la dernière mise à jour du firmware et toutes les VM, serveur Papyra compris, se figent régulièrement.
# ---
@ 4 documents_recognition
S: PDF corrompus du multifonction
B: Depuis la mise à jour du firmware de notre {mfp}, les PDF qu'il envoie dans le dossier de scan sont corrompus (0 Ko ou illisibles). Avec le scanner USB ça fonctionne.
@ 4 documents_recognition
S: Rayures sur les scans
B: Tous les scans du {mfp} ont des rayures verticales, aussi en photocopie. La vitre est propre.
@ 4 documents_recognition
S: Résolution ignorée
B: Notre {mfp} envoie toujours les scans en 100 dpi, quel que soit le profil choisi sur l'appareil. Du coup la reconnaissance de Papyra échoue.
@ 4 documents_recognition
S: Scan vers SMB ne marche plus
B: Le multifonction {mfpbrand} n'arrive plus à enregistrer les scans dans le dossier partagé depuis que nous avons désactivé SMB1 sur le serveur. Erreur sur l'appareil : "Échec de l'envoi #{n}01".
@ 4 documents_recognition
S: TWAIN dans Citrix
B: Le scanner fonctionne sur le PC local mais pas dans la session Citrix. La redirection TWAIN de Citrix semble cassée depuis la mise à jour de l'application Workspace.
@ 4 documents_recognition
S: Double alimentation
B: Le chargeur de notre {mfp} prend sans arrêt deux feuilles à la fois, les documents sont donc incomplets dans Papyra.
# ---
@ 4 integrations
S: Export Bexio
B: Les exports vers Bexio échouent depuis ce matin avec "503 Service Unavailable". La page de statut de Bexio signale un incident.
@ 4 integrations
S: Serveur Sage du partenaire
B: Notre partenaire Sage a migré le serveur Sage 100 et depuis, la connexion échoue pour toutes les interfaces, Papyra compris.
@ 4 integrations
S: Serveur SAP
B: Notre partenaire SAP a mis à jour le serveur SAP Business One et depuis la connexion DI API échoue pour toutes les interfaces, y compris Papyra.
@ 4 integrations
S: Serveur Abacus déplacé
B: Notre partenaire Abacus a déplacé le serveur Abacus sur un nouvel hôte et modifié les paramètres d'interface. Depuis, les imports venant de Papyra sont rejetés.
# ---
@ 4 database_storage
S: Volume NAS planté
B: Notre {nas} indique "Volume planté" et le stockage des documents Papyra qui s'y trouve est inaccessible. Nous avons déjà contacté le support du fabricant.
@ 4 database_storage
S: Droits du NAS réinitialisés
B: Après une mise à jour du firmware de notre {nas}, les droits des partages ont été réinitialisés et Papyra ne peut plus écrire dans le stockage des documents.
@ 4 database_storage
S: Journal des transactions plein
B: Notre SQL Server indique "Le journal des transactions de la base de données 'Papyra' est saturé en raison de 'LOG_BACKUP'". Le SQL Server est géré par {company_it}.
@ 4 database_storage
S: Limite SQL Express
B: Notre SQL Server {2017|2019} Express a atteint la limite de 10 Go de l'édition Express, plus rien ne peut être classé. Nous devons passer à une édition supérieure de SQL Server.
@ 4 database_storage
S: Réplication NAS
B: La réplication entre nos deux NAS {nasbrand} (Snapshot Replication) échoue {day}, il n'y a donc plus de deuxième copie du stockage des documents.
@ 4 database_storage
S: Hyper Backup
B: Hyper Backup sur notre Synology échoue avec "Destination corrompue", le stockage des documents n'est plus sauvegardé depuis {n} jours.
@ 4 database_storage
S: PostgreSQL hébergé en panne
B: Le serveur PostgreSQL chez notre hébergeur est en panne depuis ce matin, Papyra affiche "Base de données indisponible". L'hébergeur dit qu'ils travaillent dessus.
@ 4 database_storage
S: Datastore plein
B: Le datastore VMware sur lequel tourne notre serveur de base de données est plein, la VM a été suspendue. L'hôte est géré par {company_it}.
# ---
@ 4 security_network
S: VPN coupé après mise à jour du pare-feu
B: Depuis la mise à jour du firmware de notre {fw}, le VPN site à site vers la succursale est tombé, la succursale n'atteint plus le serveur Papyra. Le pare-feu est géré par {company_it}.
@ 4 security_network
S: Durcissement TLS
B: Après un durcissement de sécurité sur toutes les machines {winsrv} (TLS 1.0/1.1 et certains chiffrements désactivés par GPO), plusieurs applications ne se connectent plus, dont Papyra et notre ERP.
@ 4 security_network
S: Certificat NetScaler
B: Le certificat de notre Citrix NetScaler a expiré, plus personne n'accède à Papyra depuis l'extérieur. Le renouvellement est fait par notre partenaire Citrix.
@ 4 security_network
S: AC interne en panne
B: Notre serveur d'autorité de certification interne a planté et les certificats de plusieurs serveurs, dont le serveur Papyra, ne peuvent pas être renouvelés.
@ 4 security_network
S: FortiGate bloque tout
B: Après une modification de configuration de notre fournisseur sur la FortiGate, le serveur de fichiers et le serveur Papyra ne sont plus joignables depuis le réseau du bureau.
@ 4 security_network
S: Serveur ESET en panne
B: Notre serveur ESET PROTECT est en panne et les postes repassent sur une ancienne politique qui bloque les lecteurs réseau. Papyra n'atteint plus le stockage des documents.
# ---
@ 4 third_party_infrastructure
S: NAS disparu après mise à jour DSM
S: Problème NAS
B: Depuis la mise à jour DSM de notre {nas} ({day}), le partage contenant les documents Papyra n'est plus accessible. D'autres partages du NAS sont aussi touchés.
Q: Partage du {nas} disparu après mise à jour DSM, documents Papyra inaccessibles.
@ 4 third_party_infrastructure
S: Le NAS se déconnecte
B: La connexion à notre {nas} tombe plusieurs fois par jour. Papyra ne peut alors plus ouvrir de documents pendant quelques minutes. Le journal du NAS indique "network link down".
@ 4 third_party_infrastructure
S: La session Citrix se fige
B: Sur Citrix ({ts}), toute la session se fige quand les utilisateurs ouvrent la visionneuse Papyra. Sur les PC locaux ça marche parfaitement. {Les autres applis de la session rament aussi.|}
@ 4 third_party_infrastructure
S: Lent sur le serveur de terminaux
B: Papyra est très lent sur notre serveur de terminaux ({ts}) mais rapide sur les PC locaux. Il y a {n2} utilisateurs sur le serveur et seulement 16 Go de RAM.
@ 4 third_party_infrastructure
S: Scan vers e-mail cassé
B: Notre {mfp} n'arrive plus à envoyer les scans par e-mail depuis la mise à jour du firmware, donc les factures n'arrivent plus dans Papyra.
@ 4 third_party_infrastructure
S: Scan vers le partage SMB impossible
B: Depuis la dernière mise à jour Windows, le {mfp} n'arrive plus à enregistrer sur le partage SMB ("Erreur d'envoi"). Notre prestataire pense que c'est le firmware de l'appareil.
@ 4 third_party_infrastructure
S: Canon erreur 801
B: Le multifonction Canon affiche "Échec de l'envoi #801" lors du scan vers le dossier Papyra. Jusqu'à {la semaine dernière|récemment|vendredi} ça marchait.
@ 4 third_party_infrastructure
S: Le multifonction se bloque
B: Notre {mfp} se bloque tous les jours vers midi et doit être redémarré. Ensuite tous les scans de la matinée manquent dans Papyra.
@ 4 third_party_infrastructure
S: Hôte VMware en panne
B: Un de nos hôtes VMware a planté (écran violet) et la VM du serveur Papyra tournait dessus. Elle tourne maintenant sur l'autre hôte, mais notre prestataire devrait vérifier l'hôte.
@ 4 third_party_infrastructure
S: Impression cassée après mise à jour
B: Après la mise à jour Windows Server {kb}, l'impression via notre serveur d'impression ne marche plus, ni depuis Papyra ni depuis les autres logiciels.
@ 4 third_party_infrastructure
S: Erreur de connexion du multifonction
B: Le {mfp} affiche "Erreur de connexion" lors du scan vers le réseau. Depuis l'appareil on arrive à pinger le serveur. Rien n'a changé chez nous.
@ 4 third_party_infrastructure
S: Étiquettes dans Citrix
B: L'impression d'étiquettes code-barres depuis Papyra dans la session Citrix sort au mauvais format, en local c'est bon. Sans doute le mappage des pilotes d'imprimante Citrix.
@ 4 third_party_infrastructure
S: Licence RDS
B: Les utilisateurs ne peuvent plus se connecter au serveur de terminaux : "Aucun serveur de licences Bureau à distance disponible". Donc personne ne peut travailler avec Papyra.
@ 4 third_party_infrastructure
S: Alerte disque NAS
B: Notre {nas} bipe depuis ce matin et signale un RAID dégradé, disque 3 défaillant. L'archive Papyra est sur ce NAS. Pouvons-nous continuer à travailler ?
@ 4 third_party_infrastructure
S: SQL Server du prestataire
B: Le SQL Server hébergé chez notre prestataire est injoignable {day}, Papyra ne démarre pas. Le prestataire répond lentement.
@ 4 third_party_infrastructure
S: Exchange en panne
B: Notre serveur Exchange local ne distribue plus les mails depuis la dernière mise à jour, l'import mail de Papyra ne reçoit donc rien. La file d'attente Exchange affiche des erreurs.
@ 4 third_party_infrastructure
S: Disques de profil
B: Sur notre ferme RDS, les disques de profil de certains utilisateurs sont verrouillés et ils ont des erreurs en ouvrant Papyra et Outlook. Uniquement sur les hôtes RDS.
"""

FULL = r"""
@@ 2 security_network
S: RE: RE: toujours pas résolu !!!
Bonjour,

désolée mais c'est la troisième fois que j'écris. Votre collègue m'a dit lundi d'ajouter les exclusions dans {av}, nous l'avons fait (C:\Program Files\Papyra et le dossier de stockage), mais l'OCR ne démarre toujours pas et le journal de l'antivirus bloque encore Papyra.Ocr.Worker.exe. En attendant nous avons 200 factures en souffrance.

L'imprimante du back-office ne marche pas non plus mais c'est une autre histoire.

Merci de me rappeler aujourd'hui. {phone}

{first}

> De : Support Papyra
> Envoyé : lundi
> Veuillez ajouter les exclusions suivantes dans votre logiciel de sécurité ...
@@ 3 database_storage
S: documents perdus !!
Madame, Monsieur,

je me vois contraint de vous écrire pour une escalade. Mardi, notre responsable administrative a lancé la fonction "Réparer l'archive" parce que le contrôle signalait quelques erreurs. Ensuite, tous les documents du dossier "Fournisseurs 2023" (environ 1400) avaient disparu. Pas dans la corbeille, nulle part. Nous avons une sauvegarde du week-end, mais entre-temps l'équipe a classé environ 80 nouvelles factures.

Nous utilisons Papyra Desktop {ver} avec la base intégrée sur {winsrv}. Le log de la réparation est en pièce jointe. Je m'attends à ce qu'une "réparation" ne supprime pas de données sans demander.

Nous avons besoin de quelqu'un qui connaît vraiment la base de données. Nous ne touchons plus à rien en attendant votre retour.

Meilleures salutations
{first} {last}
Directeur
{company}
@@ 0 howto_usage
S: 
bonjour, comment on agrandit la police dans la liste ? je vois presque rien. merci
@@ 1 licensing_billing
S: TR: Facture {inv}
Bonjour,

Voir ci-dessous, de notre comptable, elle ne comprend pas la deuxième ligne de la facture. Pouvez-vous expliquer ? Nous n'avons jamais commandé de module "Capture Plus".

Merci et bonne journée
{first}

-------- Message d'origine --------
De : {first2} {last2}
Envoyé : {date}
Objet : Facture {inv}

{first}, c'est quoi "Capture Plus 5 postes {amount}" sur la facture Papyra ? Je ne trouve aucune commande. Je paie quand même ?
@@ 2 installation_updates
S: Installation nouvel ordinateur
Bonjour,

je ne suis pas informaticienne, excusez-moi. Nous avons acheté un nouvel ordinateur pour le cabinet et voulons y installer Papyra comme sur l'ancien. Quand je lance setup.exe, une fenêtre s'ouvre "Erreur 1722. Il y a un problème avec ce package Windows Installer. Un programme exécuté pendant l'installation ne s'est pas terminé comme prévu." et ça s'arrête. Essayé trois fois, pareil.

Windows 11 Famille. L'ancien ordinateur est encore là et fonctionne.

Pouvez-vous m'aider, peut-être avec TeamViewer ?

Meilleures salutations
Dr {last}
@@ 4 third_party_infrastructure
S: tout est lent depuis le changement de switch
Bonjour à tous,

je ne sais pas si c'est à vous de voir ça mais depuis que notre informaticien a changé le switch dans la salle serveur, tout le réseau est super lent. Papyra met des plombes, le serveur de fichiers et le {nas} aussi. Un ping vers le serveur donne des timeouts toutes les quelques secondes. Notre informaticien dit que c'est Papyra. Je n'y crois pas puisque tout le reste est lent aussi. Pouvez-vous confirmer que ça ne vient pas de chez vous ?

Merci,
{first}
{company}
@@ 3 integrations
S: Bug API ? (PUT /documents/{{id}}/tags)
Bonjour l'équipe Papyra,

je suis développeur chez {company} et nous intégrons Papyra via l'API REST (serveur {newver}).

Quand j'envoie un PUT sur /api/v2/documents/4711/tags avec un tableau vide pour supprimer tous les tags, la réponse est 200 OK mais les tags sont toujours là. Avec un tableau non vide, les tags sont bien remplacés. D'après la doc de l'API, un tableau vide devrait effacer les tags.

Requête :
PUT /api/v2/documents/4711/tags
Content-Type: application/json
[]

Réponse : 200, body : ["facture","2024","payée"]

Pouvez-vous confirmer s'il s'agit d'un bug ? En contournement nous supprimons les tags un par un avec DELETE, ce qui est lent sur des milliers de documents.

Cordialement,
{first} {last}
Développeur
@@ 1 account_access
S: nouvelle personne de contact
Bonjour,

Veuillez noter qu'à partir du 1er {month}, je suis responsable de Papyra dans notre société. Merci de remplacer la personne de contact de notre compte ({first2} {last2}) par moi-même et de me donner accès au portail client.

Mes coordonnées :
{first} {last}, {role}
{email}
{phone}

Meilleures salutations
{first} {last}
@@ 0 security_network
S: question de notre informaticien
Bonjour,
notre nouveau prestataire informatique veut savoir quels ports le serveur Papyra utilise et s'il communique avec Internet. Où est-ce documenté ? merci
{first}
@@ 2 documents_recognition
S: deux choses
Bonjour,

Deux choses :

1) Le scanner de l'accueil ({scanner}) ne fonctionne plus avec Papyra depuis qu'on l'a branché sur un autre PC. Windows le voit, Papyra dit "Aucun scanner trouvé". C'est le plus important.

2) Peut-on changer la couleur des mots-clés ? Juste par curiosité.

Merci,
{first}
@@ 4 database_storage
S: Synology AIDE
Notre Synology affiche "Volume 1 planté" depuis ce matin. L'archive Papyra est dessus. Nous avons déjà ouvert un cas chez Synology. Que pouvons-nous faire côté Papyra en attendant ? Merci de me rappeler au {phone}.
{first} {last}, {company}
@@ 3 documents_recognition
S: Papyra plante au scan
Bonjour,

depuis la mise à jour en {newver}, Papyra plante à chaque fois qu'on scanne un document de plusieurs pages depuis le {scanner}. Les pages seules passent. J'ai copié ceci depuis la fenêtre d'erreur :
{trace_scan}
Nous avons remis un PC en {oldver} et là ça marche avec le même scanner, je pense donc que c'est la nouvelle version.

Cordialement,
{first} {last}
{role}, {company}
@@ 0 integrations
S: Bexio
bonjour. on passe a Bexio l'annee prochaine, est-ce que Papyra a un export pour ca ? ou est-ce que je peux lire la doc
merci {first}
@@ 1 installation_updates
S: lien
bonjour, vous pouvez m'envoyer le lien de la derniere version svp, sur le portail il y a que la 6.5. merci {first}
@@ 2 integrations
S: Encore des erreurs d'export / notre comptable n'est pas contente
Bonjour,

En résumé la réclamation de notre comptable : les montants des factures en devise étrangère (EUR) arrivent convertis deux fois dans {acct}, donc beaucoup trop bas. Les factures en CHF sont correctes. Ça lui coûte des heures chaque mois. Nous utilisons Papyra {ver}. Quelqu'un pourrait-il regarder notre profil d'export avec moi ? Je suis au bureau du lundi au mercredi.

Meilleures salutations
{first} {last}
{company}
@@ 4 installation_updates
S: Mise à niveau Windows Server
Bonjour,

notre prestataire va faire le week-end prochain une mise à niveau sur place de notre serveur de Windows Server 2016 vers 2022. Le serveur Papyra et SQL Server tournent dessus. Ils demandent s'il y a quelque chose à prévoir pour Papyra - et franchement nous avons peur que la mise à niveau elle-même se passe mal, la dernière fois la mise à jour du prestataire a cassé le logiciel de sauvegarde. Qui peut les aider côté Windows ?

Bien à vous
{first}
@@ 2 licensing_billing
S: Licence après déménagement du serveur
Bonjour,

Nous avons migré le serveur Papyra sur du nouveau matériel ce week-end. Depuis, chaque poste affiche au démarrage "Serveur de licences introuvable ({code})". L'adresse IP du serveur a changé, le nom est resté le même. Sur le serveur lui-même Papyra fonctionne.

Pourriez-vous nous appeler aujourd'hui ? Sinon nous ne pouvons pas travailler.

Avec mes meilleures salutations
{first} {last}
{company}
@@ 0 howto_usage
S: Question d'une débutante
Bonjour,

je suis nouvelle dans l'entreprise et je dois utiliser Papyra pour classer les bons de livraison. Je n'ai jamais travaillé avec ce genre de logiciel. Existe-t-il quelque part un guide simple pour débutants, pour scanner et classer un document ? Ma prédécesseure n'est plus là et mes collègues ont peu de temps.

Merci beaucoup et bonne journée
{first} {last}
@@ 1 licensing_billing
S: facture septante postes ??
Bonjour,

Nous avons reçu une facture pour {septante} postes alors que nous en avons 17. Je pense qu'il y a une faute de frappe. Pouvez-vous corriger svp ?

Meilleures salutations
{first} {last}
{company}
"""

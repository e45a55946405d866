# Hand-written evaluation mails: French, level 1 (first-line helpdesk).
LANG = "fr"
LEVEL = 1
MAILS = [
("licensing_billing", "Facture : poste facturé deux fois",
r"""Bonjour,

Sur notre facture n° 2024-10233, le poste "Papyra Desktop Professional - 1 siège supplémentaire" apparaît deux fois, alors que nous n'avons ajouté qu'un seul poste en mars. Pourriez-vous nous envoyer une facture corrigée ? Nous ne la payerons pas en l'état.

Meilleures salutations,
Catherine Monnier
Comptabilité, Monnier Électricité SA"""),

("licensing_billing", "Transfert de licence vers un nouveau PC",
r"""Bonjour,

Nous remplaçons le PC de notre réceptionniste la semaine prochaine. Comment transférer la licence Papyra Desktop de l'ancien vers le nouveau poste ? L'ancien PC sera recyclé, donc je voudrais désactiver la licence proprement avant.

N° client : C-40872

Merci et bonne journée
Pascal Joly"""),

("account_access", "Changement de l'adresse e-mail du compte",
r"""Bonjour,

Suite au départ de notre responsable administratif, je souhaite que les notifications et l'accès au portail client passent à mon adresse (m.bovet@bovet-sa.ch) au lieu de j.roulin@bovet-sa.ch. Pouvez-vous faire le changement ?

Cordialement,
Mélanie Bovet
Directrice"""),

("licensing_billing", "Renouvellement de l'abonnement - paiement par virement",
r"""Bonjour,

Notre abonnement arrive à échéance le 30 novembre. Nous préférons payer par virement plutôt que par carte. Pouvez-vous nous envoyer une facture pour le renouvellement (5 postes) ?

Avec nos remerciements,
Service achats
Fromagerie Gruyère Sàrl"""),

("installation_updates", "Lien de téléchargement version 7.2",
r"""Bonjour,

Pourriez-vous m'envoyer le lien pour télécharger la dernière version de Papyra Desktop ? Dans le portail je ne trouve que la 7.1.2 et on m'a dit que la 7.2 est sortie.

Merci,
Stéphane Vuilleumier"""),

("account_access", "Mot de passe portail oublié",
r"""Bonjour

J'ai oublié mon mot de passe pour le portail client et le lien "mot de passe oublié" me dit que l'adresse est inconnue. Pourtant je reçois bien vos factures à cette adresse (compta@atelier-dubois.fr). Pouvez-vous vérifier ?

Merci
Nicole Dubois"""),

("licensing_billing", "Demande de remboursement",
r"""Madame, Monsieur,

Nous avons résilié notre abonnement le 15 janvier, dans le délai prévu, mais nous avons quand même été débités le 1er février de 1'260.00 CHF. Je vous prie de procéder au remboursement sur notre compte IBAN CH93 0076 2011 6238 5295 7.

Copie de notre lettre de résiliation en annexe.

Meilleures salutations
Roger Bongard
Bongard & Fils SA"""),

("licensing_billing", "Passer à 2 postes",
r"""Bonjour, je suis seul dans mon cabinet mais ma secrétaire commence lundi. Je voudrais une deuxième licence, c'est possible rapidement ? Merci. Dr Fabien Roulet"""),

("account_access", "Compte portail bloqué",
r"""Bonjour,

Mon compte sur le portail client est bloqué ("trop de tentatives"). Je dois télécharger notre facture pour la comptabilité avant la clôture de demain. Pouvez-vous le débloquer ?

Merci beaucoup,
Aline Fasel"""),

("licensing_billing", "TVA française sur la facture",
r"""Bonjour,

Nous sommes une société française (TVA intracommunautaire FR 45 812345678). Votre facture 2024-11045 ne mentionne pas notre numéro de TVA. Notre expert-comptable en a besoin pour l'autoliquidation. Merci de rééditer la facture avec ce numéro.

Cordialement,
Sandrine Lemaire
Service comptable, Lemaire Emballages SAS, Annecy"""),

("licensing_billing", "Clé de licence perdue",
r"""Bonjour,

Nous devons réinstaller Papyra sur un poste et nous ne retrouvons plus la clé de licence (l'employée qui l'avait a quitté l'entreprise). Pouvez-vous nous la renvoyer ? Nous sommes client depuis 2019, n° client C-21550.

Merci,
Joël Emery"""),

("account_access", "Ajouter un collègue au portail",
r"""Bonjour,

Serait-il possible de donner accès au portail client à mon collègue Patrick Dorsaz (p.dorsaz@dorsaz-construction.ch) ? Il doit pouvoir télécharger les mises à jour et voir les licences.

Bien à vous
Gérald Dorsaz"""),

("licensing_billing", "Offre pour passage à Papyra Server",
r"""Bonjour,

Nous travaillons actuellement avec 3 licences Desktop autonomes. Nous voudrions passer à Papyra Server pour partager les archives. Pourriez-vous nous faire une offre de migration, en tenant compte de nos abonnements en cours ?

Cordialement,
Claude Pasche
Pasche Architectes"""),

("installation_updates", "Mise à jour 6.2 vers 7.x incluse ?",
r"""Bonjour,

Nous avons encore la version 6.2.3. Notre abonnement inclut-il la mise à jour vers la 7.2, et si oui comment l'obtenir ? Pouvez-vous activer le téléchargement sur notre compte ?

Merci
Patrick Genoud"""),

("licensing_billing", "Facture non reçue",
r"""Bonjour,

Notre renouvellement a été effectué le mois passé mais nous n'avons jamais reçu la facture. Pouvez-vous nous l'envoyer par e-mail à factures@ducret-sa.ch ? Merci de bien indiquer notre référence interne "IT-2024-17".

Meilleures salutations,
Valérie Ducret"""),

("account_access", "Réinitialiser la double authentification",
r"""Bonjour,

J'ai changé de téléphone et je n'ai pas transféré l'application d'authentification. Je n'arrive donc plus à me connecter au portail Papyra. Pouvez-vous réinitialiser mon 2FA ? Identifiant : jp.crausaz@crausaz-ing.ch

Merci d'avance
Jean-Pierre Crausaz"""),

("licensing_billing", "Changement de carte de crédit",
r"""Bonjour,

Notre carte de crédit d'entreprise a été remplacée (l'ancienne expirait). Comment mettre à jour le moyen de paiement pour le prélèvement automatique de l'abonnement ? Je ne trouve pas cette option dans le portail.

Cordialement
Florence Baud"""),

("installation_updates", "Besoin de l'installateur hors ligne",
r"""Bonjour,

Nos postes de production n'ont pas accès à Internet. L'installateur web de Papyra ne fonctionne donc pas. Pourriez-vous nous fournir le lien vers le package d'installation complet (hors ligne) de la version 7.2.0 ?

Merci,
Alain Schaller
Service technique"""),

("licensing_billing", "Prolongation de la version d'essai",
r"""Bonjour,

Notre période d'essai se termine vendredi. Nous n'avons pas encore pu tester l'export vers Sage. Serait-il possible de prolonger l'essai de 15 jours ?

Merci d'avance,
Émilie Rossier
Rossier Paysagisme"""),

("licensing_billing", "Résiliation d'un poste",
r"""Bonjour,

Un de nos collaborateurs part à la retraite. Nous n'avons plus besoin que de 3 licences au lieu de 4 à partir du prochain renouvellement. Merci de faire le nécessaire et de me confirmer le nouveau montant.

Cordialement
Jacques Vernier"""),

("account_access", "Changer le nom de l'entreprise",
r"""Bonjour,

Notre société a changé de raison sociale : "Menuiserie Zbinden Sàrl" devient "Zbinden Bois & Design SA" (même numéro IDE). Pouvez-vous mettre à jour notre compte client et nos coordonnées ?

Merci et bonne journée
Marc Zbinden"""),

("licensing_billing", "Rappel de paiement - erreur ?",
r"""Bonjour,

Nous avons reçu un rappel pour la facture 2024-09987 alors que nous l'avons payée le 3 septembre (référence QR 21 00000 00003 13947 14300 09017). Pouvez-vous vérifier ? Merci de ne pas facturer de frais de rappel.

Salutations
Corinne Wyss"""),

("installation_updates", "Ancienne version pour un poste isolé",
r"""Bonjour

Nous avons un vieux PC sous Windows 8.1 qui pilote notre scanner de plans et qui ne peut pas être remplacé. J'ai besoin de l'installateur de Papyra Desktop 5.4, la dernière version compatible je crois. Pouvez-vous me le faire parvenir ?

Merci,
Henri Maillard"""),

("howto_usage", "Demande de formation sur site",
r"""Bonjour,

Nous aimerions organiser une formation d'une demi-journée pour 8 personnes dans nos bureaux à Neuchâtel, sur l'utilisation courante et les recherches. Pouvez-vous nous faire une proposition de dates et de prix ?

Cordialement,
Sylvie Perret
RH, Perret Horlogerie SA"""),

("account_access", "Supprimer l'accès d'un ancien prestataire",
r"""Bonjour,

Nous avons changé de prestataire informatique. L'ancien (InfoServices Sàrl) a toujours un accès à notre compte sur votre portail. Merci de supprimer cet accès et de me confirmer quand c'est fait.

Cordialement,
Philippe Nicolet
Administrateur"""),
]

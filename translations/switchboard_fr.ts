<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>about</name>
    <message>
      <source>(not known until the app has started)</source>
      <translation>(inconnu tant que l’application n’a pas démarré)</translation>
    </message>
    <message>
      <source>A desktop chat client for OpenRouter.</source>
      <translation>Un client de chat de bureau pour OpenRouter.</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>À propos de {app}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Add a line to the message</source>
      <translation>Ajouter une ligne au message</translation>
    </message>
    <message>
      <source>Enter (or Ctrl+Enter, when Enter adds a line)</source>
      <translation>Entrée (ou Ctrl+Entrée, quand Entrée ajoute une ligne)</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <source>Licence: {licence}</source>
      <translation>Licence : {licence}</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Ouvrir le dossier des données</translation>
    </message>
    <message>
      <source>Send the message</source>
      <translation>Envoyer le message</translation>
    </message>
    <message>
      <source>Your conversations and settings are kept in:
{place}</source>
      <translation>Vos conversations et vos réglages sont conservés dans :
{place}</translation>
    </message>
  </context>
  <context>
    <name>account</name>
    <message>
      <source>A key is one line without spaces. Copy it again, all of it, and paste it here.</source>
      <translation>Une clé tient sur une seule ligne, sans espaces. Copiez-la de nouveau, en entier, et collez-la ici.</translation>
    </message>
    <message>
      <source>For this session only</source>
      <translation>Pour cette session uniquement</translation>
    </message>
    <message>
      <source>For this session only (the key for {server}, not your OpenRouter key)</source>
      <translation>Pour cette session uniquement (la clé de {server}, pas votre clé OpenRouter)</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored</source>
      <translation>Depuis l’environnement ({variable}), non enregistrée</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored (the key for {server}, not your OpenRouter key)</source>
      <translation>Depuis l’environnement ({variable}), non enregistrée (la clé de {server}, pas votre clé OpenRouter)</translation>
    </message>
    <message>
      <source>No key for {server}: requests to it are sent without one</source>
      <translation>Aucune clé pour {server} : les requêtes lui sont envoyées sans clé</translation>
    </message>
    <message>
      <source>No key yet</source>
      <translation>Pas encore de clé</translation>
    </message>
    <message>
      <source>Not checked yet</source>
      <translation>Pas encore vérifiée</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key, and it does not look like an OpenRouter key (those start with “sk-or-”). Copy the key again from openrouter.ai/keys.</source>
      <translation>OpenRouter n’a pas accepté cette clé, et elle ne ressemble pas à une clé OpenRouter (celles-ci commencent par « sk-or- »). Copiez de nouveau la clé depuis openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key. It may be mistyped, disabled or expired: check that you copied all of it, or create a new one at openrouter.ai/keys.</source>
      <translation>OpenRouter n’a pas accepté cette clé. Elle est peut-être mal saisie, désactivée ou expirée : vérifiez que vous l’avez copiée en entier, ou créez-en une nouvelle sur openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>Collez d’abord votre clé.</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter is only for the OpenRouter address. The API address in Settings is another server: enter that server's key in Settings, or set the address back to OpenRouter to sign in.</source>
      <translation>La connexion avec OpenRouter ne fonctionne qu’avec l’adresse d’OpenRouter. L’adresse de l’API dans les Réglages désigne un autre serveur : saisissez la clé de ce serveur dans les Réglages, ou remettez l’adresse d’OpenRouter pour vous connecter.</translation>
    </message>
    <message>
      <source>Stored in: {store}</source>
      <translation>Enregistrée dans : {store}</translation>
    </message>
    <message>
      <source>Stored in: {store} (the key for {server}, not your OpenRouter key)</source>
      <translation>Enregistrée dans : {store} (la clé de {server}, pas votre clé OpenRouter)</translation>
    </message>
    <message>
      <source>The key in {variable} cannot be used: {reason}</source>
      <translation>La clé de {variable} ne peut pas être utilisée : {reason}</translation>
    </message>
    <message>
      <source>The server at {server} did not accept this key. Check that you copied all of it, then try again.</source>
      <translation>Le serveur {server} n’a pas accepté cette clé. Vérifiez que vous l’avez copiée en entier, puis réessayez.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use</source>
      <translation>Cet ordinateur n’a aucun trousseau de mots de passe utilisable par Switchboard</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so a key can be kept only until you close the app. Paste your key to use it for this session only.</source>
      <translation>Cet ordinateur n’a aucun trousseau de mots de passe utilisable par Switchboard : une clé ne peut donc être conservée que jusqu’à la fermeture de l’application. Collez votre clé pour l’utiliser pendant cette session uniquement.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key can be kept only until you close the app. You can use it for this session only (you will paste it again next time).</source>
      <translation>Cet ordinateur n’a aucun trousseau de mots de passe utilisable par Switchboard : votre clé ne peut donc être conservée que jusqu’à la fermeture de l’application. Vous pouvez l’utiliser pendant cette session uniquement (il faudra la coller de nouveau la prochaine fois).</translation>
    </message>
    <message>
      <source>This key contains characters that keys never have. Copy it again from where you created it (for OpenRouter: openrouter.ai/keys).</source>
      <translation>Cette clé contient des caractères qu’une clé ne contient jamais. Copiez-la de nouveau depuis l’endroit où vous l’avez créée (pour OpenRouter : openrouter.ai/keys).</translation>
    </message>
    <message>
      <source>This server does not describe its keys, so the key was taken as it is.</source>
      <translation>Ce serveur ne décrit pas ses clés : la clé a donc été prise telle quelle.</translation>
    </message>
    <message>
      <source>Unnamed key</source>
      <translation>Clé sans nom</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>quotidienne</translation>
    </message>
    <message>
      <source>free tier</source>
      <translation>offre gratuite</translation>
    </message>
    <message>
      <source>limit {limit}</source>
      <translation>limite {limit}</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left)</source>
      <translation>limite {limit} ({left} restant)</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left), resets {reset}</source>
      <translation>limite {limit} ({left} restant), réinitialisation : {reset}</translation>
    </message>
    <message>
      <source>limit {limit}, resets {reset}</source>
      <translation>limite {limit}, réinitialisation : {reset}</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>mensuelle</translation>
    </message>
    <message>
      <source>no spending limit</source>
      <translation>aucune limite de dépenses</translation>
    </message>
    <message>
      <source>used {amount}</source>
      <translation>{amount} utilisé</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>hebdomadaire</translation>
    </message>
  </context>
  <context>
    <name>account_flow</name>
    <message>
      <source>Remove</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>Supprimer la clé</translation>
    </message>
    <message>
      <source>Remove the key for {server} from this computer's keychain?</source>
      <translation>Supprimer la clé de {server} du trousseau de cet ordinateur ?</translation>
    </message>
    <message>
      <source>Remove your OpenRouter key from this computer's keychain?</source>
      <translation>Supprimer votre clé OpenRouter du trousseau de cet ordinateur ?</translation>
    </message>
    <message>
      <source>You are ready: type a message and press Enter.</source>
      <translation>Tout est prêt : écrivez un message et appuyez sur Entrée.</translation>
    </message>
  </context>
  <context>
    <name>attach_flow</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and each of the {columns} columns pays for its own reading ({pages} in all: about {about}). Read them?</source>
      <translation>Un PDF que vous avez joint ne contient pas de texte, seulement des images de pages. La lecture payante coûte 2 $ pour 1 000 pages, et chacune des {columns} colonnes paie sa propre lecture ({pages} au total : environ {about}). Les lire ?</translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and it then reads every PDF this message sends ({pdfs} PDFs, {pages}: about {about}). Read them?</source>
      <translation>Un PDF que vous avez joint ne contient pas de texte, seulement des images de pages. La lecture payante coûte 2 $ pour 1 000 pages, et elle lit alors chaque PDF envoyé par ce message ({pdfs} PDF, {pages} : environ {about}). Les lire ?</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and earlier messages of this conversation carry pictures ({names}) that every message sends again. Choose a model that can see pictures.</source>
      <translation>Non envoyé : {model} ne peut pas voir les images, et des messages précédents de cette conversation contiennent des images ({names}) que chaque message renvoie. Choisissez un modèle qui voit les images.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} are pictures. Choose a model that can, or remove the pictures.</source>
      <translation>Non envoyé : {model} ne peut pas voir les images, et {names} sont des images. Choisissez un modèle qui le peut, ou retirez les images.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} is a picture. Choose a model that can, or remove the picture.</source>
      <translation>Non envoyé : {model} ne peut pas voir les images, et {names} est une image. Choisissez un modèle qui le peut, ou retirez l’image.</translation>
    </message>
    <message>
      <source>The model list does not say whether this model can read pictures or files, so your attachments were sent as they are. If the answer ignores them, choose a model that reads them.</source>
      <translation>La liste des modèles n’indique pas si ce modèle sait lire les images ou les fichiers : vos pièces jointes ont donc été envoyées telles quelles. Si la réponse les ignore, choisissez un modèle qui les lit.</translation>
    </message>
    <message>
      <source>These PDFs have no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>Ces PDF ne contiennent pas de texte, seulement des images de pages. Leur lecture coûte 2 $ pour 1 000 pages (environ {about} pour ces {pages}). Les lire ?</translation>
    </message>
    <message>
      <source>This PDF has no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>Ce PDF ne contient pas de texte, seulement des images de pages. Leur lecture coûte 2 $ pour 1 000 pages (environ {about} pour ces {pages}). Les lire ?</translation>
    </message>
    <message numerus="yes">
      <source>{names} and %n more</source>
      <comment>one: {names} and %n more</comment>
      <translation>
        <numerusform>{names} et %n autre</numerusform>
        <numerusform>{names} et %n autres</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attachment_chips</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>A message can carry at most %n attachments. Remove one to attach another.</source>
      <comment>one: A message can carry at most %n attachment. Remove it to attach another.</comment>
      <translation>
        <numerusform>Un message peut contenir au plus %n pièce jointe. Retirez-la pour en joindre une autre.</numerusform>
        <numerusform>Un message peut contenir au plus %n pièces jointes. Retirez-en une pour en joindre une autre.</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach</source>
      <translation>Joindre</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>Joindre un fichier</translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>Joindre des fichiers</translation>
    </message>
    <message>
      <source>Attach pictures, PDFs or text files (you can also drop them here or paste them). Pictures up to {image_mb} MB (larger than {side} pixels are reduced), PDFs up to {pdf_mb} MB, text files up to {text_mb} MB; at most {count} a message.</source>
      <translation>Joignez des images, des PDF ou des fichiers texte (vous pouvez aussi les déposer ou les coller ici). Images jusqu’à {image_mb} Mo (au-delà de {side} pixels, elles sont réduites), PDF jusqu’à {pdf_mb} Mo, fichiers texte jusqu’à {text_mb} Mo ; au plus {count} par message.</translation>
    </message>
    <message>
      <source>Attachment {name}</source>
      <translation>Pièce jointe {name}</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <source>Files cannot be attached here.</source>
      <translation>Impossible de joindre des fichiers ici.</translation>
    </message>
    <message numerus="yes">
      <source>Not sent yet: %n files are still being read. Press Send again once they are attached, or remove them (✕) to send without them.</source>
      <comment>one: Not sent yet: %n file is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</comment>
      <translation>
        <numerusform>Pas encore envoyé : %n fichier est encore en cours de lecture. Appuyez de nouveau sur Envoyer une fois qu’il est joint, ou retirez-le (✕) pour envoyer sans lui.</numerusform>
        <numerusform>Pas encore envoyé : %n fichiers sont encore en cours de lecture. Appuyez de nouveau sur Envoyer une fois qu’ils sont joints, ou retirez-les (✕) pour envoyer sans eux.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent yet: “{name}” is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</source>
      <translation>Pas encore envoyé : « {name} » est encore en cours de lecture. Appuyez de nouveau sur Envoyer une fois qu’il est joint, ou retirez-le (✕) pour envoyer sans lui.</translation>
    </message>
    <message>
      <source>Pasted picture.png</source>
      <translation>Image collée.png</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>Image {name}</translation>
    </message>
    <message>
      <source>Pictures, PDFs and text files (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;All files (*)</source>
      <translation>Images, PDF et fichiers texte (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Reading {name}</source>
      <translation>Lecture de {name}</translation>
    </message>
    <message>
      <source>Reading “{name}”…</source>
      <translation>Lecture de « {name} »…</translation>
    </message>
    <message>
      <source>Remove this attachment</source>
      <translation>Retirer cette pièce jointe</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>Retirer {name}</translation>
    </message>
    <message>
      <source>Stop reading this file (it is not attached)</source>
      <translation>Arrêter la lecture de ce fichier (il n’est pas joint)</translation>
    </message>
    <message>
      <source>Stop reading {name}</source>
      <translation>Arrêter la lecture de {name}</translation>
    </message>
    <message>
      <source>reduced</source>
      <translation>réduite</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>Impossible d’ouvrir « {name} ».</translation>
    </message>
    <message>
      <source>“{name}” could not be opened: Switchboard could not write a copy of it to open (the disk may be full, or the temporary folder not writable).</source>
      <translation>Impossible d’ouvrir « {name} » : Switchboard n’a pas pu en écrire une copie à ouvrir (le disque est peut-être plein, ou le dossier temporaire protégé en écriture).</translation>
    </message>
    <message>
      <source>“{name}” is attached already.</source>
      <translation>« {name} » est déjà joint.</translation>
    </message>
    <message numerus="yes">
      <source>“{name}” was not attached: a message can carry at most %n attachments.</source>
      <comment>one: “{name}” was not attached: a message can carry at most %n attachment.</comment>
      <translation>
        <numerusform>« {name} » n’a pas été joint : un message peut contenir au plus %n pièce jointe.</numerusform>
        <numerusform>« {name} » n’a pas été joint : un message peut contenir au plus %n pièces jointes.</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}”: {what}.</source>
      <translation>« {name} » : {what}.</translation>
    </message>
  </context>
  <context>
    <name>attachments</name>
    <message>
      <source>Switchboard cannot read PDFs: a part it needs is missing. Reinstall Switchboard.</source>
      <translation>Switchboard ne peut pas lire les PDF : un composant nécessaire est manquant. Réinstallez Switchboard.</translation>
    </message>
    <message>
      <source>Switchboard cannot send “{name}”. It can send pictures (PNG, JPEG, WebP, GIF), PDFs and text files.</source>
      <translation>Switchboard ne peut pas envoyer « {name} ». Il peut envoyer des images (PNG, JPEG, WebP, GIF), des PDF et des fichiers texte.</translation>
    </message>
    <message>
      <source>Switchboard could not keep a copy of “{name}” in its data folder. Check that the disk is not full, then attach it again.</source>
      <translation>Switchboard n’a pas pu conserver une copie de « {name} » dans son dossier de données. Vérifiez que le disque n’est pas plein, puis joignez-le de nouveau.</translation>
    </message>
    <message>
      <source>Switchboard is not allowed to read “{name}”. Check who may open the file, or copy it to your own folder and attach the copy.</source>
      <translation>Switchboard n’a pas l’autorisation de lire « {name} ». Vérifiez qui peut ouvrir ce fichier, ou copiez-le dans votre propre dossier et joignez la copie.</translation>
    </message>
    <message>
      <source>a GIF picture</source>
      <translation>une image GIF</translation>
    </message>
    <message>
      <source>a JPEG picture</source>
      <translation>une image JPEG</translation>
    </message>
    <message>
      <source>a PDF</source>
      <translation>un PDF</translation>
    </message>
    <message>
      <source>a PNG picture</source>
      <translation>une image PNG</translation>
    </message>
    <message>
      <source>a WebP picture</source>
      <translation>une image WebP</translation>
    </message>
    <message>
      <source>a ZIP archive (Word, Excel and PowerPoint files are ZIP archives too)</source>
      <translation>une archive ZIP (les fichiers Word, Excel et PowerPoint sont aussi des archives ZIP)</translation>
    </message>
    <message>
      <source>text</source>
      <translation>du texte</translation>
    </message>
    <message>
      <source>“{name}” could not be read. Try again, or copy it to another folder and attach the copy.</source>
      <translation>Impossible de lire « {name} ». Réessayez, ou copiez-le dans un autre dossier et joignez la copie.</translation>
    </message>
    <message>
      <source>“{name}” has no pages: there is nothing in it to send.</source>
      <translation>« {name} » n’a aucune page : il n’y a rien à envoyer.</translation>
    </message>
    <message>
      <source>“{name}” has {pages:,} pages. Switchboard can send PDFs of at most {MAX_PDF_PAGES:,} pages: split it and attach the part you need.</source>
      <translation>« {name} » compte {pages:,} pages. Switchboard peut envoyer des PDF de {MAX_PDF_PAGES:,} pages au plus : découpez-le et joignez la partie utile.</translation>
    </message>
    <message>
      <source>“{name}” is a damaged PDF that Switchboard could not open. Open it in a PDF reader and save or print it to a new PDF, then attach that.</source>
      <translation>« {name} » est un PDF endommagé que Switchboard n’a pas pu ouvrir. Ouvrez-le dans un lecteur PDF et enregistrez-le ou imprimez-le dans un nouveau PDF, puis joignez celui-ci.</translation>
    </message>
    <message>
      <source>“{name}” is empty: there is nothing in it to send.</source>
      <translation>« {name} » est vide : il n’y a rien à envoyer.</translation>
    </message>
    <message>
      <source>“{name}” is locked with a password or encryption, so the model could not read it. Save an unlocked copy (for example with “Print to PDF”) and attach that.</source>
      <translation>« {name} » est protégé par un mot de passe ou chiffré : le modèle n’a donc pas pu le lire. Enregistrez-en une copie déverrouillée (par exemple avec « Imprimer en PDF ») et joignez celle-ci.</translation>
    </message>
    <message>
      <source>“{name}” is no longer there: it may have been moved or deleted. Attach it again from where it is now.</source>
      <translation>« {name} » n’est plus là : il a peut-être été déplacé ou supprimé. Joignez-le de nouveau depuis son emplacement actuel.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF Switchboard can read. Attach the right file.</source>
      <translation>« {name} » n’est pas un PDF lisible par Switchboard. Joignez le bon fichier.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>« {name} » n’est pas un PDF : son contenu est {contents}. Renommez-le ou joignez le bon fichier.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture Switchboard can read. Attach a PNG, JPEG, WebP or GIF picture.</source>
      <translation>« {name} » n’est pas une image lisible par Switchboard. Joignez une image PNG, JPEG, WebP ou GIF.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>« {name} » n’est pas une image : son contenu est {contents}. Renommez-le ou joignez le bon fichier.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file Switchboard can send.</source>
      <translation>« {name} » n’est pas un fichier texte que Switchboard peut envoyer.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>« {name} » n’est pas un fichier texte : son contenu est {contents}. Renommez-le ou joignez le bon fichier.</translation>
    </message>
    <message>
      <source>“{name}” is not an ordinary file (it may be a folder, a pipe or a device), so it cannot be attached.</source>
      <translation>« {name} » n’est pas un fichier ordinaire (c’est peut-être un dossier, un tube ou un périphérique) : il ne peut donc pas être joint.</translation>
    </message>
    <message>
      <source>“{name}” is too large to open safely: {width:,} × {height:,} pixels. Make it smaller in another program and attach it again.</source>
      <translation>« {name} » est trop grand pour être ouvert sans risque : {width:,} × {height:,} pixels. Réduisez-le dans un autre programme et joignez-le de nouveau.</translation>
    </message>
    <message>
      <source>“{name}” is too large: PDFs can be at most {size} MB.</source>
      <translation>« {name} » est trop volumineux : les PDF ne peuvent pas dépasser {size} Mo.</translation>
    </message>
    <message>
      <source>“{name}” is too large: files can be at most {limit} MB (pictures {image_limit} MB, text files {text_limit} MB).</source>
      <translation>« {name} » est trop volumineux : les fichiers ne peuvent pas dépasser {limit} Mo (images {image_limit} Mo, fichiers texte {text_limit} Mo).</translation>
    </message>
    <message>
      <source>“{name}” is too large: pictures can be at most {size} MB.</source>
      <translation>« {name} » est trop volumineux : les images ne peuvent pas dépasser {size} Mo.</translation>
    </message>
    <message>
      <source>“{name}” is too large: text files can be at most {size} MB.</source>
      <translation>« {name} » est trop volumineux : les fichiers texte ne peuvent pas dépasser {size} Mo.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but could not be opened: it may be damaged, or too large to make smaller. Open it in another program, make it smaller or save it again, then attach it again.</source>
      <translation>« {name} » semble être une image mais n’a pas pu être ouvert : il est peut-être endommagé, ou trop grand pour être réduit. Ouvrez-le dans un autre programme, réduisez-le ou enregistrez-le de nouveau, puis joignez-le de nouveau.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but is damaged: Switchboard could not read its size. Open it in another program and save it again.</source>
      <translation>« {name} » semble être une image mais est endommagé : Switchboard n’a pas pu lire sa taille. Ouvrez-le dans un autre programme et enregistrez-le de nouveau.</translation>
    </message>
  </context>
  <context>
    <name>blobs</name>
    <message>
      <source>The attached file “{name}” is no longer in Switchboard's data folder, so it cannot be sent again. Attach it once more.</source>
      <translation>Le fichier joint « {name} » n’est plus dans le dossier de données de Switchboard : il ne peut donc pas être renvoyé. Joignez-le de nouveau.</translation>
    </message>
  </context>
  <context>
    <name>catalogue</name>
    <message>
      <source>The server listed no models, so the current list is kept.</source>
      <translation>Le serveur n’a listé aucun modèle : la liste actuelle est donc conservée.</translation>
    </message>
  </context>
  <context>
    <name>chat</name>
    <message>
      <source>Switchboard could not save this answer (the disk may be full), so it stopped here. What arrived is shown; free some space, then press Retry.</source>
      <translation>Switchboard n’a pas pu enregistrer cette réponse (le disque est peut-être plein) et s’est donc arrêté ici. Ce qui est arrivé est affiché ; libérez de l’espace, puis appuyez sur Réessayer.</translation>
    </message>
    <message>
      <source>The file “{name}” is no longer in Switchboard's data folder, so the model was told it is no longer available. Attach it again if the model needs it.</source>
      <translation>Le fichier « {name} » n’est plus dans le dossier de données de Switchboard : le modèle a donc été informé qu’il n’est plus disponible. Joignez-le de nouveau si le modèle en a besoin.</translation>
    </message>
  </context>
  <context>
    <name>chat_view</name>
    <message>
      <source>Answer status</source>
      <translation>État de la réponse</translation>
    </message>
    <message>
      <source>Attachments are sent again with every later message.</source>
      <translation>Les pièces jointes sont renvoyées avec chaque message suivant.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Deleted version</source>
      <translation>Version supprimée</translation>
    </message>
    <message>
      <source>Editing a message</source>
      <translation>Modification d’un message</translation>
    </message>
    <message>
      <source>Editing your message: sending adds a new version; the original stays. (Esc cancels)</source>
      <translation>Modification de votre message : l’envoyer ajoute une nouvelle version ; l’original est conservé. (Échap pour annuler)</translation>
    </message>
    <message>
      <source>Estimated cost of this message</source>
      <translation>Coût estimé de ce message</translation>
    </message>
    <message>
      <source>Models that can read your attachments</source>
      <translation>Modèles capables de lire vos pièces jointes</translation>
    </message>
    <message>
      <source>No model in the model list says it can; refresh the list and try again.</source>
      <translation>Aucun modèle de la liste n’indique en être capable ; actualisez la liste et réessayez.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>Non envoyé : votre message et ses pièces jointes sont toujours dans la zone de saisie. Retirez le PDF pour envoyer sans lui.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>Lire les images de pages ?</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>Les lire</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Envoyer</translation>
    </message>
    <message>
      <source>Send message</source>
      <translation>Envoyer le message</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>Arrêter la réponse</translation>
    </message>
    <message>
      <source>Stop the answer (Esc)</source>
      <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
      <source>That version cannot come back: what it followed was deleted too.</source>
      <translation>Cette version ne peut pas revenir : ce qui la précédait a aussi été supprimé.</translation>
    </message>
    <message>
      <source>The message you were editing is no longer shown, so nothing was sent. Switch back to it and edit it again, or send this as a new message.</source>
      <translation>Le message que vous modifiiez n’est plus affiché : rien n’a donc été envoyé. Revenez-y et modifiez-le de nouveau, ou envoyez ceci comme nouveau message.</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>Réflexion…</translation>
    </message>
    <message>
      <source>This conversation now uses {model}. Press Send to send your message.</source>
      <translation>Cette conversation utilise maintenant {model}. Appuyez sur Envoyer pour envoyer votre message.</translation>
    </message>
    <message>
      <source>This message: {estimate}</source>
      <translation>Ce message : {estimate}</translation>
    </message>
    <message>
      <source>This model cannot think any less than it did. Try again without a length limit, or choose a larger Maximum length in the Parameters panel.</source>
      <translation>Ce modèle ne peut pas réfléchir moins qu’il ne l’a fait. Réessayez sans limite de longueur, ou choisissez une Longueur maximale plus grande dans le panneau Paramètres.</translation>
    </message>
    <message>
      <source>Type a message below to start.</source>
      <translation>Écrivez un message ci-dessous pour commencer.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>Version {number} sur {total}</translation>
    </message>
    <message>
      <source>Version {number} of {total} deleted.</source>
      <translation>Version {number} sur {total} supprimée.</translation>
    </message>
    <message>
      <source>Wait for the answer to finish (or stop it) before changing versions.</source>
      <translation>Attendez la fin de la réponse (ou arrêtez-la) avant de changer de version.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>En attente du modèle…</translation>
    </message>
    <message>
      <source>Write a message to send with your attachments.</source>
      <translation>Écrivez un message à envoyer avec vos pièces jointes.</translation>
    </message>
    <message>
      <source>Writing…</source>
      <translation>Rédaction…</translation>
    </message>
    <message>
      <source>Writing… {rate} tokens/s</source>
      <translation>Rédaction… {rate} jetons/s</translation>
    </message>
    <message>
      <source>about {cost}</source>
      <translation>environ {cost}</translation>
    </message>
  </context>
  <context>
    <name>column_settings</name>
    <message>
      <source>Column settings</source>
      <translation>Réglages de la colonne</translation>
    </message>
    <message>
      <source>Differs from another column: {settings}.</source>
      <translation>Diffère d’une autre colonne : {settings}.</translation>
    </message>
  </context>
  <context>
    <name>compare</name>
    <message numerus="yes">
      <source>%n requests, {estimate}</source>
      <comment>one: %n request, {estimate}</comment>
      <translation>
        <numerusform>%n requête, {estimate}</numerusform>
        <numerusform>%n requêtes, {estimate}</numerusform>
      </translation>
    </message>
    <message>
      <source>Something went wrong in Switchboard while this answer was written.</source>
      <translation>Un problème est survenu dans Switchboard pendant la rédaction de cette réponse.</translation>
    </message>
    <message>
      <source>{estimate}. {reason}</source>
      <translation>{estimate}. {reason}</translation>
    </message>
    <message>
      <source>{first} vs {second}</source>
      <translation>{first} contre {second}</translation>
    </message>
  </context>
  <context>
    <name>compare_settings</name>
    <message numerus="yes">
      <source>%n answers</source>
      <comment>one: %n answer</comment>
      <translation>
        <numerusform>%n réponse</numerusform>
        <numerusform>%n réponses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n jeton</numerusform>
        <numerusform>%n jetons</numerusform>
      </translation>
    </message>
    <message>
      <source>Blind comparison</source>
      <translation>Comparaison à l’aveugle</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens}</source>
      <translation>Au total : {answers} · {tokens}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · at least {cost}</source>
      <translation>Au total : {answers} · {tokens} · au moins {cost}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · {cost}</source>
      <translation>Au total : {answers} · {tokens} · {cost}</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON conforme à un schéma</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Fournisseur</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Prompt système</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>non défini</translation>
    </message>
    <message>
      <source>on</source>
      <translation>activé</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>texte brut</translation>
    </message>
    <message>
      <source>“{text}”</source>
      <translation>« {text} »</translation>
    </message>
  </context>
  <context>
    <name>compare_view</name>
    <message>
      <source>(Change that column's model with Change….)</source>
      <translation>(Changez le modèle de cette colonne avec Changer….)</translation>
    </message>
    <message>
      <source>(your next message)</source>
      <translation>(votre prochain message)</translation>
    </message>
    <message>
      <source>Another model…</source>
      <translation>Autre modèle…</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Réponse {letter}</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Costs show once you pick. Pick the best answer.</source>
      <translation>À l’aveugle : les noms sont masqués et l’ordre mélangé. Les coûts s’affichent une fois votre choix fait. Choisissez la meilleure réponse.</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Thinking, times and costs show once you pick. Pick the best answer.</source>
      <translation>À l’aveugle : les noms sont masqués et l’ordre mélangé. La réflexion, les durées et les coûts s’affichent une fois votre choix fait. Choisissez la meilleure réponse.</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Changer…</translation>
    </message>
    <message>
      <source>Column statistics</source>
      <translation>Statistiques de la colonne</translation>
    </message>
    <message>
      <source>Column totals</source>
      <translation>Totaux de la colonne</translation>
    </message>
    <message>
      <source>Comparison total</source>
      <translation>Total de la comparaison</translation>
    </message>
    <message>
      <source>Continue with this one</source>
      <translation>Continuer avec celle-ci</translation>
    </message>
    <message>
      <source>Details show once you pick the best answer.</source>
      <translation>Les détails s’affichent une fois la meilleure réponse choisie.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>Surligner les différences</translation>
    </message>
    <message>
      <source>Highlight differing</source>
      <translation>Différences à surligner</translation>
    </message>
    <message>
      <source>Mark whole sentences that differ, or single words.</source>
      <translation>Marquer les phrases entières qui diffèrent, ou les mots isolés.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>Non envoyé : votre message et ses pièces jointes sont toujours dans la zone de saisie. Retirez le PDF pour envoyer sans lui.</translation>
    </message>
    <message>
      <source>One prompt for every column (Enter to send)</source>
      <translation>Un prompt pour toutes les colonnes (Entrée pour envoyer)</translation>
    </message>
    <message>
      <source>Pick as best</source>
      <translation>Choisir comme meilleure</translation>
    </message>
    <message>
      <source>Prompt for every column</source>
      <translation>Prompt pour toutes les colonnes</translation>
    </message>
    <message>
      <source>Put another preset or model in this column.</source>
      <translation>Mettre un autre préréglage ou modèle dans cette colonne.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>Lire les images de pages ?</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>Les lire</translation>
    </message>
    <message>
      <source>Request…</source>
      <translation>Requête…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <source>Send to all</source>
      <translation>Envoyer à toutes</translation>
    </message>
    <message>
      <source>Sentences</source>
      <translation>Phrases</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <source>Show or hide each column's settings.</source>
      <translation>Afficher ou masquer les réglages de chaque colonne.</translation>
    </message>
    <message>
      <source>Show the request this column's next answer would send.</source>
      <translation>Afficher la requête qu’enverrait la prochaine réponse de cette colonne.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <source>Stop all</source>
      <translation>Tout arrêter</translation>
    </message>
    <message>
      <source>Stop every column (Esc)</source>
      <translation>Arrêter toutes les colonnes (Échap)</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>Arrêter la réponse</translation>
    </message>
    <message>
      <source>The prompt is in the box below: Send to all asks it again in every column, after the answers already there.</source>
      <translation>Le prompt est dans la zone ci-dessous : Envoyer à toutes le repose dans chaque colonne, après les réponses déjà présentes.</translation>
    </message>
    <message>
      <source>This column cannot change now. Try again once it has answered.</source>
      <translation>Cette colonne ne peut pas changer maintenant. Réessayez une fois qu’elle aura répondu.</translation>
    </message>
    <message>
      <source>This comparison cost at least {amount} (some costs are not known yet).</source>
      <translation>Cette comparaison a coûté au moins {amount} (certains coûts ne sont pas encore connus).</translation>
    </message>
    <message>
      <source>This comparison cost {amount} in all.</source>
      <translation>Cette comparaison a coûté {amount} au total.</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Mots</translation>
    </message>
    <message>
      <source>You picked {name}.</source>
      <translation>Vous avez choisi {name}.</translation>
    </message>
    <message>
      <source>finish: {reason}</source>
      <translation>fin : {reason}</translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>premier mot {time}</translation>
    </message>
    <message>
      <source>hidden until you pick the best</source>
      <translation>masqué jusqu’à votre choix</translation>
    </message>
    <message>
      <source>thinking… {time}</source>
      <translation>réflexion… {time}</translation>
    </message>
    <message>
      <source>thought privately</source>
      <translation>réflexion privée</translation>
    </message>
    <message>
      <source>thought privately: {tokens} billed</source>
      <translation>réflexion privée : {tokens} facturés</translation>
    </message>
    <message>
      <source>thought {time}</source>
      <translation>réflexion {time}</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} est.</translation>
    </message>
    <message>
      <source>{cost} in all</source>
      <translation>{cost} au total</translation>
    </message>
    <message>
      <source>{count} answer tokens</source>
      <translation>{count} jetons de réponse</translation>
    </message>
    <message>
      <source>{count} thinking tokens</source>
      <translation>{count} jetons de réflexion</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} jetons</translation>
    </message>
    <message>
      <source>{model} via {provider}</source>
      <translation>{model} via {provider}</translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} jet./s</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
  </context>
  <context>
    <name>comparisons</name>
    <message>
      <source>Column {number}</source>
      <translation>Colonne {number}</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>Nouvelle comparaison</translation>
    </message>
    <message>
      <source>No blind votes yet between {a} and {b}</source>
      <translation>Pas encore de vote à l’aveugle entre {a} et {b}</translation>
    </message>
    <message>
      <source>{a} and {b} are tied {a_wins} to {b_wins}</source>
      <translation>{a} et {b} sont à égalité, {a_wins} à {b_wins}</translation>
    </message>
    <message>
      <source>{winner} beat {loser} {wins} to {losses}</source>
      <translation>{winner} a battu {loser} {wins} à {losses}</translation>
    </message>
  </context>
  <context>
    <name>composer</name>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Message  (Ctrl+Enter to send)</source>
      <translation>Message  (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
      <source>Message  (Enter to send, Shift+Enter for a new line)</source>
      <translation>Message  (Entrée pour envoyer, Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
      <source>Type your message. Enter sends, Shift+Enter adds a line.</source>
      <translation>Écrivez votre message. Entrée l’envoie, Maj+Entrée ajoute une ligne.</translation>
    </message>
  </context>
  <context>
    <name>conversation</name>
    <message>
      <source>New conversation</source>
      <translation>Nouvelle conversation</translation>
    </message>
  </context>
  <context>
    <name>conversations</name>
    <message numerus="yes">
      <source>%n attached files were left out: the file did not contain them.</source>
      <comment>one: One attached file was left out: the file did not contain it.</comment>
      <translation>
        <numerusform>%n fichier joint a été omis : le fichier ne le contenait pas.</numerusform>
        <numerusform>%n fichiers joints ont été omis : le fichier ne les contenait pas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached files were left out: they are damaged, too large, or not what their names say.</source>
      <comment>one: One attached file was left out: it is damaged, too large, or not what its name says.</comment>
      <translation>
        <numerusform>%n fichier joint a été omis : il est endommagé, trop volumineux ou ne correspond pas à son nom.</numerusform>
        <numerusform>%n fichiers joints ont été omis : ils sont endommagés, trop volumineux ou ne correspondent pas à leur nom.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n system messages from later in the conversation were added to its system prompt.</source>
      <comment>one: %n system message from later in the conversation was added to its system prompt.</comment>
      <translation>
        <numerusform>%n message système venant de plus loin dans la conversation a été ajouté à son prompt système.</numerusform>
        <numerusform>%n messages système venant de plus loin dans la conversation ont été ajoutés à son prompt système.</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read {name}: {reason}. Nothing was imported.</source>
      <translation>Impossible de lire {name} : {reason}. Rien n’a été importé.</translation>
    </message>
    <message>
      <source>Could not save the attached files: {reason}. Nothing was imported.</source>
      <translation>Impossible d’enregistrer les fichiers joints : {reason}. Rien n’a été importé.</translation>
    </message>
    <message>
      <source>Could not save the export: {reason}.</source>
      <translation>Impossible d’enregistrer l’export : {reason}.</translation>
    </message>
    <message>
      <source>Could not save the imported conversation to your history: {reason}. Nothing was imported.</source>
      <translation>Impossible d’enregistrer la conversation importée dans votre historique : {reason}. Rien n’a été importé.</translation>
    </message>
    <message>
      <source>Could not save the new conversation: {reason}.</source>
      <translation>Impossible d’enregistrer la nouvelle conversation : {reason}.</translation>
    </message>
    <message>
      <source>Imported “{title}”.</source>
      <translation>« {title} » importée.</translation>
    </message>
    <message>
      <source>This comparison no longer exists. Nothing was exported.</source>
      <translation>Cette comparaison n’existe plus. Rien n’a été exporté.</translation>
    </message>
    <message>
      <source>This conversation no longer exists.</source>
      <translation>Cette conversation n’existe plus.</translation>
    </message>
    <message>
      <source>This conversation no longer exists. Nothing was exported.</source>
      <translation>Cette conversation n’existe plus. Rien n’a été exporté.</translation>
    </message>
    <message>
      <source>This conversation with its attached files would make a file of about {size} MB, more than the {limit} MB Switchboard can import again, so nothing was exported. Export it as Markdown instead (the files are then named but not included).</source>
      <translation>Cette conversation et ses fichiers joints formeraient un fichier d’environ {size} Mo, soit plus que les {limit} Mo que Switchboard peut réimporter : rien n’a donc été exporté. Exportez-la plutôt en Markdown (les fichiers sont alors nommés mais pas inclus).</translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation. Nothing was copied.</source>
      <translation>Ce message n’est plus affiché dans la conversation. Rien n’a été copié.</translation>
    </message>
    <message>
      <source>it is not an ordinary file</source>
      <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
      <source>up to {size} MB, {messages} messages</source>
      <translation>jusqu’à {size} Mo, {messages} messages</translation>
    </message>
    <message>
      <source>{names} and {last}</source>
      <translation>{names} et {last}</translation>
    </message>
    <message>
      <source>{names} were left out: their values in the file cannot be sent.</source>
      <translation>{names} ont été omis : leurs valeurs dans le fichier ne peuvent pas être envoyées.</translation>
    </message>
    <message>
      <source>{name} was left out: its value in the file cannot be sent.</source>
      <translation>{name} a été omis : sa valeur dans le fichier ne peut pas être envoyée.</translation>
    </message>
    <message>
      <source>{title} (continued)</source>
      <translation>{title} (suite)</translation>
    </message>
  </context>
  <context>
    <name>cost</name>
    <message>
      <source>Add credits at {url}, then send again: your message is kept.</source>
      <translation>Ajoutez des crédits sur {url}, puis renvoyez : votre message est conservé.</translation>
    </message>
    <message>
      <source>Confirm this send</source>
      <translation>Confirmer cet envoi</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>Si la réponse atteint sa longueur maximale, cet envoi pourrait porter les dépenses du mois à {amount}, au-delà de votre plafond mensuel de {cap}.</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>Si la réponse atteint sa longueur maximale, cet envoi pourrait porter les dépenses du jour à {amount}, au-delà de votre plafond quotidien de {cap}.</translation>
    </message>
    <message>
      <source>OpenRouter says your credits ran out (or this key reached its spending limit).</source>
      <translation>OpenRouter indique que vos crédits sont épuisés (ou que cette clé a atteint sa limite de dépenses).</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your daily cap.</source>
      <translation>Réglez la Longueur maximale sur {tokens} ou moins dans chaque colonne pour rester sous votre plafond quotidien.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your monthly cap.</source>
      <translation>Réglez la Longueur maximale sur {tokens} ou moins dans chaque colonne pour rester sous votre plafond mensuel.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your daily cap.</source>
      <translation>Réglez la Longueur maximale sur {tokens} ou moins pour rester sous votre plafond quotidien.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your monthly cap.</source>
      <translation>Réglez la Longueur maximale sur {tokens} ou moins pour rester sous votre plafond mensuel.</translation>
    </message>
    <message>
      <source>Spending cap</source>
      <translation>Plafond de dépenses</translation>
    </message>
    <message>
      <source>The cost of this send is unknown.</source>
      <translation>Le coût de cet envoi est inconnu.</translation>
    </message>
    <message>
      <source>The price of this model is unknown, so this send cannot be checked against your caps.</source>
      <translation>Le prix de ce modèle est inconnu : cet envoi ne peut donc pas être comparé à vos plafonds.</translation>
    </message>
    <message>
      <source>This key has {left} left of its {limit} limit.</source>
      <translation>Il reste {left} sur la limite de {limit} de cette clé.</translation>
    </message>
    <message>
      <source>This key has {left} left.</source>
      <translation>Il reste {left} sur cette clé.</translation>
    </message>
    <message>
      <source>This send could bring this month's spending to {amount}, {percent}% of your monthly cap of {cap}.</source>
      <translation>Cet envoi pourrait porter les dépenses du mois à {amount}, soit {percent} % de votre plafond mensuel de {cap}.</translation>
    </message>
    <message>
      <source>This send could bring today's spending to {amount}, {percent}% of your daily cap of {cap}.</source>
      <translation>Cet envoi pourrait porter les dépenses du jour à {amount}, soit {percent} % de votre plafond quotidien de {cap}.</translation>
    </message>
    <message>
      <source>This send could cost about {amount} more.</source>
      <translation>Cet envoi pourrait coûter environ {amount} de plus.</translation>
    </message>
    <message>
      <source>This send could cost about {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>Cet envoi pourrait coûter environ {amount}. Vous avez demandé à confirmer tout envoi susceptible de coûter plus de {limit}.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount} more.</source>
      <translation>Cet envoi pourrait coûter jusqu’à {amount} de plus.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>Cet envoi pourrait coûter jusqu’à {amount}. Vous avez demandé à confirmer tout envoi susceptible de coûter plus de {limit}.</translation>
    </message>
    <message>
      <source>This send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>Cet envoi pourrait porter les dépenses du mois à {amount}, au-delà de votre plafond mensuel de {cap}.</translation>
    </message>
    <message>
      <source>This send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>Cet envoi pourrait porter les dépenses du jour à {amount}, au-delà de votre plafond quotidien de {cap}.</translation>
    </message>
    <message>
      <source>You have already spent {amount} this month, reaching your monthly cap of {cap}.</source>
      <translation>Vous avez déjà dépensé {amount} ce mois-ci, atteignant votre plafond mensuel de {cap}.</translation>
    </message>
    <message>
      <source>You have already spent {amount} today, reaching your daily cap of {cap}.</source>
      <translation>Vous avez déjà dépensé {amount} aujourd’hui, atteignant votre plafond quotidien de {cap}.</translation>
    </message>
    <message>
      <source>about {typical}</source>
      <translation>environ {typical}</translation>
    </message>
    <message>
      <source>about {typical}, at most {most}</source>
      <translation>environ {typical}, au plus {most}</translation>
    </message>
    <message>
      <source>at most {most}</source>
      <translation>au plus {most}</translation>
    </message>
    <message>
      <source>cost unknown for this model</source>
      <translation>coût inconnu pour ce modèle</translation>
    </message>
    <message>
      <source>free</source>
      <translation>gratuit</translation>
    </message>
    <message>
      <source>this month</source>
      <translation>ce mois-ci</translation>
    </message>
    <message>
      <source>today</source>
      <translation>aujourd’hui</translation>
    </message>
    <message>
      <source>{least}, at most {most}</source>
      <translation>{least}, au plus {most}</translation>
    </message>
  </context>
  <context>
    <name>cost_meter</name>
    <message>
      <source>Comparison: {cost}</source>
      <translation>Comparaison : {cost}</translation>
    </message>
    <message>
      <source>Conversation: {cost}</source>
      <translation>Conversation : {cost}</translation>
    </message>
    <message>
      <source>Conversation: –</source>
      <translation>Conversation : –</translation>
    </message>
    <message>
      <source>Cost meter</source>
      <translation>Compteur de coûts</translation>
    </message>
    <message>
      <source>Credit: no limit on this key</source>
      <translation>Crédit : aucune limite sur cette clé</translation>
    </message>
    <message>
      <source>Credit: unknown</source>
      <translation>Crédit : inconnu</translation>
    </message>
    <message>
      <source>Credit: {cost} left</source>
      <translation>Crédit : {cost} restant</translation>
    </message>
    <message>
      <source>Credit: –</source>
      <translation>Crédit : –</translation>
    </message>
    <message>
      <source>Month: {cost}</source>
      <translation>Mois : {cost}</translation>
    </message>
    <message>
      <source>Month: {cost} of {cap}</source>
      <translation>Mois : {cost} sur {cap}</translation>
    </message>
    <message>
      <source>Month: –</source>
      <translation>Mois : –</translation>
    </message>
    <message>
      <source>Sent: no figure until the model starts writing</source>
      <translation>Envoyé : pas de chiffre tant que le modèle n’a pas commencé à écrire</translation>
    </message>
    <message>
      <source>Stopped before the model wrote anything: OpenRouter may still bill the prompt</source>
      <translation>Arrêté avant que le modèle n’écrive quoi que ce soit : OpenRouter peut quand même facturer le prompt</translation>
    </message>
    <message>
      <source>The answer being written now: an estimate until OpenRouter bills it</source>
      <translation>La réponse en cours de rédaction : une estimation jusqu’à ce qu’OpenRouter la facture</translation>
    </message>
    <message>
      <source>The request failed before the model wrote anything, so it was not billed</source>
      <translation>La requête a échoué avant que le modèle n’écrive quoi que ce soit : elle n’a donc pas été facturée</translation>
    </message>
    <message>
      <source>This answer: not charged</source>
      <translation>Cette réponse : non facturée</translation>
    </message>
    <message>
      <source>This answer: {cost}</source>
      <translation>Cette réponse : {cost}</translation>
    </message>
    <message>
      <source>This answer: {cost} (est.)</source>
      <translation>Cette réponse : {cost} (est.)</translation>
    </message>
    <message>
      <source>This answer: –</source>
      <translation>Cette réponse : –</translation>
    </message>
    <message>
      <source>Today: {cost}</source>
      <translation>Aujourd’hui : {cost}</translation>
    </message>
    <message>
      <source>Today: {cost} of {cap}</source>
      <translation>Aujourd’hui : {cost} sur {cap}</translation>
    </message>
    <message>
      <source>Today: –</source>
      <translation>Aujourd’hui : –</translation>
    </message>
    <message>
      <source>What OpenRouter billed for the latest answer</source>
      <translation>Ce qu’OpenRouter a facturé pour la dernière réponse</translation>
    </message>
    <message>
      <source>What your OpenRouter key may still spend (from openrouter.ai)</source>
      <translation>Ce que votre clé OpenRouter peut encore dépenser (d’après openrouter.ai)</translation>
    </message>
    <message>
      <source>{percent}% of your daily cap</source>
      <translation>{percent} % de votre plafond quotidien</translation>
    </message>
    <message>
      <source>{percent}% of your monthly cap</source>
      <translation>{percent} % de votre plafond mensuel</translation>
    </message>
  </context>
  <context>
    <name>costs</name>
    <message>
      <source>{estimate}. {reason}</source>
      <translation>{estimate}. {reason}</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>Copy details</source>
      <translation>Copier les détails</translation>
    </message>
    <message>
      <source>Something went wrong inside Switchboard. Your conversations are saved. If it happens again, copy the details and send them to us; they contain no key.</source>
      <translation>Un problème est survenu dans Switchboard. Vos conversations sont enregistrées. Si cela se reproduit, copiez les détails et envoyez-les-nous ; ils ne contiennent aucune clé.</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <source>Check that the folder exists and can be written to, then restart Switchboard.</source>
      <translation>Vérifiez que le dossier existe et est accessible en écriture, puis redémarrez Switchboard.</translation>
    </message>
    <message>
      <source>Check the disk has free space, then restart Switchboard.</source>
      <translation>Vérifiez qu’il reste de l’espace sur le disque, puis redémarrez Switchboard.</translation>
    </message>
    <message>
      <source>Close any other copy of Switchboard, then restart it.</source>
      <translation>Fermez toute autre instance de Switchboard, puis redémarrez-le.</translation>
    </message>
    <message>
      <source>Conversations will not be saved this session: Switchboard could not open its history file at {path} because {reason}. {advice}</source>
      <translation>Les conversations ne seront pas enregistrées pendant cette session : Switchboard n’a pas pu ouvrir son fichier d’historique {path}, car {reason}. {advice}</translation>
    </message>
    <message>
      <source>Free some disk space, then restart Switchboard.</source>
      <translation>Libérez de l’espace disque, puis redémarrez Switchboard.</translation>
    </message>
    <message>
      <source>Move that file out of the way, then restart Switchboard.</source>
      <translation>Déplacez ce fichier ailleurs, puis redémarrez Switchboard.</translation>
    </message>
    <message>
      <source>Restart Switchboard to try again.</source>
      <translation>Redémarrez Switchboard pour réessayer.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} could not be read, and Switchboard could not move it aside ({reason}). Conversations will not be saved this session.</source>
      <translation>Votre historique de conversations ({path}) n’a pas pu être lu, et Switchboard n’a pas pu le mettre de côté ({reason}). Les conversations ne seront pas enregistrées pendant cette session.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} was saved by a newer version of Switchboard. Update Switchboard to see it. Until then, conversations will not be saved.</source>
      <translation>Votre historique de conversations ({path}) a été enregistré par une version plus récente de Switchboard. Mettez Switchboard à jour pour le voir. D’ici là, les conversations ne seront pas enregistrées.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read, so Switchboard started a new one. The old file is kept at {kept}.</source>
      <translation>Votre historique de conversations n’a pas pu être lu : Switchboard en a donc commencé un nouveau. L’ancien fichier est conservé ici : {kept}.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read; the old file is kept at {kept}. A new one could not be created either ({reason}), so conversations will not be saved this session.</source>
      <translation>Votre historique de conversations n’a pas pu être lu ; l’ancien fichier est conservé ici : {kept}. Un nouveau n’a pas pu être créé non plus ({reason}) : les conversations ne seront donc pas enregistrées pendant cette session.</translation>
    </message>
    <message>
      <source>another program is keeping it locked</source>
      <translation>un autre programme le verrouille</translation>
    </message>
    <message>
      <source>it is not allowed to create or change files in that folder</source>
      <translation>il n’a pas le droit de créer ou de modifier des fichiers dans ce dossier</translation>
    </message>
    <message>
      <source>part of the folder path is a file, not a folder</source>
      <translation>une partie du chemin du dossier est un fichier, pas un dossier</translation>
    </message>
    <message>
      <source>the database said: {error}</source>
      <translation>la base de données a répondu : {error}</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <source>the disk reported an error while writing (it may be full or failing)</source>
      <translation>le disque a signalé une erreur d’écriture (il est peut-être plein ou défaillant)</translation>
    </message>
    <message>
      <source>the system said: {error}</source>
      <translation>le système a répondu : {error}</translation>
    </message>
  </context>
  <context>
    <name>dock_link</name>
    <message>
      <source>(your next message)</source>
      <translation>(votre prochain message)</translation>
    </message>
    <message>
      <source>Built-in list</source>
      <translation>Liste intégrée</translation>
    </message>
    <message>
      <source>Live list</source>
      <translation>Liste en direct</translation>
    </message>
    <message numerus="yes">
      <source>Model list refreshed: %n models.</source>
      <comment>one: Model list refreshed: %n model.</comment>
      <translation>
        <numerusform>Liste des modèles actualisée : %n modèle.</numerusform>
        <numerusform>Liste des modèles actualisée : %n modèles.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent: {problem} Fix it in the Parameters panel.</source>
      <translation>Non envoyé : {problem} Corrigez-le dans le panneau Paramètres.</translation>
    </message>
    <message>
      <source>Saved list</source>
      <translation>Liste enregistrée</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Préréglage « {name} » enregistré.</translation>
    </message>
    <message>
      <source>The model list could not be refreshed: {reason}</source>
      <translation>La liste des modèles n’a pas pu être actualisée : {reason}</translation>
    </message>
    <message>
      <source>{problem} Fix it before saving a preset.</source>
      <translation>{problem} Corrigez-le avant d’enregistrer un préréglage.</translation>
    </message>
    <message>
      <source>{problem} Fix it to see the request.</source>
      <translation>{problem} Corrigez-le pour voir la requête.</translation>
    </message>
    <message>
      <source>{problem} Nothing is sent until this is fixed.</source>
      <translation>{problem} Rien n’est envoyé tant que ce n’est pas corrigé.</translation>
    </message>
  </context>
  <context>
    <name>endpoint</name>
    <message>
      <source>Plain http is only allowed for a server on this computer (localhost). Use https for anything else, so your key cannot be read on the way.</source>
      <translation>Le http simple n’est autorisé que pour un serveur sur cet ordinateur (localhost). Utilisez https dans tous les autres cas, pour que votre clé ne puisse pas être lue en chemin.</translation>
    </message>
    <message>
      <source>The address should not contain ? or #.</source>
      <translation>L’adresse ne doit pas contenir ? ni #.</translation>
    </message>
    <message>
      <source>The address should not contain a name or password (the part before @). Type only the server's address, such as {address}</source>
      <translation>L’adresse ne doit pas contenir de nom ni de mot de passe (la partie avant @). Saisissez seulement l’adresse du serveur, par exemple {address}</translation>
    </message>
    <message>
      <source>The port in the address (the number after the colon) is not valid.</source>
      <translation>Le port de l’adresse (le nombre après les deux-points) n’est pas valide.</translation>
    </message>
    <message>
      <source>Type a full address starting with https://, such as {address}</source>
      <translation>Saisissez une adresse complète commençant par https://, par exemple {address}</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>le serveur</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Could not reach OpenRouter. Check your internet connection, then press Retry.</source>
      <translation>Impossible de joindre OpenRouter. Vérifiez votre connexion Internet, puis appuyez sur Réessayer.</translation>
    </message>
    <message>
      <source>One of the settings is out of range. Check the parameter dock.</source>
      <translation>L’un des réglages est hors limites. Vérifiez le panneau des paramètres.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the model or settings, then send again.</source>
      <translation>OpenRouter n’a pas pu accepter cette requête. Changez de modèle ou de réglages, puis renvoyez.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the settings and retry.</source>
      <translation>OpenRouter n’a pas pu accepter cette requête. Changez les réglages et réessayez.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason} Change the settings and retry.</source>
      <translation>OpenRouter n’a pas pu accepter cette requête : {reason} Changez les réglages et réessayez.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason}. Change the settings and retry.</source>
      <translation>OpenRouter n’a pas pu accepter cette requête : {reason}. Changez les réglages et réessayez.</translation>
    </message>
    <message>
      <source>OpenRouter could not process this request. Check the settings and retry.</source>
      <translation>OpenRouter n’a pas pu traiter cette requête. Vérifiez les réglages et réessayez.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept your API key. It may be mistyped, disabled or expired. Paste a new key in Settings.</source>
      <translation>OpenRouter n’a pas accepté votre clé d’API. Elle est peut-être mal saisie, désactivée ou expirée. Collez une nouvelle clé dans les Réglages.</translation>
    </message>
    <message>
      <source>OpenRouter does not know this model. Choose another one from the list.</source>
      <translation>OpenRouter ne connaît pas ce modèle. Choisissez-en un autre dans la liste.</translation>
    </message>
    <message>
      <source>OpenRouter refused this request: the provider's moderation flagged it, or the model is not available to you. Rephrase it or choose another model.</source>
      <translation>OpenRouter a refusé cette requête : la modération du fournisseur l’a signalée, ou le modèle ne vous est pas accessible. Reformulez-la ou choisissez un autre modèle.</translation>
    </message>
    <message>
      <source>OpenRouter took too long to answer. Press Retry.</source>
      <translation>OpenRouter a mis trop de temps à répondre. Appuyez sur Réessayer.</translation>
    </message>
    <message>
      <source>Something went wrong talking to OpenRouter. Please try again.</source>
      <translation>Un problème est survenu lors de l’échange avec OpenRouter. Veuillez réessayer.</translation>
    </message>
    <message>
      <source>That model is not available any more (or no provider matches your routing settings). Choose another model.</source>
      <translation>Ce modèle n’est plus disponible (ou aucun fournisseur ne correspond à vos réglages de routage). Choisissez un autre modèle.</translation>
    </message>
    <message>
      <source>The connection dropped before the answer was finished. What arrived is kept and marked incomplete; press Retry to ask again.</source>
      <translation>La connexion a été coupée avant la fin de la réponse. Ce qui est arrivé est conservé et marqué comme incomplet ; appuyez sur Réessayer pour redemander.</translation>
    </message>
    <message>
      <source>The model stopped sending anything for too long, so the request was given up. Press Retry, or choose a faster model.</source>
      <translation>Le modèle n’a rien envoyé pendant trop longtemps : la requête a donc été abandonnée. Appuyez sur Réessayer, ou choisissez un modèle plus rapide.</translation>
    </message>
    <message>
      <source>The model stopped with an error before finishing its answer. What arrived is kept; press Retry to ask again.</source>
      <translation>Le modèle s’est arrêté sur une erreur avant de terminer sa réponse. Ce qui est arrivé est conservé ; appuyez sur Réessayer pour redemander.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering ({reason}). What arrived is kept; press Retry to ask again.</source>
      <translation>Le fournisseur du modèle a échoué pendant la réponse ({reason}). Ce qui est arrivé est conservé ; appuyez sur Réessayer pour redemander.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering. What arrived is kept; press Retry to ask again.</source>
      <translation>Le fournisseur du modèle a échoué pendant la réponse. Ce qui est arrivé est conservé ; appuyez sur Réessayer pour redemander.</translation>
    </message>
    <message>
      <source>The model's provider is down or overloaded right now. Press Retry in a minute, or choose another model.</source>
      <translation>Le fournisseur du modèle est en panne ou surchargé en ce moment. Appuyez sur Réessayer dans une minute, ou choisissez un autre modèle.</translation>
    </message>
    <message>
      <source>The network returned a web page instead of an answer. If you are on a hotel or café Wi-Fi, open a browser and sign in to the network, then press Retry.</source>
      <translation>Le réseau a renvoyé une page web au lieu d’une réponse. Si vous êtes sur le Wi-Fi d’un hôtel ou d’un café, ouvrez un navigateur et connectez-vous au réseau, puis appuyez sur Réessayer.</translation>
    </message>
    <message>
      <source>The server sent something far too large to be a real answer, so Switchboard stopped reading it. What arrived before is kept. Press Retry; if it happens again, the server or something on the network between is misbehaving.</source>
      <translation>Le serveur a envoyé quelque chose de bien trop volumineux pour être une vraie réponse : Switchboard a donc arrêté de le lire. Ce qui est arrivé avant est conservé. Appuyez sur Réessayer ; si cela se reproduit, le serveur ou un élément du réseau entre les deux fonctionne mal.</translation>
    </message>
    <message>
      <source>This conversation is too long for the model's memory. Start a new conversation, shorten the text, or pick a model with a larger context.</source>
      <translation>Cette conversation est trop longue pour la mémoire du modèle. Commencez une nouvelle conversation, raccourcissez le texte ou choisissez un modèle avec un contexte plus grand.</translation>
    </message>
    <message>
      <source>This message is too large to send. Shorten it or remove attachments.</source>
      <translation>Ce message est trop volumineux pour être envoyé. Raccourcissez-le ou retirez des pièces jointes.</translation>
    </message>
    <message>
      <source>Too many requests right now: this model or your account hit a rate limit. Wait a moment, then press Retry.</source>
      <translation>Trop de requêtes en ce moment : ce modèle ou votre compte a atteint une limite de débit. Patientez un instant, puis appuyez sur Réessayer.</translation>
    </message>
    <message>
      <source>Your OpenRouter credits ran out (or this key reached its spending limit). Add credits at https://openrouter.ai/settings/credits, then press Retry.</source>
      <translation>Vos crédits OpenRouter sont épuisés (ou cette clé a atteint sa limite de dépenses). Ajoutez des crédits sur https://openrouter.ai/settings/credits, puis appuyez sur Réessayer.</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>This file is not a conversation Switchboard can read: {reason}.</source>
      <translation>Ce fichier n’est pas une conversation lisible par Switchboard : {reason}.</translation>
    </message>
    <message>
      <source>it has no list of messages</source>
      <translation>il ne contient pas de liste de messages</translation>
    </message>
    <message>
      <source>it holds a number with too many digits</source>
      <translation>il contient un nombre avec trop de chiffres</translation>
    </message>
    <message>
      <source>it holds more than {most} messages, the most Switchboard imports</source>
      <translation>il contient plus de {most} messages, le maximum que Switchboard importe</translation>
    </message>
    <message>
      <source>it holds more than {most} values (texts, numbers, lists and objects), the most Switchboard imports</source>
      <translation>il contient plus de {most} valeurs (textes, nombres, listes et objets), le maximum que Switchboard importe</translation>
    </message>
    <message>
      <source>it holds neither a conversation nor a list of messages</source>
      <translation>il ne contient ni conversation ni liste de messages</translation>
    </message>
    <message>
      <source>it holds no messages</source>
      <translation>il ne contient aucun message</translation>
    </message>
    <message>
      <source>it is larger than {limit} MB, the most Switchboard imports</source>
      <translation>il dépasse {limit} Mo, le maximum que Switchboard importe</translation>
    </message>
    <message>
      <source>it is nested too deeply</source>
      <translation>il est imbriqué trop profondément</translation>
    </message>
    <message>
      <source>it is not UTF-8 text</source>
      <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
      <source>it is not valid JSON</source>
      <translation>ce n’est pas du JSON valide</translation>
    </message>
    <message>
      <source>it was made by a newer version of Switchboard (format {version}); update Switchboard to import it</source>
      <translation>il a été créé par une version plus récente de Switchboard (format {version}) ; mettez Switchboard à jour pour l’importer</translation>
    </message>
    <message>
      <source>its attached files are not in the expected form</source>
      <translation>ses fichiers joints n’ont pas la forme attendue</translation>
    </message>
    <message>
      <source>its messages are not one branch of its versions</source>
      <translation>ses messages ne forment pas une seule branche de ses versions</translation>
    </message>
    <message>
      <source>its version number is missing or invalid</source>
      <translation>son numéro de version est manquant ou invalide</translation>
    </message>
    <message>
      <source>its versions are not a list</source>
      <translation>ses versions ne sont pas une liste</translation>
    </message>
    <message>
      <source>its versions go round in a circle</source>
      <translation>ses versions tournent en rond</translation>
    </message>
    <message>
      <source>its versions have a missing or repeated id</source>
      <translation>ses versions ont un identifiant manquant ou répété</translation>
    </message>
    <message>
      <source>its versions name a parent that is not an id</source>
      <translation>ses versions désignent un parent qui n’est pas un identifiant</translation>
    </message>
    <message>
      <source>its versions name a parent that is not there</source>
      <translation>ses versions désignent un parent absent</translation>
    </message>
    <message>
      <source>message {number} has an attachment that is not valid</source>
      <translation>le message {number} a une pièce jointe non valide</translation>
    </message>
    <message>
      <source>message {number} has more than {most} parts, the most Switchboard imports</source>
      <translation>le message {number} a plus de {most} parties, le maximum que Switchboard importe</translation>
    </message>
    <message>
      <source>message {number} has no role</source>
      <translation>le message {number} n’a pas de rôle</translation>
    </message>
    <message>
      <source>message {number} has no text content</source>
      <translation>le message {number} n’a pas de contenu texte</translation>
    </message>
    <message>
      <source>message {number} has no text, only attachments</source>
      <translation>le message {number} n’a pas de texte, seulement des pièces jointes</translation>
    </message>
    <message>
      <source>message {number} has the role “{role}”, but only system, user and assistant messages can be imported</source>
      <translation>le message {number} a le rôle « {role} », mais seuls les messages system, user et assistant peuvent être importés</translation>
    </message>
    <message>
      <source>message {number} is not a message object</source>
      <translation>le message {number} n’est pas un objet message</translation>
    </message>
    <message>
      <source>one of its attached files is damaged</source>
      <translation>l’un de ses fichiers joints est endommagé</translation>
    </message>
    <message>
      <source>one of its attached files is larger than {limit} MB, the most Switchboard takes</source>
      <translation>l’un de ses fichiers joints dépasse {limit} Mo, le maximum que Switchboard accepte</translation>
    </message>
    <message>
      <source>one of its attached files is not in the expected form</source>
      <translation>l’un de ses fichiers joints n’a pas la forme attendue</translation>
    </message>
    <message>
      <source>the attached file “{name}” is not the size it says or is larger than Switchboard takes</source>
      <translation>le fichier joint « {name} » n’a pas la taille indiquée ou dépasse ce que Switchboard accepte</translation>
    </message>
    <message>
      <source>the attachments of message {number} are not a short list</source>
      <translation>les pièces jointes du message {number} ne forment pas une courte liste</translation>
    </message>
    <message>
      <source>version {number} is a system message</source>
      <translation>la version {number} est un message système</translation>
    </message>
  </context>
  <context>
    <name>figures</name>
    <message>
      <source>All presets</source>
      <translation>Tous les préréglages</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Réponses</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Coût</translation>
    </message>
    <message>
      <source>Exactly {cost}.</source>
      <translation>Exactement {cost}.</translation>
    </message>
    <message>
      <source>Figures count the prompts you have picked: {counted} of {prompts}.</source>
      <translation>Les chiffres portent sur les prompts que vous avez départagés : {counted} sur {prompts}.</translation>
    </message>
    <message>
      <source>Finished: every prompt has its answers.</source>
      <translation>Terminé : chaque prompt a ses réponses.</translation>
    </message>
    <message>
      <source>First word</source>
      <translation>Premier mot</translation>
    </message>
    <message>
      <source>First word: how long the first word took to arrive. tok/s: tokens per second, how fast the answer came (a token is a short piece of a word).</source>
      <translation>Premier mot : le temps mis par le premier mot pour arriver. jet./s : jetons par seconde, la vitesse de la réponse (un jeton est un petit morceau de mot).</translation>
    </message>
    <message>
      <source>How long the first word of an answer took to arrive, on average.</source>
      <translation>Le temps mis en moyenne par le premier mot d’une réponse pour arriver.</translation>
    </message>
    <message>
      <source>How many tokens the answers have (a token is a short piece of a word).</source>
      <translation>Le nombre de jetons des réponses (un jeton est un petit morceau de mot).</translation>
    </message>
    <message>
      <source>Not finished. Resume sends only what is missing.</source>
      <translation>Pas terminé. Reprendre n’envoie que ce qui manque.</translation>
    </message>
    <message>
      <source>Not started yet.</source>
      <translation>Pas encore commencé.</translation>
    </message>
    <message>
      <source>Nothing is spent on this run yet.</source>
      <translation>Rien n’a encore été dépensé pour cette série.</translation>
    </message>
    <message>
      <source>Open a prompt as a comparison to pick its best answer.</source>
      <translation>Ouvrez un prompt en comparaison pour choisir sa meilleure réponse.</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Préréglage</translation>
    </message>
    <message>
      <source>Running.</source>
      <translation>En cours.</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Vitesse</translation>
    </message>
    <message>
      <source>Spent on this run in all, including answers that were stopped, failed or asked again: {cost}.</source>
      <translation>Dépensé au total pour cette série, y compris les réponses arrêtées, échouées ou redemandées : {cost}.</translation>
    </message>
    <message>
      <source>Stopped. Resume sends only what is missing.</source>
      <translation>Arrêté. Reprendre n’envoie que ce qui manque.</translation>
    </message>
    <message>
      <source>The cost is not known.</source>
      <translation>Le coût est inconnu.</translation>
    </message>
    <message>
      <source>The cost of the answers shown, one per prompt. Earlier attempts (stopped, failed or asked again) are not in it: the note under the table says what the run spent in all.</source>
      <translation>Le coût des réponses affichées, une par prompt. Les tentatives précédentes (arrêtées, échouées ou redemandées) n’y sont pas comptées : la note sous le tableau indique le total dépensé par la série.</translation>
    </message>
    <message>
      <source>The others stay blind until you pick their best answer, so the All presets row is the only one that counts them.</source>
      <translation>Les autres restent à l’aveugle jusqu’à ce que vous choisissiez leur meilleure réponse : seule la ligne Tous les préréglages les compte donc.</translation>
    </message>
    <message>
      <source>Tokens</source>
      <translation>Jetons</translation>
    </message>
    <message>
      <source>Tokens per second: how fast the answer came, on average (a token is a short piece of a word).</source>
      <translation>Jetons par seconde : la vitesse moyenne de la réponse (un jeton est un petit morceau de mot).</translation>
    </message>
    <message>
      <source>Wins</source>
      <translation>Victoires</translation>
    </message>
    <message>
      <source>Wins count blind picks only; this run is not blind, so there are none.</source>
      <translation>Les victoires ne comptent que les choix à l’aveugle ; cette série n’est pas à l’aveugle, il n’y en a donc aucune.</translation>
    </message>
    <message numerus="yes">
      <source>Wins count your picks: {picked} of %n prompts picked.</source>
      <comment>one: Wins count your picks: {picked} of %n prompt picked.</comment>
      <translation>
        <numerusform>Les victoires comptent vos choix : {picked} prompt départagé sur %n.</numerusform>
        <numerusform>Les victoires comptent vos choix : {picked} prompts départagés sur %n.</numerusform>
      </translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>premier mot {time}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>{answers} ({failed} failed)</source>
      <translation>{answers} ({failed} échouées)</translation>
    </message>
    <message>
      <source>{cost} (partly estimated)</source>
      <translation>{cost} (en partie estimé)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} est.</translation>
    </message>
    <message>
      <source>{count} picked</source>
      <translation>{count} choisis</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} jetons</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed, {running} being written.</source>
      <comment>one: {done} of %n answer, {failed} failed, {running} being written.</comment>
      <translation>
        <numerusform>{done} réponse sur %n, {failed} échouées, {running} en cours de rédaction.</numerusform>
        <numerusform>{done} réponses sur %n, {failed} échouées, {running} en cours de rédaction.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed.</source>
      <comment>one: {done} of %n answer, {failed} failed.</comment>
      <translation>
        <numerusform>{done} réponse sur %n, {failed} échouées.</numerusform>
        <numerusform>{done} réponses sur %n, {failed} échouées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {running} being written.</source>
      <comment>one: {done} of %n answer, {running} being written.</comment>
      <translation>
        <numerusform>{done} réponse sur %n, {running} en cours de rédaction.</numerusform>
        <numerusform>{done} réponses sur %n, {running} en cours de rédaction.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers.</source>
      <comment>one: {done} of %n answer.</comment>
      <translation>
        <numerusform>{done} réponse sur %n.</numerusform>
        <numerusform>{done} réponses sur %n.</numerusform>
      </translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} jet./s</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>{wins} of {judged}</source>
      <translation>{wins} sur {judged}</translation>
    </message>
  </context>
  <context>
    <name>file_actions</name>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Could not save the export: {reason}.</source>
      <translation>Impossible d’enregistrer l’export : {reason}.</translation>
    </message>
    <message>
      <source>Could not save the spending export: {reason}.</source>
      <translation>Impossible d’enregistrer l’export des dépenses : {reason}.</translation>
    </message>
    <message>
      <source>Export comparison</source>
      <translation>Exporter la comparaison</translation>
    </message>
    <message>
      <source>Export conversation</source>
      <translation>Exporter la conversation</translation>
    </message>
    <message>
      <source>Export spending</source>
      <translation>Exporter les dépenses</translation>
    </message>
    <message>
      <source>Export the run</source>
      <translation>Exporter la série</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n rows of spending to {path}.</source>
      <comment>one: Exported %n row of spending to {path}.</comment>
      <translation>
        <numerusform>%n ligne de dépenses exportée vers {path}.</numerusform>
        <numerusform>%n lignes de dépenses exportées vers {path}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Exporté vers {path}.</translation>
    </message>
    <message>
      <source>Import conversation ({limits})</source>
      <translation>Importer une conversation ({limits})</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>Importation de {name}…</translation>
    </message>
    <message>
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
  </context>
  <context>
    <name>files</name>
    <message>
      <source>It is not an ordinary file: it may be a folder, a pipe or a device.</source>
      <translation>Ce n’est pas un fichier ordinaire : c’est peut-être un dossier, un tube ou un périphérique.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} KB.</source>
      <translation>Il est trop volumineux : la limite est de {size} Ko.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} MB.</source>
      <translation>Il est trop volumineux : la limite est de {size} Mo.</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>Supprimer la série</translation>
    </message>
    <message>
      <source>Delete the run “{title}” and all its answers? This cannot be undone.</source>
      <translation>Supprimer la série « {title} » et toutes ses réponses ? Cette action est irréversible.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>« {title} » supprimée.</translation>
    </message>
    <message>
      <source>Not started. Press Start when you are ready.</source>
      <translation>Pas commencé. Appuyez sur Démarrer quand vous êtes prêt.</translation>
    </message>
    <message>
      <source>Prompt sets are not available right now.</source>
      <translation>Les jeux de prompts ne sont pas disponibles pour le moment.</translation>
    </message>
    <message>
      <source>Run anyway</source>
      <translation>Lancer quand même</translation>
    </message>
    <message>
      <source>Started: {estimate}.</source>
      <translation>Démarrée : {estimate}.</translation>
    </message>
  </context>
  <context>
    <name>fork_flow</name>
    <message numerus="yes">
      <source>%n messages.</source>
      <comment>one: %n message.</comment>
      <translation>
        <numerusform>%n message.</numerusform>
        <numerusform>%n messages.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n turns</source>
      <comment>one: %n turn</comment>
      <translation>
        <numerusform>%n échange</numerusform>
        <numerusform>%n échanges</numerusform>
      </translation>
    </message>
    <message>
      <source>A new conversation starts with a copy of this one up to here. Everything it holds is sent again with each new message, so a shorter start costs less.</source>
      <translation>Une nouvelle conversation commence avec une copie de celle-ci jusqu’à ce point. Tout son contenu est renvoyé avec chaque nouveau message : un début plus court coûte donc moins cher.</translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens to send again with each message.</source>
      <comment>one: About %n token to send again with each message.</comment>
      <translation>
        <numerusform>Environ %n jeton à renvoyer avec chaque message.</numerusform>
        <numerusform>Environ %n jetons à renvoyer avec chaque message.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens, about {cost} to send again with each message.</source>
      <comment>one: About %n token, about {cost} to send again with each message.</comment>
      <translation>
        <numerusform>Environ %n jeton, environ {cost} à renvoyer avec chaque message.</numerusform>
        <numerusform>Environ %n jetons, environ {cost} à renvoyer avec chaque message.</numerusform>
      </translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>Continuer dans un nouvel onglet</translation>
    </message>
    <message>
      <source>How many of the last turns to keep</source>
      <translation>Nombre de derniers échanges à conserver</translation>
    </message>
    <message>
      <source>Only the last</source>
      <translation>Seulement les derniers</translation>
    </message>
    <message numerus="yes">
      <source>The whole conversation up to here (%n messages)</source>
      <comment>one: The whole conversation up to here (%n message)</comment>
      <translation>
        <numerusform>Toute la conversation jusqu’ici (%n message)</numerusform>
        <numerusform>Toute la conversation jusqu’ici (%n messages)</numerusform>
      </translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation.</source>
      <translation>Ce message n’est plus affiché dans la conversation.</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <source>New conversation</source>
      <translation>Nouvelle conversation</translation>
    </message>
  </context>
  <context>
    <name>key_dialog</name>
    <message>
      <source>Cancel sign-in</source>
      <translation>Annuler la connexion</translation>
    </message>
    <message>
      <source>Check and save</source>
      <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
      <source>Checking the key with {server}…</source>
      <translation>Vérification de la clé auprès de {server}…</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Copié</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>Copier le lien</translation>
    </message>
    <message>
      <source>Finish signing in in your browser; Switchboard waits here. No browser window? Copy the sign-in link below into your browser.</source>
      <translation>Terminez la connexion dans votre navigateur ; Switchboard patiente ici. Aucune fenêtre de navigateur ? Copiez le lien de connexion ci-dessous dans votre navigateur.</translation>
    </message>
    <message>
      <source>Key accepted: {description}</source>
      <translation>Clé acceptée : {description}</translation>
    </message>
    <message>
      <source>Key for {name}</source>
      <translation>Clé pour {name}</translation>
    </message>
    <message>
      <source>Key status</source>
      <translation>État de la clé</translation>
    </message>
    <message>
      <source>OpenRouter key</source>
      <translation>Clé OpenRouter</translation>
    </message>
    <message>
      <source>Opening your browser…</source>
      <translation>Ouverture de votre navigateur…</translation>
    </message>
    <message>
      <source>Or paste a key you created at {link}:</source>
      <translation>Ou collez une clé créée sur {link} :</translation>
    </message>
    <message>
      <source>Paste the key for {name} (not your OpenRouter key):</source>
      <translation>Collez la clé de {name} (pas votre clé OpenRouter) :</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>Collez d’abord votre clé.</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Afficher</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter</source>
      <translation>Se connecter avec OpenRouter</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter (for this session only)</source>
      <translation>Se connecter avec OpenRouter (pour cette session uniquement)</translation>
    </message>
    <message>
      <source>Sign-in cancelled.</source>
      <translation>Connexion annulée.</translation>
    </message>
    <message>
      <source>Sign-in link</source>
      <translation>Lien de connexion</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. To sign in, copy the link below, open it in your browser and sign in there; Switchboard waits here. Or paste a key below.</source>
      <translation>Switchboard n’a pas pu ouvrir votre navigateur web. Pour vous connecter, copiez le lien ci-dessous, ouvrez-le dans votre navigateur et connectez-vous ; Switchboard patiente ici. Vous pouvez aussi coller une clé ci-dessous.</translation>
    </message>
    <message>
      <source>The API address in Settings is another server ({name}), so Sign in with OpenRouter is not offered here: it would hand your new OpenRouter key to that server. Set the address back to OpenRouter to sign in.</source>
      <translation>L’adresse de l’API dans les Réglages désigne un autre serveur ({name}) : la connexion avec OpenRouter n’est donc pas proposée ici, car elle remettrait votre nouvelle clé OpenRouter à ce serveur. Remettez l’adresse d’OpenRouter pour vous connecter.</translation>
    </message>
    <message>
      <source>The key {name} gave you</source>
      <translation>La clé que {name} vous a donnée</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so the key you get by signing in lasts only until you close Switchboard.</source>
      <translation>Cet ordinateur n’a aucun trousseau de mots de passe utilisable par Switchboard : la clé obtenue en vous connectant ne dure donc que jusqu’à la fermeture de Switchboard.</translation>
    </message>
    <message>
      <source>Use this key for this session only</source>
      <translation>Utiliser cette clé pour cette session uniquement</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <source>A key is one line without spaces or line breaks, so this is not just the key. Copy the key alone and paste it here.</source>
      <translation>Une clé tient sur une seule ligne, sans espaces ni retours à la ligne : ceci n’est donc pas seulement la clé. Copiez la clé seule et collez-la ici.</translation>
    </message>
    <message>
      <source>Switchboard needs an OpenRouter key: it starts with sk-or-…</source>
      <translation>Switchboard a besoin d’une clé OpenRouter : elle commence par sk-or-…</translation>
    </message>
    <message>
      <source>This looks like a GitHub token.</source>
      <translation>Ceci ressemble à un jeton GitHub.</translation>
    </message>
    <message>
      <source>This looks like a Google key.</source>
      <translation>Ceci ressemble à une clé Google.</translation>
    </message>
    <message>
      <source>This looks like a Groq key.</source>
      <translation>Ceci ressemble à une clé Groq.</translation>
    </message>
    <message>
      <source>This looks like a Hugging Face token.</source>
      <translation>Ceci ressemble à un jeton Hugging Face.</translation>
    </message>
    <message>
      <source>This looks like a Perplexity key.</source>
      <translation>Ceci ressemble à une clé Perplexity.</translation>
    </message>
    <message>
      <source>This looks like a Replicate token.</source>
      <translation>Ceci ressemble à un jeton Replicate.</translation>
    </message>
    <message>
      <source>This looks like an Anthropic (Claude) key.</source>
      <translation>Ceci ressemble à une clé Anthropic (Claude).</translation>
    </message>
    <message>
      <source>This looks like an NVIDIA key.</source>
      <translation>Ceci ressemble à une clé NVIDIA.</translation>
    </message>
    <message>
      <source>This looks like an OpenAI key.</source>
      <translation>Ceci ressemble à une clé OpenAI.</translation>
    </message>
    <message>
      <source>This looks like an xAI (Grok) key.</source>
      <translation>Ceci ressemble à une clé xAI (Grok).</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message numerus="yes">
      <source>%n messages</source>
      <comment>one: %n message</comment>
      <translation>
        <numerusform>%n message</numerusform>
        <numerusform>%n messages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts</source>
      <comment>one: %n prompt</comment>
      <translation>
        <numerusform>%n prompt</numerusform>
        <numerusform>%n prompts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, finished</source>
      <comment>one: %n prompt, finished</comment>
      <translation>
        <numerusform>%n prompt, terminé</numerusform>
        <numerusform>%n prompts, terminé</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, running</source>
      <comment>one: %n prompt, running</comment>
      <translation>
        <numerusform>%n prompt, en cours</numerusform>
        <numerusform>%n prompts, en cours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, stopped</source>
      <comment>one: %n prompt, stopped</comment>
      <translation>
        <numerusform>%n prompt, arrêté</numerusform>
        <numerusform>%n prompts, arrêté</numerusform>
      </translation>
    </message>
    <message>
      <source>Conversations</source>
      <translation>Conversations</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>Supprimer la conversation</translation>
    </message>
    <message>
      <source>Delete the chosen conversation (in the library)</source>
      <translation>Supprimer la conversation choisie (dans la bibliothèque)</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>Fold the library</source>
      <translation>Replier la bibliothèque</translation>
    </message>
    <message>
      <source>Fold the library to a narrow strip</source>
      <translation>Replier la bibliothèque en une bande étroite</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Bibliothèque</translation>
    </message>
    <message>
      <source>No conversations match “{query}”.</source>
      <translation>Aucune conversation ne correspond à « {query} ».</translation>
    </message>
    <message>
      <source>No conversations yet. Type a message below to start one.</source>
      <translation>Aucune conversation pour l’instant. Écrivez un message ci-dessous pour en commencer une.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Search conversations</source>
      <translation>Rechercher</translation>
    </message>
    <message>
      <source>Show the library</source>
      <translation>Afficher la bibliothèque</translation>
    </message>
    <message numerus="yes">
      <source>comparison of %n answers, names hidden until you pick the best</source>
      <comment>one: comparison of %n answer, names hidden until you pick the best</comment>
      <translation>
        <numerusform>comparaison de %n réponse, noms masqués jusqu’au choix de la meilleure</numerusform>
        <numerusform>comparaison de %n réponses, noms masqués jusqu’au choix de la meilleure</numerusform>
      </translation>
    </message>
    <message>
      <source>comparison: {columns}</source>
      <translation>comparaison : {columns}</translation>
    </message>
    <message>
      <source>prompt set run: {columns}</source>
      <translation>série de jeu de prompts : {columns}</translation>
    </message>
  </context>
  <context>
    <name>link_focus</name>
    <message>
      <source>{link}, link</source>
      <translation>{link}, lien</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Switchboard cannot use the folder {folder} ({reason}), so what you do now may not be saved. Check that the folder can be written to.</source>
      <translation>Switchboard ne peut pas utiliser le dossier {folder} ({reason}) : ce que vous faites maintenant risque donc de ne pas être enregistré. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
      <source>Switchboard is damaged: {path} is missing. Reinstall it.</source>
      <translation>Switchboard est endommagé : {path} est manquant. Réinstallez-le.</translation>
    </message>
    <message>
      <source>Switchboard will use the language you chose after you restart it.</source>
      <translation>Switchboard utilisera la langue choisie après son redémarrage.</translation>
    </message>
    <message>
      <source>The address in SWITCHBOARD_BASE_URL cannot be used, so Switchboard uses the address from Settings instead. {reason}</source>
      <translation>L’adresse de SWITCHBOARD_BASE_URL ne peut pas être utilisée : Switchboard utilise donc celle des Réglages. {reason}</translation>
    </message>
    <message>
      <source>looking for your key…</source>
      <translation>recherche de votre clé…</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete comparison</source>
      <translation>Supprimer la comparaison</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>Supprimer la conversation</translation>
    </message>
    <message>
      <source>Delete the comparison “{title}” and all its answers?</source>
      <translation>Supprimer la comparaison « {title} » et toutes ses réponses ?</translation>
    </message>
    <message>
      <source>Delete “{title}” and all its messages? This cannot be undone.</source>
      <translation>Supprimer « {title} » et tous ses messages ? Cette action est irréversible.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>« {title} » supprimée.</translation>
    </message>
    <message>
      <source>Next tab</source>
      <translation>Onglet suivant</translation>
    </message>
    <message>
      <source>Previous tab</source>
      <translation>Onglet précédent</translation>
    </message>
    <message>
      <source>Rename conversation</source>
      <translation>Renommer la conversation</translation>
    </message>
    <message>
      <source>Show the model and its settings (Ctrl+Shift+P)</source>
      <translation>Afficher le modèle et ses réglages (Ctrl+Shift+P)</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Titre :</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <source>Add prompt</source>
      <translation>Ajouter un prompt</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Could not save the file: {reason}.</source>
      <translation>Impossible d’enregistrer le fichier : {reason}.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete prompt set</source>
      <translation>Supprimer le jeu de prompts</translation>
    </message>
    <message>
      <source>Delete the prompt set “{name}”? Runs made with it keep their own copy.</source>
      <translation>Supprimer le jeu de prompts « {name} » ? Les séries lancées avec lui conservent leur propre copie.</translation>
    </message>
    <message>
      <source>Deleted “{name}”.</source>
      <translation>« {name} » supprimé.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <source>Discard your changes?</source>
      <translation>Abandonner vos modifications ?</translation>
    </message>
    <message>
      <source>Export the prompt set</source>
      <translation>Exporter le jeu de prompts</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Exporté vers {path}.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <source>Import a prompt set</source>
      <translation>Importer un jeu de prompts</translation>
    </message>
    <message numerus="yes">
      <source>Imported “{name}” with %n prompts.</source>
      <comment>one: Imported “{name}” with %n prompt.</comment>
      <translation>
        <numerusform>« {name} » importé avec %n prompt.</numerusform>
        <numerusform>« {name} » importé avec %n prompts.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importer…</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name of the prompt set</source>
      <translation>Nom du jeu de prompts</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nom :</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nouveau</translation>
    </message>
    <message>
      <source>New prompt set</source>
      <translation>Nouveau jeu de prompts</translation>
    </message>
    <message>
      <source>Notes on a good answer</source>
      <translation>Notes sur une bonne réponse</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>Prompt</translation>
    </message>
    <message>
      <source>Prompt sets</source>
      <translation>Jeux de prompts</translation>
    </message>
    <message>
      <source>Prompt sets (*.json)</source>
      <translation>Jeux de prompts (*.json)</translation>
    </message>
    <message>
      <source>Prompts of the set</source>
      <translation>Prompts du jeu</translation>
    </message>
    <message>
      <source>Prompts:</source>
      <translation>Prompts :</translation>
    </message>
    <message>
      <source>Remove prompt</source>
      <translation>Retirer le prompt</translation>
    </message>
    <message>
      <source>Run…</source>
      <translation>Lancer…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Saved “{name}”.</source>
      <translation>« {name} » enregistré.</translation>
    </message>
    <message>
      <source>Send every prompt of this set to two to four presets.</source>
      <translation>Envoyer chaque prompt de ce jeu à deux à quatre préréglages.</translation>
    </message>
    <message>
      <source>The chosen prompt:</source>
      <translation>Le prompt choisi :</translation>
    </message>
    <message>
      <source>The prompt, as you would type it in a conversation</source>
      <translation>Le prompt, tel que vous l’écririez dans une conversation</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional)</source>
      <translation>À quoi ressemble une bonne réponse (facultatif)</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional):</source>
      <translation>À quoi ressemble une bonne réponse (facultatif) :</translation>
    </message>
    <message>
      <source>Your changes to this prompt set cannot be saved. {problem} Discard them and close?</source>
      <translation>Vos modifications de ce jeu de prompts ne peuvent pas être enregistrées. {problem} Les abandonner et fermer ?</translation>
    </message>
    <message>
      <source>{number}. (empty)</source>
      <translation>{number}. (vide)</translation>
    </message>
  </context>
  <context>
    <name>markdown</name>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Copy this code</source>
      <translation>Copier ce code</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>Image</translation>
    </message>
    <message>
      <source>Image: {alt}</source>
      <translation>Image : {alt}</translation>
    </message>
    <message>
      <source>code</source>
      <translation>code</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <source>&amp;About Switchboard</source>
      <translation>À &amp;propos de Switchboard</translation>
    </message>
    <message>
      <source>&amp;Close conversation</source>
      <translation>&amp;Fermer la conversation</translation>
    </message>
    <message>
      <source>&amp;Conversation</source>
      <translation>&amp;Conversation</translation>
    </message>
    <message>
      <source>&amp;Copy the newest answer</source>
      <translation>&amp;Copier la dernière réponse</translation>
    </message>
    <message>
      <source>&amp;Enter sends (Shift+Enter for a new line)</source>
      <translation>&amp;Entrée envoie (Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>&amp;Import conversation…</source>
      <translation>&amp;Importer une conversation…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>&amp;New conversation</source>
      <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
      <source>&amp;Prompt sets…</source>
      <translation>&amp;Jeux de prompts…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Regenerate the newest answer</source>
      <translation>&amp;Régénérer la dernière réponse</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Réglages…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>Conversation &amp;library</source>
      <translation>&amp;Bibliothèque de conversations</translation>
    </message>
    <message>
      <source>Export &amp;spending as CSV…</source>
      <translation>Exporter les &amp;dépenses en CSV…</translation>
    </message>
    <message>
      <source>Export as &amp;JSON…</source>
      <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
      <source>Export as &amp;Markdown…</source>
      <translation>Exporter en &amp;Markdown…</translation>
    </message>
    <message>
      <source>Go to the &amp;parameters</source>
      <translation>Aller aux &amp;paramètres</translation>
    </message>
    <message>
      <source>New c&amp;omparison…</source>
      <translation>Nouvelle c&amp;omparaison…</translation>
    </message>
    <message>
      <source>OpenRouter &amp;credits (web page)</source>
      <translation>&amp;Crédits OpenRouter (page web)</translation>
    </message>
    <message>
      <source>OpenRouter &amp;keys (web page)</source>
      <translation>&amp;Clés OpenRouter (page web)</translation>
    </message>
    <message>
      <source>Show &amp;parameters</source>
      <translation>Afficher les &amp;paramètres</translation>
    </message>
    <message>
      <source>There is no answer to copy here yet.</source>
      <translation>Il n’y a pas encore de réponse à copier ici.</translation>
    </message>
    <message>
      <source>There is no answer to regenerate here yet.</source>
      <translation>Il n’y a pas encore de réponse à régénérer ici.</translation>
    </message>
  </context>
  <context>
    <name>message_actions</name>
    <message>
      <source>Message copied.</source>
      <translation>Message copié.</translation>
    </message>
    <message>
      <source>Message details</source>
      <translation>Détails du message</translation>
    </message>
  </context>
  <context>
    <name>message_html</name>
    <message>
      <source>Answer</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <source>Assistant</source>
      <translation>Assistant</translation>
    </message>
    <message>
      <source>Compare versions</source>
      <translation>Comparer les versions</translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>Continuer dans un nouvel onglet</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Delete version</source>
      <translation>Supprimer la version</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>Régénérer</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>Régénérer avec…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>Réflexion…</translation>
    </message>
    <message>
      <source>Thinking… under a second</source>
      <translation>Réflexion… moins d’une seconde</translation>
    </message>
    <message>
      <source>Thinking… {seconds} s</source>
      <translation>Réflexion… {seconds} s</translation>
    </message>
    <message>
      <source>Thought</source>
      <translation>Réflexion</translation>
    </message>
    <message numerus="yes">
      <source>Thought %n tokens</source>
      <comment>one: Thought %n token</comment>
      <translation>
        <numerusform>Réflexion : %n jeton</numerusform>
        <numerusform>Réflexion : %n jetons</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for under a second</source>
      <translation>Réflexion de moins d’une seconde</translation>
    </message>
    <message numerus="yes">
      <source>Thought for under a second · %n tokens</source>
      <comment>one: Thought for under a second · %n token</comment>
      <translation>
        <numerusform>Réflexion de moins d’une seconde · %n jeton</numerusform>
        <numerusform>Réflexion de moins d’une seconde · %n jetons</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for {seconds} s</source>
      <translation>Réflexion de {seconds} s</translation>
    </message>
    <message numerus="yes">
      <source>Thought for {seconds} s · %n tokens</source>
      <comment>one: Thought for {seconds} s · %n token</comment>
      <translation>
        <numerusform>Réflexion de {seconds} s · %n jeton</numerusform>
        <numerusform>Réflexion de {seconds} s · %n jetons</numerusform>
      </translation>
    </message>
    <message>
      <source>Try again with less thinking</source>
      <translation>Réessayer avec moins de réflexion</translation>
    </message>
    <message>
      <source>Try again without a length limit</source>
      <translation>Réessayer sans limite de longueur</translation>
    </message>
    <message>
      <source>You</source>
      <translation>Vous</translation>
    </message>
    <message>
      <source>⚠ No answer: the model used its whole length limit thinking, so nothing was left for the answer. The thinking is billed.</source>
      <translation>⚠ Pas de réponse : le modèle a utilisé toute sa limite de longueur pour réfléchir, il ne restait donc rien pour la réponse. La réflexion est facturée.</translation>
    </message>
  </context>
  <context>
    <name>meta</name>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n jeton</numerusform>
        <numerusform>%n jetons</numerusform>
      </translation>
    </message>
    <message>
      <source>Answer cost (with the prompt)</source>
      <translation>Coût de la réponse (avec le prompt)</translation>
    </message>
    <message>
      <source>Answer tokens</source>
      <translation>Jetons de réponse</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Coût</translation>
    </message>
    <message>
      <source>Finish reason</source>
      <translation>Raison de fin</translation>
    </message>
    <message>
      <source>Model requested</source>
      <translation>Modèle demandé</translation>
    </message>
    <message>
      <source>Model that answered</source>
      <translation>Modèle qui a répondu</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Prompt tokens</source>
      <translation>Jetons du prompt</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Fournisseur</translation>
    </message>
    <message>
      <source>Sources:</source>
      <translation>Sources :</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>The model used its whole length limit thinking, so no answer was left. It was still billed.</source>
      <translation>Le modèle a utilisé toute sa limite de longueur pour réfléchir : il ne restait donc aucune réponse. Cela a tout de même été facturé.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Réflexion</translation>
    </message>
    <message>
      <source>Thinking cost</source>
      <translation>Coût de la réflexion</translation>
    </message>
    <message>
      <source>Thinking tokens</source>
      <translation>Jetons de réflexion</translation>
    </message>
    <message>
      <source>Thought privately</source>
      <translation>Réflexion privée</translation>
    </message>
    <message numerus="yes">
      <source>Thought privately: %n thinking tokens billed</source>
      <comment>one: Thought privately: %n thinking token billed</comment>
      <translation>
        <numerusform>Réflexion privée : %n jeton de réflexion facturé</numerusform>
        <numerusform>Réflexion privée : %n jetons de réflexion facturés</numerusform>
      </translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Durée</translation>
    </message>
    <message>
      <source>Time thinking</source>
      <translation>Durée de réflexion</translation>
    </message>
    <message>
      <source>Web searches</source>
      <translation>Recherches web</translation>
    </message>
    <message>
      <source>Your message</source>
      <translation>Votre message</translation>
    </message>
    <message>
      <source>about {count}</source>
      <translation>environ {count}</translation>
    </message>
    <message numerus="yes">
      <source>answer %n tokens</source>
      <comment>one: answer %n token</comment>
      <translation>
        <numerusform>réponse %n jeton</numerusform>
        <numerusform>réponse %n jetons</numerusform>
      </translation>
    </message>
    <message>
      <source>complete</source>
      <translation>terminée</translation>
    </message>
    <message>
      <source>done privately: none of it came back, but it is billed</source>
      <translation>faite en privé : rien n’en est revenu, mais elle est facturée</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>échouée</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>interrompue</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>provider defaults</source>
      <translation>valeurs par défaut du fournisseur</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>arrêtée</translation>
    </message>
    <message>
      <source>streaming</source>
      <translation>en cours</translation>
    </message>
    <message>
      <source>the answer did not finish.</source>
      <translation>la réponse n’est pas allée jusqu’au bout.</translation>
    </message>
    <message numerus="yes">
      <source>thinking %n tokens</source>
      <comment>one: thinking %n token</comment>
      <translation>
        <numerusform>réflexion %n jeton</numerusform>
        <numerusform>réflexion %n jetons</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>thinking about %n tokens</source>
      <comment>one: thinking about %n token</comment>
      <translation>
        <numerusform>réflexion environ %n jeton</numerusform>
        <numerusform>réflexion environ %n jetons</numerusform>
      </translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>via {provider}</source>
      <translation>via {provider}</translation>
    </message>
    <message>
      <source>{answer} + {thinking}</source>
      <translation>{answer} + {thinking}</translation>
    </message>
    <message>
      <source>{cost} (billed by OpenRouter)</source>
      <translation>{cost} (facturé par OpenRouter)</translation>
    </message>
    <message>
      <source>{cost} (estimated from the model's price)</source>
      <translation>{cost} (estimé d’après le prix du modèle)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} est.</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label} : {value}</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>{tokens} ({cost})</source>
      <translation>{tokens} ({cost})</translation>
    </message>
    <message>
      <source>⚠ Cut off: the answer reached its maximum length (raise Maximum length).</source>
      <translation>⚠ Coupée : la réponse a atteint sa longueur maximale (augmentez la Longueur maximale).</translation>
    </message>
    <message>
      <source>⚠ Filtered: the provider's content filter stopped this answer.</source>
      <translation>⚠ Filtrée : le filtre de contenu du fournisseur a arrêté cette réponse.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: Switchboard closed while this answer was arriving.</source>
      <translation>⚠ Incomplète : Switchboard a été fermé pendant l’arrivée de cette réponse.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: {error}</source>
      <translation>⚠ Incomplète : {error}</translation>
    </message>
    <message>
      <source>⚠ Stopped: you stopped this answer; what arrived is kept.</source>
      <translation>⚠ Arrêtée : vous avez arrêté cette réponse ; ce qui est arrivé est conservé.</translation>
    </message>
  </context>
  <context>
    <name>model_picker</name>
    <message>
      <source>Choose a model</source>
      <translation>Choisir un modèle</translation>
    </message>
    <message>
      <source>Context</source>
      <translation>Contexte</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Sortie</translation>
    </message>
    <message>
      <source>Refresh list</source>
      <translation>Actualiser la liste</translation>
    </message>
    <message>
      <source>Search by name or id, e.g. “llama 70b” or “free”</source>
      <translation>Rechercher par nom ou identifiant, p. ex. « llama 70b » ou « free »</translation>
    </message>
    <message>
      <source>Search models</source>
      <translation>Rechercher des modèles</translation>
    </message>
    <message>
      <source>Use this model</source>
      <translation>Utiliser ce modèle</translation>
    </message>
    <message>
      <source>free</source>
      <translation>gratuit</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n models</source>
      <comment>one: {shown} of %n model</comment>
      <translation>
        <numerusform>{shown} sur %n modèle</numerusform>
        <numerusform>{shown} sur %n modèles</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>free</source>
      <translation>gratuit</translation>
    </message>
    <message>
      <source>price unknown</source>
      <translation>prix inconnu</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>unknown context</source>
      <translation>contexte inconnu</translation>
    </message>
    <message>
      <source>{fee} per request</source>
      <translation>{fee} par requête</translation>
    </message>
    <message>
      <source>{model} cannot be held to a JSON schema.</source>
      <translation>{model} ne peut pas être contraint à un schéma JSON.</translation>
    </message>
    <message>
      <source>{model} does not accept a JSON schema.</source>
      <translation>{model} n’accepte pas de schéma JSON.</translation>
    </message>
    <message>
      <source>{model} does not accept a Min P value.</source>
      <translation>{model} n’accepte pas de valeur Min P.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top A value.</source>
      <translation>{model} n’accepte pas de valeur Top A.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top K value.</source>
      <translation>{model} n’accepte pas de valeur Top K.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top P value.</source>
      <translation>{model} n’accepte pas de valeur Top P.</translation>
    </message>
    <message>
      <source>{model} does not accept a frequency penalty.</source>
      <translation>{model} n’accepte pas de pénalité de fréquence.</translation>
    </message>
    <message>
      <source>{model} does not accept a maximum length.</source>
      <translation>{model} n’accepte pas de longueur maximale.</translation>
    </message>
    <message>
      <source>{model} does not accept a presence penalty.</source>
      <translation>{model} n’accepte pas de pénalité de présence.</translation>
    </message>
    <message>
      <source>{model} does not accept a repetition penalty.</source>
      <translation>{model} n’accepte pas de pénalité de répétition.</translation>
    </message>
    <message>
      <source>{model} does not accept a response format.</source>
      <translation>{model} n’accepte pas de format de réponse.</translation>
    </message>
    <message>
      <source>{model} does not accept a seed.</source>
      <translation>{model} n’accepte pas de graine.</translation>
    </message>
    <message>
      <source>{model} does not accept a temperature.</source>
      <translation>{model} n’accepte pas de température.</translation>
    </message>
    <message>
      <source>{model} does not accept log probabilities.</source>
      <translation>{model} n’accepte pas les probabilités logarithmiques.</translation>
    </message>
    <message>
      <source>{model} does not accept reasoning settings.</source>
      <translation>{model} n’accepte pas de réglages de réflexion.</translation>
    </message>
    <message>
      <source>{model} does not accept stop sequences.</source>
      <translation>{model} n’accepte pas de séquences d’arrêt.</translation>
    </message>
    <message>
      <source>{model} does not accept tools.</source>
      <translation>{model} n’accepte pas d’outils.</translation>
    </message>
    <message>
      <source>{model} does not accept “{name}”.</source>
      <translation>{model} n’accepte pas « {name} ».</translation>
    </message>
    <message>
      <source>{model} does not think before answering.</source>
      <translation>{model} ne réfléchit pas avant de répondre.</translation>
    </message>
    <message>
      <source>{model} has no JSON mode.</source>
      <translation>{model} n’a pas de mode JSON.</translation>
    </message>
    <message>
      <source>{prices} · {fee}</source>
      <translation>{prices} · {fee}</translation>
    </message>
    <message>
      <source>{prompt} in · {completion} out</source>
      <translation>{prompt} en entrée · {completion} en sortie</translation>
    </message>
    <message>
      <source>{tokens} context</source>
      <translation>contexte de {tokens}</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <source>free</source>
      <translation>gratuit</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
  </context>
  <context>
    <name>new_comparison</name>
    <message>
      <source>Blind: hide the names and shuffle the columns until I pick the best</source>
      <translation>À l’aveugle : masquer les noms et mélanger les colonnes jusqu’à ce que je choisisse la meilleure</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Comparer</translation>
    </message>
    <message>
      <source>Fair: the same provider for every column of a model, and every setting must be honoured</source>
      <translation>Équitable : le même fournisseur pour toutes les colonnes d’un modèle, et chaque réglage doit être respecté</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>Nouvelle comparaison</translation>
    </message>
    <message>
      <source>Otherwise the answers may come from different companies running the model, and one of them may quietly ignore a setting, so you would compare those instead.</source>
      <translation>Sinon, les réponses peuvent venir de différentes entreprises qui font tourner le modèle, et l’une d’elles peut ignorer discrètement un réglage : c’est alors elles que vous compareriez.</translation>
    </message>
    <message>
      <source>Presets to compare</source>
      <translation>Préréglages à comparer</translation>
    </message>
    <message>
      <source>Tick between {least} and {most} presets (now {ticked}).</source>
      <translation>Cochez entre {least} et {most} préréglages (actuellement {ticked}).</translation>
    </message>
    <message>
      <source>Tick two to four presets. One prompt goes to all of them with {model} (or the model a preset names); the answers stream side by side.</source>
      <translation>Cochez deux à quatre préréglages. Un même prompt leur est envoyé à tous avec {model} (ou le modèle indiqué par un préréglage) ; les réponses s’affichent côte à côte.</translation>
    </message>
    <message>
      <source>Title (optional)</source>
      <translation>Titre (facultatif)</translation>
    </message>
    <message>
      <source>{left} vs {right}</source>
      <translation>{left} contre {right}</translation>
    </message>
  </context>
  <context>
    <name>oauth</name>
    <message>
      <source>Bad request</source>
      <translation>Requête incorrecte</translation>
    </message>
    <message>
      <source>Could not reach OpenRouter to finish signing in. Check your internet connection, then try again.</source>
      <translation>Impossible de joindre OpenRouter pour terminer la connexion. Vérifiez votre connexion Internet, puis réessayez.</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>Non autorisé</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Introuvable</translation>
    </message>
    <message>
      <source>OpenRouter could not finish the sign-in right now. Please try again in a minute.</source>
      <translation>OpenRouter n’a pas pu terminer la connexion pour le moment. Veuillez réessayer dans une minute.</translation>
    </message>
    <message>
      <source>Return to Switchboard and try again, or paste a key there instead.</source>
      <translation>Revenez à Switchboard et réessayez, ou collez-y plutôt une clé.</translation>
    </message>
    <message>
      <source>Sign-in already finished</source>
      <translation>Connexion déjà terminée</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Connecté</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. Paste a key instead, or try again once a browser is set up.</source>
      <translation>Switchboard n’a pas pu ouvrir votre navigateur web. Collez plutôt une clé, ou réessayez une fois un navigateur configuré.</translation>
    </message>
    <message>
      <source>Switchboard was not given access to your OpenRouter account. Sign in again whenever you are ready.</source>
      <translation>Switchboard n’a pas reçu l’accès à votre compte OpenRouter. Reconnectez-vous quand vous le souhaitez.</translation>
    </message>
    <message>
      <source>The sign-in did not complete</source>
      <translation>La connexion n’a pas abouti</translation>
    </message>
    <message>
      <source>The sign-in did not complete. Please try again.</source>
      <translation>La connexion n’a pas abouti. Veuillez réessayer.</translation>
    </message>
    <message>
      <source>The sign-in took too long, so Switchboard stopped waiting for the browser. Please try again.</source>
      <translation>La connexion a pris trop de temps : Switchboard a donc cessé d’attendre le navigateur. Veuillez réessayer.</translation>
    </message>
    <message>
      <source>This address only answers sign-ins.</source>
      <translation>Cette adresse ne répond qu’aux connexions.</translation>
    </message>
    <message>
      <source>Too many sign-in attempts right now. Wait a minute, then try again.</source>
      <translation>Trop de tentatives de connexion en ce moment. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
      <source>You can close this tab and return to Switchboard.</source>
      <translation>Vous pouvez fermer cet onglet et revenir à Switchboard.</translation>
    </message>
  </context>
  <context>
    <name>param_rows</name>
    <message>
      <source> tokens</source>
      <comment>after the budget's number</comment>
      <translation> jetons</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Give the most tokens it may spend thinking</source>
      <translation>Donner le nombre maximal de jetons qu’il peut consacrer à la réflexion</translation>
    </message>
    <message>
      <source>Hidden thinking is still done, and still billed.</source>
      <translation>La réflexion masquée a quand même lieu, et elle est quand même facturée.</translation>
    </message>
    <message>
      <source>Hide the thinking</source>
      <translation>Masquer la réflexion</translation>
    </message>
    <message>
      <source>How much the model thinks before it answers</source>
      <translation>Combien le modèle réfléchit avant de répondre</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON conforme à un schéma</translation>
    </message>
    <message>
      <source>JSON object</source>
      <translation>Objet JSON</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>Schéma JSON</translation>
    </message>
    <message>
      <source>Model's choice</source>
      <translation>Au choix du modèle</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <source>One per line, up to 4. Write \n for a new line.</source>
      <translation>Une par ligne, jusqu’à 4. Écrivez \n pour un retour à la ligne.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Texte brut</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Réinitialiser</translation>
    </message>
    <message>
      <source>Reset {name}</source>
      <translation>Réinitialiser {name}</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>Format de réponse</translation>
    </message>
    <message>
      <source>Schema name</source>
      <translation>Nom du schéma</translation>
    </message>
    <message>
      <source>Send this parameter. Off: the provider's default applies.</source>
      <translation>Envoyer ce paramètre. Désactivé : la valeur par défaut du fournisseur s’applique.</translation>
    </message>
    <message>
      <source>Send {name}</source>
      <translation>Envoyer {name}</translation>
    </message>
    <message>
      <source>Switch it off and go back to the provider's default</source>
      <translation>Le désactiver et revenir à la valeur par défaut du fournisseur</translation>
    </message>
    <message>
      <source>The model answers straight away, without thinking first</source>
      <translation>Le modèle répond tout de suite, sans réfléchir d’abord</translation>
    </message>
    <message>
      <source>The model still thinks, and it is still billed; only the text stays away</source>
      <translation>Le modèle réfléchit quand même, et c’est quand même facturé ; seul le texte n’est pas affiché</translation>
    </message>
    <message>
      <source>The model thinks as much as it usually does (with Hide the thinking: hidden)</source>
      <translation>Le modèle réfléchit autant que d’habitude (avec Masquer la réflexion : masquée)</translation>
    </message>
    <message>
      <source>The most tokens the model may spend thinking</source>
      <translation>Le nombre maximal de jetons que le modèle peut consacrer à la réflexion</translation>
    </message>
    <message>
      <source>Thinking amount</source>
      <translation>Niveau de réflexion</translation>
    </message>
    <message>
      <source>Thinking budget in tokens</source>
      <translation>Budget de réflexion en jetons</translation>
    </message>
    <message>
      <source>This model</source>
      <translation>Ce modèle</translation>
    </message>
    <message>
      <source>Token budget</source>
      <translation>Budget de jetons</translation>
    </message>
    <message>
      <source>Type at least one stop sequence, or switch it off.</source>
      <translation>Saisissez au moins une séquence d’arrêt, ou désactivez-les.</translation>
    </message>
    <message>
      <source>{choice} (not offered)</source>
      <translation>{choice} (non proposé)</translation>
    </message>
    <message>
      <source>{label} ({api_name})</source>
      <translation>{label} ({api_name})</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} ne peut pas désactiver sa réflexion. Choisissez un autre niveau, ou Réinitialiser pour laisser le modèle décider.</translation>
    </message>
    <message>
      <source>{model} does not offer the {effort} thinking effort. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} ne propose pas le niveau de réflexion « {effort} ». Choisissez un autre niveau, ou Réinitialiser pour laisser le modèle décider.</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} n’accepte pas de budget de réflexion. Choisissez un autre niveau, ou Réinitialiser pour laisser le modèle décider.</translation>
    </message>
    <message>
      <source>{name} slider</source>
      <translation>Curseur {name}</translation>
    </message>
    <message>
      <source>{what} {when}</source>
      <translation>{what} {when}</translation>
    </message>
  </context>
  <context>
    <name>parameter_dock</name>
    <message>
      <source>Allow other providers when the first fails</source>
      <translation>Autoriser d’autres fournisseurs si le premier échoue</translation>
    </message>
    <message>
      <source>Allowed</source>
      <translation>Autorisée</translation>
    </message>
    <message>
      <source>Change model…</source>
      <translation>Changer de modèle…</translation>
    </message>
    <message>
      <source>Changed since you chose “{name}”. Reset to go back to its values, or Save as… to keep these as a preset of your own.</source>
      <translation>Modifié depuis que vous avez choisi « {name} ». Réinitialiser pour revenir à ses valeurs, ou Enregistrer sous… pour les garder comme préréglage personnel.</translation>
    </message>
    <message>
      <source>Choosing a preset applies its values at once.</source>
      <translation>Choisir un préréglage applique aussitôt ses valeurs.</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Personnalisé</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Données</translation>
    </message>
    <message>
      <source>Data collection</source>
      <translation>Collecte des données</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Par défaut</translation>
    </message>
    <message>
      <source>Fall back</source>
      <translation>Repli</translation>
    </message>
    <message>
      <source>Fastest output</source>
      <translation>Sortie la plus rapide</translation>
    </message>
    <message>
      <source>For models that cannot read PDFs themselves. Reading pictures of pages (for scanned PDFs) costs $2 per 1,000 pages.</source>
      <translation>Pour les modèles qui ne savent pas lire les PDF eux-mêmes. La lecture des images de pages (pour les PDF numérisés) coûte 2 $ pour 1 000 pages.</translation>
    </message>
    <message>
      <source>Free to use</source>
      <translation>Utilisation gratuite</translation>
    </message>
    <message>
      <source>Go back to the values of “{name}”</source>
      <translation>Revenir aux valeurs de « {name} »</translation>
    </message>
    <message>
      <source>How PDFs are read</source>
      <translation>Lecture des PDF</translation>
    </message>
    <message>
      <source>How it answers</source>
      <translation>Façon de répondre</translation>
    </message>
    <message>
      <source>In effect: {preset}. Choosing a preset applies its values at once.</source>
      <translation>En vigueur : {preset}. Choisir un préréglage applique aussitôt ses valeurs.</translation>
    </message>
    <message>
      <source>Instructions the model follows for the whole conversation (optional)</source>
      <translation>Instructions que le modèle suit pendant toute la conversation (facultatif)</translation>
    </message>
    <message>
      <source>Lowest price</source>
      <translation>Prix le plus bas</translation>
    </message>
    <message>
      <source>Manage…</source>
      <translation>Gérer…</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>Valeurs par défaut du modèle</translation>
    </message>
    <message>
      <source>Models are paid by the token. A token is a piece of a word: on average about three quarters of a word, so a million tokens is roughly 750,000 words.
“In” is everything sent with your message: the system prompt, the conversation so far and what you typed. “Out” is what the model writes back.</source>
      <translation>Les modèles sont payés au jeton. Un jeton est un morceau de mot : en moyenne environ trois quarts de mot, donc un million de jetons représente à peu près 750 000 mots.
« Entrée » désigne tout ce qui est envoyé avec votre message : le prompt système, la conversation jusqu’ici et ce que vous avez écrit. « Sortie » est ce que le modèle écrit en retour.</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Non</translation>
    </message>
    <message>
      <source>Not in the model list yet: every parameter stays available.</source>
      <translation>Pas encore dans la liste des modèles : tous les paramètres restent disponibles.</translation>
    </message>
    <message>
      <source>Off. {price}</source>
      <translation>Désactivé. {price}</translation>
    </message>
    <message>
      <source>Only providers that honour every parameter set here. Without this, a provider that does not support a parameter silently ignores it.</source>
      <translation>Seulement les fournisseurs qui respectent chaque paramètre défini ici. Sans cela, un fournisseur qui ne prend pas en charge un paramètre l’ignore sans rien dire.</translation>
    </message>
    <message>
      <source>Only providers that keep no data</source>
      <translation>Seulement les fournisseurs qui ne conservent aucune donnée</translation>
    </message>
    <message>
      <source>PDFs</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Prefer</source>
      <translation>Privilégier</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Préréglage</translation>
    </message>
    <message>
      <source>Price unknown</source>
      <translation>Prix inconnu</translation>
    </message>
    <message>
      <source>Providers</source>
      <translation>Fournisseurs</translation>
    </message>
    <message>
      <source>Quickest start</source>
      <translation>Démarrage le plus rapide</translation>
    </message>
    <message>
      <source>Read pictures of pages too ($2 per 1,000 pages)</source>
      <translation>Lire aussi les images de pages (2 $ pour 1 000 pages)</translation>
    </message>
    <message>
      <source>Read their text (free)</source>
      <translation>Lire leur texte (gratuit)</translation>
    </message>
    <message>
      <source>Require every parameter</source>
      <translation>Exiger tous les paramètres</translation>
    </message>
    <message>
      <source>Reset to {name}</source>
      <translation>Revenir à {name}</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <source>Results per search</source>
      <translation>Résultats par recherche</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Enregistrer sous…</translation>
    </message>
    <message>
      <source>Search the web</source>
      <translation>Rechercher sur le web</translation>
    </message>
    <message>
      <source>Show request…</source>
      <translation>Afficher la requête…</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Prompt système</translation>
    </message>
    <message>
      <source>The exact JSON that the next message will send</source>
      <translation>Le JSON exact que le prochain message enverra</translation>
    </message>
    <message>
      <source>The model may search the web before it answers, and lists the pages it used. Each search costs extra.</source>
      <translation>Le modèle peut rechercher sur le web avant de répondre, et liste les pages utilisées. Chaque recherche coûte en plus.</translation>
    </message>
    <message>
      <source>These values match no preset. Save as… keeps them as a preset of your own.</source>
      <translation>Ces valeurs ne correspondent à aucun préréglage. Enregistrer sous… les garde comme préréglage personnel.</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · out: {completion}</source>
      <translation>Jetons en entrée : {prompt} · en sortie : {completion}</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · {completion} per million out</source>
      <translation>Jetons en entrée : {prompt} · {completion} par million en sortie</translation>
    </message>
    <message>
      <source>Web search and PDFs</source>
      <translation>Recherche web et PDF</translation>
    </message>
    <message>
      <source>What this conversation sends. Parameters that are off use the model's own defaults.</source>
      <translation>Ce qu’envoie cette conversation. Les paramètres désactivés utilisent les valeurs par défaut du modèle.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>free</source>
      <translation>gratuit</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <source>unknown context: the tokens of conversation and answer it handles at once</source>
      <translation>contexte inconnu : les jetons de conversation et de réponse qu’il traite à la fois</translation>
    </message>
    <message>
      <source>{model} cannot search the web. Choose another model to search.</source>
      <translation>{model} ne peut pas rechercher sur le web. Choisissez un autre modèle pour effectuer des recherches.</translation>
    </message>
    <message>
      <source>{name}  (yours)</source>
      <translation>{name}  (le vôtre)</translation>
    </message>
    <message>
      <source>{name} (modified)</source>
      <translation>{name} (modifié)</translation>
    </message>
    <message>
      <source>{price} per request</source>
      <translation>{price} par requête</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · out: {completion}</source>
      <translation>{prompt} par million de jetons en entrée · en sortie : {completion}</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · {completion} per million out</source>
      <translation>{prompt} par million de jetons en entrée · {completion} par million en sortie</translation>
    </message>
    <message>
      <source>{tokens} context: the tokens of conversation and answer it handles at once</source>
      <translation>contexte de {tokens} : les jetons de conversation et de réponse qu’il traite à la fois</translation>
    </message>
  </context>
  <context>
    <name>params</name>
    <message numerus="yes">
      <source>%n stop sequences</source>
      <comment>one: %n stop sequence</comment>
      <translation>
        <numerusform>%n séquence d’arrêt</numerusform>
        <numerusform>%n séquences d’arrêt</numerusform>
      </translation>
    </message>
    <message>
      <source>A JSON schema format needs a schema object.</source>
      <translation>Un format de schéma JSON nécessite un objet schéma.</translation>
    </message>
    <message>
      <source>A fixed number that makes answers repeatable on models that support it.</source>
      <translation>Un nombre fixe qui rend les réponses reproductibles sur les modèles qui le prennent en charge.</translation>
    </message>
    <message>
      <source>A small value (0.05 to 0.1) keeps creative settings coherent.</source>
      <translation>Une petite valeur (0,05 à 0,1) garde les réglages créatifs cohérents.</translation>
    </message>
    <message>
      <source>A stop sequence cannot be empty.</source>
      <translation>Une séquence d’arrêt ne peut pas être vide.</translation>
    </message>
    <message>
      <source>Asks for plain text, any JSON object, or JSON that matches a schema you give.</source>
      <translation>Demande du texte brut, n’importe quel objet JSON, ou du JSON conforme à un schéma que vous fournissez.</translation>
    </message>
    <message>
      <source>Data collection must be allow or deny.</source>
      <translation>La collecte des données doit valoir allow ou deny.</translation>
    </message>
    <message>
      <source>Discourages any word that has already appeared, however often.</source>
      <translation>Décourage tout mot déjà apparu, quel que soit le nombre de fois.</translation>
    </message>
    <message>
      <source>Discourages words the more often they have already appeared.</source>
      <translation>Décourage les mots d’autant plus qu’ils sont déjà apparus souvent.</translation>
    </message>
    <message>
      <source>Drops unlikely words, more strictly when the model is confident.</source>
      <translation>Écarte les mots peu probables, plus strictement quand le modèle est sûr de lui.</translation>
    </message>
    <message>
      <source>Drops words whose chance is below this share of the most likely word's chance.</source>
      <translation>Écarte les mots dont la probabilité est inférieure à cette part de celle du mot le plus probable.</translation>
    </message>
    <message>
      <source>Frequency penalty</source>
      <translation>Pénalité de fréquence</translation>
    </message>
    <message>
      <source>How adventurous the wording is: low values pick the most likely words, high values take more chances.</source>
      <translation>L’audace de la formulation : les valeurs basses choisissent les mots les plus probables, les valeurs hautes prennent plus de risques.</translation>
    </message>
    <message>
      <source>How much a thinking model reasons before it answers. Thinking is billed like answer words, even when it is hidden.</source>
      <translation>Combien un modèle à réflexion raisonne avant de répondre. La réflexion est facturée comme les mots de la réponse, même quand elle est masquée.</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON conforme à un schéma</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>Sortie JSON</translation>
    </message>
    <message>
      <source>Less thinking is quicker and cheaper; more helps with maths, code and tricky questions.</source>
      <translation>Moins de réflexion est plus rapide et moins cher ; davantage aide pour les maths, le code et les questions difficiles.</translation>
    </message>
    <message>
      <source>Lower it (e.g. 0.9) to cut off unlikely words; usually change this or temperature, not both.</source>
      <translation>Baissez-le (p. ex. 0,9) pour écarter les mots peu probables ; modifiez en général ce réglage ou la température, pas les deux.</translation>
    </message>
    <message>
      <source>Lower it for facts and code; raise it for brainstorming and stories.</source>
      <translation>Baissez-la pour les faits et le code ; augmentez-la pour les idées et les histoires.</translation>
    </message>
    <message>
      <source>Makes the model less likely to repeat text from the conversation; 1 means no penalty.</source>
      <translation>Rend le modèle moins enclin à répéter le texte de la conversation ; 1 signifie aucune pénalité.</translation>
    </message>
    <message>
      <source>Maximum length</source>
      <translation>Longueur maximale</translation>
    </message>
    <message>
      <source>Min P</source>
      <translation>Min P</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>Valeurs par défaut du modèle</translation>
    </message>
    <message>
      <source>Only considers the most likely words whose chances add up to this share.</source>
      <translation>Ne considère que les mots les plus probables dont les probabilités cumulées atteignent cette part.</translation>
    </message>
    <message>
      <source>Only considers this many of the most likely next words (0 means no limit).</source>
      <translation>Ne considère que ce nombre de mots suivants les plus probables (0 signifie aucune limite).</translation>
    </message>
    <message>
      <source>OpenRouter accepts at most 4 stop sequences.</source>
      <translation>OpenRouter accepte au plus 4 séquences d’arrêt.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Texte brut</translation>
    </message>
    <message>
      <source>Presence penalty</source>
      <translation>Pénalité de présence</translation>
    </message>
    <message>
      <source>Raise it a little if answers repeat the same words or phrases.</source>
      <translation>Augmentez-la un peu si les réponses répètent les mêmes mots ou expressions.</translation>
    </message>
    <message>
      <source>Raise it slightly (1.1) if the model loops; too high makes odd wording.</source>
      <translation>Augmentez-la légèrement (1,1) si le modèle tourne en boucle ; trop haute, elle donne des formulations étranges.</translation>
    </message>
    <message>
      <source>Raise it to push the model toward new topics.</source>
      <translation>Augmentez-la pour pousser le modèle vers de nouveaux sujets.</translation>
    </message>
    <message>
      <source>Rarely needed; try a small value if high temperatures produce nonsense.</source>
      <translation>Rarement utile ; essayez une petite valeur si des températures élevées produisent des absurdités.</translation>
    </message>
    <message>
      <source>Repetition penalty</source>
      <translation>Pénalité de répétition</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>Format de réponse</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Graine</translation>
    </message>
    <message>
      <source>Set a small number (e.g. 40) for safer, more predictable text.</source>
      <translation>Choisissez un petit nombre (p. ex. 40) pour un texte plus sûr et plus prévisible.</translation>
    </message>
    <message>
      <source>Set it to cap cost or keep answers short; too low cuts answers off.</source>
      <translation>Définissez-la pour plafonner le coût ou garder des réponses courtes ; trop basse, elle coupe les réponses.</translation>
    </message>
    <message>
      <source>Set it when you want the same answer twice, for example to compare settings fairly.</source>
      <translation>Définissez-la quand vous voulez deux fois la même réponse, par exemple pour comparer des réglages équitablement.</translation>
    </message>
    <message>
      <source>Sort providers by price, throughput or latency.</source>
      <translation>Trier les fournisseurs par prix, débit ou latence.</translation>
    </message>
    <message>
      <source>Stop sequences</source>
      <translation>Séquences d’arrêt</translation>
    </message>
    <message>
      <source>Stop sequences must be a list of texts.</source>
      <translation>Les séquences d’arrêt doivent être une liste de textes.</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>Température</translation>
    </message>
    <message>
      <source>Text that makes the model stop writing as soon as it produces it (up to 4).</source>
      <translation>Texte qui fait cesser d’écrire le modèle dès qu’il le produit (jusqu’à 4).</translation>
    </message>
    <message>
      <source>The longest answer allowed, in tokens (a token is about three quarters of a word).</source>
      <translation>La réponse la plus longue autorisée, en jetons (un jeton fait environ trois quarts de mot).</translation>
    </message>
    <message>
      <source>The response format holds a value that cannot be sent (NaN).</source>
      <translation>Le format de réponse contient une valeur qui ne peut pas être envoyée (NaN).</translation>
    </message>
    <message>
      <source>The response format must be a JSON object.</source>
      <translation>Le format de réponse doit être un objet JSON.</translation>
    </message>
    <message>
      <source>The response format must be text, json_object or json_schema.</source>
      <translation>Le format de réponse doit être text, json_object ou json_schema.</translation>
    </message>
    <message>
      <source>The schema is not valid JSON (line {line}).</source>
      <translation>Le schéma n’est pas du JSON valide (ligne {line}).</translation>
    </message>
    <message>
      <source>The schema must be a JSON object: { … }.</source>
      <translation>Le schéma doit être un objet JSON : { … }.</translation>
    </message>
    <message>
      <source>The schema needs a name of up to 64 letters, digits, '_' or '-'.</source>
      <translation>Le schéma a besoin d’un nom de 64 lettres, chiffres, « _ » ou « - » au plus.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Réflexion</translation>
    </message>
    <message>
      <source>Thinking must be a thinking setting.</source>
      <translation>La réflexion doit être un réglage de réflexion.</translation>
    </message>
    <message>
      <source>Top A</source>
      <translation>Top A</translation>
    </message>
    <message>
      <source>Top K</source>
      <translation>Top K</translation>
    </message>
    <message>
      <source>Top P</source>
      <translation>Top P</translation>
    </message>
    <message>
      <source>Type a value for {name}, or switch it off.</source>
      <translation>Saisissez une valeur pour {name}, ou désactivez-le.</translation>
    </message>
    <message>
      <source>Use JSON when another program will read the answer.</source>
      <translation>Utilisez JSON quand un autre programme lira la réponse.</translation>
    </message>
    <message>
      <source>Use it to end answers at a marker, such as a blank line or 'User:'.</source>
      <translation>Utilisez-la pour terminer les réponses à un repère, comme une ligne vide ou « User: ».</translation>
    </message>
    <message>
      <source>{name} must be a finite number.</source>
      <translation>{name} doit être un nombre fini.</translation>
    </message>
    <message>
      <source>{name} must be a number.</source>
      <translation>{name} doit être un nombre.</translation>
    </message>
    <message>
      <source>{name} must be a whole number.</source>
      <translation>{name} doit être un nombre entier.</translation>
    </message>
    <message>
      <source>{name} must be above {low} and at most {high}.</source>
      <translation>{name} doit être supérieur à {low} et au plus égal à {high}.</translation>
    </message>
    <message>
      <source>{name} must be at least {low}.</source>
      <translation>{name} doit être au moins égal à {low}.</translation>
    </message>
    <message>
      <source>{name} must be between {low} and {high}.</source>
      <translation>{name} doit être compris entre {low} et {high}.</translation>
    </message>
    <message>
      <source>{name} {value}</source>
      <translation>{name} {value}</translation>
    </message>
  </context>
  <context>
    <name>parsing</name>
    <message>
      <source>unknown error</source>
      <translation>erreur inconnue</translation>
    </message>
  </context>
  <context>
    <name>preset_store</name>
    <message>
      <source>The file could not be opened.</source>
      <translation>Le fichier n’a pas pu être ouvert.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>Ce fichier n’est pas un fichier de préréglages Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a Switchboard presets file.</source>
      <translation>Ce fichier est trop volumineux pour être un fichier de préréglages Switchboard.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it holds a number with too many digits.</source>
      <translation>Ce fichier de préréglages est endommagé : il contient un nombre avec trop de chiffres.</translation>
    </message>
    <message>
      <source>Your saved presets at {path} could not be used, so only the built-in presets are available. {why}</source>
      <translation>Vos préréglages enregistrés ({path}) n’ont pas pu être utilisés : seuls les préréglages intégrés sont donc disponibles. {why}</translation>
    </message>
    <message>
      <source>Your saved presets could not be used, so only the built-in presets are available. {why} The old file is kept at {kept}.</source>
      <translation>Vos préréglages enregistrés n’ont pas pu être utilisés : seuls les préréglages intégrés sont donc disponibles. {why} L’ancien fichier est conservé ici : {kept}.</translation>
    </message>
  </context>
  <context>
    <name>presets</name>
    <message>
      <source>A higher temperature (1.1) with Min P 0.05 gives more varied wording that still stays on track; use it for brainstorming and stories.</source>
      <translation>Une température plus élevée (1.1) avec Min P 0.05 donne des formulations plus variées qui restent dans le sujet ; pour le remue-méninges et les histoires.</translation>
    </message>
    <message>
      <source>A low temperature (0.2) with Top P 0.9 keeps answers focused and consistent; use it for facts, code and step-by-step work.</source>
      <translation>Une température basse (0.2) avec Top P 0.9 garde des réponses ciblées et cohérentes ; pour les faits, le code et le travail étape par étape.</translation>
    </message>
    <message>
      <source>A model ID such as microsoft/wizardlm-2-8x22b</source>
      <translation>Un identifiant de modèle, par exemple microsoft/wizardlm-2-8x22b</translation>
    </message>
    <message>
      <source>A preset name can be at most {most} characters long.</source>
      <translation>Un nom de préréglage peut compter au plus {most} caractères.</translation>
    </message>
    <message>
      <source>A preset name must be a single line of text.</source>
      <translation>Un nom de préréglage doit tenir sur une seule ligne.</translation>
    </message>
    <message>
      <source>A preset needs a name.</source>
      <translation>Un préréglage a besoin d’un nom.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think hard (high effort) before it answers: slower and costlier, but better at maths, code and tricky questions.</source>
      <translation>Demande à un modèle qui réfléchit de bien réfléchir (effort élevé) avant de répondre : plus lent et plus cher, mais meilleur en maths, en code et sur les questions difficiles.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think only a little (low effort) before it answers: quicker and cheaper; models that do not think answer as usual.</source>
      <translation>Demande à un modèle qui réfléchit de ne réfléchir qu'un peu (effort faible) avant de répondre : plus rapide et moins cher ; les modèles qui ne réfléchissent pas répondent comme d'habitude.</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>Équilibré</translation>
    </message>
    <message>
      <source>Caps every answer at 300 tokens (about 225 words), so longer answers are cut off mid-way; use it to keep replies short and cheap.</source>
      <translation>Limite chaque réponse à 300 tokens (environ 225 mots en anglais) : les réponses plus longues sont coupées en cours de route ; pour des réponses courtes et peu coûteuses.</translation>
    </message>
    <message>
      <source>Careful</source>
      <translation>Approfondi</translation>
    </message>
    <message>
      <source>Concise</source>
      <translation>Concis</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>Impossible d’ouvrir « {name} » ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>Impossible d’écrire « {name} » ({reason}). Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
      <source>Creative</source>
      <translation>Créatif</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>Supprimer le préréglage</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”?</source>
      <translation>Supprimer le préréglage « {name} » ?</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <source>Empty: conversations that use this preset have none</source>
      <translation>Vide : les conversations qui utilisent ce préréglage n’en ont pas</translation>
    </message>
    <message>
      <source>Export preset</source>
      <translation>Exporter le préréglage</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {path}.</source>
      <comment>one: Exported %n preset to {path}.</comment>
      <translation>
        <numerusform>%n préréglage exporté vers {path}.</numerusform>
        <numerusform>%n préréglages exportés vers {path}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>Importer des préréglages</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n presets.</source>
      <comment>one: Imported %n preset.</comment>
      <translation>
        <numerusform>%n préréglage importé.</numerusform>
        <numerusform>%n préréglages importés.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importer…</translation>
    </message>
    <message>
      <source>Include the model</source>
      <translation>Inclure le modèle</translation>
    </message>
    <message>
      <source>Include the system prompt</source>
      <translation>Inclure le prompt système</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>Sortie JSON</translation>
    </message>
    <message numerus="yes">
      <source>Kept your %n existing presets.</source>
      <comment>one: Kept your %n existing preset.</comment>
      <translation>
        <numerusform>Votre préréglage existant a été conservé (%n).</numerusform>
        <numerusform>Vos %n préréglages existants ont été conservés.</numerusform>
      </translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Model ID</source>
      <translation>Identifiant du modèle</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Name of the new preset:</source>
      <translation>Nom du nouveau préréglage :</translation>
    </message>
    <message>
      <source>Nothing was saved. Choose another name first.</source>
      <translation>Rien n’a été enregistré. Choisissez d’abord un autre nom.</translation>
    </message>
    <message>
      <source>Nothing was saved. Fix the value marked in red first.</source>
      <translation>Rien n’a été enregistré. Corrigez d’abord la valeur marquée en rouge.</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <source>Precise</source>
      <translation>Précis</translation>
    </message>
    <message>
      <source>Preset description</source>
      <translation>Description du préréglage</translation>
    </message>
    <message>
      <source>Preset name</source>
      <translation>Nom du préréglage</translation>
    </message>
    <message>
      <source>Preset number {number} in this file has no name.</source>
      <translation>Le préréglage numéro {number} de ce fichier n’a pas de nom.</translation>
    </message>
    <message>
      <source>Preset number {number} in this file is not a preset.</source>
      <translation>L’élément numéro {number} de ce fichier n’est pas un préréglage.</translation>
    </message>
    <message>
      <source>Preset number {number}: {problem}</source>
      <translation>Préréglage numéro {number} : {problem}</translation>
    </message>
    <message>
      <source>Preset “{name}”: {problem}</source>
      <translation>Préréglage « {name} » : {problem}</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Préréglages</translation>
    </message>
    <message>
      <source>Presets (*.json)</source>
      <translation>Préréglages (*.json)</translation>
    </message>
    <message>
      <source>Provider choices</source>
      <translation>Choix des fournisseurs</translation>
    </message>
    <message>
      <source>Providers (kept as they are when you save):</source>
      <translation>Fournisseurs (conservés tels quels à l’enregistrement) :</translation>
    </message>
    <message>
      <source>Quick</source>
      <translation>Rapide</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Remplacer</translation>
    </message>
    <message>
      <source>Replace presets?</source>
      <translation>Remplacer les préréglages ?</translation>
    </message>
    <message>
      <source>Replace the system prompt</source>
      <translation>Remplacer le prompt système</translation>
    </message>
    <message>
      <source>Reproducible</source>
      <translation>Reproductible</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Save as a copy</source>
      <translation>Enregistrer une copie</translation>
    </message>
    <message>
      <source>Save as a copy…</source>
      <translation>Enregistrer une copie…</translation>
    </message>
    <message>
      <source>Save as preset</source>
      <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Préréglage « {name} » enregistré.</translation>
    </message>
    <message>
      <source>Saved your changes as the preset “{name}”.</source>
      <translation>Vos modifications ont été enregistrées dans le préréglage « {name} ».</translation>
    </message>
    <message>
      <source>Sends no sampling settings at all, so the provider's own defaults apply; a good start for everyday chat.</source>
      <translation>N'envoie aucun réglage d'échantillonnage : les valeurs par défaut du fournisseur s'appliquent ; un bon départ pour les discussions de tous les jours.</translation>
    </message>
    <message>
      <source>Set another parameter…</source>
      <translation>Définir un autre paramètre…</translation>
    </message>
    <message>
      <source>Sets: {summary}</source>
      <translation>Définit : {summary}</translation>
    </message>
    <message>
      <source>Skipped {names}: a built-in preset has that name.</source>
      <translation>{names} ignoré(s) : un préréglage intégré porte ce nom.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own model.</source>
      <translation>Désactivé, chaque conversation garde son propre modèle.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own system prompt.</source>
      <translation>Désactivé, chaque conversation garde son propre prompt système.</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Prompt système</translation>
    </message>
    <message>
      <source>Temperature 0 and a fixed seed (42) make the same prompt give the same answer as far as the model allows, though not every model or provider guarantees it; use it to compare settings fairly.</source>
      <translation>Une température de 0 et une graine fixe (42) font que le même prompt donne la même réponse autant que le modèle le permet, même si tous les modèles et fournisseurs ne le garantissent pas ; pour comparer des réglages équitablement.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>Le fichier « {name} » n’existe plus.</translation>
    </message>
    <message>
      <source>The model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>Le modèle doit être un identifiant de modèle, par exemple microsoft/wizardlm-2-8x22b.</translation>
    </message>
    <message>
      <source>The parameters must be a JSON object.</source>
      <translation>Les paramètres doivent être un objet JSON.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be a list of provider names such as deepinfra or google-vertex/us-east5.</source>
      <translation>Le réglage de fournisseur « {name} » doit être une liste de noms de fournisseurs, par exemple deepinfra ou google-vertex/us-east5.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be true or false.</source>
      <translation>Le réglage de fournisseur « {name} » doit valoir true ou false.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be {choices}.</source>
      <translation>Le réglage de fournisseur « {name} » doit valoir {choices}.</translation>
    </message>
    <message>
      <source>The provider settings must be a JSON object.</source>
      <translation>Les réglages de fournisseur doivent être un objet JSON.</translation>
    </message>
    <message>
      <source>There is no preset named “{name}”.</source>
      <translation>Aucun préréglage ne s’appelle « {name} ».</translation>
    </message>
    <message>
      <source>This file has two presets named “{name}”.</source>
      <translation>Ce fichier contient deux préréglages nommés « {name} ».</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>Ce fichier n’est pas un fichier de préréglages Switchboard.</translation>
    </message>
    <message>
      <source>This is a built-in preset, so it cannot be changed. Save as a copy… keeps your changes as a preset of your own.</source>
      <translation>Ceci est un préréglage intégré : il ne peut donc pas être modifié. Enregistrer une copie… garde vos modifications comme préréglage personnel.</translation>
    </message>
    <message>
      <source>This preset cannot be saved: {reason}</source>
      <translation>Ce préréglage ne peut pas être enregistré : {reason}</translation>
    </message>
    <message>
      <source>This preset sets no parameters, so each provider's own defaults apply.</source>
      <translation>Ce préréglage ne définit aucun paramètre : les valeurs par défaut de chaque fournisseur s’appliquent donc.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it has no list of presets.</source>
      <translation>Ce fichier de préréglages est endommagé : il ne contient pas de liste de préréglages.</translation>
    </message>
    <message>
      <source>This presets file is damaged: its version is missing.</source>
      <translation>Ce fichier de préréglages est endommagé : sa version est manquante.</translation>
    </message>
    <message>
      <source>This presets file is from a newer version of Switchboard (version {version}); update Switchboard to import it.</source>
      <translation>Ce fichier de préréglages provient d’une version plus récente de Switchboard (version {version}) ; mettez Switchboard à jour pour l’importer.</translation>
    </message>
    <message>
      <source>Turns on JSON mode and replaces the system prompt with one that asks for a single JSON object; use it when a program will read the answer.</source>
      <translation>Active le mode JSON et remplace le prompt système par un prompt qui demande un seul objet JSON ; quand un programme lira la réponse.</translation>
    </message>
    <message>
      <source>Type a model ID such as microsoft/wizardlm-2-8x22b, or switch this off.</source>
      <translation>Saisissez un identifiant de modèle, par exemple microsoft/wizardlm-2-8x22b, ou désactivez cette option.</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>Annuler les modifications</translation>
    </message>
    <message>
      <source>Use a particular model</source>
      <translation>Utiliser un modèle précis</translation>
    </message>
    <message>
      <source>Web search must be a JSON object.</source>
      <translation>La recherche web doit être un objet JSON.</translation>
    </message>
    <message>
      <source>Web search needs “enabled”: true or false.</source>
      <translation>La recherche web nécessite « enabled » : true ou false.</translation>
    </message>
    <message>
      <source>Web search results must be a whole number from 1 to {most}.</source>
      <translation>Le nombre de résultats de recherche web doit être un nombre entier de 1 à {most}.</translation>
    </message>
    <message>
      <source>What it does and when to use it</source>
      <translation>Ce qu’il fait et quand l’utiliser</translation>
    </message>
    <message>
      <source>What the preset sets</source>
      <translation>Ce que définit le préréglage</translation>
    </message>
    <message>
      <source>You already have a preset named “{name}”.</source>
      <translation>Vous avez déjà un préréglage nommé « {name} ».</translation>
    </message>
    <message>
      <source>You already have presets named {names}. Replace them with the imported ones?</source>
      <translation>Vous avez déjà des préréglages nommés {names}. Les remplacer par ceux importés ?</translation>
    </message>
    <message>
      <source>Your changes to “{name}” are not saved. Discard them?</source>
      <translation>Vos modifications de « {name} » ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
    <message>
      <source>Your preset “{name}” has the name of a built-in preset now, so it is shown as “{new_name}”.</source>
      <translation>Votre préréglage « {name} » porte désormais le nom d’un préréglage intégré : il est donc affiché sous le nom « {new_name} ».</translation>
    </message>
    <message>
      <source>Your presets could not be saved ({reason}). Nothing was changed.</source>
      <translation>Vos préréglages n’ont pas pu être enregistrés ({reason}). Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>its own system prompt</source>
      <translation>son propre prompt système</translation>
    </message>
    <message>
      <source>model {model}</source>
      <translation>modèle {model}</translation>
    </message>
    <message>
      <source>no system prompt</source>
      <translation>aucun prompt système</translation>
    </message>
    <message>
      <source>no web search</source>
      <translation>pas de recherche web</translation>
    </message>
    <message numerus="yes">
      <source>searches the web (up to %n results)</source>
      <comment>one: searches the web (up to %n result)</comment>
      <translation>
        <numerusform>recherche sur le web (jusqu’à %n résultat)</numerusform>
        <numerusform>recherche sur le web (jusqu’à %n résultats)</numerusform>
      </translation>
    </message>
    <message>
      <source>the description must be text.</source>
      <translation>la description doit être du texte.</translation>
    </message>
    <message>
      <source>the model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>le modèle doit être un identifiant de modèle, par exemple microsoft/wizardlm-2-8x22b.</translation>
    </message>
    <message>
      <source>the system prompt must be text.</source>
      <translation>le prompt système doit être du texte.</translation>
    </message>
    <message>
      <source>{choices} or {last}</source>
      <translation>{choices} ou {last}</translation>
    </message>
    <message>
      <source>{name}  (built in)</source>
      <translation>{name}  (intégré)</translation>
    </message>
    <message>
      <source>{name} (copy {number})</source>
      <translation>{name} (copie {number})</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copie)</translation>
    </message>
    <message>
      <source>{name} (mine {number})</source>
      <translation>{name} (le mien {number})</translation>
    </message>
    <message>
      <source>{name} (mine)</source>
      <translation>{name} (le mien)</translation>
    </message>
    <message>
      <source>{problem} Nothing was saved.</source>
      <translation>{problem} Rien n’a été enregistré.</translation>
    </message>
    <message>
      <source>“{key}” is not a parameter Switchboard knows.</source>
      <translation>« {key} » n’est pas un paramètre connu de Switchboard.</translation>
    </message>
    <message>
      <source>“{key}” is not a provider setting Switchboard knows.</source>
      <translation>« {key} » n’est pas un réglage de fournisseur connu de Switchboard.</translation>
    </message>
    <message>
      <source>“{key}” is not a web search setting.</source>
      <translation>« {key} » n’est pas un réglage de recherche web.</translation>
    </message>
    <message>
      <source>“{key}” is not something a preset can hold.</source>
      <translation>« {key} » ne peut pas figurer dans un préréglage.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be changed. Duplicate it to make a copy you can change.</source>
      <translation>« {name} » est un préréglage intégré et ne peut pas être modifié. Dupliquez-le pour obtenir une copie modifiable.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be deleted. Duplicate it to make a copy you can change.</source>
      <translation>« {name} » est un préréglage intégré et ne peut pas être supprimé. Dupliquez-le pour obtenir une copie modifiable.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be renamed. Duplicate it to make a copy you can change.</source>
      <translation>« {name} » est un préréglage intégré et ne peut pas être renommé. Dupliquez-le pour obtenir une copie modifiable.</translation>
    </message>
    <message>
      <source>“{name}” is the name of a built-in preset. Choose another name.</source>
      <translation>« {name} » est le nom d’un préréglage intégré. Choisissez un autre nom.</translation>
    </message>
  </context>
  <context>
    <name>prompt_sets</name>
    <message>
      <source>A prompt set can hold at most {most} prompts.</source>
      <translation>Un jeu de prompts peut contenir au plus {most} prompts.</translation>
    </message>
    <message>
      <source>A prompt set needs at least one prompt.</source>
      <translation>Un jeu de prompts a besoin d’au moins un prompt.</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Réponse {letter}</translation>
    </message>
    <message>
      <source>Column {number}</source>
      <translation>Colonne {number}</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>Impossible d’ouvrir « {name} » ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>Impossible d’écrire « {name} » ({reason}). Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
      <source>Every answer is in, so nothing is left to send.</source>
      <translation>Toutes les réponses sont arrivées : il ne reste rien à envoyer.</translation>
    </message>
    <message>
      <source>Give the prompt set a name.</source>
      <translation>Donnez un nom au jeu de prompts.</translation>
    </message>
    <message>
      <source>Prompt set run</source>
      <translation>Série de jeu de prompts</translation>
    </message>
    <message>
      <source>Prompt {number} has a broken character that is not text. Retype it.</source>
      <translation>Le prompt {number} contient un caractère cassé qui n’est pas du texte. Saisissez-le de nouveau.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>Le prompt {number} de ce fichier contient un caractère cassé qui n’est pas du texte. Corrigez-le dans le fichier, puis importez-le de nouveau.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has no text.</source>
      <translation>Le prompt {number} de ce fichier n’a pas de texte.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has something Switchboard does not know: “{key}”.</source>
      <translation>Le prompt {number} de ce fichier contient un élément inconnu de Switchboard : « {key} ».</translation>
    </message>
    <message>
      <source>Prompt {number} in this file is not a prompt.</source>
      <translation>Le prompt {number} de ce fichier n’est pas un prompt.</translation>
    </message>
    <message>
      <source>Prompt {number} is empty. Write it or remove it.</source>
      <translation>Le prompt {number} est vide. Rédigez-le ou retirez-le.</translation>
    </message>
    <message>
      <source>Prompt {number} is too long: keep it under {most} characters.</source>
      <translation>Le prompt {number} est trop long : restez sous {most} caractères.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>Le fichier « {name} » n’existe plus.</translation>
    </message>
    <message>
      <source>The name has a broken character that is not text. Retype it.</source>
      <translation>Le nom contient un caractère cassé qui n’est pas du texte. Saisissez-le de nouveau.</translation>
    </message>
    <message>
      <source>The name is too long: keep it under {most} characters.</source>
      <translation>Le nom est trop long : restez sous {most} caractères.</translation>
    </message>
    <message>
      <source>The name of the set in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>Le nom du jeu dans ce fichier contient un caractère cassé qui n’est pas du texte. Corrigez-le dans le fichier, puis importez-le de nouveau.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} are too long: keep them under {most} characters.</source>
      <translation>Les notes du prompt {number} sont trop longues : restez sous {most} caractères.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file are not text.</source>
      <translation>Les notes du prompt {number} de ce fichier ne sont pas du texte.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>Les notes du prompt {number} de ce fichier contiennent un caractère cassé qui n’est pas du texte. Corrigez-le dans le fichier, puis importez-le de nouveau.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard prompt set.</source>
      <translation>Ce fichier n’est pas un jeu de prompts Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a prompt set (more than {size} MB).</source>
      <translation>Ce fichier est trop volumineux pour être un jeu de prompts (plus de {size} Mo).</translation>
    </message>
    <message>
      <source>This prompt set file has no list of prompts.</source>
      <translation>Ce fichier de jeu de prompts ne contient pas de liste de prompts.</translation>
    </message>
    <message>
      <source>This prompt set file has no name for the set.</source>
      <translation>Ce fichier de jeu de prompts ne donne pas de nom au jeu.</translation>
    </message>
    <message>
      <source>This prompt set file has something Switchboard does not know: “{key}”.</source>
      <translation>Ce fichier de jeu de prompts contient un élément inconnu de Switchboard : « {key} ».</translation>
    </message>
    <message>
      <source>This prompt set file is damaged: its version is not a number.</source>
      <translation>Ce fichier de jeu de prompts est endommagé : sa version n’est pas un nombre.</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers</source>
      <comment>one: {done} of %n answer</comment>
      <translation>
        <numerusform>{done} réponse sur %n</numerusform>
        <numerusform>{done} réponses sur %n</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}” is too large to be a prompt set (more than {size} MB).</source>
      <translation>« {name} » est trop volumineux pour être un jeu de prompts (plus de {size} Mo).</translation>
    </message>
  </context>
  <context>
    <name>providers</name>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON conforme à un schéma</translation>
    </message>
    <message>
      <source>No provider of {model} is working normally right now; each column may be served by a different provider.</source>
      <translation>Aucun fournisseur de {model} ne fonctionne normalement en ce moment ; chaque colonne peut être servie par un fournisseur différent.</translation>
    </message>
    <message>
      <source>No provider of {model} take {names}, so a column that sets them will be refused; each column may be served by a different provider.</source>
      <translation>Aucun fournisseur de {model} n’accepte {names} : une colonne qui les définit sera donc refusée ; chaque colonne peut être servie par un fournisseur différent.</translation>
    </message>
    <message>
      <source>No provider of {model} takes {names}, so a column that sets it will be refused; each column may be served by a different provider.</source>
      <translation>Aucun fournisseur de {model} n’accepte {names} : une colonne qui le définit sera donc refusée ; chaque colonne peut être servie par un fournisseur différent.</translation>
    </message>
    <message>
      <source>No single provider of {model} takes {names} together; each column may be served by a different provider.</source>
      <translation>Aucun fournisseur de {model} n’accepte à lui seul {names} ensemble ; chaque colonne peut être servie par un fournisseur différent.</translation>
    </message>
    <message>
      <source>The preset of a column of {model} allows only providers that do not serve this model, so that column will be refused. Choose another preset or model for it.</source>
      <translation>Le préréglage d’une colonne de {model} n’autorise que des fournisseurs qui ne servent pas ce modèle : cette colonne sera donc refusée. Choisissez-lui un autre préréglage ou modèle.</translation>
    </message>
    <message>
      <source>The providers of {model} could not be looked up, so none was chosen; each column may be served by a different provider, and every setting is still required.</source>
      <translation>Les fournisseurs de {model} n’ont pas pu être consultés : aucun n’a donc été choisi ; chaque colonne peut être servie par un fournisseur différent, et chaque réglage reste exigé.</translation>
    </message>
    <message>
      <source>{items} and {last}</source>
      <translation>{items} et {last}</translation>
    </message>
  </context>
  <context>
    <name>request</name>
    <message>
      <source>This message would carry {size} MB of files, more than the {most} MB one message can take (every file of the conversation is sent again with each message). Remove some files, or start a new conversation.</source>
      <translation>Ce message transporterait {size} Mo de fichiers, soit plus que les {most} Mo qu’un message peut contenir (chaque fichier de la conversation est renvoyé avec chaque message). Retirez des fichiers, ou commencez une nouvelle conversation.</translation>
    </message>
  </context>
  <context>
    <name>request_preview</name>
    <message>
      <source>Copy</source>
      <translation>Copier</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Requête</translation>
    </message>
    <message>
      <source>Request body</source>
      <translation>Corps de la requête</translation>
    </message>
    <message>
      <source>The API key is sent in the Authorization header and is not shown here.</source>
      <translation>La clé d’API est envoyée dans l’en-tête Authorization et n’est pas affichée ici.</translation>
    </message>
  </context>
  <context>
    <name>requests</name>
    <message>
      <source>A setting holds a value JSON cannot carry (such as NaN). Fix it first.</source>
      <translation>Un réglage contient une valeur que JSON ne peut pas transporter (comme NaN). Corrigez-la d’abord.</translation>
    </message>
    <message>
      <source>Choose a model first.</source>
      <translation>Choisissez d’abord un modèle.</translation>
    </message>
    <message>
      <source>Type a message first.</source>
      <translation>Écrivez d’abord un message.</translation>
    </message>
  </context>
  <context>
    <name>routing_words</name>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>any provider</source>
      <translation>n’importe quel fournisseur</translation>
    </message>
    <message>
      <source>cheapest provider first</source>
      <translation>le fournisseur le moins cher d’abord</translation>
    </message>
    <message>
      <source>fastest provider first</source>
      <translation>le fournisseur le plus rapide d’abord</translation>
    </message>
    <message>
      <source>never {providers}</source>
      <translation>jamais {providers}</translation>
    </message>
    <message>
      <source>no other provider if the first one fails</source>
      <translation>aucun autre fournisseur si le premier échoue</translation>
    </message>
    <message>
      <source>only providers that honour every setting</source>
      <translation>seulement les fournisseurs qui respectent chaque réglage</translation>
    </message>
    <message>
      <source>only providers that keep no data</source>
      <translation>seulement les fournisseurs qui ne conservent aucune donnée</translation>
    </message>
    <message>
      <source>only {providers}</source>
      <translation>seulement {providers}</translation>
    </message>
    <message>
      <source>other providers may step in if the first one fails</source>
      <translation>d’autres fournisseurs peuvent prendre le relais si le premier échoue</translation>
    </message>
    <message>
      <source>providers in a set order</source>
      <translation>fournisseurs dans un ordre défini</translation>
    </message>
    <message>
      <source>providers that keep data allowed</source>
      <translation>fournisseurs conservant des données autorisés</translation>
    </message>
    <message>
      <source>quickest provider to start first</source>
      <translation>le fournisseur le plus prompt à démarrer d’abord</translation>
    </message>
    <message>
      <source>{earlier}, then {next}</source>
      <translation>{earlier}, puis {next}</translation>
    </message>
    <message>
      <source>{providers} first</source>
      <translation>{providers} d’abord</translation>
    </message>
    <message>
      <source>{providers} only</source>
      <translation>{providers} uniquement</translation>
    </message>
  </context>
  <context>
    <name>run_dialog</name>
    <message>
      <source>Answers at once:</source>
      <translation>Réponses simultanées :</translation>
    </message>
    <message>
      <source>Answers written at once</source>
      <translation>Réponses rédigées simultanément</translation>
    </message>
    <message>
      <source>Blind: hide the names and shuffle the answers until I pick the best of each prompt</source>
      <translation>À l’aveugle : masquer les noms et mélanger les réponses jusqu’à ce que je choisisse la meilleure de chaque prompt</translation>
    </message>
    <message>
      <source>Fair: the same provider for each model, and only providers that take every setting</source>
      <translation>Équitable : le même fournisseur pour chaque modèle, et seulement des fournisseurs qui acceptent chaque réglage</translation>
    </message>
    <message>
      <source>How many answers are written at the same time. Fewer is gentler on the provider's limits; more finishes sooner.</source>
      <translation>Le nombre de réponses rédigées en même temps. Moins ménage les limites du fournisseur ; plus termine plus tôt.</translation>
    </message>
    <message>
      <source>Presets to run the set with</source>
      <translation>Préréglages avec lesquels lancer le jeu</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Lancer</translation>
    </message>
    <message>
      <source>Run a prompt set</source>
      <translation>Lancer un jeu de prompts</translation>
    </message>
    <message numerus="yes">
      <source>Send the %n prompts of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</source>
      <comment>one: Send the %n prompt of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</comment>
      <translation>
        <numerusform>Envoyer le prompt (%n) de {name} à deux à quatre préréglages avec {model} (ou le modèle indiqué par un préréglage). Vous voyez ce que cela peut coûter avant tout envoi.</numerusform>
        <numerusform>Envoyer les %n prompts de {name} à deux à quatre préréglages avec {model} (ou le modèle indiqué par un préréglage). Vous voyez ce que cela peut coûter avant tout envoi.</numerusform>
      </translation>
    </message>
    <message>
      <source>{set}: {presets}</source>
      <translation>{set} : {presets}</translation>
    </message>
  </context>
  <context>
    <name>run_view</name>
    <message>
      <source>A good answer: {notes}</source>
      <translation>Une bonne réponse : {notes}</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Réponse</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Réponse {letter}</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Réponses</translation>
    </message>
    <message>
      <source>As CSV (for a spreadsheet)…</source>
      <translation>En CSV (pour un tableur)…</translation>
    </message>
    <message>
      <source>As Markdown…</source>
      <translation>En Markdown…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <source>No answer yet.</source>
      <translation>Pas encore de réponse.</translation>
    </message>
    <message>
      <source>Open as a comparison</source>
      <translation>Ouvrir en comparaison</translation>
    </message>
    <message>
      <source>Open this prompt's answers in a comparison tab, where you can pick the best one.</source>
      <translation>Ouvrir les réponses de ce prompt dans un onglet de comparaison, où vous pouvez choisir la meilleure.</translation>
    </message>
    <message>
      <source>Picked</source>
      <translation>Choisie</translation>
    </message>
    <message>
      <source>Progress of the run</source>
      <translation>Avancement de la série</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>Prompt</translation>
    </message>
    <message>
      <source>Prompts</source>
      <translation>Prompts</translation>
    </message>
    <message>
      <source>Results per preset</source>
      <translation>Résultats par préréglage</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Démarrer</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <source>Stop the run: what arrived is kept, Resume sends the rest.</source>
      <translation>Arrêter la série : ce qui est arrivé est conservé, Reprendre envoie le reste.</translation>
    </message>
    <message>
      <source>What is left to send: {estimate}.</source>
      <translation>Reste à envoyer : {estimate}.</translation>
    </message>
    <message>
      <source>{answered} of {columns}</source>
      <translation>{answered} sur {columns}</translation>
    </message>
  </context>
  <context>
    <name>safe_text</name>
    <message numerus="yes">
      <source>… (%n more characters; Copy to get all)</source>
      <comment>one: … (%n more character; Copy to get all)</comment>
      <translation>
        <numerusform>… (%n caractère de plus ; Copier pour tout obtenir)</numerusform>
        <numerusform>… (%n caractères de plus ; Copier pour tout obtenir)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>secrets</name>
    <message>
      <source>Desktop keyring</source>
      <translation>Trousseau du bureau</translation>
    </message>
    <message>
      <source>Keyring turned off</source>
      <translation>Trousseau désactivé</translation>
    </message>
    <message>
      <source>No desktop session bus (D-Bus) is running, so no keyring service such as GNOME Keyring or KWallet can be reached.</source>
      <translation>Aucun bus de session du bureau (D-Bus) n’est actif : aucun service de trousseau comme GNOME Keyring ou KWallet n’est donc joignable.</translation>
    </message>
    <message>
      <source>No keyring</source>
      <translation>Aucun trousseau</translation>
    </message>
    <message>
      <source>No keyring service (such as GNOME Keyring or KWallet) is running.</source>
      <translation>Aucun service de trousseau (comme GNOME Keyring ou KWallet) n’est actif.</translation>
    </message>
    <message>
      <source>No keyring service is available.</source>
      <translation>Aucun service de trousseau n’est disponible.</translation>
    </message>
    <message>
      <source>No secure keyring</source>
      <translation>Aucun trousseau sécurisé</translation>
    </message>
    <message>
      <source>None of the keyrings available ({names}) keeps secrets safely, so Switchboard will not use them.</source>
      <translation>Aucun des trousseaux disponibles ({names}) ne conserve les secrets de façon sûre : Switchboard ne les utilisera donc pas.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer.</source>
      <translation>Switchboard n’a aucun endroit sûr où conserver votre clé sur cet ordinateur.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. You can paste a key to use for this session only.</source>
      <translation>Switchboard n’a aucun endroit sûr où conserver votre clé sur cet ordinateur. Vous pouvez coller une clé à utiliser pour cette session uniquement.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason}</source>
      <translation>Switchboard n’a aucun endroit sûr où conserver votre clé sur cet ordinateur. {reason}</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason} You can paste a key to use for this session only.</source>
      <translation>Switchboard n’a aucun endroit sûr où conserver votre clé sur cet ordinateur. {reason} Vous pouvez coller une clé à utiliser pour cette session uniquement.</translation>
    </message>
    <message>
      <source>Switchboard keeps your key only in the system's own keychain (Secret Service, KWallet, macOS Keychain or Windows Credential Manager), and none of them is in use.</source>
      <translation>Switchboard ne conserve votre clé que dans le trousseau du système (Secret Service, KWallet, Trousseau macOS ou Gestionnaire d’identification Windows), et aucun n’est utilisé.</translation>
    </message>
    <message>
      <source>The keyring could not be set up ({error}).</source>
      <translation>Le trousseau n’a pas pu être configuré ({error}).</translation>
    </message>
    <message>
      <source>The only keyring available keeps secrets in a file on disk that is not properly protected, so Switchboard will not use it.</source>
      <translation>Le seul trousseau disponible conserve les secrets dans un fichier sur le disque mal protégé : Switchboard ne l’utilisera donc pas.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so Switchboard cannot read your saved key. Try again later, or paste the key to use it for this session only.</source>
      <translation>Le trousseau du système n’a pas répondu : Switchboard ne peut donc pas lire votre clé enregistrée. Réessayez plus tard, ou collez la clé pour l’utiliser pendant cette session uniquement.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be removed. Try again later.</source>
      <translation>Le trousseau du système n’a pas répondu : la clé n’a donc pas pu être supprimée. Réessayez plus tard.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be saved. Try again, or use the key for this session only.</source>
      <translation>Le trousseau du système n’a pas répondu : la clé n’a donc pas pu être enregistrée. Réessayez, ou utilisez la clé pour cette session uniquement.</translation>
    </message>
    <message>
      <source>The system keyring is turned off for Python programs (keyring's null backend).</source>
      <translation>Le trousseau du système est désactivé pour les programmes Python (backend null de keyring).</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. You can use the key for this session only.</source>
      <translation>Il n’y a aucun endroit sûr où conserver votre clé sur cet ordinateur. Vous pouvez utiliser la clé pour cette session uniquement.</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. {reason} You can use the key for this session only.</source>
      <translation>Il n’y a aucun endroit sûr où conserver votre clé sur cet ordinateur. {reason} Vous pouvez utiliser la clé pour cette session uniquement.</translation>
    </message>
    <message>
      <source>Unrecognised keyring ({name})</source>
      <translation>Trousseau non reconnu ({name})</translation>
    </message>
    <message>
      <source>Your keyring is locked, so Switchboard cannot read your saved key. Unlock it (logging in again usually does), then restart Switchboard, or paste the key to use it for this session only.</source>
      <translation>Votre trousseau est verrouillé : Switchboard ne peut donc pas lire votre clé enregistrée. Déverrouillez-le (se reconnecter suffit généralement), puis redémarrez Switchboard, ou collez la clé pour l’utiliser pendant cette session uniquement.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be removed. Unlock it (logging in again usually does) and try again.</source>
      <translation>Votre trousseau est verrouillé : la clé n’a donc pas pu être supprimée. Déverrouillez-le (se reconnecter suffit généralement) et réessayez.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be saved. Unlock it (logging in again usually does) and try again, or use the key for this session only.</source>
      <translation>Votre trousseau est verrouillé : la clé n’a donc pas pu être enregistrée. Déverrouillez-le (se reconnecter suffit généralement) et réessayez, ou utilisez la clé pour cette session uniquement.</translation>
    </message>
  </context>
  <context>
    <name>send_gate</name>
    <message>
      <source>Not sent: your message is still in the box.</source>
      <translation>Non envoyé : votre message est toujours dans la zone de saisie.</translation>
    </message>
    <message>
      <source>Send anyway</source>
      <translation>Envoyer quand même</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>An amount cannot be negative.</source>
      <translation>Un montant ne peut pas être négatif.</translation>
    </message>
    <message>
      <source>Caps go up to {amount}. Type a smaller amount, such as 20.</source>
      <translation>Les plafonds vont jusqu’à {amount}. Saisissez un montant plus petit, par exemple 20.</translation>
    </message>
    <message>
      <source>The smallest amount is {amount} (or 0 to allow no spending at all).</source>
      <translation>Le plus petit montant est {amount} (ou 0 pour n’autoriser aucune dépense).</translation>
    </message>
  </context>
  <context>
    <name>settings_dialog</name>
    <message>
      <source>API address</source>
      <translation>Adresse de l’API</translation>
    </message>
    <message>
      <source>Address in use</source>
      <translation>Adresse utilisée</translation>
    </message>
    <message>
      <source>App name given to OpenRouter</source>
      <translation>Nom de l’application transmis à OpenRouter</translation>
    </message>
    <message>
      <source>App web page given to OpenRouter</source>
      <translation>Page web de l’application transmise à OpenRouter</translation>
    </message>
    <message>
      <source>Ask before a send above ($)</source>
      <translation>Demander avant un envoi au-delà de ($)</translation>
    </message>
    <message>
      <source>At 80% of a cap the meter turns orange. A send that could pass a cap waits for you to press “Send anyway”. Leave a box empty for no limit.</source>
      <translation>À 80 % d’un plafond, le compteur passe à l’orange. Un envoi susceptible de dépasser un plafond attend que vous appuyiez sur « Envoyer quand même ». Laissez une case vide pour ne fixer aucune limite.</translation>
    </message>
    <message>
      <source>Change key…</source>
      <translation>Changer de clé…</translation>
    </message>
    <message>
      <source>Daily cap ($)</source>
      <translation>Plafond quotidien ($)</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <source>Each request tells OpenRouter that it comes from Switchboard, so Switchboard can appear in the app rankings on openrouter.ai. Change the name or web page given, or leave them empty for Switchboard's own. Only plain ASCII is sent.</source>
      <translation>Chaque requête indique à OpenRouter qu’elle vient de Switchboard, pour que Switchboard puisse apparaître dans les classements d’applications sur openrouter.ai. Changez le nom ou la page web transmis, ou laissez-les vides pour ceux de Switchboard. Seul de l’ASCII simple est envoyé.</translation>
    </message>
    <message>
      <source>Empty: OpenRouter ({address})</source>
      <translation>Vide : OpenRouter ({address})</translation>
    </message>
    <message>
      <source>Enter sends the message (Shift+Enter for a new line)</source>
      <translation>Entrée envoie le message (Maj+Entrée pour une nouvelle ligne)</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}).</source>
      <translation>Utilisée actuellement : {where} ({address}).</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}). Save to use the address above instead.</source>
      <translation>Utilisée actuellement : {where} ({address}). Enregistrez pour utiliser plutôt l’adresse ci-dessus.</translation>
    </message>
    <message>
      <source>Keep the saved key</source>
      <translation>Conserver la clé enregistrée</translation>
    </message>
    <message>
      <source>Key for this server</source>
      <translation>Clé pour ce serveur</translation>
    </message>
    <message>
      <source>Key for {host}</source>
      <translation>Clé pour {host}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <source>Look and keyboard</source>
      <translation>Apparence et clavier</translation>
    </message>
    <message>
      <source>Monthly cap ($)</source>
      <translation>Plafond mensuel ($)</translation>
    </message>
    <message>
      <source>Never ask</source>
      <translation>Ne jamais demander</translation>
    </message>
    <message>
      <source>No daily cap</source>
      <translation>Pas de plafond quotidien</translation>
    </message>
    <message>
      <source>No key for {host}</source>
      <translation>Aucune clé pour {host}</translation>
    </message>
    <message>
      <source>No monthly cap</source>
      <translation>Pas de plafond mensuel</translation>
    </message>
    <message>
      <source>Once a day Switchboard asks GitHub for its latest version. Nothing about you or your conversations is sent, and never your key.</source>
      <translation>Une fois par jour, Switchboard demande à GitHub sa dernière version. Rien ne concernant vous ou vos conversations n’est envoyé, et jamais votre clé.</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Ouvrir le dossier</translation>
    </message>
    <message>
      <source>OpenRouter, or any OpenAI-compatible server such as a local model server.</source>
      <translation>OpenRouter, ou tout serveur compatible OpenAI, comme un serveur de modèles local.</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>Supprimer la clé</translation>
    </message>
    <message>
      <source>Requests go to OpenRouter, with your OpenRouter key.</source>
      <translation>Les requêtes vont à OpenRouter, avec votre clé OpenRouter.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key, if any, or send none.</source>
      <translation>Les requêtes vers {host} utilisent la clé ci-dessous, jamais votre clé OpenRouter. Laissez vide pour conserver sa clé enregistrée, s’il y en a une, ou n’en envoyer aucune.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key.</source>
      <translation>Les requêtes vers {host} utilisent la clé ci-dessous, jamais votre clé OpenRouter. Laissez vide pour conserver sa clé enregistrée.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to send no key.</source>
      <translation>Les requêtes vers {host} utilisent la clé ci-dessous, jamais votre clé OpenRouter. Laissez vide pour n’envoyer aucune clé.</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Comme le système</translation>
    </message>
    <message>
      <source>Sent with each request (as the HTTP-Referer header).</source>
      <translation>Envoyée avec chaque requête (dans l’en-tête HTTP-Referer).</translation>
    </message>
    <message>
      <source>Sent with each request (as the X-Title header).</source>
      <translation>Envoyé avec chaque requête (dans l’en-tête X-Title).</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <source>Set by SWITCHBOARD_BASE_URL for this session, so it cannot be changed here. Without it, Switchboard uses the address saved in Settings.</source>
      <translation>Définie par SWITCHBOARD_BASE_URL pour cette session : l’adresse ne peut donc pas être modifiée ici. Sans cela, Switchboard utilise l’adresse enregistrée dans les Réglages.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <source>Spending guard</source>
      <translation>Garde-fou des dépenses</translation>
    </message>
    <message>
      <source>Switchboard uses the new language after a restart.</source>
      <translation>Switchboard utilise la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
      <source>Tell me when a new version of Switchboard is out (asks GitHub once a day)</source>
      <translation>Me prévenir quand une nouvelle version de Switchboard sort (interroge GitHub une fois par jour)</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <source>Updates</source>
      <translation>Mises à jour</translation>
    </message>
    <message>
      <source>Which key is sent</source>
      <translation>Clé envoyée</translation>
    </message>
    <message>
      <source>Why the address is fixed</source>
      <translation>Pourquoi l’adresse est fixe</translation>
    </message>
    <message>
      <source>Your data</source>
      <translation>Vos données</translation>
    </message>
    <message>
      <source>Your key</source>
      <translation>Votre clé</translation>
    </message>
    <message>
      <source>“{text}” is not an amount in dollars, such as {example}.</source>
      <translation>« {text} » n’est pas un montant en dollars, comme {example}.</translation>
    </message>
  </context>
  <context>
    <name>settings_file</name>
    <message>
      <source>Your settings at {path} could not be read ({reason}), so default settings are used for now.</source>
      <translation>Vos réglages ({path}) n’ont pas pu être lus ({reason}) : les réglages par défaut sont donc utilisés pour l’instant.</translation>
    </message>
    <message>
      <source>Your settings at {path} could not be read, so default settings are used for now.</source>
      <translation>Vos réglages ({path}) n’ont pas pu être lus : les réglages par défaut sont donc utilisés pour l’instant.</translation>
    </message>
    <message>
      <source>Your settings at {path} were saved by a newer version of Switchboard, so default settings are used for now.</source>
      <translation>Vos réglages ({path}) ont été enregistrés par une version plus récente de Switchboard : les réglages par défaut sont donc utilisés pour l’instant.</translation>
    </message>
    <message>
      <source>Your settings could not be read ({reason}), so default settings are used. The old file is kept at {kept}.</source>
      <translation>Vos réglages n’ont pas pu être lus ({reason}) : les réglages par défaut sont donc utilisés. L’ancien fichier est conservé ici : {kept}.</translation>
    </message>
    <message>
      <source>Your settings could not be read, so default settings are used. The old file is kept at {kept}.</source>
      <translation>Vos réglages n’ont pas pu être lus : les réglages par défaut sont donc utilisés. L’ancien fichier est conservé ici : {kept}.</translation>
    </message>
    <message>
      <source>Your settings were saved by a newer version of Switchboard, so default settings are used. The old file is kept at {kept}.</source>
      <translation>Vos réglages ont été enregistrés par une version plus récente de Switchboard : les réglages par défaut sont donc utilisés. L’ancien fichier est conservé ici : {kept}.</translation>
    </message>
    <message>
      <source>the file is damaged</source>
      <translation>le fichier est endommagé</translation>
    </message>
  </context>
  <context>
    <name>sources</name>
    <message numerus="yes">
      <source>%n bytes</source>
      <comment>one: %n byte</comment>
      <translation>
        <numerusform>%n octet</numerusform>
        <numerusform>%n octets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n searches, {cost}</source>
      <comment>one: %n search, {cost}</comment>
      <translation>
        <numerusform>%n recherche, {cost}</numerusform>
        <numerusform>%n recherches, {cost}</numerusform>
      </translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>Ouvrir {name}</translation>
    </message>
    <message>
      <source>Sent at {width} × {height}, reduced from {original_width} × {original_height}</source>
      <translation>Envoyée en {width} × {height}, réduite depuis {original_width} × {original_height}</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Sources</translation>
    </message>
    <message numerus="yes">
      <source>Up to %n results a search, about {price} per message (at most {most} if the model searches {searches} times).</source>
      <comment>one: Up to %n result a search, about {price} per message (at most {most} if the model searches {searches} times).</comment>
      <translation>
        <numerusform>Jusqu’à %n résultat par recherche, environ {price} par message (au plus {most} si le modèle effectue {searches} recherches).</numerusform>
        <numerusform>Jusqu’à %n résultats par recherche, environ {price} par message (au plus {most} si le modèle effectue {searches} recherches).</numerusform>
      </translation>
    </message>
    <message>
      <source>{size} KB</source>
      <translation>{size} Ko</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} Mo</translation>
    </message>
  </context>
  <context>
    <name>status_parts</name>
    <message>
      <source>Do not tell me about this version again</source>
      <translation>Ne plus me signaler cette version</translation>
    </message>
    <message>
      <source>Open the release page.</source>
      <translation>Ouvrir la page de la version.</translation>
    </message>
    <message>
      <source>Status message</source>
      <translation>Message d’état</translation>
    </message>
  </context>
  <context>
    <name>streaming</name>
    <message>
      <source>Thinking</source>
      <translation>Réflexion</translation>
    </message>
  </context>
  <context>
    <name>tabs</name>
    <message>
      <source>Conversations</source>
      <translation>Conversations</translation>
    </message>
    <message>
      <source>New conversation</source>
      <translation>Nouvelle conversation</translation>
    </message>
    <message>
      <source>New conversation (Ctrl+T)</source>
      <translation>Nouvelle conversation (Ctrl+T)</translation>
    </message>
  </context>
  <context>
    <name>thinking</name>
    <message>
      <source>High</source>
      <translation>Élevé</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Faible</translation>
    </message>
    <message>
      <source>Maximum</source>
      <translation>Maximum</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than the thinking budget {budget}: the model may spend it all thinking and leave no answer.</source>
      <translation>La longueur maximale {length} ne dépasse pas le budget de réflexion {budget} : le modèle risque de tout consacrer à la réflexion et de ne laisser aucune réponse.</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than {least} tokens, the least some models think even at {level} effort: the model may spend it all thinking and leave no answer.</source>
      <translation>La longueur maximale {length} ne dépasse pas {least} jetons, le minimum que certains modèles consacrent à la réflexion même au niveau « {level} » : le modèle risque de tout consacrer à la réflexion et de ne laisser aucune réponse.</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>Minimal</translation>
    </message>
    <message>
      <source>The thinking budget must be a whole number of tokens.</source>
      <translation>Le budget de réflexion doit être un nombre entier de jetons.</translation>
    </message>
    <message>
      <source>The thinking budget must be between {least} and {most} tokens.</source>
      <translation>Le budget de réflexion doit être compris entre {least} et {most} jetons.</translation>
    </message>
    <message>
      <source>The thinking effort must be one of {efforts}.</source>
      <translation>Le niveau de réflexion doit être l’un des suivants : {efforts}.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Réflexion</translation>
    </message>
    <message>
      <source>Thinking budget {tokens}</source>
      <translation>Budget de réflexion {tokens}</translation>
    </message>
    <message>
      <source>Thinking high</source>
      <translation>Réflexion élevée</translation>
    </message>
    <message>
      <source>Thinking low</source>
      <translation>Réflexion faible</translation>
    </message>
    <message>
      <source>Thinking maximum</source>
      <translation>Réflexion maximale</translation>
    </message>
    <message>
      <source>Thinking medium</source>
      <translation>Réflexion moyenne</translation>
    </message>
    <message>
      <source>Thinking minimal</source>
      <translation>Réflexion minimale</translation>
    </message>
    <message>
      <source>Thinking must be a JSON object such as {"effort": "high"}.</source>
      <translation>La réflexion doit être un objet JSON comme {"effort": "high"}.</translation>
    </message>
    <message>
      <source>Thinking must be the model's default, off, an effort or a budget.</source>
      <translation>La réflexion doit être la valeur par défaut du modèle, désactivée, un niveau ou un budget.</translation>
    </message>
    <message>
      <source>Thinking off</source>
      <translation>Réflexion désactivée</translation>
    </message>
    <message>
      <source>Thinking very high</source>
      <translation>Réflexion très élevée</translation>
    </message>
    <message>
      <source>Thinking {level}</source>
      <translation>Réflexion {level}</translation>
    </message>
    <message>
      <source>Thinking: model default</source>
      <translation>Réflexion : par défaut du modèle</translation>
    </message>
    <message>
      <source>Very high</source>
      <translation>Très élevé</translation>
    </message>
    <message>
      <source>budget {tokens}</source>
      <translation>budget de {tokens}</translation>
    </message>
    <message>
      <source>cannot turn its thinking off</source>
      <translation>ne peut pas désactiver sa réflexion</translation>
    </message>
    <message>
      <source>does not offer the {level} thinking effort</source>
      <translation>ne propose pas le niveau de réflexion « {level} »</translation>
    </message>
    <message>
      <source>does not take a thinking budget</source>
      <translation>n’accepte pas de budget de réflexion</translation>
    </message>
    <message>
      <source>high</source>
      <translation>élevé</translation>
    </message>
    <message>
      <source>low</source>
      <translation>faible</translation>
    </message>
    <message>
      <source>maximum</source>
      <translation>maximum</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>moyen</translation>
    </message>
    <message>
      <source>minimal</source>
      <translation>minimal</translation>
    </message>
    <message>
      <source>model default</source>
      <translation>par défaut du modèle</translation>
    </message>
    <message>
      <source>off</source>
      <translation>désactivée</translation>
    </message>
    <message>
      <source>on</source>
      <translation>activée</translation>
    </message>
    <message>
      <source>very high</source>
      <translation>très élevé</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off.</source>
      <translation>{model} ne peut pas désactiver sa réflexion.</translation>
    </message>
    <message>
      <source>{model} does not offer the {level} thinking effort.</source>
      <translation>{model} ne propose pas le niveau de réflexion « {level} ».</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget.</source>
      <translation>{model} n’accepte pas de budget de réflexion.</translation>
    </message>
    <message>
      <source>{setting} (hidden)</source>
      <translation>{setting} (masquée)</translation>
    </message>
    <message>
      <source>“Hide the thinking” must be on or off.</source>
      <translation>« Masquer la réflexion » doit être activé ou désactivé.</translation>
    </message>
    <message>
      <source>“{name}” is not a thinking setting Switchboard knows.</source>
      <translation>« {name} » n’est pas un réglage de réflexion connu de Switchboard.</translation>
    </message>
  </context>
  <context>
    <name>transcript</name>
    <message>
      <source>Code copied.</source>
      <translation>Code copié.</translation>
    </message>
    <message>
      <source>Conversation</source>
      <translation>Conversation</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <source>That link was not opened: only web and e-mail links open.</source>
      <translation>Ce lien n’a pas été ouvert : seuls les liens web et e-mail s’ouvrent.</translation>
    </message>
    <message>
      <source>That message was not sent.</source>
      <translation>Ce message n’a pas été envoyé.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>En attente du modèle…</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>Impossible d’ouvrir « {name} ».</translation>
    </message>
    <message>
      <source>“{name}” is no longer in Switchboard's data folder, so it cannot be opened.</source>
      <translation>« {name} » n’est plus dans le dossier de données de Switchboard : il ne peut donc pas être ouvert.</translation>
    </message>
  </context>
  <context>
    <name>turn</name>
    <message>
      <source>The connection ended before the answer was finished.</source>
      <translation>La connexion s’est terminée avant la fin de la réponse.</translation>
    </message>
  </context>
  <context>
    <name>updates</name>
    <message>
      <source>Switchboard {version} is available — what's new</source>
      <translation>Switchboard {version} est disponible — quoi de neuf</translation>
    </message>
  </context>
  <context>
    <name>version_settings</name>
    <message>
      <source>Answered by</source>
      <translation>Réponse de</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>Schéma JSON</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modèle</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Fournisseur</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Prompt système</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>non défini</translation>
    </message>
    <message>
      <source>on</source>
      <translation>activé</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>texte brut</translation>
    </message>
  </context>
  <context>
    <name>versions_flow</name>
    <message>
      <source>For this answer only: the conversation keeps its own settings</source>
      <translation>Pour cette réponse uniquement : la conversation garde ses propres réglages</translation>
    </message>
    <message>
      <source>For this answer only: the conversation keeps its own settings.</source>
      <translation>Pour cette réponse uniquement : la conversation garde ses propres réglages.</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Modèles</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Préréglages</translation>
    </message>
    <message>
      <source>Regenerate with</source>
      <translation>Régénérer avec</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>Régénérer avec…</translation>
    </message>
    <message>
      <source>This answer has only one version: Regenerate makes another.</source>
      <translation>Cette réponse n’a qu’une version : Régénérer en crée une autre.</translation>
    </message>
    <message>
      <source>Wait until the answer being written has finished (or press Stop), then try again.</source>
      <translation>Attendez que la réponse en cours de rédaction soit terminée (ou appuyez sur Arrêter), puis réessayez.</translation>
    </message>
    <message>
      <source>{model} (this conversation's)</source>
      <translation>{model} (celui de cette conversation)</translation>
    </message>
  </context>
  <context>
    <name>versions_view</name>
    <message>
      <source>Answer, version {number}</source>
      <translation>Réponse, version {number}</translation>
    </message>
    <message>
      <source>Compare these versions</source>
      <translation>Comparer ces versions</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>Surligner les différences</translation>
    </message>
    <message>
      <source>Make this version the one the conversation shows</source>
      <translation>Faire de cette version celle qu’affiche la conversation</translation>
    </message>
    <message>
      <source>Mark the words where the answers differ</source>
      <translation>Marquer les mots où les réponses diffèrent</translation>
    </message>
    <message>
      <source>No figures were recorded.</source>
      <translation>Aucun chiffre n’a été enregistré.</translation>
    </message>
    <message>
      <source>On screen</source>
      <translation>À l’écran</translation>
    </message>
    <message>
      <source>Settings of version {number}</source>
      <translation>Réglages de la version {number}</translation>
    </message>
    <message>
      <source>Show this one</source>
      <translation>Afficher celle-ci</translation>
    </message>
    <message>
      <source>Show version {number}</source>
      <translation>Afficher la version {number}</translation>
    </message>
    <message numerus="yes">
      <source>The same question, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: The same question, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>La même question, avec %n réponse et ses propres réglages. Appuyez sur « Afficher celle-ci » sous la réponse que la conversation doit afficher ; les autres sont conservées.</numerusform>
        <numerusform>La même question, avec %n réponses différentes, chacune avec ses propres réglages. Appuyez sur « Afficher celle-ci » sous la réponse que la conversation doit afficher ; les autres sont conservées.</numerusform>
      </translation>
    </message>
    <message>
      <source>Tokens and cost of version {number}</source>
      <translation>Jetons et coût de la version {number}</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>Version {number} sur {total}</translation>
    </message>
    <message numerus="yes">
      <source>“{question}”, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: “{question}”, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>« {question} », avec %n réponse et ses propres réglages. Appuyez sur « Afficher celle-ci » sous la réponse que la conversation doit afficher ; les autres sont conservées.</numerusform>
        <numerusform>« {question} », avec %n réponses différentes, chacune avec ses propres réglages. Appuyez sur « Afficher celle-ci » sous la réponse que la conversation doit afficher ; les autres sont conservées.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>welcome</name>
    <message>
      <source>&lt;b&gt;A key&lt;/b&gt; is like a password that lets Switchboard use your OpenRouter account. {keeping}</source>
      <translation>&lt;b&gt;Une clé&lt;/b&gt; est comme un mot de passe qui permet à Switchboard d’utiliser votre compte OpenRouter. {keeping}</translation>
    </message>
    <message>
      <source>&lt;b&gt;OpenRouter&lt;/b&gt; is one account that reaches hundreds of AI models (from OpenAI, Anthropic, Google, Meta, Mistral and others). Switchboard is a window onto it: you chat, compare and keep your conversations on this computer.</source>
      <translation>&lt;b&gt;OpenRouter&lt;/b&gt; est un compte unique qui donne accès à des centaines de modèles d’IA (d’OpenAI, Anthropic, Google, Meta, Mistral et d’autres). Switchboard en est la fenêtre : vous discutez, comparez et gardez vos conversations sur cet ordinateur.</translation>
    </message>
    <message>
      <source>&lt;b&gt;What it costs:&lt;/b&gt; OpenRouter charges per use, from your prepaid credit. A typical answer costs a fraction of a cent, some models are free, and Switchboard shows what every answer cost.</source>
      <translation>&lt;b&gt;Ce que ça coûte :&lt;/b&gt; OpenRouter facture à l’usage, sur votre crédit prépayé. Une réponse typique coûte une fraction de centime, certains modèles sont gratuits, et Switchboard affiche le coût de chaque réponse.</translation>
    </message>
    <message>
      <source>Switchboard keeps it in your computer's keychain, the same place your browser keeps passwords, and nowhere else.</source>
      <translation>Switchboard la conserve dans le trousseau de votre ordinateur, là où votre navigateur garde les mots de passe, et nulle part ailleurs.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key is kept only until you close the app (and nowhere else): you will paste it or sign in again next time.</source>
      <translation>Cet ordinateur n’a aucun trousseau de mots de passe utilisable par Switchboard : votre clé n’est donc conservée que jusqu’à la fermeture de l’application (et nulle part ailleurs). Il faudra la coller ou vous reconnecter la prochaine fois.</translation>
    </message>
    <message>
      <source>Welcome to Switchboard</source>
      <translation>Bienvenue dans Switchboard</translation>
    </message>
  </context>
</TS>

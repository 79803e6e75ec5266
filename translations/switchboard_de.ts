<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>about</name>
    <message>
      <source>(not known until the app has started)</source>
      <translation>(erst nach dem Start der App bekannt)</translation>
    </message>
    <message>
      <source>A desktop chat client for OpenRouter.</source>
      <translation>Ein Desktop-Chat-Programm für OpenRouter.</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>Über {app}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Aktion</translation>
    </message>
    <message>
      <source>Add a line to the message</source>
      <translation>Zeile zur Nachricht hinzufügen</translation>
    </message>
    <message>
      <source>Enter (or Ctrl+Enter, when Enter adds a line)</source>
      <translation>Enter (oder Strg+Enter, wenn Enter eine Zeile hinzufügt)</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastenkürzel</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Tasten</translation>
    </message>
    <message>
      <source>Licence: {licence}</source>
      <translation>Lizenz: {licence}</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Datenordner öffnen</translation>
    </message>
    <message>
      <source>Send the message</source>
      <translation>Nachricht senden</translation>
    </message>
    <message>
      <source>Your conversations and settings are kept in:
{place}</source>
      <translation>Ihre Unterhaltungen und Einstellungen werden gespeichert in:
{place}</translation>
    </message>
  </context>
  <context>
    <name>account</name>
    <message>
      <source>A key is one line without spaces. Copy it again, all of it, and paste it here.</source>
      <translation>Ein Schlüssel ist eine Zeile ohne Leerzeichen. Kopieren Sie ihn erneut, vollständig, und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
      <source>For this session only</source>
      <translation>Nur für diese Sitzung</translation>
    </message>
    <message>
      <source>For this session only (the key for {server}, not your OpenRouter key)</source>
      <translation>Nur für diese Sitzung (der Schlüssel für {server}, nicht Ihr OpenRouter-Schlüssel)</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored</source>
      <translation>Aus der Umgebung ({variable}), nicht gespeichert</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored (the key for {server}, not your OpenRouter key)</source>
      <translation>Aus der Umgebung ({variable}), nicht gespeichert (der Schlüssel für {server}, nicht Ihr OpenRouter-Schlüssel)</translation>
    </message>
    <message>
      <source>No key for {server}: requests to it are sent without one</source>
      <translation>Kein Schlüssel für {server}: Anfragen dorthin werden ohne gesendet</translation>
    </message>
    <message>
      <source>No key yet</source>
      <translation>Noch kein Schlüssel</translation>
    </message>
    <message>
      <source>Not checked yet</source>
      <translation>Noch nicht geprüft</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key, and it does not look like an OpenRouter key (those start with “sk-or-”). Copy the key again from openrouter.ai/keys.</source>
      <translation>OpenRouter hat diesen Schlüssel nicht angenommen, und er sieht nicht wie ein OpenRouter-Schlüssel aus (diese beginnen mit „sk-or-“). Kopieren Sie den Schlüssel erneut von openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key. It may be mistyped, disabled or expired: check that you copied all of it, or create a new one at openrouter.ai/keys.</source>
      <translation>OpenRouter hat diesen Schlüssel nicht angenommen. Er ist vielleicht falsch eingegeben, deaktiviert oder abgelaufen: Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder erstellen Sie einen neuen unter openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>Fügen Sie zuerst Ihren Schlüssel ein.</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter is only for the OpenRouter address. The API address in Settings is another server: enter that server's key in Settings, or set the address back to OpenRouter to sign in.</source>
      <translation>Die Anmeldung mit OpenRouter gilt nur für die OpenRouter-Adresse. Die API-Adresse in den Einstellungen ist ein anderer Server: Geben Sie den Schlüssel dieses Servers in den Einstellungen ein, oder setzen Sie die Adresse auf OpenRouter zurück, um sich anzumelden.</translation>
    </message>
    <message>
      <source>Stored in: {store}</source>
      <translation>Gespeichert in: {store}</translation>
    </message>
    <message>
      <source>Stored in: {store} (the key for {server}, not your OpenRouter key)</source>
      <translation>Gespeichert in: {store} (der Schlüssel für {server}, nicht Ihr OpenRouter-Schlüssel)</translation>
    </message>
    <message>
      <source>The key in {variable} cannot be used: {reason}</source>
      <translation>Der Schlüssel in {variable} kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
      <source>The server at {server} did not accept this key. Check that you copied all of it, then try again.</source>
      <translation>Der Server unter {server} hat diesen Schlüssel nicht angenommen. Prüfen Sie, ob Sie ihn vollständig kopiert haben, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use</source>
      <translation>Dieser Computer hat keinen Passwortspeicher, den Switchboard nutzen kann</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so a key can be kept only until you close the app. Paste your key to use it for this session only.</source>
      <translation>Dieser Computer hat keinen Passwortspeicher, den Switchboard nutzen kann, daher kann ein Schlüssel nur bis zum Schließen der App behalten werden. Fügen Sie Ihren Schlüssel ein, um ihn nur für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key can be kept only until you close the app. You can use it for this session only (you will paste it again next time).</source>
      <translation>Dieser Computer hat keinen Passwortspeicher, den Switchboard nutzen kann, daher kann Ihr Schlüssel nur bis zum Schließen der App behalten werden. Sie können ihn nur für diese Sitzung verwenden (beim nächsten Mal fügen Sie ihn erneut ein).</translation>
    </message>
    <message>
      <source>This key contains characters that keys never have. Copy it again from where you created it (for OpenRouter: openrouter.ai/keys).</source>
      <translation>Dieser Schlüssel enthält Zeichen, die in Schlüsseln nie vorkommen. Kopieren Sie ihn erneut von dort, wo Sie ihn erstellt haben (für OpenRouter: openrouter.ai/keys).</translation>
    </message>
    <message>
      <source>This server does not describe its keys, so the key was taken as it is.</source>
      <translation>Dieser Server beschreibt seine Schlüssel nicht, daher wurde der Schlüssel so übernommen, wie er ist.</translation>
    </message>
    <message>
      <source>Unnamed key</source>
      <translation>Unbenannter Schlüssel</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>täglich</translation>
    </message>
    <message>
      <source>free tier</source>
      <translation>kostenlose Stufe</translation>
    </message>
    <message>
      <source>limit {limit}</source>
      <translation>Limit {limit}</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left)</source>
      <translation>Limit {limit} ({left} übrig)</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left), resets {reset}</source>
      <translation>Limit {limit} ({left} übrig), Zurücksetzung: {reset}</translation>
    </message>
    <message>
      <source>limit {limit}, resets {reset}</source>
      <translation>Limit {limit}, Zurücksetzung: {reset}</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>monatlich</translation>
    </message>
    <message>
      <source>no spending limit</source>
      <translation>kein Ausgabenlimit</translation>
    </message>
    <message>
      <source>used {amount}</source>
      <translation>verbraucht {amount}</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>wöchentlich</translation>
    </message>
  </context>
  <context>
    <name>account_flow</name>
    <message>
      <source>Remove</source>
      <translation>Entfernen</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>Schlüssel entfernen</translation>
    </message>
    <message>
      <source>Remove the key for {server} from this computer's keychain?</source>
      <translation>Den Schlüssel für {server} aus dem Schlüsselbund dieses Computers entfernen?</translation>
    </message>
    <message>
      <source>Remove your OpenRouter key from this computer's keychain?</source>
      <translation>Ihren OpenRouter-Schlüssel aus dem Schlüsselbund dieses Computers entfernen?</translation>
    </message>
    <message>
      <source>You are ready: type a message and press Enter.</source>
      <translation>Alles bereit: Schreiben Sie eine Nachricht und drücken Sie Enter.</translation>
    </message>
  </context>
  <context>
    <name>attach_flow</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n Seite</numerusform>
        <numerusform>%n Seiten</numerusform>
      </translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and each of the {columns} columns pays for its own reading ({pages} in all: about {about}). Read them?</source>
      <translation>Eine angehängte PDF enthält keinen Text, nur Bilder von Seiten. Das kostenpflichtige Lesen kostet $2 pro 1.000 Seiten, und jede der {columns} Spalten bezahlt ihr eigenes Lesen ({pages} insgesamt: etwa {about}). Lesen?</translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and it then reads every PDF this message sends ({pdfs} PDFs, {pages}: about {about}). Read them?</source>
      <translation>Eine angehängte PDF enthält keinen Text, nur Bilder von Seiten. Das kostenpflichtige Lesen kostet $2 pro 1.000 Seiten, und dann wird jede PDF gelesen, die diese Nachricht sendet ({pdfs} PDFs, {pages}: etwa {about}). Lesen?</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and earlier messages of this conversation carry pictures ({names}) that every message sends again. Choose a model that can see pictures.</source>
      <translation>Nicht gesendet: {model} kann keine Bilder sehen, und frühere Nachrichten dieser Unterhaltung enthalten Bilder ({names}), die mit jeder Nachricht erneut gesendet werden. Wählen Sie ein Modell, das Bilder sehen kann.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} are pictures. Choose a model that can, or remove the pictures.</source>
      <translation>Nicht gesendet: {model} kann keine Bilder sehen, und {names} sind Bilder. Wählen Sie ein Modell, das es kann, oder entfernen Sie die Bilder.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} is a picture. Choose a model that can, or remove the picture.</source>
      <translation>Nicht gesendet: {model} kann keine Bilder sehen, und {names} ist ein Bild. Wählen Sie ein Modell, das es kann, oder entfernen Sie das Bild.</translation>
    </message>
    <message>
      <source>The model list does not say whether this model can read pictures or files, so your attachments were sent as they are. If the answer ignores them, choose a model that reads them.</source>
      <translation>Die Modellliste gibt nicht an, ob dieses Modell Bilder oder Dateien lesen kann, daher wurden Ihre Anhänge unverändert gesendet. Wenn die Antwort sie ignoriert, wählen Sie ein Modell, das sie liest.</translation>
    </message>
    <message>
      <source>These PDFs have no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>Diese PDFs enthalten keinen Text, nur Bilder von Seiten. Das Lesen kostet $2 pro 1.000 Seiten (etwa {about} für diese {pages}). Lesen?</translation>
    </message>
    <message>
      <source>This PDF has no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>Diese PDF enthält keinen Text, nur Bilder von Seiten. Das Lesen kostet $2 pro 1.000 Seiten (etwa {about} für diese {pages}). Lesen?</translation>
    </message>
    <message numerus="yes">
      <source>{names} and %n more</source>
      <comment>one: {names} and %n more</comment>
      <translation>
        <numerusform>{names} und %n weiterer</numerusform>
        <numerusform>{names} und %n weitere</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attachment_chips</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n Seite</numerusform>
        <numerusform>%n Seiten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>A message can carry at most %n attachments. Remove one to attach another.</source>
      <comment>one: A message can carry at most %n attachment. Remove it to attach another.</comment>
      <translation>
        <numerusform>Eine Nachricht kann höchstens %n Anhang haben. Entfernen Sie ihn, um einen anderen anzuhängen.</numerusform>
        <numerusform>Eine Nachricht kann höchstens %n Anhänge haben. Entfernen Sie einen, um einen weiteren anzuhängen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach</source>
      <translation>Anhängen</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>Datei anhängen</translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>Dateien anhängen</translation>
    </message>
    <message>
      <source>Attach pictures, PDFs or text files (you can also drop them here or paste them). Pictures up to {image_mb} MB (larger than {side} pixels are reduced), PDFs up to {pdf_mb} MB, text files up to {text_mb} MB; at most {count} a message.</source>
      <translation>Hängen Sie Bilder, PDFs oder Textdateien an (Sie können sie auch hierher ziehen oder einfügen). Bilder bis {image_mb} MB (größer als {side} Pixel werden verkleinert), PDFs bis {pdf_mb} MB, Textdateien bis {text_mb} MB; höchstens {count} pro Nachricht.</translation>
    </message>
    <message>
      <source>Attachment {name}</source>
      <translation>Anhang {name}</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Anhänge</translation>
    </message>
    <message>
      <source>Files cannot be attached here.</source>
      <translation>Hier können keine Dateien angehängt werden.</translation>
    </message>
    <message numerus="yes">
      <source>Not sent yet: %n files are still being read. Press Send again once they are attached, or remove them (✕) to send without them.</source>
      <comment>one: Not sent yet: %n file is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</comment>
      <translation>
        <numerusform>Noch nicht gesendet: %n Datei wird noch gelesen. Drücken Sie erneut Senden, sobald sie angehängt ist, oder entfernen Sie sie (✕), um ohne sie zu senden.</numerusform>
        <numerusform>Noch nicht gesendet: %n Dateien werden noch gelesen. Drücken Sie erneut Senden, sobald sie angehängt sind, oder entfernen Sie sie (✕), um ohne sie zu senden.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent yet: “{name}” is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</source>
      <translation>Noch nicht gesendet: „{name}“ wird noch gelesen. Drücken Sie erneut Senden, sobald die Datei angehängt ist, oder entfernen Sie sie (✕), um ohne sie zu senden.</translation>
    </message>
    <message>
      <source>Pasted picture.png</source>
      <translation>Eingefügtes Bild.png</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>Bild {name}</translation>
    </message>
    <message>
      <source>Pictures, PDFs and text files (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;All files (*)</source>
      <translation>Bilder, PDFs und Textdateien (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
      <source>Reading {name}</source>
      <translation>{name} wird gelesen</translation>
    </message>
    <message>
      <source>Reading “{name}”…</source>
      <translation>„{name}“ wird gelesen…</translation>
    </message>
    <message>
      <source>Remove this attachment</source>
      <translation>Diesen Anhang entfernen</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>{name} entfernen</translation>
    </message>
    <message>
      <source>Stop reading this file (it is not attached)</source>
      <translation>Lesen dieser Datei abbrechen (sie wird nicht angehängt)</translation>
    </message>
    <message>
      <source>Stop reading {name}</source>
      <translation>Lesen von {name} abbrechen</translation>
    </message>
    <message>
      <source>reduced</source>
      <translation>verkleinert</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>„{name}“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>“{name}” could not be opened: Switchboard could not write a copy of it to open (the disk may be full, or the temporary folder not writable).</source>
      <translation>„{name}“ konnte nicht geöffnet werden: Switchboard konnte keine Kopie zum Öffnen schreiben (der Datenträger ist vielleicht voll oder der temporäre Ordner nicht beschreibbar).</translation>
    </message>
    <message>
      <source>“{name}” is attached already.</source>
      <translation>„{name}“ ist bereits angehängt.</translation>
    </message>
    <message numerus="yes">
      <source>“{name}” was not attached: a message can carry at most %n attachments.</source>
      <comment>one: “{name}” was not attached: a message can carry at most %n attachment.</comment>
      <translation>
        <numerusform>„{name}“ wurde nicht angehängt: Eine Nachricht kann höchstens %n Anhang haben.</numerusform>
        <numerusform>„{name}“ wurde nicht angehängt: Eine Nachricht kann höchstens %n Anhänge haben.</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}”: {what}.</source>
      <translation>„{name}“: {what}.</translation>
    </message>
  </context>
  <context>
    <name>attachments</name>
    <message>
      <source>Switchboard cannot read PDFs: a part it needs is missing. Reinstall Switchboard.</source>
      <translation>Switchboard kann keine PDFs lesen: Ein benötigter Bestandteil fehlt. Installieren Sie Switchboard neu.</translation>
    </message>
    <message>
      <source>Switchboard cannot send “{name}”. It can send pictures (PNG, JPEG, WebP, GIF), PDFs and text files.</source>
      <translation>Switchboard kann „{name}“ nicht senden. Es kann Bilder (PNG, JPEG, WebP, GIF), PDFs und Textdateien senden.</translation>
    </message>
    <message>
      <source>Switchboard could not keep a copy of “{name}” in its data folder. Check that the disk is not full, then attach it again.</source>
      <translation>Switchboard konnte keine Kopie von „{name}“ in seinem Datenordner ablegen. Prüfen Sie, ob der Datenträger voll ist, und hängen Sie die Datei dann erneut an.</translation>
    </message>
    <message>
      <source>Switchboard is not allowed to read “{name}”. Check who may open the file, or copy it to your own folder and attach the copy.</source>
      <translation>Switchboard darf „{name}“ nicht lesen. Prüfen Sie, wer die Datei öffnen darf, oder kopieren Sie sie in Ihren eigenen Ordner und hängen Sie die Kopie an.</translation>
    </message>
    <message>
      <source>a GIF picture</source>
      <translation>ein GIF-Bild</translation>
    </message>
    <message>
      <source>a JPEG picture</source>
      <translation>ein JPEG-Bild</translation>
    </message>
    <message>
      <source>a PDF</source>
      <translation>eine PDF</translation>
    </message>
    <message>
      <source>a PNG picture</source>
      <translation>ein PNG-Bild</translation>
    </message>
    <message>
      <source>a WebP picture</source>
      <translation>ein WebP-Bild</translation>
    </message>
    <message>
      <source>a ZIP archive (Word, Excel and PowerPoint files are ZIP archives too)</source>
      <translation>ein ZIP-Archiv (Word-, Excel- und PowerPoint-Dateien sind ebenfalls ZIP-Archive)</translation>
    </message>
    <message>
      <source>text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>“{name}” could not be read. Try again, or copy it to another folder and attach the copy.</source>
      <translation>„{name}“ konnte nicht gelesen werden. Versuchen Sie es erneut, oder kopieren Sie die Datei in einen anderen Ordner und hängen Sie die Kopie an.</translation>
    </message>
    <message>
      <source>“{name}” has no pages: there is nothing in it to send.</source>
      <translation>„{name}“ hat keine Seiten: Es gibt nichts zu senden.</translation>
    </message>
    <message>
      <source>“{name}” has {pages:,} pages. Switchboard can send PDFs of at most {MAX_PDF_PAGES:,} pages: split it and attach the part you need.</source>
      <translation>„{name}“ hat {pages:,} Seiten. Switchboard kann PDFs mit höchstens {MAX_PDF_PAGES:,} Seiten senden: Teilen Sie die Datei und hängen Sie den benötigten Teil an.</translation>
    </message>
    <message>
      <source>“{name}” is a damaged PDF that Switchboard could not open. Open it in a PDF reader and save or print it to a new PDF, then attach that.</source>
      <translation>„{name}“ ist eine beschädigte PDF, die Switchboard nicht öffnen konnte. Öffnen Sie sie in einem PDF-Programm und speichern oder drucken Sie sie als neue PDF, dann hängen Sie diese an.</translation>
    </message>
    <message>
      <source>“{name}” is empty: there is nothing in it to send.</source>
      <translation>„{name}“ ist leer: Es gibt nichts zu senden.</translation>
    </message>
    <message>
      <source>“{name}” is locked with a password or encryption, so the model could not read it. Save an unlocked copy (for example with “Print to PDF”) and attach that.</source>
      <translation>„{name}“ ist mit einem Passwort oder einer Verschlüsselung gesperrt, daher konnte das Modell die Datei nicht lesen. Speichern Sie eine entsperrte Kopie (zum Beispiel mit „Als PDF drucken“) und hängen Sie diese an.</translation>
    </message>
    <message>
      <source>“{name}” is no longer there: it may have been moved or deleted. Attach it again from where it is now.</source>
      <translation>„{name}“ ist nicht mehr vorhanden: Die Datei wurde vielleicht verschoben oder gelöscht. Hängen Sie sie von ihrem jetzigen Ort erneut an.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF Switchboard can read. Attach the right file.</source>
      <translation>„{name}“ ist keine PDF, die Switchboard lesen kann. Hängen Sie die richtige Datei an.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>„{name}“ ist keine PDF: Der Inhalt ist {contents}. Benennen Sie die Datei um oder hängen Sie die richtige Datei an.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture Switchboard can read. Attach a PNG, JPEG, WebP or GIF picture.</source>
      <translation>„{name}“ ist kein Bild, das Switchboard lesen kann. Hängen Sie ein PNG-, JPEG-, WebP- oder GIF-Bild an.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>„{name}“ ist kein Bild: Der Inhalt ist {contents}. Benennen Sie die Datei um oder hängen Sie die richtige Datei an.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file Switchboard can send.</source>
      <translation>„{name}“ ist keine Textdatei, die Switchboard senden kann.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>„{name}“ ist keine Textdatei: Der Inhalt ist {contents}. Benennen Sie die Datei um oder hängen Sie die richtige Datei an.</translation>
    </message>
    <message>
      <source>“{name}” is not an ordinary file (it may be a folder, a pipe or a device), so it cannot be attached.</source>
      <translation>„{name}“ ist keine gewöhnliche Datei (vielleicht ein Ordner, eine Pipe oder ein Gerät) und kann daher nicht angehängt werden.</translation>
    </message>
    <message>
      <source>“{name}” is too large to open safely: {width:,} × {height:,} pixels. Make it smaller in another program and attach it again.</source>
      <translation>„{name}“ ist zu groß, um sicher geöffnet zu werden: {width:,} × {height:,} Pixel. Verkleinern Sie das Bild in einem anderen Programm und hängen Sie es erneut an.</translation>
    </message>
    <message>
      <source>“{name}” is too large: PDFs can be at most {size} MB.</source>
      <translation>„{name}“ ist zu groß: PDFs dürfen höchstens {size} MB groß sein.</translation>
    </message>
    <message>
      <source>“{name}” is too large: files can be at most {limit} MB (pictures {image_limit} MB, text files {text_limit} MB).</source>
      <translation>„{name}“ ist zu groß: Dateien dürfen höchstens {limit} MB groß sein (Bilder {image_limit} MB, Textdateien {text_limit} MB).</translation>
    </message>
    <message>
      <source>“{name}” is too large: pictures can be at most {size} MB.</source>
      <translation>„{name}“ ist zu groß: Bilder dürfen höchstens {size} MB groß sein.</translation>
    </message>
    <message>
      <source>“{name}” is too large: text files can be at most {size} MB.</source>
      <translation>„{name}“ ist zu groß: Textdateien dürfen höchstens {size} MB groß sein.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but could not be opened: it may be damaged, or too large to make smaller. Open it in another program, make it smaller or save it again, then attach it again.</source>
      <translation>„{name}“ sieht wie ein Bild aus, konnte aber nicht geöffnet werden: Es ist vielleicht beschädigt oder zu groß zum Verkleinern. Öffnen Sie es in einem anderen Programm, verkleinern Sie es oder speichern Sie es neu, und hängen Sie es dann erneut an.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but is damaged: Switchboard could not read its size. Open it in another program and save it again.</source>
      <translation>„{name}“ sieht wie ein Bild aus, ist aber beschädigt: Switchboard konnte seine Größe nicht lesen. Öffnen Sie es in einem anderen Programm und speichern Sie es neu.</translation>
    </message>
  </context>
  <context>
    <name>blobs</name>
    <message>
      <source>The attached file “{name}” is no longer in Switchboard's data folder, so it cannot be sent again. Attach it once more.</source>
      <translation>Die angehängte Datei „{name}“ ist nicht mehr im Datenordner von Switchboard und kann daher nicht erneut gesendet werden. Hängen Sie sie noch einmal an.</translation>
    </message>
  </context>
  <context>
    <name>catalogue</name>
    <message>
      <source>The server listed no models, so the current list is kept.</source>
      <translation>Der Server hat keine Modelle aufgeführt, daher bleibt die aktuelle Liste erhalten.</translation>
    </message>
  </context>
  <context>
    <name>chat</name>
    <message>
      <source>Switchboard could not save this answer (the disk may be full), so it stopped here. What arrived is shown; free some space, then press Retry.</source>
      <translation>Switchboard konnte diese Antwort nicht speichern (der Datenträger ist vielleicht voll) und hat daher hier angehalten. Was angekommen ist, wird angezeigt; schaffen Sie etwas Platz und klicken Sie dann auf Wiederholen.</translation>
    </message>
    <message>
      <source>The file “{name}” is no longer in Switchboard's data folder, so the model was told it is no longer available. Attach it again if the model needs it.</source>
      <translation>Die Datei „{name}“ ist nicht mehr im Datenordner von Switchboard, daher wurde dem Modell mitgeteilt, dass sie nicht mehr verfügbar ist. Hängen Sie sie erneut an, falls das Modell sie braucht.</translation>
    </message>
  </context>
  <context>
    <name>chat_view</name>
    <message>
      <source>Answer status</source>
      <translation>Antwortstatus</translation>
    </message>
    <message>
      <source>Attachments are sent again with every later message.</source>
      <translation>Anhänge werden mit jeder späteren Nachricht erneut gesendet.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Deleted version</source>
      <translation>Gelöschte Version</translation>
    </message>
    <message>
      <source>Editing a message</source>
      <translation>Nachricht bearbeiten</translation>
    </message>
    <message>
      <source>Editing your message: sending adds a new version; the original stays. (Esc cancels)</source>
      <translation>Sie bearbeiten Ihre Nachricht: Beim Senden entsteht eine neue Version; das Original bleibt erhalten. (Esc bricht ab)</translation>
    </message>
    <message>
      <source>Estimated cost of this message</source>
      <translation>Geschätzte Kosten dieser Nachricht</translation>
    </message>
    <message>
      <source>Models that can read your attachments</source>
      <translation>Modelle, die Ihre Anhänge lesen können</translation>
    </message>
    <message>
      <source>No model in the model list says it can; refresh the list and try again.</source>
      <translation>Kein Modell in der Modellliste gibt an, dass es das kann; aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>Nicht gesendet: Ihre Nachricht und ihre Anhänge sind noch im Eingabefeld. Entfernen Sie die PDF, um ohne sie zu senden.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>Die Bilder der Seiten lesen?</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>Lesen</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Senden</translation>
    </message>
    <message>
      <source>Send message</source>
      <translation>Nachricht senden</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Stopp</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>Antwort stoppen</translation>
    </message>
    <message>
      <source>Stop the answer (Esc)</source>
      <translation>Antwort stoppen (Esc)</translation>
    </message>
    <message>
      <source>That version cannot come back: what it followed was deleted too.</source>
      <translation>Diese Version kann nicht wiederhergestellt werden: Das, worauf sie folgte, wurde ebenfalls gelöscht.</translation>
    </message>
    <message>
      <source>The message you were editing is no longer shown, so nothing was sent. Switch back to it and edit it again, or send this as a new message.</source>
      <translation>Die Nachricht, die Sie bearbeitet haben, wird nicht mehr angezeigt, daher wurde nichts gesendet. Wechseln Sie zu ihr zurück und bearbeiten Sie sie erneut, oder senden Sie dies als neue Nachricht.</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>Denkt nach…</translation>
    </message>
    <message>
      <source>This conversation now uses {model}. Press Send to send your message.</source>
      <translation>Diese Unterhaltung verwendet jetzt {model}. Klicken Sie auf Senden, um Ihre Nachricht zu senden.</translation>
    </message>
    <message>
      <source>This message: {estimate}</source>
      <translation>Diese Nachricht: {estimate}</translation>
    </message>
    <message>
      <source>This model cannot think any less than it did. Try again without a length limit, or choose a larger Maximum length in the Parameters panel.</source>
      <translation>Dieses Modell kann nicht weniger nachdenken als zuvor. Versuchen Sie es ohne Längenbegrenzung erneut, oder wählen Sie im Bereich Parameter eine größere Maximallänge.</translation>
    </message>
    <message>
      <source>Type a message below to start.</source>
      <translation>Schreiben Sie unten eine Nachricht, um zu beginnen.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Rückgängig</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>Version {number} von {total}</translation>
    </message>
    <message>
      <source>Version {number} of {total} deleted.</source>
      <translation>Version {number} von {total} gelöscht.</translation>
    </message>
    <message>
      <source>Wait for the answer to finish (or stop it) before changing versions.</source>
      <translation>Warten Sie, bis die Antwort fertig ist (oder stoppen Sie sie), bevor Sie die Version wechseln.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>Warten auf das Modell…</translation>
    </message>
    <message>
      <source>Write a message to send with your attachments.</source>
      <translation>Schreiben Sie eine Nachricht, die mit Ihren Anhängen gesendet wird.</translation>
    </message>
    <message>
      <source>Writing…</source>
      <translation>Schreibt…</translation>
    </message>
    <message>
      <source>Writing… {rate} tokens/s</source>
      <translation>Schreibt… {rate} Tokens/s</translation>
    </message>
    <message>
      <source>about {cost}</source>
      <translation>etwa {cost}</translation>
    </message>
  </context>
  <context>
    <name>column_settings</name>
    <message>
      <source>Column settings</source>
      <translation>Spalteneinstellungen</translation>
    </message>
    <message>
      <source>Differs from another column: {settings}.</source>
      <translation>Weicht von einer anderen Spalte ab: {settings}.</translation>
    </message>
  </context>
  <context>
    <name>compare</name>
    <message numerus="yes">
      <source>%n requests, {estimate}</source>
      <comment>one: %n request, {estimate}</comment>
      <translation>
        <numerusform>%n Anfrage, {estimate}</numerusform>
        <numerusform>%n Anfragen, {estimate}</numerusform>
      </translation>
    </message>
    <message>
      <source>Something went wrong in Switchboard while this answer was written.</source>
      <translation>Beim Schreiben dieser Antwort ist in Switchboard ein Fehler aufgetreten.</translation>
    </message>
    <message>
      <source>{estimate}. {reason}</source>
      <translation>{estimate}. {reason}</translation>
    </message>
    <message>
      <source>{first} vs {second}</source>
      <translation>{first} vs. {second}</translation>
    </message>
  </context>
  <context>
    <name>compare_settings</name>
    <message numerus="yes">
      <source>%n answers</source>
      <comment>one: %n answer</comment>
      <translation>
        <numerusform>%n Antwort</numerusform>
        <numerusform>%n Antworten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n Token</numerusform>
        <numerusform>%n Tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Blind comparison</source>
      <translation>Blindvergleich</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens}</source>
      <translation>Insgesamt: {answers} · {tokens}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · at least {cost}</source>
      <translation>Insgesamt: {answers} · {tokens} · mindestens {cost}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · {cost}</source>
      <translation>Insgesamt: {answers} · {tokens} · {cost}</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON nach einem Schema</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Anbieter</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Systemprompt</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>nicht festgelegt</translation>
    </message>
    <message>
      <source>on</source>
      <translation>an</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>reiner Text</translation>
    </message>
    <message>
      <source>“{text}”</source>
      <translation>„{text}“</translation>
    </message>
  </context>
  <context>
    <name>compare_view</name>
    <message>
      <source>(Change that column's model with Change….)</source>
      <translation>(Ändern Sie das Modell dieser Spalte mit Ändern….)</translation>
    </message>
    <message>
      <source>(your next message)</source>
      <translation>(Ihre nächste Nachricht)</translation>
    </message>
    <message>
      <source>Another model…</source>
      <translation>Anderes Modell…</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Antwort {letter}</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Costs show once you pick. Pick the best answer.</source>
      <translation>Blind: Namen sind verborgen und die Reihenfolge gemischt. Kosten erscheinen nach Ihrer Wahl. Wählen Sie die beste Antwort.</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Thinking, times and costs show once you pick. Pick the best answer.</source>
      <translation>Blind: Namen sind verborgen und die Reihenfolge gemischt. Denken, Zeiten und Kosten erscheinen nach Ihrer Wahl. Wählen Sie die beste Antwort.</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Ändern…</translation>
    </message>
    <message>
      <source>Column statistics</source>
      <translation>Spaltenstatistik</translation>
    </message>
    <message>
      <source>Column totals</source>
      <translation>Spaltensummen</translation>
    </message>
    <message>
      <source>Comparison total</source>
      <translation>Vergleich gesamt</translation>
    </message>
    <message>
      <source>Continue with this one</source>
      <translation>Hiermit weitermachen</translation>
    </message>
    <message>
      <source>Details show once you pick the best answer.</source>
      <translation>Details erscheinen, sobald Sie die beste Antwort wählen.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportieren…</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>Unterschiede hervorheben</translation>
    </message>
    <message>
      <source>Highlight differing</source>
      <translation>Unterschiede zeigen</translation>
    </message>
    <message>
      <source>Mark whole sentences that differ, or single words.</source>
      <translation>Ganze Sätze markieren, die sich unterscheiden, oder einzelne Wörter.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>Nicht gesendet: Ihre Nachricht und ihre Anhänge sind noch im Eingabefeld. Entfernen Sie die PDF, um ohne sie zu senden.</translation>
    </message>
    <message>
      <source>One prompt for every column (Enter to send)</source>
      <translation>Ein Prompt für alle Spalten (Enter zum Senden)</translation>
    </message>
    <message>
      <source>Pick as best</source>
      <translation>Als beste wählen</translation>
    </message>
    <message>
      <source>Prompt for every column</source>
      <translation>Prompt für alle Spalten</translation>
    </message>
    <message>
      <source>Put another preset or model in this column.</source>
      <translation>Eine andere Vorlage oder ein anderes Modell in diese Spalte setzen.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>Die Bilder der Seiten lesen?</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>Lesen</translation>
    </message>
    <message>
      <source>Request…</source>
      <translation>Anfrage…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>Send to all</source>
      <translation>An alle senden</translation>
    </message>
    <message>
      <source>Sentences</source>
      <translation>Sätze</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Show or hide each column's settings.</source>
      <translation>Die Einstellungen jeder Spalte ein- oder ausblenden.</translation>
    </message>
    <message>
      <source>Show the request this column's next answer would send.</source>
      <translation>Die Anfrage anzeigen, die die nächste Antwort dieser Spalte senden würde.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Stopp</translation>
    </message>
    <message>
      <source>Stop all</source>
      <translation>Alle stoppen</translation>
    </message>
    <message>
      <source>Stop every column (Esc)</source>
      <translation>Alle Spalten stoppen (Esc)</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>Antwort stoppen</translation>
    </message>
    <message>
      <source>The prompt is in the box below: Send to all asks it again in every column, after the answers already there.</source>
      <translation>Der Prompt steht im Feld unten: „An alle senden“ stellt ihn in jeder Spalte erneut, nach den vorhandenen Antworten.</translation>
    </message>
    <message>
      <source>This column cannot change now. Try again once it has answered.</source>
      <translation>Diese Spalte kann jetzt nicht geändert werden. Versuchen Sie es erneut, sobald sie geantwortet hat.</translation>
    </message>
    <message>
      <source>This comparison cost at least {amount} (some costs are not known yet).</source>
      <translation>Dieser Vergleich hat mindestens {amount} gekostet (einige Kosten sind noch nicht bekannt).</translation>
    </message>
    <message>
      <source>This comparison cost {amount} in all.</source>
      <translation>Dieser Vergleich hat insgesamt {amount} gekostet.</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Wörter</translation>
    </message>
    <message>
      <source>You picked {name}.</source>
      <translation>Sie haben {name} gewählt.</translation>
    </message>
    <message>
      <source>finish: {reason}</source>
      <translation>Ende: {reason}</translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>erstes Wort {time}</translation>
    </message>
    <message>
      <source>hidden until you pick the best</source>
      <translation>verborgen, bis Sie die beste wählen</translation>
    </message>
    <message>
      <source>thinking… {time}</source>
      <translation>denkt… {time}</translation>
    </message>
    <message>
      <source>thought privately</source>
      <translation>privat nachgedacht</translation>
    </message>
    <message>
      <source>thought privately: {tokens} billed</source>
      <translation>privat nachgedacht: {tokens} berechnet</translation>
    </message>
    <message>
      <source>thought {time}</source>
      <translation>nachgedacht {time}</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} geschätzt</translation>
    </message>
    <message>
      <source>{cost} in all</source>
      <translation>{cost} insgesamt</translation>
    </message>
    <message>
      <source>{count} answer tokens</source>
      <translation>{count} Antwort-Tokens</translation>
    </message>
    <message>
      <source>{count} thinking tokens</source>
      <translation>{count} Denk-Tokens</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} Tokens</translation>
    </message>
    <message>
      <source>{model} via {provider}</source>
      <translation>{model} über {provider}</translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} Tok./s</translation>
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
      <translation>Spalte {number}</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>Neuer Vergleich</translation>
    </message>
    <message>
      <source>No blind votes yet between {a} and {b}</source>
      <translation>Noch keine Blindbewertungen zwischen {a} und {b}</translation>
    </message>
    <message>
      <source>{a} and {b} are tied {a_wins} to {b_wins}</source>
      <translation>{a} und {b} stehen gleich, {a_wins} zu {b_wins}</translation>
    </message>
    <message>
      <source>{winner} beat {loser} {wins} to {losses}</source>
      <translation>{winner} schlug {loser} {wins} zu {losses}</translation>
    </message>
  </context>
  <context>
    <name>composer</name>
    <message>
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <source>Message  (Ctrl+Enter to send)</source>
      <translation>Nachricht  (Strg+Enter zum Senden)</translation>
    </message>
    <message>
      <source>Message  (Enter to send, Shift+Enter for a new line)</source>
      <translation>Nachricht  (Enter zum Senden, Umschalt+Enter für neue Zeile)</translation>
    </message>
    <message>
      <source>Type your message. Enter sends, Shift+Enter adds a line.</source>
      <translation>Schreiben Sie Ihre Nachricht. Enter sendet, Umschalt+Enter fügt eine Zeile hinzu.</translation>
    </message>
  </context>
  <context>
    <name>conversation</name>
    <message>
      <source>New conversation</source>
      <translation>Neue Unterhaltung</translation>
    </message>
  </context>
  <context>
    <name>conversations</name>
    <message numerus="yes">
      <source>%n attached files were left out: the file did not contain them.</source>
      <comment>one: One attached file was left out: the file did not contain it.</comment>
      <translation>
        <numerusform>%n angehängte Datei wurde ausgelassen: Die Datei enthielt sie nicht.</numerusform>
        <numerusform>%n angehängte Dateien wurden ausgelassen: Die Datei enthielt sie nicht.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached files were left out: they are damaged, too large, or not what their names say.</source>
      <comment>one: One attached file was left out: it is damaged, too large, or not what its name says.</comment>
      <translation>
        <numerusform>%n angehängte Datei wurde ausgelassen: Sie ist beschädigt, zu groß oder nicht das, was ihr Name sagt.</numerusform>
        <numerusform>%n angehängte Dateien wurden ausgelassen: Sie sind beschädigt, zu groß oder nicht das, was ihre Namen sagen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n system messages from later in the conversation were added to its system prompt.</source>
      <comment>one: %n system message from later in the conversation was added to its system prompt.</comment>
      <translation>
        <numerusform>%n Systemnachricht aus dem späteren Verlauf der Unterhaltung wurde ihrem Systemprompt hinzugefügt.</numerusform>
        <numerusform>%n Systemnachrichten aus dem späteren Verlauf der Unterhaltung wurden ihrem Systemprompt hinzugefügt.</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read {name}: {reason}. Nothing was imported.</source>
      <translation>{name} konnte nicht gelesen werden: {reason}. Es wurde nichts importiert.</translation>
    </message>
    <message>
      <source>Could not save the attached files: {reason}. Nothing was imported.</source>
      <translation>Die angehängten Dateien konnten nicht gespeichert werden: {reason}. Es wurde nichts importiert.</translation>
    </message>
    <message>
      <source>Could not save the export: {reason}.</source>
      <translation>Der Export konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
      <source>Could not save the imported conversation to your history: {reason}. Nothing was imported.</source>
      <translation>Die importierte Unterhaltung konnte nicht im Verlauf gespeichert werden: {reason}. Es wurde nichts importiert.</translation>
    </message>
    <message>
      <source>Could not save the new conversation: {reason}.</source>
      <translation>Die neue Unterhaltung konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
      <source>Imported “{title}”.</source>
      <translation>„{title}“ importiert.</translation>
    </message>
    <message>
      <source>This comparison no longer exists. Nothing was exported.</source>
      <translation>Dieser Vergleich existiert nicht mehr. Es wurde nichts exportiert.</translation>
    </message>
    <message>
      <source>This conversation no longer exists.</source>
      <translation>Diese Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
      <source>This conversation no longer exists. Nothing was exported.</source>
      <translation>Diese Unterhaltung existiert nicht mehr. Es wurde nichts exportiert.</translation>
    </message>
    <message>
      <source>This conversation with its attached files would make a file of about {size} MB, more than the {limit} MB Switchboard can import again, so nothing was exported. Export it as Markdown instead (the files are then named but not included).</source>
      <translation>Diese Unterhaltung mit ihren angehängten Dateien ergäbe eine Datei von etwa {size} MB, mehr als die {limit} MB, die Switchboard wieder importieren kann, daher wurde nichts exportiert. Exportieren Sie sie stattdessen als Markdown (die Dateien werden dann genannt, aber nicht eingeschlossen).</translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation. Nothing was copied.</source>
      <translation>Diese Nachricht wird in der Unterhaltung nicht mehr angezeigt. Es wurde nichts kopiert.</translation>
    </message>
    <message>
      <source>it is not an ordinary file</source>
      <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
      <source>up to {size} MB, {messages} messages</source>
      <translation>bis zu {size} MB, {messages} Nachrichten</translation>
    </message>
    <message>
      <source>{names} and {last}</source>
      <translation>{names} und {last}</translation>
    </message>
    <message>
      <source>{names} were left out: their values in the file cannot be sent.</source>
      <translation>{names} wurden ausgelassen: Ihre Werte in der Datei können nicht gesendet werden.</translation>
    </message>
    <message>
      <source>{name} was left out: its value in the file cannot be sent.</source>
      <translation>{name} wurde ausgelassen: Sein Wert in der Datei kann nicht gesendet werden.</translation>
    </message>
    <message>
      <source>{title} (continued)</source>
      <translation>{title} (fortgesetzt)</translation>
    </message>
  </context>
  <context>
    <name>cost</name>
    <message>
      <source>Add credits at {url}, then send again: your message is kept.</source>
      <translation>Laden Sie unter {url} Guthaben auf und senden Sie dann erneut: Ihre Nachricht bleibt erhalten.</translation>
    </message>
    <message>
      <source>Confirm this send</source>
      <translation>Senden bestätigen</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>Wenn die Antwort die volle Länge erreicht, könnte dieses Senden die Ausgaben dieses Monats auf {amount} bringen, über Ihr Monatslimit von {cap}.</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>Wenn die Antwort die volle Länge erreicht, könnte dieses Senden die heutigen Ausgaben auf {amount} bringen, über Ihr Tageslimit von {cap}.</translation>
    </message>
    <message>
      <source>OpenRouter says your credits ran out (or this key reached its spending limit).</source>
      <translation>OpenRouter meldet, dass Ihr Guthaben aufgebraucht ist (oder dieser Schlüssel sein Ausgabenlimit erreicht hat).</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your daily cap.</source>
      <translation>Setzen Sie die Maximallänge in jeder Spalte auf {tokens} oder weniger, um unter Ihrem Tageslimit zu bleiben.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your monthly cap.</source>
      <translation>Setzen Sie die Maximallänge in jeder Spalte auf {tokens} oder weniger, um unter Ihrem Monatslimit zu bleiben.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your daily cap.</source>
      <translation>Setzen Sie die Maximallänge auf {tokens} oder weniger, um unter Ihrem Tageslimit zu bleiben.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your monthly cap.</source>
      <translation>Setzen Sie die Maximallänge auf {tokens} oder weniger, um unter Ihrem Monatslimit zu bleiben.</translation>
    </message>
    <message>
      <source>Spending cap</source>
      <translation>Ausgabenlimit</translation>
    </message>
    <message>
      <source>The cost of this send is unknown.</source>
      <translation>Die Kosten dieses Sendens sind unbekannt.</translation>
    </message>
    <message>
      <source>The price of this model is unknown, so this send cannot be checked against your caps.</source>
      <translation>Der Preis dieses Modells ist unbekannt, daher kann dieses Senden nicht mit Ihren Limits abgeglichen werden.</translation>
    </message>
    <message>
      <source>This key has {left} left of its {limit} limit.</source>
      <translation>Dieser Schlüssel hat noch {left} von seinem Limit von {limit}.</translation>
    </message>
    <message>
      <source>This key has {left} left.</source>
      <translation>Dieser Schlüssel hat noch {left}.</translation>
    </message>
    <message>
      <source>This send could bring this month's spending to {amount}, {percent}% of your monthly cap of {cap}.</source>
      <translation>Dieses Senden könnte die Ausgaben dieses Monats auf {amount} bringen, {percent} % Ihres Monatslimits von {cap}.</translation>
    </message>
    <message>
      <source>This send could bring today's spending to {amount}, {percent}% of your daily cap of {cap}.</source>
      <translation>Dieses Senden könnte die heutigen Ausgaben auf {amount} bringen, {percent} % Ihres Tageslimits von {cap}.</translation>
    </message>
    <message>
      <source>This send could cost about {amount} more.</source>
      <translation>Dieses Senden könnte etwa {amount} mehr kosten.</translation>
    </message>
    <message>
      <source>This send could cost about {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>Dieses Senden könnte etwa {amount} kosten. Sie möchten jedes Senden bestätigen, das mehr als {limit} kosten kann.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount} more.</source>
      <translation>Dieses Senden könnte bis zu {amount} mehr kosten.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>Dieses Senden könnte bis zu {amount} kosten. Sie möchten jedes Senden bestätigen, das mehr als {limit} kosten kann.</translation>
    </message>
    <message>
      <source>This send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>Dieses Senden könnte die Ausgaben dieses Monats auf {amount} bringen, über Ihr Monatslimit von {cap}.</translation>
    </message>
    <message>
      <source>This send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>Dieses Senden könnte die heutigen Ausgaben auf {amount} bringen, über Ihr Tageslimit von {cap}.</translation>
    </message>
    <message>
      <source>You have already spent {amount} this month, reaching your monthly cap of {cap}.</source>
      <translation>Sie haben diesen Monat bereits {amount} ausgegeben und damit Ihr Monatslimit von {cap} erreicht.</translation>
    </message>
    <message>
      <source>You have already spent {amount} today, reaching your daily cap of {cap}.</source>
      <translation>Sie haben heute bereits {amount} ausgegeben und damit Ihr Tageslimit von {cap} erreicht.</translation>
    </message>
    <message>
      <source>about {typical}</source>
      <translation>etwa {typical}</translation>
    </message>
    <message>
      <source>about {typical}, at most {most}</source>
      <translation>etwa {typical}, höchstens {most}</translation>
    </message>
    <message>
      <source>at most {most}</source>
      <translation>höchstens {most}</translation>
    </message>
    <message>
      <source>cost unknown for this model</source>
      <translation>Kosten für dieses Modell unbekannt</translation>
    </message>
    <message>
      <source>free</source>
      <translation>kostenlos</translation>
    </message>
    <message>
      <source>this month</source>
      <translation>diesen Monat</translation>
    </message>
    <message>
      <source>today</source>
      <translation>heute</translation>
    </message>
    <message>
      <source>{least}, at most {most}</source>
      <translation>{least}, höchstens {most}</translation>
    </message>
  </context>
  <context>
    <name>cost_meter</name>
    <message>
      <source>Comparison: {cost}</source>
      <translation>Vergleich: {cost}</translation>
    </message>
    <message>
      <source>Conversation: {cost}</source>
      <translation>Unterhaltung: {cost}</translation>
    </message>
    <message>
      <source>Conversation: –</source>
      <translation>Unterhaltung: –</translation>
    </message>
    <message>
      <source>Cost meter</source>
      <translation>Kostenanzeige</translation>
    </message>
    <message>
      <source>Credit: no limit on this key</source>
      <translation>Guthaben: kein Limit für diesen Schlüssel</translation>
    </message>
    <message>
      <source>Credit: unknown</source>
      <translation>Guthaben: unbekannt</translation>
    </message>
    <message>
      <source>Credit: {cost} left</source>
      <translation>Guthaben: {cost} übrig</translation>
    </message>
    <message>
      <source>Credit: –</source>
      <translation>Guthaben: –</translation>
    </message>
    <message>
      <source>Month: {cost}</source>
      <translation>Monat: {cost}</translation>
    </message>
    <message>
      <source>Month: {cost} of {cap}</source>
      <translation>Monat: {cost} von {cap}</translation>
    </message>
    <message>
      <source>Month: –</source>
      <translation>Monat: –</translation>
    </message>
    <message>
      <source>Sent: no figure until the model starts writing</source>
      <translation>Gesendet: kein Betrag, bis das Modell zu schreiben beginnt</translation>
    </message>
    <message>
      <source>Stopped before the model wrote anything: OpenRouter may still bill the prompt</source>
      <translation>Gestoppt, bevor das Modell etwas schrieb: OpenRouter berechnet den Prompt möglicherweise trotzdem</translation>
    </message>
    <message>
      <source>The answer being written now: an estimate until OpenRouter bills it</source>
      <translation>Die gerade entstehende Antwort: eine Schätzung, bis OpenRouter sie abrechnet</translation>
    </message>
    <message>
      <source>The request failed before the model wrote anything, so it was not billed</source>
      <translation>Die Anfrage ist fehlgeschlagen, bevor das Modell etwas schrieb, daher wurde sie nicht berechnet</translation>
    </message>
    <message>
      <source>This answer: not charged</source>
      <translation>Diese Antwort: nicht berechnet</translation>
    </message>
    <message>
      <source>This answer: {cost}</source>
      <translation>Diese Antwort: {cost}</translation>
    </message>
    <message>
      <source>This answer: {cost} (est.)</source>
      <translation>Diese Antwort: {cost} (geschätzt)</translation>
    </message>
    <message>
      <source>This answer: –</source>
      <translation>Diese Antwort: –</translation>
    </message>
    <message>
      <source>Today: {cost}</source>
      <translation>Heute: {cost}</translation>
    </message>
    <message>
      <source>Today: {cost} of {cap}</source>
      <translation>Heute: {cost} von {cap}</translation>
    </message>
    <message>
      <source>Today: –</source>
      <translation>Heute: –</translation>
    </message>
    <message>
      <source>What OpenRouter billed for the latest answer</source>
      <translation>Was OpenRouter für die letzte Antwort berechnet hat</translation>
    </message>
    <message>
      <source>What your OpenRouter key may still spend (from openrouter.ai)</source>
      <translation>Was Ihr OpenRouter-Schlüssel noch ausgeben darf (laut openrouter.ai)</translation>
    </message>
    <message>
      <source>{percent}% of your daily cap</source>
      <translation>{percent} % Ihres Tageslimits</translation>
    </message>
    <message>
      <source>{percent}% of your monthly cap</source>
      <translation>{percent} % Ihres Monatslimits</translation>
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
      <translation>Details kopieren</translation>
    </message>
    <message>
      <source>Something went wrong inside Switchboard. Your conversations are saved. If it happens again, copy the details and send them to us; they contain no key.</source>
      <translation>In Switchboard ist ein Fehler aufgetreten. Ihre Unterhaltungen sind gespeichert. Wenn es erneut passiert, kopieren Sie die Details und senden Sie sie uns; sie enthalten keinen Schlüssel.</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <source>Check that the folder exists and can be written to, then restart Switchboard.</source>
      <translation>Prüfen Sie, ob der Ordner existiert und beschreibbar ist, und starten Sie Switchboard dann neu.</translation>
    </message>
    <message>
      <source>Check the disk has free space, then restart Switchboard.</source>
      <translation>Prüfen Sie, ob der Datenträger freien Platz hat, und starten Sie Switchboard dann neu.</translation>
    </message>
    <message>
      <source>Close any other copy of Switchboard, then restart it.</source>
      <translation>Schließen Sie jede andere geöffnete Switchboard-Instanz und starten Sie Switchboard dann neu.</translation>
    </message>
    <message>
      <source>Conversations will not be saved this session: Switchboard could not open its history file at {path} because {reason}. {advice}</source>
      <translation>Unterhaltungen werden in dieser Sitzung nicht gespeichert: Switchboard konnte seine Verlaufsdatei unter {path} nicht öffnen, denn {reason}. {advice}</translation>
    </message>
    <message>
      <source>Free some disk space, then restart Switchboard.</source>
      <translation>Schaffen Sie freien Speicherplatz und starten Sie Switchboard dann neu.</translation>
    </message>
    <message>
      <source>Move that file out of the way, then restart Switchboard.</source>
      <translation>Verschieben Sie diese Datei an einen anderen Ort und starten Sie Switchboard dann neu.</translation>
    </message>
    <message>
      <source>Restart Switchboard to try again.</source>
      <translation>Starten Sie Switchboard neu, um es erneut zu versuchen.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} could not be read, and Switchboard could not move it aside ({reason}). Conversations will not be saved this session.</source>
      <translation>Ihr Unterhaltungsverlauf unter {path} konnte nicht gelesen werden, und Switchboard konnte ihn nicht beiseitelegen ({reason}). Unterhaltungen werden in dieser Sitzung nicht gespeichert.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} was saved by a newer version of Switchboard. Update Switchboard to see it. Until then, conversations will not be saved.</source>
      <translation>Ihr Unterhaltungsverlauf unter {path} wurde von einer neueren Version von Switchboard gespeichert. Aktualisieren Sie Switchboard, um ihn zu sehen. Bis dahin werden Unterhaltungen nicht gespeichert.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read, so Switchboard started a new one. The old file is kept at {kept}.</source>
      <translation>Ihr Unterhaltungsverlauf konnte nicht gelesen werden, daher hat Switchboard einen neuen begonnen. Die alte Datei liegt unter {kept}.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read; the old file is kept at {kept}. A new one could not be created either ({reason}), so conversations will not be saved this session.</source>
      <translation>Ihr Unterhaltungsverlauf konnte nicht gelesen werden; die alte Datei liegt unter {kept}. Ein neuer konnte ebenfalls nicht angelegt werden ({reason}), daher werden Unterhaltungen in dieser Sitzung nicht gespeichert.</translation>
    </message>
    <message>
      <source>another program is keeping it locked</source>
      <translation>ein anderes Programm hält sie gesperrt</translation>
    </message>
    <message>
      <source>it is not allowed to create or change files in that folder</source>
      <translation>es darf in diesem Ordner keine Dateien anlegen oder ändern</translation>
    </message>
    <message>
      <source>part of the folder path is a file, not a folder</source>
      <translation>ein Teil des Ordnerpfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
      <source>the database said: {error}</source>
      <translation>die Datenbank meldete: {error}</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>der Datenträger ist voll</translation>
    </message>
    <message>
      <source>the disk reported an error while writing (it may be full or failing)</source>
      <translation>der Datenträger hat beim Schreiben einen Fehler gemeldet (er ist vielleicht voll oder defekt)</translation>
    </message>
    <message>
      <source>the system said: {error}</source>
      <translation>das System meldete: {error}</translation>
    </message>
  </context>
  <context>
    <name>dock_link</name>
    <message>
      <source>(your next message)</source>
      <translation>(Ihre nächste Nachricht)</translation>
    </message>
    <message>
      <source>Built-in list</source>
      <translation>Eingebaute Liste</translation>
    </message>
    <message>
      <source>Live list</source>
      <translation>Aktuelle Liste</translation>
    </message>
    <message numerus="yes">
      <source>Model list refreshed: %n models.</source>
      <comment>one: Model list refreshed: %n model.</comment>
      <translation>
        <numerusform>Modellliste aktualisiert: %n Modell.</numerusform>
        <numerusform>Modellliste aktualisiert: %n Modelle.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent: {problem} Fix it in the Parameters panel.</source>
      <translation>Nicht gesendet: {problem} Beheben Sie das im Bereich Parameter.</translation>
    </message>
    <message>
      <source>Saved list</source>
      <translation>Gespeicherte Liste</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Vorlage „{name}“ gespeichert.</translation>
    </message>
    <message>
      <source>The model list could not be refreshed: {reason}</source>
      <translation>Die Modellliste konnte nicht aktualisiert werden: {reason}</translation>
    </message>
    <message>
      <source>{problem} Fix it before saving a preset.</source>
      <translation>{problem} Beheben Sie das, bevor Sie eine Vorlage speichern.</translation>
    </message>
    <message>
      <source>{problem} Fix it to see the request.</source>
      <translation>{problem} Beheben Sie das, um die Anfrage zu sehen.</translation>
    </message>
    <message>
      <source>{problem} Nothing is sent until this is fixed.</source>
      <translation>{problem} Es wird nichts gesendet, bis das behoben ist.</translation>
    </message>
  </context>
  <context>
    <name>endpoint</name>
    <message>
      <source>Plain http is only allowed for a server on this computer (localhost). Use https for anything else, so your key cannot be read on the way.</source>
      <translation>Einfaches http ist nur für einen Server auf diesem Computer (localhost) erlaubt. Verwenden Sie sonst https, damit Ihr Schlüssel unterwegs nicht mitgelesen werden kann.</translation>
    </message>
    <message>
      <source>The address should not contain ? or #.</source>
      <translation>Die Adresse darf kein ? oder # enthalten.</translation>
    </message>
    <message>
      <source>The address should not contain a name or password (the part before @). Type only the server's address, such as {address}</source>
      <translation>Die Adresse darf keinen Namen oder kein Passwort enthalten (den Teil vor @). Geben Sie nur die Adresse des Servers ein, etwa {address}</translation>
    </message>
    <message>
      <source>The port in the address (the number after the colon) is not valid.</source>
      <translation>Der Port in der Adresse (die Zahl nach dem Doppelpunkt) ist ungültig.</translation>
    </message>
    <message>
      <source>Type a full address starting with https://, such as {address}</source>
      <translation>Geben Sie eine vollständige Adresse ein, die mit https:// beginnt, etwa {address}</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>der Server</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Could not reach OpenRouter. Check your internet connection, then press Retry.</source>
      <translation>OpenRouter ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und klicken Sie dann auf Wiederholen.</translation>
    </message>
    <message>
      <source>One of the settings is out of range. Check the parameter dock.</source>
      <translation>Eine der Einstellungen liegt außerhalb des zulässigen Bereichs. Prüfen Sie den Bereich Parameter.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the model or settings, then send again.</source>
      <translation>OpenRouter konnte diese Anfrage nicht annehmen. Ändern Sie das Modell oder die Einstellungen und senden Sie erneut.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the settings and retry.</source>
      <translation>OpenRouter konnte diese Anfrage nicht annehmen. Ändern Sie die Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason} Change the settings and retry.</source>
      <translation>OpenRouter konnte diese Anfrage nicht annehmen: {reason} Ändern Sie die Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason}. Change the settings and retry.</source>
      <translation>OpenRouter konnte diese Anfrage nicht annehmen: {reason}. Ändern Sie die Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>OpenRouter could not process this request. Check the settings and retry.</source>
      <translation>OpenRouter konnte diese Anfrage nicht verarbeiten. Prüfen Sie die Einstellungen und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept your API key. It may be mistyped, disabled or expired. Paste a new key in Settings.</source>
      <translation>OpenRouter hat Ihren API-Schlüssel nicht angenommen. Er ist vielleicht falsch eingegeben, deaktiviert oder abgelaufen. Fügen Sie in den Einstellungen einen neuen Schlüssel ein.</translation>
    </message>
    <message>
      <source>OpenRouter does not know this model. Choose another one from the list.</source>
      <translation>OpenRouter kennt dieses Modell nicht. Wählen Sie ein anderes aus der Liste.</translation>
    </message>
    <message>
      <source>OpenRouter refused this request: the provider's moderation flagged it, or the model is not available to you. Rephrase it or choose another model.</source>
      <translation>OpenRouter hat diese Anfrage abgelehnt: Die Moderation des Anbieters hat sie beanstandet, oder das Modell steht Ihnen nicht zur Verfügung. Formulieren Sie sie um oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
      <source>OpenRouter took too long to answer. Press Retry.</source>
      <translation>OpenRouter hat zu lange für die Antwort gebraucht. Klicken Sie auf Wiederholen.</translation>
    </message>
    <message>
      <source>Something went wrong talking to OpenRouter. Please try again.</source>
      <translation>Bei der Verbindung mit OpenRouter ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>That model is not available any more (or no provider matches your routing settings). Choose another model.</source>
      <translation>Dieses Modell ist nicht mehr verfügbar (oder kein Anbieter passt zu Ihren Routing-Einstellungen). Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
      <source>The connection dropped before the answer was finished. What arrived is kept and marked incomplete; press Retry to ask again.</source>
      <translation>Die Verbindung brach ab, bevor die Antwort fertig war. Was angekommen ist, bleibt erhalten und wird als unvollständig markiert; klicken Sie auf Wiederholen, um erneut zu fragen.</translation>
    </message>
    <message>
      <source>The model stopped sending anything for too long, so the request was given up. Press Retry, or choose a faster model.</source>
      <translation>Das Modell hat zu lange nichts mehr gesendet, daher wurde die Anfrage aufgegeben. Klicken Sie auf Wiederholen oder wählen Sie ein schnelleres Modell.</translation>
    </message>
    <message>
      <source>The model stopped with an error before finishing its answer. What arrived is kept; press Retry to ask again.</source>
      <translation>Das Modell hat mit einem Fehler angehalten, bevor seine Antwort fertig war. Was angekommen ist, bleibt erhalten; klicken Sie auf Wiederholen, um erneut zu fragen.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering ({reason}). What arrived is kept; press Retry to ask again.</source>
      <translation>Der Anbieter des Modells ist beim Antworten ausgefallen ({reason}). Was angekommen ist, bleibt erhalten; klicken Sie auf Wiederholen, um erneut zu fragen.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering. What arrived is kept; press Retry to ask again.</source>
      <translation>Der Anbieter des Modells ist beim Antworten ausgefallen. Was angekommen ist, bleibt erhalten; klicken Sie auf Wiederholen, um erneut zu fragen.</translation>
    </message>
    <message>
      <source>The model's provider is down or overloaded right now. Press Retry in a minute, or choose another model.</source>
      <translation>Der Anbieter des Modells ist gerade nicht erreichbar oder überlastet. Klicken Sie in einer Minute auf Wiederholen, oder wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
      <source>The network returned a web page instead of an answer. If you are on a hotel or café Wi-Fi, open a browser and sign in to the network, then press Retry.</source>
      <translation>Das Netzwerk hat statt einer Antwort eine Webseite geliefert. Wenn Sie im WLAN eines Hotels oder Cafés sind, öffnen Sie einen Browser, melden Sie sich im Netzwerk an und klicken Sie dann auf Wiederholen.</translation>
    </message>
    <message>
      <source>The server sent something far too large to be a real answer, so Switchboard stopped reading it. What arrived before is kept. Press Retry; if it happens again, the server or something on the network between is misbehaving.</source>
      <translation>Der Server hat etwas viel zu Großes für eine echte Antwort gesendet, daher hat Switchboard das Lesen abgebrochen. Was vorher angekommen ist, bleibt erhalten. Klicken Sie auf Wiederholen; wenn es wieder passiert, stimmt etwas mit dem Server oder dem Netzwerk dazwischen nicht.</translation>
    </message>
    <message>
      <source>This conversation is too long for the model's memory. Start a new conversation, shorten the text, or pick a model with a larger context.</source>
      <translation>Diese Unterhaltung ist zu lang für das Gedächtnis des Modells. Beginnen Sie eine neue Unterhaltung, kürzen Sie den Text oder wählen Sie ein Modell mit größerem Kontext.</translation>
    </message>
    <message>
      <source>This message is too large to send. Shorten it or remove attachments.</source>
      <translation>Diese Nachricht ist zu groß zum Senden. Kürzen Sie sie oder entfernen Sie Anhänge.</translation>
    </message>
    <message>
      <source>Too many requests right now: this model or your account hit a rate limit. Wait a moment, then press Retry.</source>
      <translation>Gerade zu viele Anfragen: Dieses Modell oder Ihr Konto hat ein Anfragelimit erreicht. Warten Sie einen Moment und klicken Sie dann auf Wiederholen.</translation>
    </message>
    <message>
      <source>Your OpenRouter credits ran out (or this key reached its spending limit). Add credits at https://openrouter.ai/settings/credits, then press Retry.</source>
      <translation>Ihr OpenRouter-Guthaben ist aufgebraucht (oder dieser Schlüssel hat sein Ausgabenlimit erreicht). Laden Sie unter https://openrouter.ai/settings/credits Guthaben auf und klicken Sie dann auf Wiederholen.</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>This file is not a conversation Switchboard can read: {reason}.</source>
      <translation>Diese Datei ist keine Unterhaltung, die Switchboard lesen kann: {reason}.</translation>
    </message>
    <message>
      <source>it has no list of messages</source>
      <translation>sie enthält keine Liste von Nachrichten</translation>
    </message>
    <message>
      <source>it holds a number with too many digits</source>
      <translation>sie enthält eine Zahl mit zu vielen Stellen</translation>
    </message>
    <message>
      <source>it holds more than {most} messages, the most Switchboard imports</source>
      <translation>sie enthält mehr als {most} Nachrichten, das Maximum, das Switchboard importiert</translation>
    </message>
    <message>
      <source>it holds more than {most} values (texts, numbers, lists and objects), the most Switchboard imports</source>
      <translation>sie enthält mehr als {most} Werte (Texte, Zahlen, Listen und Objekte), das Maximum, das Switchboard importiert</translation>
    </message>
    <message>
      <source>it holds neither a conversation nor a list of messages</source>
      <translation>sie enthält weder eine Unterhaltung noch eine Liste von Nachrichten</translation>
    </message>
    <message>
      <source>it holds no messages</source>
      <translation>sie enthält keine Nachrichten</translation>
    </message>
    <message>
      <source>it is larger than {limit} MB, the most Switchboard imports</source>
      <translation>sie ist größer als {limit} MB, das Maximum, das Switchboard importiert</translation>
    </message>
    <message>
      <source>it is nested too deeply</source>
      <translation>sie ist zu tief verschachtelt</translation>
    </message>
    <message>
      <source>it is not UTF-8 text</source>
      <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
      <source>it is not valid JSON</source>
      <translation>sie ist kein gültiges JSON</translation>
    </message>
    <message>
      <source>it was made by a newer version of Switchboard (format {version}); update Switchboard to import it</source>
      <translation>sie wurde von einer neueren Version von Switchboard erstellt (Format {version}); aktualisieren Sie Switchboard, um sie zu importieren</translation>
    </message>
    <message>
      <source>its attached files are not in the expected form</source>
      <translation>ihre angehängten Dateien haben nicht die erwartete Form</translation>
    </message>
    <message>
      <source>its messages are not one branch of its versions</source>
      <translation>ihre Nachrichten bilden keinen Zweig ihrer Versionen</translation>
    </message>
    <message>
      <source>its version number is missing or invalid</source>
      <translation>ihre Versionsnummer fehlt oder ist ungültig</translation>
    </message>
    <message>
      <source>its versions are not a list</source>
      <translation>ihre Versionen sind keine Liste</translation>
    </message>
    <message>
      <source>its versions go round in a circle</source>
      <translation>ihre Versionen bilden einen Kreis</translation>
    </message>
    <message>
      <source>its versions have a missing or repeated id</source>
      <translation>ihre Versionen haben eine fehlende oder doppelte ID</translation>
    </message>
    <message>
      <source>its versions name a parent that is not an id</source>
      <translation>ihre Versionen nennen einen Vorgänger, der keine ID ist</translation>
    </message>
    <message>
      <source>its versions name a parent that is not there</source>
      <translation>ihre Versionen nennen einen Vorgänger, der nicht vorhanden ist</translation>
    </message>
    <message>
      <source>message {number} has an attachment that is not valid</source>
      <translation>Nachricht {number} hat einen ungültigen Anhang</translation>
    </message>
    <message>
      <source>message {number} has more than {most} parts, the most Switchboard imports</source>
      <translation>Nachricht {number} hat mehr als {most} Teile, das Maximum, das Switchboard importiert</translation>
    </message>
    <message>
      <source>message {number} has no role</source>
      <translation>Nachricht {number} hat keine Rolle</translation>
    </message>
    <message>
      <source>message {number} has no text content</source>
      <translation>Nachricht {number} hat keinen Textinhalt</translation>
    </message>
    <message>
      <source>message {number} has no text, only attachments</source>
      <translation>Nachricht {number} hat keinen Text, nur Anhänge</translation>
    </message>
    <message>
      <source>message {number} has the role “{role}”, but only system, user and assistant messages can be imported</source>
      <translation>Nachricht {number} hat die Rolle „{role}“, aber nur System-, Benutzer- und Assistentennachrichten können importiert werden</translation>
    </message>
    <message>
      <source>message {number} is not a message object</source>
      <translation>Nachricht {number} ist kein Nachrichtenobjekt</translation>
    </message>
    <message>
      <source>one of its attached files is damaged</source>
      <translation>eine ihrer angehängten Dateien ist beschädigt</translation>
    </message>
    <message>
      <source>one of its attached files is larger than {limit} MB, the most Switchboard takes</source>
      <translation>eine ihrer angehängten Dateien ist größer als {limit} MB, das Maximum, das Switchboard annimmt</translation>
    </message>
    <message>
      <source>one of its attached files is not in the expected form</source>
      <translation>eine ihrer angehängten Dateien hat nicht die erwartete Form</translation>
    </message>
    <message>
      <source>the attached file “{name}” is not the size it says or is larger than Switchboard takes</source>
      <translation>die angehängte Datei „{name}“ hat nicht die angegebene Größe oder ist größer, als Switchboard annimmt</translation>
    </message>
    <message>
      <source>the attachments of message {number} are not a short list</source>
      <translation>die Anhänge von Nachricht {number} sind keine kurze Liste</translation>
    </message>
    <message>
      <source>version {number} is a system message</source>
      <translation>Version {number} ist eine Systemnachricht</translation>
    </message>
  </context>
  <context>
    <name>figures</name>
    <message>
      <source>All presets</source>
      <translation>Alle Vorlagen</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Antworten</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Kosten</translation>
    </message>
    <message>
      <source>Exactly {cost}.</source>
      <translation>Genau {cost}.</translation>
    </message>
    <message>
      <source>Figures count the prompts you have picked: {counted} of {prompts}.</source>
      <translation>Die Zahlen berücksichtigen die Prompts, für die Sie gewählt haben: {counted} von {prompts}.</translation>
    </message>
    <message>
      <source>Finished: every prompt has its answers.</source>
      <translation>Fertig: Jeder Prompt hat seine Antworten.</translation>
    </message>
    <message>
      <source>First word</source>
      <translation>Erstes Wort</translation>
    </message>
    <message>
      <source>First word: how long the first word took to arrive. tok/s: tokens per second, how fast the answer came (a token is a short piece of a word).</source>
      <translation>Erstes Wort: wie lange das erste Wort bis zur Ankunft brauchte. Tok./s: Tokens pro Sekunde, wie schnell die Antwort kam (ein Token ist ein kurzes Wortstück).</translation>
    </message>
    <message>
      <source>How long the first word of an answer took to arrive, on average.</source>
      <translation>Wie lange das erste Wort einer Antwort im Durchschnitt bis zur Ankunft brauchte.</translation>
    </message>
    <message>
      <source>How many tokens the answers have (a token is a short piece of a word).</source>
      <translation>Wie viele Tokens die Antworten haben (ein Token ist ein kurzes Wortstück).</translation>
    </message>
    <message>
      <source>Not finished. Resume sends only what is missing.</source>
      <translation>Nicht fertig. Fortsetzen sendet nur, was fehlt.</translation>
    </message>
    <message>
      <source>Not started yet.</source>
      <translation>Noch nicht gestartet.</translation>
    </message>
    <message>
      <source>Nothing is spent on this run yet.</source>
      <translation>Für diesen Durchlauf wurde noch nichts ausgegeben.</translation>
    </message>
    <message>
      <source>Open a prompt as a comparison to pick its best answer.</source>
      <translation>Öffnen Sie einen Prompt als Vergleich, um seine beste Antwort zu wählen.</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Vorlage</translation>
    </message>
    <message>
      <source>Running.</source>
      <translation>Läuft.</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Tempo</translation>
    </message>
    <message>
      <source>Spent on this run in all, including answers that were stopped, failed or asked again: {cost}.</source>
      <translation>Insgesamt für diesen Durchlauf ausgegeben, einschließlich gestoppter, fehlgeschlagener oder erneut gestellter Antworten: {cost}.</translation>
    </message>
    <message>
      <source>Stopped. Resume sends only what is missing.</source>
      <translation>Gestoppt. Fortsetzen sendet nur, was fehlt.</translation>
    </message>
    <message>
      <source>The cost is not known.</source>
      <translation>Die Kosten sind nicht bekannt.</translation>
    </message>
    <message>
      <source>The cost of the answers shown, one per prompt. Earlier attempts (stopped, failed or asked again) are not in it: the note under the table says what the run spent in all.</source>
      <translation>Die Kosten der angezeigten Antworten, eine pro Prompt. Frühere Versuche (gestoppt, fehlgeschlagen oder erneut gestellt) sind nicht enthalten: Der Hinweis unter der Tabelle nennt die Gesamtausgaben des Durchlaufs.</translation>
    </message>
    <message>
      <source>The others stay blind until you pick their best answer, so the All presets row is the only one that counts them.</source>
      <translation>Die anderen bleiben blind, bis Sie ihre beste Antwort wählen, daher zählt nur die Zeile „Alle Vorlagen“ sie mit.</translation>
    </message>
    <message>
      <source>Tokens</source>
      <translation>Tokens</translation>
    </message>
    <message>
      <source>Tokens per second: how fast the answer came, on average (a token is a short piece of a word).</source>
      <translation>Tokens pro Sekunde: wie schnell die Antwort im Durchschnitt kam (ein Token ist ein kurzes Wortstück).</translation>
    </message>
    <message>
      <source>Wins</source>
      <translation>Siege</translation>
    </message>
    <message>
      <source>Wins count blind picks only; this run is not blind, so there are none.</source>
      <translation>Siege zählen nur Blindwahlen; dieser Durchlauf ist nicht blind, daher gibt es keine.</translation>
    </message>
    <message numerus="yes">
      <source>Wins count your picks: {picked} of %n prompts picked.</source>
      <comment>one: Wins count your picks: {picked} of %n prompt picked.</comment>
      <translation>
        <numerusform>Siege zählen Ihre Wahl: {picked} von %n Prompt gewählt.</numerusform>
        <numerusform>Siege zählen Ihre Wahl: {picked} von %n Prompts gewählt.</numerusform>
      </translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>erstes Wort {time}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>{answers} ({failed} failed)</source>
      <translation>{answers} ({failed} fehlgeschlagen)</translation>
    </message>
    <message>
      <source>{cost} (partly estimated)</source>
      <translation>{cost} (teils geschätzt)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} geschätzt</translation>
    </message>
    <message>
      <source>{count} picked</source>
      <translation>{count} gewählt</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} Tokens</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed, {running} being written.</source>
      <comment>one: {done} of %n answer, {failed} failed, {running} being written.</comment>
      <translation>
        <numerusform>{done} von %n Antwort, {failed} fehlgeschlagen, {running} in Arbeit.</numerusform>
        <numerusform>{done} von %n Antworten, {failed} fehlgeschlagen, {running} in Arbeit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed.</source>
      <comment>one: {done} of %n answer, {failed} failed.</comment>
      <translation>
        <numerusform>{done} von %n Antwort, {failed} fehlgeschlagen.</numerusform>
        <numerusform>{done} von %n Antworten, {failed} fehlgeschlagen.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {running} being written.</source>
      <comment>one: {done} of %n answer, {running} being written.</comment>
      <translation>
        <numerusform>{done} von %n Antwort, {running} in Arbeit.</numerusform>
        <numerusform>{done} von %n Antworten, {running} in Arbeit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers.</source>
      <comment>one: {done} of %n answer.</comment>
      <translation>
        <numerusform>{done} von %n Antwort.</numerusform>
        <numerusform>{done} von %n Antworten.</numerusform>
      </translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} Tok./s</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>{wins} of {judged}</source>
      <translation>{wins} von {judged}</translation>
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
      <translation>Der Export konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
      <source>Could not save the spending export: {reason}.</source>
      <translation>Der Ausgabenexport konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
      <source>Export comparison</source>
      <translation>Vergleich exportieren</translation>
    </message>
    <message>
      <source>Export conversation</source>
      <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
      <source>Export spending</source>
      <translation>Ausgaben exportieren</translation>
    </message>
    <message>
      <source>Export the run</source>
      <translation>Durchlauf exportieren</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n rows of spending to {path}.</source>
      <comment>one: Exported %n row of spending to {path}.</comment>
      <translation>
        <numerusform>%n Ausgabenzeile nach {path} exportiert.</numerusform>
        <numerusform>%n Ausgabenzeilen nach {path} exportiert.</numerusform>
      </translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Nach {path} exportiert.</translation>
    </message>
    <message>
      <source>Import conversation ({limits})</source>
      <translation>Unterhaltung importieren ({limits})</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>{name} wird importiert…</translation>
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
      <translation>Es ist keine gewöhnliche Datei: Vielleicht ist es ein Ordner, eine Pipe oder ein Gerät.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} KB.</source>
      <translation>Sie ist zu groß: Das Limit beträgt {size} KB.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} MB.</source>
      <translation>Sie ist zu groß: Das Limit beträgt {size} MB.</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>Durchlauf löschen</translation>
    </message>
    <message>
      <source>Delete the run “{title}” and all its answers? This cannot be undone.</source>
      <translation>Den Durchlauf „{title}“ mit allen Antworten löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
      <source>Not started. Press Start when you are ready.</source>
      <translation>Nicht gestartet. Klicken Sie auf Starten, wenn Sie bereit sind.</translation>
    </message>
    <message>
      <source>Prompt sets are not available right now.</source>
      <translation>Prompt-Sets sind gerade nicht verfügbar.</translation>
    </message>
    <message>
      <source>Run anyway</source>
      <translation>Trotzdem ausführen</translation>
    </message>
    <message>
      <source>Started: {estimate}.</source>
      <translation>Gestartet: {estimate}.</translation>
    </message>
  </context>
  <context>
    <name>fork_flow</name>
    <message numerus="yes">
      <source>%n messages.</source>
      <comment>one: %n message.</comment>
      <translation>
        <numerusform>%n Nachricht.</numerusform>
        <numerusform>%n Nachrichten.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n turns</source>
      <comment>one: %n turn</comment>
      <translation>
        <numerusform>%n Runde</numerusform>
        <numerusform>%n Runden</numerusform>
      </translation>
    </message>
    <message>
      <source>A new conversation starts with a copy of this one up to here. Everything it holds is sent again with each new message, so a shorter start costs less.</source>
      <translation>Eine neue Unterhaltung beginnt mit einer Kopie dieser bis hierher. Alles darin wird mit jeder neuen Nachricht erneut gesendet, ein kürzerer Anfang kostet also weniger.</translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens to send again with each message.</source>
      <comment>one: About %n token to send again with each message.</comment>
      <translation>
        <numerusform>Etwa %n Token, der mit jeder Nachricht erneut gesendet wird.</numerusform>
        <numerusform>Etwa %n Tokens, die mit jeder Nachricht erneut gesendet werden.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens, about {cost} to send again with each message.</source>
      <comment>one: About %n token, about {cost} to send again with each message.</comment>
      <translation>
        <numerusform>Etwa %n Token, etwa {cost}, mit jeder Nachricht erneut zu senden.</numerusform>
        <numerusform>Etwa %n Tokens, etwa {cost}, mit jeder Nachricht erneut zu senden.</numerusform>
      </translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>In neuem Tab fortsetzen</translation>
    </message>
    <message>
      <source>How many of the last turns to keep</source>
      <translation>Wie viele der letzten Runden behalten werden</translation>
    </message>
    <message>
      <source>Only the last</source>
      <translation>Nur die letzten</translation>
    </message>
    <message numerus="yes">
      <source>The whole conversation up to here (%n messages)</source>
      <comment>one: The whole conversation up to here (%n message)</comment>
      <translation>
        <numerusform>Die ganze Unterhaltung bis hierher (%n Nachricht)</numerusform>
        <numerusform>Die ganze Unterhaltung bis hierher (%n Nachrichten)</numerusform>
      </translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation.</source>
      <translation>Diese Nachricht wird in der Unterhaltung nicht mehr angezeigt.</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <source>New conversation</source>
      <translation>Neue Unterhaltung</translation>
    </message>
  </context>
  <context>
    <name>key_dialog</name>
    <message>
      <source>Cancel sign-in</source>
      <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
      <source>Check and save</source>
      <translation>Prüfen und speichern</translation>
    </message>
    <message>
      <source>Checking the key with {server}…</source>
      <translation>Schlüssel wird bei {server} geprüft…</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Kopiert</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>Link kopieren</translation>
    </message>
    <message>
      <source>Finish signing in in your browser; Switchboard waits here. No browser window? Copy the sign-in link below into your browser.</source>
      <translation>Schließen Sie die Anmeldung in Ihrem Browser ab; Switchboard wartet hier. Kein Browserfenster? Kopieren Sie den Anmeldelink unten in Ihren Browser.</translation>
    </message>
    <message>
      <source>Key accepted: {description}</source>
      <translation>Schlüssel angenommen: {description}</translation>
    </message>
    <message>
      <source>Key for {name}</source>
      <translation>Schlüssel für {name}</translation>
    </message>
    <message>
      <source>Key status</source>
      <translation>Schlüsselstatus</translation>
    </message>
    <message>
      <source>OpenRouter key</source>
      <translation>OpenRouter-Schlüssel</translation>
    </message>
    <message>
      <source>Opening your browser…</source>
      <translation>Browser wird geöffnet…</translation>
    </message>
    <message>
      <source>Or paste a key you created at {link}:</source>
      <translation>Oder fügen Sie einen Schlüssel ein, den Sie unter {link} erstellt haben:</translation>
    </message>
    <message>
      <source>Paste the key for {name} (not your OpenRouter key):</source>
      <translation>Fügen Sie den Schlüssel für {name} ein (nicht Ihren OpenRouter-Schlüssel):</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>Fügen Sie zuerst Ihren Schlüssel ein.</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Anzeigen</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter</source>
      <translation>Mit OpenRouter anmelden</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter (for this session only)</source>
      <translation>Mit OpenRouter anmelden (nur für diese Sitzung)</translation>
    </message>
    <message>
      <source>Sign-in cancelled.</source>
      <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
      <source>Sign-in link</source>
      <translation>Anmeldelink</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. To sign in, copy the link below, open it in your browser and sign in there; Switchboard waits here. Or paste a key below.</source>
      <translation>Switchboard konnte Ihren Webbrowser nicht öffnen. Kopieren Sie zum Anmelden den Link unten, öffnen Sie ihn in Ihrem Browser und melden Sie sich dort an; Switchboard wartet hier. Oder fügen Sie unten einen Schlüssel ein.</translation>
    </message>
    <message>
      <source>The API address in Settings is another server ({name}), so Sign in with OpenRouter is not offered here: it would hand your new OpenRouter key to that server. Set the address back to OpenRouter to sign in.</source>
      <translation>Die API-Adresse in den Einstellungen ist ein anderer Server ({name}), daher wird „Mit OpenRouter anmelden“ hier nicht angeboten: Ihr neuer OpenRouter-Schlüssel würde an diesen Server gehen. Setzen Sie die Adresse auf OpenRouter zurück, um sich anzumelden.</translation>
    </message>
    <message>
      <source>The key {name} gave you</source>
      <translation>Der Schlüssel, den {name} Ihnen gegeben hat</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so the key you get by signing in lasts only until you close Switchboard.</source>
      <translation>Dieser Computer hat keinen Passwortspeicher, den Switchboard nutzen kann, daher gilt der Schlüssel aus der Anmeldung nur, bis Sie Switchboard schließen.</translation>
    </message>
    <message>
      <source>Use this key for this session only</source>
      <translation>Diesen Schlüssel nur für diese Sitzung verwenden</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <source>A key is one line without spaces or line breaks, so this is not just the key. Copy the key alone and paste it here.</source>
      <translation>Ein Schlüssel ist eine Zeile ohne Leerzeichen oder Zeilenumbrüche, das hier ist also nicht nur der Schlüssel. Kopieren Sie nur den Schlüssel und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
      <source>Switchboard needs an OpenRouter key: it starts with sk-or-…</source>
      <translation>Switchboard braucht einen OpenRouter-Schlüssel: Er beginnt mit sk-or-…</translation>
    </message>
    <message>
      <source>This looks like a GitHub token.</source>
      <translation>Das sieht nach einem GitHub-Token aus.</translation>
    </message>
    <message>
      <source>This looks like a Google key.</source>
      <translation>Das sieht nach einem Google-Schlüssel aus.</translation>
    </message>
    <message>
      <source>This looks like a Groq key.</source>
      <translation>Das sieht nach einem Groq-Schlüssel aus.</translation>
    </message>
    <message>
      <source>This looks like a Hugging Face token.</source>
      <translation>Das sieht nach einem Hugging-Face-Token aus.</translation>
    </message>
    <message>
      <source>This looks like a Perplexity key.</source>
      <translation>Das sieht nach einem Perplexity-Schlüssel aus.</translation>
    </message>
    <message>
      <source>This looks like a Replicate token.</source>
      <translation>Das sieht nach einem Replicate-Token aus.</translation>
    </message>
    <message>
      <source>This looks like an Anthropic (Claude) key.</source>
      <translation>Das sieht nach einem Anthropic-Schlüssel (Claude) aus.</translation>
    </message>
    <message>
      <source>This looks like an NVIDIA key.</source>
      <translation>Das sieht nach einem NVIDIA-Schlüssel aus.</translation>
    </message>
    <message>
      <source>This looks like an OpenAI key.</source>
      <translation>Das sieht nach einem OpenAI-Schlüssel aus.</translation>
    </message>
    <message>
      <source>This looks like an xAI (Grok) key.</source>
      <translation>Das sieht nach einem xAI-Schlüssel (Grok) aus.</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message numerus="yes">
      <source>%n messages</source>
      <comment>one: %n message</comment>
      <translation>
        <numerusform>%n Nachricht</numerusform>
        <numerusform>%n Nachrichten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts</source>
      <comment>one: %n prompt</comment>
      <translation>
        <numerusform>%n Prompt</numerusform>
        <numerusform>%n Prompts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, finished</source>
      <comment>one: %n prompt, finished</comment>
      <translation>
        <numerusform>%n Prompt, fertig</numerusform>
        <numerusform>%n Prompts, fertig</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, running</source>
      <comment>one: %n prompt, running</comment>
      <translation>
        <numerusform>%n Prompt, läuft</numerusform>
        <numerusform>%n Prompts, läuft</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, stopped</source>
      <comment>one: %n prompt, stopped</comment>
      <translation>
        <numerusform>%n Prompt, gestoppt</numerusform>
        <numerusform>%n Prompts, gestoppt</numerusform>
      </translation>
    </message>
    <message>
      <source>Conversations</source>
      <translation>Unterhaltungen</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>Unterhaltung löschen</translation>
    </message>
    <message>
      <source>Delete the chosen conversation (in the library)</source>
      <translation>Die ausgewählte Unterhaltung löschen (in der Bibliothek)</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <source>Fold the library</source>
      <translation>Bibliothek einklappen</translation>
    </message>
    <message>
      <source>Fold the library to a narrow strip</source>
      <translation>Bibliothek zu einem schmalen Streifen einklappen</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Bibliothek</translation>
    </message>
    <message>
      <source>No conversations match “{query}”.</source>
      <translation>Keine Unterhaltungen passen zu „{query}“.</translation>
    </message>
    <message>
      <source>No conversations yet. Type a message below to start one.</source>
      <translation>Noch keine Unterhaltungen. Schreiben Sie unten eine Nachricht, um eine zu beginnen.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Search conversations</source>
      <translation>Suchen</translation>
    </message>
    <message>
      <source>Show the library</source>
      <translation>Bibliothek anzeigen</translation>
    </message>
    <message numerus="yes">
      <source>comparison of %n answers, names hidden until you pick the best</source>
      <comment>one: comparison of %n answer, names hidden until you pick the best</comment>
      <translation>
        <numerusform>Vergleich von %n Antwort, Namen verborgen, bis Sie die beste wählen</numerusform>
        <numerusform>Vergleich von %n Antworten, Namen verborgen, bis Sie die beste wählen</numerusform>
      </translation>
    </message>
    <message>
      <source>comparison: {columns}</source>
      <translation>Vergleich: {columns}</translation>
    </message>
    <message>
      <source>prompt set run: {columns}</source>
      <translation>Prompt-Set-Durchlauf: {columns}</translation>
    </message>
  </context>
  <context>
    <name>link_focus</name>
    <message>
      <source>{link}, link</source>
      <translation>{link}, Link</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Switchboard cannot use the folder {folder} ({reason}), so what you do now may not be saved. Check that the folder can be written to.</source>
      <translation>Switchboard kann den Ordner {folder} nicht verwenden ({reason}), daher wird Ihre Arbeit jetzt eventuell nicht gespeichert. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
      <source>Switchboard is damaged: {path} is missing. Reinstall it.</source>
      <translation>Switchboard ist beschädigt: {path} fehlt. Installieren Sie es neu.</translation>
    </message>
    <message>
      <source>Switchboard will use the language you chose after you restart it.</source>
      <translation>Switchboard verwendet die gewählte Sprache nach einem Neustart.</translation>
    </message>
    <message>
      <source>The address in SWITCHBOARD_BASE_URL cannot be used, so Switchboard uses the address from Settings instead. {reason}</source>
      <translation>Die Adresse in SWITCHBOARD_BASE_URL kann nicht verwendet werden, daher nutzt Switchboard stattdessen die Adresse aus den Einstellungen. {reason}</translation>
    </message>
    <message>
      <source>looking for your key…</source>
      <translation>Ihr Schlüssel wird gesucht…</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete comparison</source>
      <translation>Vergleich löschen</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>Unterhaltung löschen</translation>
    </message>
    <message>
      <source>Delete the comparison “{title}” and all its answers?</source>
      <translation>Den Vergleich „{title}“ mit allen Antworten löschen?</translation>
    </message>
    <message>
      <source>Delete “{title}” and all its messages? This cannot be undone.</source>
      <translation>„{title}“ mit allen Nachrichten löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
      <source>Next tab</source>
      <translation>Nächster Tab</translation>
    </message>
    <message>
      <source>Previous tab</source>
      <translation>Vorheriger Tab</translation>
    </message>
    <message>
      <source>Rename conversation</source>
      <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
      <source>Show the model and its settings (Ctrl+Shift+P)</source>
      <translation>Modell und seine Einstellungen anzeigen (Strg+Umschalt+P)</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Titel:</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <source>Add prompt</source>
      <translation>Prompt hinzufügen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Could not save the file: {reason}.</source>
      <translation>Die Datei konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete prompt set</source>
      <translation>Prompt-Set löschen</translation>
    </message>
    <message>
      <source>Delete the prompt set “{name}”? Runs made with it keep their own copy.</source>
      <translation>Das Prompt-Set „{name}“ löschen? Damit erstellte Durchläufe behalten ihre eigene Kopie.</translation>
    </message>
    <message>
      <source>Deleted “{name}”.</source>
      <translation>„{name}“ gelöscht.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Discard your changes?</source>
      <translation>Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
      <source>Export the prompt set</source>
      <translation>Prompt-Set exportieren</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Nach {path} exportiert.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportieren…</translation>
    </message>
    <message>
      <source>Import a prompt set</source>
      <translation>Prompt-Set importieren</translation>
    </message>
    <message numerus="yes">
      <source>Imported “{name}” with %n prompts.</source>
      <comment>one: Imported “{name}” with %n prompt.</comment>
      <translation>
        <numerusform>„{name}“ mit %n Prompt importiert.</numerusform>
        <numerusform>„{name}“ mit %n Prompts importiert.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importieren…</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Nach unten</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Nach oben</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Name of the prompt set</source>
      <translation>Name des Prompt-Sets</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Neu</translation>
    </message>
    <message>
      <source>New prompt set</source>
      <translation>Neues Prompt-Set</translation>
    </message>
    <message>
      <source>Notes on a good answer</source>
      <translation>Hinweise zu einer guten Antwort</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>Prompt</translation>
    </message>
    <message>
      <source>Prompt sets</source>
      <translation>Prompt-Sets</translation>
    </message>
    <message>
      <source>Prompt sets (*.json)</source>
      <translation>Prompt-Sets (*.json)</translation>
    </message>
    <message>
      <source>Prompts of the set</source>
      <translation>Prompts des Sets</translation>
    </message>
    <message>
      <source>Prompts:</source>
      <translation>Prompts:</translation>
    </message>
    <message>
      <source>Remove prompt</source>
      <translation>Prompt entfernen</translation>
    </message>
    <message>
      <source>Run…</source>
      <translation>Ausführen…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Saved “{name}”.</source>
      <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
      <source>Send every prompt of this set to two to four presets.</source>
      <translation>Jeden Prompt dieses Sets an zwei bis vier Vorlagen senden.</translation>
    </message>
    <message>
      <source>The chosen prompt:</source>
      <translation>Der ausgewählte Prompt:</translation>
    </message>
    <message>
      <source>The prompt, as you would type it in a conversation</source>
      <translation>Der Prompt, so wie Sie ihn in einer Unterhaltung schreiben würden</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional)</source>
      <translation>Wie eine gute Antwort aussieht (optional)</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional):</source>
      <translation>Wie eine gute Antwort aussieht (optional):</translation>
    </message>
    <message>
      <source>Your changes to this prompt set cannot be saved. {problem} Discard them and close?</source>
      <translation>Ihre Änderungen an diesem Prompt-Set können nicht gespeichert werden. {problem} Verwerfen und schließen?</translation>
    </message>
    <message>
      <source>{number}. (empty)</source>
      <translation>{number}. (leer)</translation>
    </message>
  </context>
  <context>
    <name>markdown</name>
    <message>
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <source>Copy this code</source>
      <translation>Diesen Code kopieren</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>Bild</translation>
    </message>
    <message>
      <source>Image: {alt}</source>
      <translation>Bild: {alt}</translation>
    </message>
    <message>
      <source>code</source>
      <translation>Code</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <source>&amp;About Switchboard</source>
      <translation>Ü&amp;ber Switchboard</translation>
    </message>
    <message>
      <source>&amp;Close conversation</source>
      <translation>Unterhaltung &amp;schließen</translation>
    </message>
    <message>
      <source>&amp;Conversation</source>
      <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
      <source>&amp;Copy the newest answer</source>
      <translation>Neueste Antwort &amp;kopieren</translation>
    </message>
    <message>
      <source>&amp;Enter sends (Shift+Enter for a new line)</source>
      <translation>&amp;Enter sendet (Umschalt+Enter für neue Zeile)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <source>&amp;Import conversation…</source>
      <translation>Unterhaltung &amp;importieren…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
      <source>&amp;New conversation</source>
      <translation>&amp;Neue Unterhaltung</translation>
    </message>
    <message>
      <source>&amp;Prompt sets…</source>
      <translation>&amp;Prompt-Sets…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Regenerate the newest answer</source>
      <translation>Neueste Antwort neu &amp;erzeugen</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <source>Conversation &amp;library</source>
      <translation>Unterhaltungs&amp;bibliothek</translation>
    </message>
    <message>
      <source>Export &amp;spending as CSV…</source>
      <translation>&amp;Ausgaben als CSV exportieren…</translation>
    </message>
    <message>
      <source>Export as &amp;JSON…</source>
      <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
      <source>Export as &amp;Markdown…</source>
      <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
      <source>Go to the &amp;parameters</source>
      <translation>Zu den &amp;Parametern</translation>
    </message>
    <message>
      <source>New c&amp;omparison…</source>
      <translation>Neuer &amp;Vergleich…</translation>
    </message>
    <message>
      <source>OpenRouter &amp;credits (web page)</source>
      <translation>OpenRouter-&amp;Guthaben (Webseite)</translation>
    </message>
    <message>
      <source>OpenRouter &amp;keys (web page)</source>
      <translation>OpenRouter-&amp;Schlüssel (Webseite)</translation>
    </message>
    <message>
      <source>Show &amp;parameters</source>
      <translation>&amp;Parameter anzeigen</translation>
    </message>
    <message>
      <source>There is no answer to copy here yet.</source>
      <translation>Hier gibt es noch keine Antwort zum Kopieren.</translation>
    </message>
    <message>
      <source>There is no answer to regenerate here yet.</source>
      <translation>Hier gibt es noch keine Antwort zum Neuerzeugen.</translation>
    </message>
  </context>
  <context>
    <name>message_actions</name>
    <message>
      <source>Message copied.</source>
      <translation>Nachricht kopiert.</translation>
    </message>
    <message>
      <source>Message details</source>
      <translation>Nachrichtendetails</translation>
    </message>
  </context>
  <context>
    <name>message_html</name>
    <message>
      <source>Answer</source>
      <translation>Antwort</translation>
    </message>
    <message>
      <source>Assistant</source>
      <translation>Assistent</translation>
    </message>
    <message>
      <source>Compare versions</source>
      <translation>Versionen vergleichen</translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>In neuem Tab fortsetzen</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <source>Delete version</source>
      <translation>Version löschen</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Bearbeiten</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>Neu erzeugen</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>Neu erzeugen mit…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>Denkt nach…</translation>
    </message>
    <message>
      <source>Thinking… under a second</source>
      <translation>Denkt nach… unter einer Sekunde</translation>
    </message>
    <message>
      <source>Thinking… {seconds} s</source>
      <translation>Denkt nach… {seconds} s</translation>
    </message>
    <message>
      <source>Thought</source>
      <translation>Nachgedacht</translation>
    </message>
    <message numerus="yes">
      <source>Thought %n tokens</source>
      <comment>one: Thought %n token</comment>
      <translation>
        <numerusform>%n Token nachgedacht</numerusform>
        <numerusform>%n Tokens nachgedacht</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for under a second</source>
      <translation>Unter einer Sekunde nachgedacht</translation>
    </message>
    <message numerus="yes">
      <source>Thought for under a second · %n tokens</source>
      <comment>one: Thought for under a second · %n token</comment>
      <translation>
        <numerusform>Unter einer Sekunde nachgedacht · %n Token</numerusform>
        <numerusform>Unter einer Sekunde nachgedacht · %n Tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for {seconds} s</source>
      <translation>{seconds} s nachgedacht</translation>
    </message>
    <message numerus="yes">
      <source>Thought for {seconds} s · %n tokens</source>
      <comment>one: Thought for {seconds} s · %n token</comment>
      <translation>
        <numerusform>{seconds} s nachgedacht · %n Token</numerusform>
        <numerusform>{seconds} s nachgedacht · %n Tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Try again with less thinking</source>
      <translation>Mit weniger Nachdenken erneut versuchen</translation>
    </message>
    <message>
      <source>Try again without a length limit</source>
      <translation>Ohne Längenbegrenzung erneut versuchen</translation>
    </message>
    <message>
      <source>You</source>
      <translation>Sie</translation>
    </message>
    <message>
      <source>⚠ No answer: the model used its whole length limit thinking, so nothing was left for the answer. The thinking is billed.</source>
      <translation>⚠ Keine Antwort: Das Modell hat seine gesamte Längenbegrenzung zum Nachdenken verbraucht, für die Antwort blieb nichts übrig. Das Nachdenken wird berechnet.</translation>
    </message>
  </context>
  <context>
    <name>meta</name>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n Token</numerusform>
        <numerusform>%n Tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Answer cost (with the prompt)</source>
      <translation>Antwortkosten (mit Prompt)</translation>
    </message>
    <message>
      <source>Answer tokens</source>
      <translation>Antwort-Tokens</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Kosten</translation>
    </message>
    <message>
      <source>Finish reason</source>
      <translation>Grund für das Ende</translation>
    </message>
    <message>
      <source>Model requested</source>
      <translation>Angefragtes Modell</translation>
    </message>
    <message>
      <source>Model that answered</source>
      <translation>Antwortendes Modell</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <source>Prompt tokens</source>
      <translation>Prompt-Tokens</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Anbieter</translation>
    </message>
    <message>
      <source>Sources:</source>
      <translation>Quellen:</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>The model used its whole length limit thinking, so no answer was left. It was still billed.</source>
      <translation>Das Modell hat seine gesamte Längenbegrenzung zum Nachdenken verbraucht, für eine Antwort blieb nichts übrig. Es wurde trotzdem berechnet.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Denken</translation>
    </message>
    <message>
      <source>Thinking cost</source>
      <translation>Denkkosten</translation>
    </message>
    <message>
      <source>Thinking tokens</source>
      <translation>Denk-Tokens</translation>
    </message>
    <message>
      <source>Thought privately</source>
      <translation>Privat nachgedacht</translation>
    </message>
    <message numerus="yes">
      <source>Thought privately: %n thinking tokens billed</source>
      <comment>one: Thought privately: %n thinking token billed</comment>
      <translation>
        <numerusform>Privat nachgedacht: %n Denk-Token berechnet</numerusform>
        <numerusform>Privat nachgedacht: %n Denk-Tokens berechnet</numerusform>
      </translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Zeit</translation>
    </message>
    <message>
      <source>Time thinking</source>
      <translation>Denkzeit</translation>
    </message>
    <message>
      <source>Web searches</source>
      <translation>Websuchen</translation>
    </message>
    <message>
      <source>Your message</source>
      <translation>Ihre Nachricht</translation>
    </message>
    <message>
      <source>about {count}</source>
      <translation>etwa {count}</translation>
    </message>
    <message numerus="yes">
      <source>answer %n tokens</source>
      <comment>one: answer %n token</comment>
      <translation>
        <numerusform>Antwort %n Token</numerusform>
        <numerusform>Antwort %n Tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>complete</source>
      <translation>vollständig</translation>
    </message>
    <message>
      <source>done privately: none of it came back, but it is billed</source>
      <translation>privat erledigt: nichts davon kam zurück, aber es wird berechnet</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>unterbrochen</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>provider defaults</source>
      <translation>Standard des Anbieters</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>gestoppt</translation>
    </message>
    <message>
      <source>streaming</source>
      <translation>wird übertragen</translation>
    </message>
    <message>
      <source>the answer did not finish.</source>
      <translation>die Antwort wurde nicht fertig.</translation>
    </message>
    <message numerus="yes">
      <source>thinking %n tokens</source>
      <comment>one: thinking %n token</comment>
      <translation>
        <numerusform>Denken %n Token</numerusform>
        <numerusform>Denken %n Tokens</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>thinking about %n tokens</source>
      <comment>one: thinking about %n token</comment>
      <translation>
        <numerusform>Denken etwa %n Token</numerusform>
        <numerusform>Denken etwa %n Tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>via {provider}</source>
      <translation>über {provider}</translation>
    </message>
    <message>
      <source>{answer} + {thinking}</source>
      <translation>{answer} + {thinking}</translation>
    </message>
    <message>
      <source>{cost} (billed by OpenRouter)</source>
      <translation>{cost} (von OpenRouter berechnet)</translation>
    </message>
    <message>
      <source>{cost} (estimated from the model's price)</source>
      <translation>{cost} (geschätzt nach dem Modellpreis)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} geschätzt</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
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
      <translation>⚠ Abgeschnitten: Die Antwort hat ihre Maximallänge erreicht (erhöhen Sie die Maximallänge).</translation>
    </message>
    <message>
      <source>⚠ Filtered: the provider's content filter stopped this answer.</source>
      <translation>⚠ Gefiltert: Der Inhaltsfilter des Anbieters hat diese Antwort gestoppt.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: Switchboard closed while this answer was arriving.</source>
      <translation>⚠ Unvollständig: Switchboard wurde geschlossen, während diese Antwort eintraf.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: {error}</source>
      <translation>⚠ Unvollständig: {error}</translation>
    </message>
    <message>
      <source>⚠ Stopped: you stopped this answer; what arrived is kept.</source>
      <translation>⚠ Gestoppt: Sie haben diese Antwort gestoppt; was angekommen ist, bleibt erhalten.</translation>
    </message>
  </context>
  <context>
    <name>model_picker</name>
    <message>
      <source>Choose a model</source>
      <translation>Modell wählen</translation>
    </message>
    <message>
      <source>Context</source>
      <translation>Kontext</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>Eingabe</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Modelle</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Ausgabe</translation>
    </message>
    <message>
      <source>Refresh list</source>
      <translation>Liste aktualisieren</translation>
    </message>
    <message>
      <source>Search by name or id, e.g. “llama 70b” or “free”</source>
      <translation>Nach Name oder ID suchen, z. B. „llama 70b“ oder „free“</translation>
    </message>
    <message>
      <source>Search models</source>
      <translation>Modelle durchsuchen</translation>
    </message>
    <message>
      <source>Use this model</source>
      <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
      <source>free</source>
      <translation>kostenlos</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n models</source>
      <comment>one: {shown} of %n model</comment>
      <translation>
        <numerusform>{shown} von %n Modell</numerusform>
        <numerusform>{shown} von %n Modellen</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>free</source>
      <translation>kostenlos</translation>
    </message>
    <message>
      <source>price unknown</source>
      <translation>Preis unbekannt</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>unknown context</source>
      <translation>Kontext unbekannt</translation>
    </message>
    <message>
      <source>{fee} per request</source>
      <translation>{fee} pro Anfrage</translation>
    </message>
    <message>
      <source>{model} cannot be held to a JSON schema.</source>
      <translation>{model} kann nicht an ein JSON-Schema gebunden werden.</translation>
    </message>
    <message>
      <source>{model} does not accept a JSON schema.</source>
      <translation>{model} akzeptiert kein JSON-Schema.</translation>
    </message>
    <message>
      <source>{model} does not accept a Min P value.</source>
      <translation>{model} akzeptiert keinen Min-P-Wert.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top A value.</source>
      <translation>{model} akzeptiert keinen Top-A-Wert.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top K value.</source>
      <translation>{model} akzeptiert keinen Top-K-Wert.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top P value.</source>
      <translation>{model} akzeptiert keinen Top-P-Wert.</translation>
    </message>
    <message>
      <source>{model} does not accept a frequency penalty.</source>
      <translation>{model} akzeptiert keine Häufigkeitsstrafe.</translation>
    </message>
    <message>
      <source>{model} does not accept a maximum length.</source>
      <translation>{model} akzeptiert keine Maximallänge.</translation>
    </message>
    <message>
      <source>{model} does not accept a presence penalty.</source>
      <translation>{model} akzeptiert keine Präsenzstrafe.</translation>
    </message>
    <message>
      <source>{model} does not accept a repetition penalty.</source>
      <translation>{model} akzeptiert keine Wiederholungsstrafe.</translation>
    </message>
    <message>
      <source>{model} does not accept a response format.</source>
      <translation>{model} akzeptiert kein Antwortformat.</translation>
    </message>
    <message>
      <source>{model} does not accept a seed.</source>
      <translation>{model} akzeptiert keinen Seed.</translation>
    </message>
    <message>
      <source>{model} does not accept a temperature.</source>
      <translation>{model} akzeptiert keine Temperatur.</translation>
    </message>
    <message>
      <source>{model} does not accept log probabilities.</source>
      <translation>{model} akzeptiert keine Log-Wahrscheinlichkeiten.</translation>
    </message>
    <message>
      <source>{model} does not accept reasoning settings.</source>
      <translation>{model} akzeptiert keine Denk-Einstellungen.</translation>
    </message>
    <message>
      <source>{model} does not accept stop sequences.</source>
      <translation>{model} akzeptiert keine Stoppsequenzen.</translation>
    </message>
    <message>
      <source>{model} does not accept tools.</source>
      <translation>{model} akzeptiert keine Tools.</translation>
    </message>
    <message>
      <source>{model} does not accept “{name}”.</source>
      <translation>{model} akzeptiert „{name}“ nicht.</translation>
    </message>
    <message>
      <source>{model} does not think before answering.</source>
      <translation>{model} denkt nicht nach, bevor es antwortet.</translation>
    </message>
    <message>
      <source>{model} has no JSON mode.</source>
      <translation>{model} hat keinen JSON-Modus.</translation>
    </message>
    <message>
      <source>{prices} · {fee}</source>
      <translation>{prices} · {fee}</translation>
    </message>
    <message>
      <source>{prompt} in · {completion} out</source>
      <translation>{prompt} ein · {completion} aus</translation>
    </message>
    <message>
      <source>{tokens} context</source>
      <translation>{tokens} Kontext</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <source>free</source>
      <translation>kostenlos</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
  </context>
  <context>
    <name>new_comparison</name>
    <message>
      <source>Blind: hide the names and shuffle the columns until I pick the best</source>
      <translation>Blind: Namen verbergen und Spalten mischen, bis ich die beste wähle</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Vergleichen</translation>
    </message>
    <message>
      <source>Fair: the same provider for every column of a model, and every setting must be honoured</source>
      <translation>Fair: derselbe Anbieter für jede Spalte eines Modells, und jede Einstellung muss beachtet werden</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>Neuer Vergleich</translation>
    </message>
    <message>
      <source>Otherwise the answers may come from different companies running the model, and one of them may quietly ignore a setting, so you would compare those instead.</source>
      <translation>Sonst können die Antworten von verschiedenen Firmen stammen, die das Modell betreiben, und eine davon ignoriert vielleicht stillschweigend eine Einstellung – Sie würden dann diese vergleichen.</translation>
    </message>
    <message>
      <source>Presets to compare</source>
      <translation>Zu vergleichende Vorlagen</translation>
    </message>
    <message>
      <source>Tick between {least} and {most} presets (now {ticked}).</source>
      <translation>Wählen Sie {least} bis {most} Vorlagen aus (jetzt {ticked}).</translation>
    </message>
    <message>
      <source>Tick two to four presets. One prompt goes to all of them with {model} (or the model a preset names); the answers stream side by side.</source>
      <translation>Wählen Sie zwei bis vier Vorlagen aus. Ein Prompt geht an alle, mit {model} (oder dem Modell, das eine Vorlage nennt); die Antworten erscheinen nebeneinander.</translation>
    </message>
    <message>
      <source>Title (optional)</source>
      <translation>Titel (optional)</translation>
    </message>
    <message>
      <source>{left} vs {right}</source>
      <translation>{left} vs. {right}</translation>
    </message>
  </context>
  <context>
    <name>oauth</name>
    <message>
      <source>Bad request</source>
      <translation>Ungültige Anfrage</translation>
    </message>
    <message>
      <source>Could not reach OpenRouter to finish signing in. Check your internet connection, then try again.</source>
      <translation>OpenRouter war zum Abschließen der Anmeldung nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>Nicht erlaubt</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Nicht gefunden</translation>
    </message>
    <message>
      <source>OpenRouter could not finish the sign-in right now. Please try again in a minute.</source>
      <translation>OpenRouter konnte die Anmeldung gerade nicht abschließen. Bitte versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
      <source>Return to Switchboard and try again, or paste a key there instead.</source>
      <translation>Kehren Sie zu Switchboard zurück und versuchen Sie es erneut, oder fügen Sie dort stattdessen einen Schlüssel ein.</translation>
    </message>
    <message>
      <source>Sign-in already finished</source>
      <translation>Anmeldung bereits abgeschlossen</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Angemeldet</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. Paste a key instead, or try again once a browser is set up.</source>
      <translation>Switchboard konnte Ihren Webbrowser nicht öffnen. Fügen Sie stattdessen einen Schlüssel ein, oder versuchen Sie es erneut, sobald ein Browser eingerichtet ist.</translation>
    </message>
    <message>
      <source>Switchboard was not given access to your OpenRouter account. Sign in again whenever you are ready.</source>
      <translation>Switchboard hat keinen Zugriff auf Ihr OpenRouter-Konto erhalten. Melden Sie sich erneut an, wann immer Sie bereit sind.</translation>
    </message>
    <message>
      <source>The sign-in did not complete</source>
      <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
      <source>The sign-in did not complete. Please try again.</source>
      <translation>Die Anmeldung wurde nicht abgeschlossen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>The sign-in took too long, so Switchboard stopped waiting for the browser. Please try again.</source>
      <translation>Die Anmeldung hat zu lange gedauert, daher wartet Switchboard nicht mehr auf den Browser. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>This address only answers sign-ins.</source>
      <translation>Diese Adresse beantwortet nur Anmeldungen.</translation>
    </message>
    <message>
      <source>Too many sign-in attempts right now. Wait a minute, then try again.</source>
      <translation>Gerade zu viele Anmeldeversuche. Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>You can close this tab and return to Switchboard.</source>
      <translation>Sie können diesen Tab schließen und zu Switchboard zurückkehren.</translation>
    </message>
  </context>
  <context>
    <name>param_rows</name>
    <message>
      <source> tokens</source>
      <comment>after the budget's number</comment>
      <translation> Tokens</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Budget</translation>
    </message>
    <message>
      <source>Give the most tokens it may spend thinking</source>
      <translation>Höchstzahl an Tokens zum Nachdenken angeben</translation>
    </message>
    <message>
      <source>Hidden thinking is still done, and still billed.</source>
      <translation>Verborgenes Denken findet trotzdem statt und wird trotzdem berechnet.</translation>
    </message>
    <message>
      <source>Hide the thinking</source>
      <translation>Denken ausblenden</translation>
    </message>
    <message>
      <source>How much the model thinks before it answers</source>
      <translation>Wie viel das Modell nachdenkt, bevor es antwortet</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON nach einem Schema</translation>
    </message>
    <message>
      <source>JSON object</source>
      <translation>JSON-Objekt</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>JSON-Schema</translation>
    </message>
    <message>
      <source>Model's choice</source>
      <translation>Wahl des Modells</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Aus</translation>
    </message>
    <message>
      <source>One per line, up to 4. Write \n for a new line.</source>
      <translation>Eine pro Zeile, bis zu 4. Schreiben Sie \n für eine neue Zeile.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Reiner Text</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <source>Reset {name}</source>
      <translation>{name} zurücksetzen</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>Antwortformat</translation>
    </message>
    <message>
      <source>Schema name</source>
      <translation>Schemaname</translation>
    </message>
    <message>
      <source>Send this parameter. Off: the provider's default applies.</source>
      <translation>Diesen Parameter senden. Aus: Es gilt der Standard des Anbieters.</translation>
    </message>
    <message>
      <source>Send {name}</source>
      <translation>{name} senden</translation>
    </message>
    <message>
      <source>Switch it off and go back to the provider's default</source>
      <translation>Ausschalten und zum Standard des Anbieters zurückkehren</translation>
    </message>
    <message>
      <source>The model answers straight away, without thinking first</source>
      <translation>Das Modell antwortet sofort, ohne vorher nachzudenken</translation>
    </message>
    <message>
      <source>The model still thinks, and it is still billed; only the text stays away</source>
      <translation>Das Modell denkt trotzdem nach, und es wird trotzdem berechnet; nur der Text bleibt weg</translation>
    </message>
    <message>
      <source>The model thinks as much as it usually does (with Hide the thinking: hidden)</source>
      <translation>Das Modell denkt so viel wie üblich (mit „Denken ausblenden“: verborgen)</translation>
    </message>
    <message>
      <source>The most tokens the model may spend thinking</source>
      <translation>Die meisten Tokens, die das Modell zum Nachdenken verwenden darf</translation>
    </message>
    <message>
      <source>Thinking amount</source>
      <translation>Denkumfang</translation>
    </message>
    <message>
      <source>Thinking budget in tokens</source>
      <translation>Denkbudget in Tokens</translation>
    </message>
    <message>
      <source>This model</source>
      <translation>Dieses Modell</translation>
    </message>
    <message>
      <source>Token budget</source>
      <translation>Token-Budget</translation>
    </message>
    <message>
      <source>Type at least one stop sequence, or switch it off.</source>
      <translation>Geben Sie mindestens eine Stoppsequenz ein oder schalten Sie sie aus.</translation>
    </message>
    <message>
      <source>{choice} (not offered)</source>
      <translation>{choice} (nicht angeboten)</translation>
    </message>
    <message>
      <source>{label} ({api_name})</source>
      <translation>{label} ({api_name})</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} kann das Denken nicht abschalten. Wählen Sie einen anderen Umfang, oder setzen Sie zurück, um es dem Modell zu überlassen.</translation>
    </message>
    <message>
      <source>{model} does not offer the {effort} thinking effort. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} bietet den Denkaufwand {effort} nicht an. Wählen Sie einen anderen Umfang, oder setzen Sie zurück, um es dem Modell zu überlassen.</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} akzeptiert kein Denkbudget. Wählen Sie einen anderen Umfang, oder setzen Sie zurück, um es dem Modell zu überlassen.</translation>
    </message>
    <message>
      <source>{name} slider</source>
      <translation>Schieberegler {name}</translation>
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
      <translation>Andere Anbieter zulassen, wenn der erste ausfällt</translation>
    </message>
    <message>
      <source>Allowed</source>
      <translation>Erlaubt</translation>
    </message>
    <message>
      <source>Change model…</source>
      <translation>Modell ändern…</translation>
    </message>
    <message>
      <source>Changed since you chose “{name}”. Reset to go back to its values, or Save as… to keep these as a preset of your own.</source>
      <translation>Geändert, seit Sie „{name}“ gewählt haben. Zurücksetzen stellt die Werte wieder her, „Speichern unter…“ behält diese als eigene Vorlage.</translation>
    </message>
    <message>
      <source>Choosing a preset applies its values at once.</source>
      <translation>Beim Wählen einer Vorlage werden ihre Werte sofort übernommen.</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Eigene</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Daten</translation>
    </message>
    <message>
      <source>Data collection</source>
      <translation>Datenerfassung</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>Fall back</source>
      <translation>Ausweichen</translation>
    </message>
    <message>
      <source>Fastest output</source>
      <translation>Schnellste Ausgabe</translation>
    </message>
    <message>
      <source>For models that cannot read PDFs themselves. Reading pictures of pages (for scanned PDFs) costs $2 per 1,000 pages.</source>
      <translation>Für Modelle, die PDFs nicht selbst lesen können. Das Lesen von Seitenbildern (bei gescannten PDFs) kostet $2 pro 1.000 Seiten.</translation>
    </message>
    <message>
      <source>Free to use</source>
      <translation>Frei nutzbar</translation>
    </message>
    <message>
      <source>Go back to the values of “{name}”</source>
      <translation>Zu den Werten von „{name}“ zurückkehren</translation>
    </message>
    <message>
      <source>How PDFs are read</source>
      <translation>Wie PDFs gelesen werden</translation>
    </message>
    <message>
      <source>How it answers</source>
      <translation>Wie es antwortet</translation>
    </message>
    <message>
      <source>In effect: {preset}. Choosing a preset applies its values at once.</source>
      <translation>Aktiv: {preset}. Beim Wählen einer Vorlage werden ihre Werte sofort übernommen.</translation>
    </message>
    <message>
      <source>Instructions the model follows for the whole conversation (optional)</source>
      <translation>Anweisungen, denen das Modell in der ganzen Unterhaltung folgt (optional)</translation>
    </message>
    <message>
      <source>Lowest price</source>
      <translation>Niedrigster Preis</translation>
    </message>
    <message>
      <source>Manage…</source>
      <translation>Verwalten…</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>Modellstandards</translation>
    </message>
    <message>
      <source>Models are paid by the token. A token is a piece of a word: on average about three quarters of a word, so a million tokens is roughly 750,000 words.
“In” is everything sent with your message: the system prompt, the conversation so far and what you typed. “Out” is what the model writes back.</source>
      <translation>Modelle werden pro Token bezahlt. Ein Token ist ein Wortstück: im Schnitt etwa drei Viertel eines Wortes, eine Million Tokens sind also grob 750.000 Wörter.
„Ein“ ist alles, was mit Ihrer Nachricht gesendet wird: der Systemprompt, die bisherige Unterhaltung und Ihre Eingabe. „Aus“ ist das, was das Modell zurückschreibt.</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nein</translation>
    </message>
    <message>
      <source>Not in the model list yet: every parameter stays available.</source>
      <translation>Noch nicht in der Modellliste: Alle Parameter bleiben verfügbar.</translation>
    </message>
    <message>
      <source>Off. {price}</source>
      <translation>Aus. {price}</translation>
    </message>
    <message>
      <source>Only providers that honour every parameter set here. Without this, a provider that does not support a parameter silently ignores it.</source>
      <translation>Nur Anbieter, die jeden hier gesetzten Parameter beachten. Ohne diese Option ignoriert ein Anbieter, der einen Parameter nicht unterstützt, ihn stillschweigend.</translation>
    </message>
    <message>
      <source>Only providers that keep no data</source>
      <translation>Nur Anbieter, die keine Daten speichern</translation>
    </message>
    <message>
      <source>PDFs</source>
      <translation>PDFs</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <source>Prefer</source>
      <translation>Bevorzugen</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Vorlage</translation>
    </message>
    <message>
      <source>Price unknown</source>
      <translation>Preis unbekannt</translation>
    </message>
    <message>
      <source>Providers</source>
      <translation>Anbieter</translation>
    </message>
    <message>
      <source>Quickest start</source>
      <translation>Schnellster Start</translation>
    </message>
    <message>
      <source>Read pictures of pages too ($2 per 1,000 pages)</source>
      <translation>Auch Seitenbilder lesen ($2 pro 1.000 Seiten)</translation>
    </message>
    <message>
      <source>Read their text (free)</source>
      <translation>Ihren Text lesen (kostenlos)</translation>
    </message>
    <message>
      <source>Require every parameter</source>
      <translation>Alle Parameter verlangen</translation>
    </message>
    <message>
      <source>Reset to {name}</source>
      <translation>Auf {name} zurücksetzen</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Ergebnisse</translation>
    </message>
    <message>
      <source>Results per search</source>
      <translation>Ergebnisse pro Suche</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Speichern unter…</translation>
    </message>
    <message>
      <source>Search the web</source>
      <translation>Im Web suchen</translation>
    </message>
    <message>
      <source>Show request…</source>
      <translation>Anfrage anzeigen…</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Systemprompt</translation>
    </message>
    <message>
      <source>The exact JSON that the next message will send</source>
      <translation>Das genaue JSON, das die nächste Nachricht senden wird</translation>
    </message>
    <message>
      <source>The model may search the web before it answers, and lists the pages it used. Each search costs extra.</source>
      <translation>Das Modell darf vor dem Antworten im Web suchen und nennt die verwendeten Seiten. Jede Suche kostet extra.</translation>
    </message>
    <message>
      <source>These values match no preset. Save as… keeps them as a preset of your own.</source>
      <translation>Diese Werte passen zu keiner Vorlage. „Speichern unter…“ behält sie als eigene Vorlage.</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · out: {completion}</source>
      <translation>Tokens ein: {prompt} · aus: {completion}</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · {completion} per million out</source>
      <translation>Tokens ein: {prompt} · {completion} pro Million aus</translation>
    </message>
    <message>
      <source>Web search and PDFs</source>
      <translation>Websuche und PDFs</translation>
    </message>
    <message>
      <source>What this conversation sends. Parameters that are off use the model's own defaults.</source>
      <translation>Was diese Unterhaltung sendet. Ausgeschaltete Parameter verwenden die Standards des Modells.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>free</source>
      <translation>kostenlos</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>unbekannt</translation>
    </message>
    <message>
      <source>unknown context: the tokens of conversation and answer it handles at once</source>
      <translation>Kontext unbekannt: die Tokens aus Unterhaltung und Antwort, die es auf einmal verarbeitet</translation>
    </message>
    <message>
      <source>{model} cannot search the web. Choose another model to search.</source>
      <translation>{model} kann nicht im Web suchen. Wählen Sie ein anderes Modell für die Suche.</translation>
    </message>
    <message>
      <source>{name}  (yours)</source>
      <translation>{name}  (eigene)</translation>
    </message>
    <message>
      <source>{name} (modified)</source>
      <translation>{name} (geändert)</translation>
    </message>
    <message>
      <source>{price} per request</source>
      <translation>{price} pro Anfrage</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · out: {completion}</source>
      <translation>{prompt} pro Million Tokens ein · aus: {completion}</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · {completion} per million out</source>
      <translation>{prompt} pro Million Tokens ein · {completion} pro Million aus</translation>
    </message>
    <message>
      <source>{tokens} context: the tokens of conversation and answer it handles at once</source>
      <translation>{tokens} Kontext: die Tokens aus Unterhaltung und Antwort, die es auf einmal verarbeitet</translation>
    </message>
  </context>
  <context>
    <name>params</name>
    <message numerus="yes">
      <source>%n stop sequences</source>
      <comment>one: %n stop sequence</comment>
      <translation>
        <numerusform>%n Stoppsequenz</numerusform>
        <numerusform>%n Stoppsequenzen</numerusform>
      </translation>
    </message>
    <message>
      <source>A JSON schema format needs a schema object.</source>
      <translation>Ein JSON-Schema-Format braucht ein Schema-Objekt.</translation>
    </message>
    <message>
      <source>A fixed number that makes answers repeatable on models that support it.</source>
      <translation>Eine feste Zahl, die Antworten bei Modellen, die das unterstützen, wiederholbar macht.</translation>
    </message>
    <message>
      <source>A small value (0.05 to 0.1) keeps creative settings coherent.</source>
      <translation>Ein kleiner Wert (0,05 bis 0,1) hält kreative Einstellungen stimmig.</translation>
    </message>
    <message>
      <source>A stop sequence cannot be empty.</source>
      <translation>Eine Stoppsequenz darf nicht leer sein.</translation>
    </message>
    <message>
      <source>Asks for plain text, any JSON object, or JSON that matches a schema you give.</source>
      <translation>Verlangt reinen Text, ein beliebiges JSON-Objekt oder JSON, das einem von Ihnen angegebenen Schema entspricht.</translation>
    </message>
    <message>
      <source>Data collection must be allow or deny.</source>
      <translation>Datenerfassung muss allow oder deny sein.</translation>
    </message>
    <message>
      <source>Discourages any word that has already appeared, however often.</source>
      <translation>Bremst jedes Wort, das schon vorkam, egal wie oft.</translation>
    </message>
    <message>
      <source>Discourages words the more often they have already appeared.</source>
      <translation>Bremst Wörter umso mehr, je öfter sie schon vorkamen.</translation>
    </message>
    <message>
      <source>Drops unlikely words, more strictly when the model is confident.</source>
      <translation>Verwirft unwahrscheinliche Wörter, strenger, wenn das Modell sicher ist.</translation>
    </message>
    <message>
      <source>Drops words whose chance is below this share of the most likely word's chance.</source>
      <translation>Verwirft Wörter, deren Wahrscheinlichkeit unter diesem Anteil der Wahrscheinlichkeit des wahrscheinlichsten Wortes liegt.</translation>
    </message>
    <message>
      <source>Frequency penalty</source>
      <translation>Häufigkeitsstrafe</translation>
    </message>
    <message>
      <source>How adventurous the wording is: low values pick the most likely words, high values take more chances.</source>
      <translation>Wie gewagt die Formulierung ist: niedrige Werte wählen die wahrscheinlichsten Wörter, hohe Werte gehen mehr Risiko ein.</translation>
    </message>
    <message>
      <source>How much a thinking model reasons before it answers. Thinking is billed like answer words, even when it is hidden.</source>
      <translation>Wie viel ein denkendes Modell überlegt, bevor es antwortet. Denken wird wie Antwortwörter berechnet, auch wenn es verborgen ist.</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON nach einem Schema</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>JSON-Ausgabe</translation>
    </message>
    <message>
      <source>Less thinking is quicker and cheaper; more helps with maths, code and tricky questions.</source>
      <translation>Weniger Denken ist schneller und günstiger; mehr hilft bei Mathematik, Code und kniffligen Fragen.</translation>
    </message>
    <message>
      <source>Lower it (e.g. 0.9) to cut off unlikely words; usually change this or temperature, not both.</source>
      <translation>Senken Sie den Wert (z. B. 0,9), um unwahrscheinliche Wörter abzuschneiden; ändern Sie meist diesen Wert oder temperature, nicht beide.</translation>
    </message>
    <message>
      <source>Lower it for facts and code; raise it for brainstorming and stories.</source>
      <translation>Senken Sie ihn für Fakten und Code; erhöhen Sie ihn für Brainstorming und Geschichten.</translation>
    </message>
    <message>
      <source>Makes the model less likely to repeat text from the conversation; 1 means no penalty.</source>
      <translation>Macht es unwahrscheinlicher, dass das Modell Text aus der Unterhaltung wiederholt; 1 bedeutet keine Strafe.</translation>
    </message>
    <message>
      <source>Maximum length</source>
      <translation>Maximallänge</translation>
    </message>
    <message>
      <source>Min P</source>
      <translation>Min P</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>Modellstandards</translation>
    </message>
    <message>
      <source>Only considers the most likely words whose chances add up to this share.</source>
      <translation>Berücksichtigt nur die wahrscheinlichsten Wörter, deren Wahrscheinlichkeiten zusammen diesen Anteil ergeben.</translation>
    </message>
    <message>
      <source>Only considers this many of the most likely next words (0 means no limit).</source>
      <translation>Berücksichtigt nur so viele der wahrscheinlichsten nächsten Wörter (0 bedeutet keine Grenze).</translation>
    </message>
    <message>
      <source>OpenRouter accepts at most 4 stop sequences.</source>
      <translation>OpenRouter akzeptiert höchstens 4 Stoppsequenzen.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Reiner Text</translation>
    </message>
    <message>
      <source>Presence penalty</source>
      <translation>Präsenzstrafe</translation>
    </message>
    <message>
      <source>Raise it a little if answers repeat the same words or phrases.</source>
      <translation>Erhöhen Sie ihn etwas, wenn Antworten dieselben Wörter oder Wendungen wiederholen.</translation>
    </message>
    <message>
      <source>Raise it slightly (1.1) if the model loops; too high makes odd wording.</source>
      <translation>Erhöhen Sie ihn leicht (1,1), wenn sich das Modell wiederholt; zu hoch führt zu seltsamen Formulierungen.</translation>
    </message>
    <message>
      <source>Raise it to push the model toward new topics.</source>
      <translation>Erhöhen Sie ihn, um das Modell zu neuen Themen zu bewegen.</translation>
    </message>
    <message>
      <source>Rarely needed; try a small value if high temperatures produce nonsense.</source>
      <translation>Selten nötig; versuchen Sie einen kleinen Wert, wenn hohe Temperaturen Unsinn erzeugen.</translation>
    </message>
    <message>
      <source>Repetition penalty</source>
      <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>Antwortformat</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Seed</translation>
    </message>
    <message>
      <source>Set a small number (e.g. 40) for safer, more predictable text.</source>
      <translation>Setzen Sie eine kleine Zahl (z. B. 40) für sichereren, vorhersehbareren Text.</translation>
    </message>
    <message>
      <source>Set it to cap cost or keep answers short; too low cuts answers off.</source>
      <translation>Setzen Sie sie, um die Kosten zu begrenzen oder Antworten kurz zu halten; zu niedrig schneidet Antworten ab.</translation>
    </message>
    <message>
      <source>Set it when you want the same answer twice, for example to compare settings fairly.</source>
      <translation>Setzen Sie ihn, wenn Sie zweimal dieselbe Antwort möchten, zum Beispiel um Einstellungen fair zu vergleichen.</translation>
    </message>
    <message>
      <source>Sort providers by price, throughput or latency.</source>
      <translation>Anbieter nach Preis, Durchsatz oder Latenz sortieren.</translation>
    </message>
    <message>
      <source>Stop sequences</source>
      <translation>Stoppsequenzen</translation>
    </message>
    <message>
      <source>Stop sequences must be a list of texts.</source>
      <translation>Stoppsequenzen müssen eine Liste von Texten sein.</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>Temperatur</translation>
    </message>
    <message>
      <source>Text that makes the model stop writing as soon as it produces it (up to 4).</source>
      <translation>Text, bei dessen Ausgabe das Modell sofort aufhört zu schreiben (bis zu 4).</translation>
    </message>
    <message>
      <source>The longest answer allowed, in tokens (a token is about three quarters of a word).</source>
      <translation>Die längste erlaubte Antwort in Tokens (ein Token ist etwa drei Viertel eines Wortes).</translation>
    </message>
    <message>
      <source>The response format holds a value that cannot be sent (NaN).</source>
      <translation>Das Antwortformat enthält einen Wert, der nicht gesendet werden kann (NaN).</translation>
    </message>
    <message>
      <source>The response format must be a JSON object.</source>
      <translation>Das Antwortformat muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
      <source>The response format must be text, json_object or json_schema.</source>
      <translation>Das Antwortformat muss text, json_object oder json_schema sein.</translation>
    </message>
    <message>
      <source>The schema is not valid JSON (line {line}).</source>
      <translation>Das Schema ist kein gültiges JSON (Zeile {line}).</translation>
    </message>
    <message>
      <source>The schema must be a JSON object: { … }.</source>
      <translation>Das Schema muss ein JSON-Objekt sein: { … }.</translation>
    </message>
    <message>
      <source>The schema needs a name of up to 64 letters, digits, '_' or '-'.</source>
      <translation>Das Schema braucht einen Namen aus bis zu 64 Buchstaben, Ziffern, '_' oder '-'.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Denken</translation>
    </message>
    <message>
      <source>Thinking must be a thinking setting.</source>
      <translation>Denken muss eine Denk-Einstellung sein.</translation>
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
      <translation>Geben Sie einen Wert für {name} ein oder schalten Sie es aus.</translation>
    </message>
    <message>
      <source>Use JSON when another program will read the answer.</source>
      <translation>Verwenden Sie JSON, wenn ein anderes Programm die Antwort lesen wird.</translation>
    </message>
    <message>
      <source>Use it to end answers at a marker, such as a blank line or 'User:'.</source>
      <translation>Damit enden Antworten an einer Markierung, etwa einer Leerzeile oder 'User:'.</translation>
    </message>
    <message>
      <source>{name} must be a finite number.</source>
      <translation>{name} muss eine endliche Zahl sein.</translation>
    </message>
    <message>
      <source>{name} must be a number.</source>
      <translation>{name} muss eine Zahl sein.</translation>
    </message>
    <message>
      <source>{name} must be a whole number.</source>
      <translation>{name} muss eine ganze Zahl sein.</translation>
    </message>
    <message>
      <source>{name} must be above {low} and at most {high}.</source>
      <translation>{name} muss größer als {low} und höchstens {high} sein.</translation>
    </message>
    <message>
      <source>{name} must be at least {low}.</source>
      <translation>{name} muss mindestens {low} sein.</translation>
    </message>
    <message>
      <source>{name} must be between {low} and {high}.</source>
      <translation>{name} muss zwischen {low} und {high} liegen.</translation>
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
      <translation>unbekannter Fehler</translation>
    </message>
  </context>
  <context>
    <name>preset_store</name>
    <message>
      <source>The file could not be opened.</source>
      <translation>Die Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>Diese Datei ist keine Vorlagendatei von Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a Switchboard presets file.</source>
      <translation>Diese Datei ist zu groß für eine Vorlagendatei von Switchboard.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it holds a number with too many digits.</source>
      <translation>Diese Vorlagendatei ist beschädigt: Sie enthält eine Zahl mit zu vielen Stellen.</translation>
    </message>
    <message>
      <source>Your saved presets at {path} could not be used, so only the built-in presets are available. {why}</source>
      <translation>Ihre gespeicherten Vorlagen unter {path} konnten nicht verwendet werden, daher sind nur die eingebauten Vorlagen verfügbar. {why}</translation>
    </message>
    <message>
      <source>Your saved presets could not be used, so only the built-in presets are available. {why} The old file is kept at {kept}.</source>
      <translation>Ihre gespeicherten Vorlagen konnten nicht verwendet werden, daher sind nur die eingebauten Vorlagen verfügbar. {why} Die alte Datei liegt unter {kept}.</translation>
    </message>
  </context>
  <context>
    <name>presets</name>
    <message>
      <source>A higher temperature (1.1) with Min P 0.05 gives more varied wording that still stays on track; use it for brainstorming and stories.</source>
      <translation>Eine höhere Temperatur (1.1) mit Min P 0.05 sorgt für abwechslungsreichere Formulierungen, die trotzdem beim Thema bleiben; für Brainstorming und Geschichten.</translation>
    </message>
    <message>
      <source>A low temperature (0.2) with Top P 0.9 keeps answers focused and consistent; use it for facts, code and step-by-step work.</source>
      <translation>Eine niedrige Temperatur (0.2) mit Top P 0.9 hält Antworten fokussiert und einheitlich; für Fakten, Code und schrittweises Arbeiten.</translation>
    </message>
    <message>
      <source>A model ID such as microsoft/wizardlm-2-8x22b</source>
      <translation>Eine Modell-ID wie microsoft/wizardlm-2-8x22b</translation>
    </message>
    <message>
      <source>A preset name can be at most {most} characters long.</source>
      <translation>Ein Vorlagenname darf höchstens {most} Zeichen lang sein.</translation>
    </message>
    <message>
      <source>A preset name must be a single line of text.</source>
      <translation>Ein Vorlagenname muss eine einzelne Textzeile sein.</translation>
    </message>
    <message>
      <source>A preset needs a name.</source>
      <translation>Eine Vorlage braucht einen Namen.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think hard (high effort) before it answers: slower and costlier, but better at maths, code and tricky questions.</source>
      <translation>Bittet ein denkendes Modell, vor der Antwort gründlich nachzudenken (hoher Aufwand): langsamer und teurer, aber besser bei Mathematik, Code und kniffligen Fragen.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think only a little (low effort) before it answers: quicker and cheaper; models that do not think answer as usual.</source>
      <translation>Bittet ein denkendes Modell, vor der Antwort nur wenig nachzudenken (geringer Aufwand): schneller und günstiger; Modelle, die nicht denken, antworten wie gewohnt.</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>Ausgewogen</translation>
    </message>
    <message>
      <source>Caps every answer at 300 tokens (about 225 words), so longer answers are cut off mid-way; use it to keep replies short and cheap.</source>
      <translation>Begrenzt jede Antwort auf 300 Tokens (etwa 225 englische Wörter), längere Antworten werden also mittendrin abgeschnitten; für kurze und günstige Antworten.</translation>
    </message>
    <message>
      <source>Careful</source>
      <translation>Gründlich</translation>
    </message>
    <message>
      <source>Concise</source>
      <translation>Knapp</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>„{name}“ konnte nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>„{name}“ konnte nicht geschrieben werden ({reason}). Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Creative</source>
      <translation>Kreativ</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>Vorlage löschen</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”?</source>
      <translation>Die Vorlage „{name}“ löschen?</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Löschen…</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Verwerfen</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplizieren</translation>
    </message>
    <message>
      <source>Empty: conversations that use this preset have none</source>
      <translation>Leer: Unterhaltungen mit dieser Vorlage haben keinen</translation>
    </message>
    <message>
      <source>Export preset</source>
      <translation>Vorlage exportieren</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {path}.</source>
      <comment>one: Exported %n preset to {path}.</comment>
      <translation>
        <numerusform>%n Vorlage nach {path} exportiert.</numerusform>
        <numerusform>%n Vorlagen nach {path} exportiert.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportieren…</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>Vorlagen importieren</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n presets.</source>
      <comment>one: Imported %n preset.</comment>
      <translation>
        <numerusform>%n Vorlage importiert.</numerusform>
        <numerusform>%n Vorlagen importiert.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importieren…</translation>
    </message>
    <message>
      <source>Include the model</source>
      <translation>Modell einschließen</translation>
    </message>
    <message>
      <source>Include the system prompt</source>
      <translation>Systemprompt einschließen</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>JSON-Ausgabe</translation>
    </message>
    <message numerus="yes">
      <source>Kept your %n existing presets.</source>
      <comment>one: Kept your %n existing preset.</comment>
      <translation>
        <numerusform>Ihre %n vorhandene Vorlage wurde behalten.</numerusform>
        <numerusform>Ihre %n vorhandenen Vorlagen wurden behalten.</numerusform>
      </translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <source>Model ID</source>
      <translation>Modell-ID</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Name of the new preset:</source>
      <translation>Name der neuen Vorlage:</translation>
    </message>
    <message>
      <source>Nothing was saved. Choose another name first.</source>
      <translation>Es wurde nichts gespeichert. Wählen Sie zuerst einen anderen Namen.</translation>
    </message>
    <message>
      <source>Nothing was saved. Fix the value marked in red first.</source>
      <translation>Es wurde nichts gespeichert. Korrigieren Sie zuerst den rot markierten Wert.</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <source>Precise</source>
      <translation>Präzise</translation>
    </message>
    <message>
      <source>Preset description</source>
      <translation>Vorlagenbeschreibung</translation>
    </message>
    <message>
      <source>Preset name</source>
      <translation>Vorlagenname</translation>
    </message>
    <message>
      <source>Preset number {number} in this file has no name.</source>
      <translation>Vorlage Nummer {number} in dieser Datei hat keinen Namen.</translation>
    </message>
    <message>
      <source>Preset number {number} in this file is not a preset.</source>
      <translation>Vorlage Nummer {number} in dieser Datei ist keine Vorlage.</translation>
    </message>
    <message>
      <source>Preset number {number}: {problem}</source>
      <translation>Vorlage Nummer {number}: {problem}</translation>
    </message>
    <message>
      <source>Preset “{name}”: {problem}</source>
      <translation>Vorlage „{name}“: {problem}</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Vorlagen</translation>
    </message>
    <message>
      <source>Presets (*.json)</source>
      <translation>Vorlagen (*.json)</translation>
    </message>
    <message>
      <source>Provider choices</source>
      <translation>Anbieterauswahl</translation>
    </message>
    <message>
      <source>Providers (kept as they are when you save):</source>
      <translation>Anbieter (bleiben beim Speichern unverändert):</translation>
    </message>
    <message>
      <source>Quick</source>
      <translation>Schnell</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Ersetzen</translation>
    </message>
    <message>
      <source>Replace presets?</source>
      <translation>Vorlagen ersetzen?</translation>
    </message>
    <message>
      <source>Replace the system prompt</source>
      <translation>Systemprompt ersetzen</translation>
    </message>
    <message>
      <source>Reproducible</source>
      <translation>Reproduzierbar</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Speichern</translation>
    </message>
    <message>
      <source>Save as a copy</source>
      <translation>Als Kopie speichern</translation>
    </message>
    <message>
      <source>Save as a copy…</source>
      <translation>Als Kopie speichern…</translation>
    </message>
    <message>
      <source>Save as preset</source>
      <translation>Als Vorlage speichern</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Vorlage „{name}“ gespeichert.</translation>
    </message>
    <message>
      <source>Saved your changes as the preset “{name}”.</source>
      <translation>Ihre Änderungen wurden als Vorlage „{name}“ gespeichert.</translation>
    </message>
    <message>
      <source>Sends no sampling settings at all, so the provider's own defaults apply; a good start for everyday chat.</source>
      <translation>Sendet keinerlei Sampling-Einstellungen, sodass die Standardwerte des Anbieters gelten; ein guter Start für den Alltag.</translation>
    </message>
    <message>
      <source>Set another parameter…</source>
      <translation>Weiteren Parameter setzen…</translation>
    </message>
    <message>
      <source>Sets: {summary}</source>
      <translation>Setzt: {summary}</translation>
    </message>
    <message>
      <source>Skipped {names}: a built-in preset has that name.</source>
      <translation>{names} übersprungen: Eine eingebaute Vorlage hat diesen Namen.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own model.</source>
      <translation>Wenn ausgeschaltet, behält jede Unterhaltung ihr eigenes Modell.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own system prompt.</source>
      <translation>Wenn ausgeschaltet, behält jede Unterhaltung ihren eigenen Systemprompt.</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Systemprompt</translation>
    </message>
    <message>
      <source>Temperature 0 and a fixed seed (42) make the same prompt give the same answer as far as the model allows, though not every model or provider guarantees it; use it to compare settings fairly.</source>
      <translation>Temperatur 0 und ein fester Seed (42) sorgen dafür, dass derselbe Prompt dieselbe Antwort gibt, soweit das Modell es zulässt – nicht jedes Modell und nicht jeder Anbieter garantiert das; zum fairen Vergleichen von Einstellungen.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>Die Datei „{name}“ existiert nicht mehr.</translation>
    </message>
    <message>
      <source>The model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>Das Modell muss eine Modell-ID wie microsoft/wizardlm-2-8x22b sein.</translation>
    </message>
    <message>
      <source>The parameters must be a JSON object.</source>
      <translation>Die Parameter müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be a list of provider names such as deepinfra or google-vertex/us-east5.</source>
      <translation>Die Anbietereinstellung „{name}“ muss eine Liste von Anbieternamen wie deepinfra oder google-vertex/us-east5 sein.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be true or false.</source>
      <translation>Die Anbietereinstellung „{name}“ muss true oder false sein.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be {choices}.</source>
      <translation>Die Anbietereinstellung „{name}“ muss {choices} sein.</translation>
    </message>
    <message>
      <source>The provider settings must be a JSON object.</source>
      <translation>Die Anbietereinstellungen müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
      <source>There is no preset named “{name}”.</source>
      <translation>Es gibt keine Vorlage namens „{name}“.</translation>
    </message>
    <message>
      <source>This file has two presets named “{name}”.</source>
      <translation>Diese Datei enthält zwei Vorlagen namens „{name}“.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>Diese Datei ist keine Vorlagendatei von Switchboard.</translation>
    </message>
    <message>
      <source>This is a built-in preset, so it cannot be changed. Save as a copy… keeps your changes as a preset of your own.</source>
      <translation>Dies ist eine eingebaute Vorlage und kann daher nicht geändert werden. „Als Kopie speichern…“ behält Ihre Änderungen als eigene Vorlage.</translation>
    </message>
    <message>
      <source>This preset cannot be saved: {reason}</source>
      <translation>Diese Vorlage kann nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
      <source>This preset sets no parameters, so each provider's own defaults apply.</source>
      <translation>Diese Vorlage setzt keine Parameter, daher gelten die Standards des jeweiligen Anbieters.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it has no list of presets.</source>
      <translation>Diese Vorlagendatei ist beschädigt: Sie enthält keine Liste von Vorlagen.</translation>
    </message>
    <message>
      <source>This presets file is damaged: its version is missing.</source>
      <translation>Diese Vorlagendatei ist beschädigt: Ihre Version fehlt.</translation>
    </message>
    <message>
      <source>This presets file is from a newer version of Switchboard (version {version}); update Switchboard to import it.</source>
      <translation>Diese Vorlagendatei stammt von einer neueren Version von Switchboard (Version {version}); aktualisieren Sie Switchboard, um sie zu importieren.</translation>
    </message>
    <message>
      <source>Turns on JSON mode and replaces the system prompt with one that asks for a single JSON object; use it when a program will read the answer.</source>
      <translation>Schaltet den JSON-Modus ein und ersetzt den Systemprompt durch einen, der ein einzelnes JSON-Objekt verlangt; wenn ein Programm die Antwort lesen soll.</translation>
    </message>
    <message>
      <source>Type a model ID such as microsoft/wizardlm-2-8x22b, or switch this off.</source>
      <translation>Geben Sie eine Modell-ID wie microsoft/wizardlm-2-8x22b ein oder schalten Sie dies aus.</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>Änderungen rückgängig</translation>
    </message>
    <message>
      <source>Use a particular model</source>
      <translation>Bestimmtes Modell verwenden</translation>
    </message>
    <message>
      <source>Web search must be a JSON object.</source>
      <translation>Die Websuche muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
      <source>Web search needs “enabled”: true or false.</source>
      <translation>Die Websuche braucht „enabled“: true oder false.</translation>
    </message>
    <message>
      <source>Web search results must be a whole number from 1 to {most}.</source>
      <translation>Die Anzahl der Websuchergebnisse muss eine ganze Zahl von 1 bis {most} sein.</translation>
    </message>
    <message>
      <source>What it does and when to use it</source>
      <translation>Was sie bewirkt und wann man sie verwendet</translation>
    </message>
    <message>
      <source>What the preset sets</source>
      <translation>Was die Vorlage festlegt</translation>
    </message>
    <message>
      <source>You already have a preset named “{name}”.</source>
      <translation>Sie haben bereits eine Vorlage namens „{name}“.</translation>
    </message>
    <message>
      <source>You already have presets named {names}. Replace them with the imported ones?</source>
      <translation>Sie haben bereits Vorlagen namens {names}. Durch die importierten ersetzen?</translation>
    </message>
    <message>
      <source>Your changes to “{name}” are not saved. Discard them?</source>
      <translation>Ihre Änderungen an „{name}“ sind nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
      <source>Your preset “{name}” has the name of a built-in preset now, so it is shown as “{new_name}”.</source>
      <translation>Ihre Vorlage „{name}“ trägt jetzt den Namen einer eingebauten Vorlage und wird daher als „{new_name}“ angezeigt.</translation>
    </message>
    <message>
      <source>Your presets could not be saved ({reason}). Nothing was changed.</source>
      <translation>Ihre Vorlagen konnten nicht gespeichert werden ({reason}). Es wurde nichts geändert.</translation>
    </message>
    <message>
      <source>its own system prompt</source>
      <translation>eigener Systemprompt</translation>
    </message>
    <message>
      <source>model {model}</source>
      <translation>Modell {model}</translation>
    </message>
    <message>
      <source>no system prompt</source>
      <translation>kein Systemprompt</translation>
    </message>
    <message>
      <source>no web search</source>
      <translation>keine Websuche</translation>
    </message>
    <message numerus="yes">
      <source>searches the web (up to %n results)</source>
      <comment>one: searches the web (up to %n result)</comment>
      <translation>
        <numerusform>sucht im Web (bis zu %n Ergebnis)</numerusform>
        <numerusform>sucht im Web (bis zu %n Ergebnisse)</numerusform>
      </translation>
    </message>
    <message>
      <source>the description must be text.</source>
      <translation>Die Beschreibung muss Text sein.</translation>
    </message>
    <message>
      <source>the model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>Das Modell muss eine Modell-ID wie microsoft/wizardlm-2-8x22b sein.</translation>
    </message>
    <message>
      <source>the system prompt must be text.</source>
      <translation>Der Systemprompt muss Text sein.</translation>
    </message>
    <message>
      <source>{choices} or {last}</source>
      <translation>{choices} oder {last}</translation>
    </message>
    <message>
      <source>{name}  (built in)</source>
      <translation>{name}  (eingebaut)</translation>
    </message>
    <message>
      <source>{name} (copy {number})</source>
      <translation>{name} (Kopie {number})</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (Kopie)</translation>
    </message>
    <message>
      <source>{name} (mine {number})</source>
      <translation>{name} (eigene {number})</translation>
    </message>
    <message>
      <source>{name} (mine)</source>
      <translation>{name} (eigene)</translation>
    </message>
    <message>
      <source>{problem} Nothing was saved.</source>
      <translation>{problem} Es wurde nichts gespeichert.</translation>
    </message>
    <message>
      <source>“{key}” is not a parameter Switchboard knows.</source>
      <translation>„{key}“ ist kein Parameter, den Switchboard kennt.</translation>
    </message>
    <message>
      <source>“{key}” is not a provider setting Switchboard knows.</source>
      <translation>„{key}“ ist keine Anbietereinstellung, die Switchboard kennt.</translation>
    </message>
    <message>
      <source>“{key}” is not a web search setting.</source>
      <translation>„{key}“ ist keine Websuche-Einstellung.</translation>
    </message>
    <message>
      <source>“{key}” is not something a preset can hold.</source>
      <translation>„{key}“ kann nicht in einer Vorlage stehen.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be changed. Duplicate it to make a copy you can change.</source>
      <translation>„{name}“ ist eine eingebaute Vorlage und kann nicht geändert werden. Duplizieren Sie sie, um eine änderbare Kopie zu erhalten.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be deleted. Duplicate it to make a copy you can change.</source>
      <translation>„{name}“ ist eine eingebaute Vorlage und kann nicht gelöscht werden. Duplizieren Sie sie, um eine änderbare Kopie zu erhalten.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be renamed. Duplicate it to make a copy you can change.</source>
      <translation>„{name}“ ist eine eingebaute Vorlage und kann nicht umbenannt werden. Duplizieren Sie sie, um eine änderbare Kopie zu erhalten.</translation>
    </message>
    <message>
      <source>“{name}” is the name of a built-in preset. Choose another name.</source>
      <translation>„{name}“ ist der Name einer eingebauten Vorlage. Wählen Sie einen anderen Namen.</translation>
    </message>
  </context>
  <context>
    <name>prompt_sets</name>
    <message>
      <source>A prompt set can hold at most {most} prompts.</source>
      <translation>Ein Prompt-Set kann höchstens {most} Prompts enthalten.</translation>
    </message>
    <message>
      <source>A prompt set needs at least one prompt.</source>
      <translation>Ein Prompt-Set braucht mindestens einen Prompt.</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Antwort {letter}</translation>
    </message>
    <message>
      <source>Column {number}</source>
      <translation>Spalte {number}</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>„{name}“ konnte nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>„{name}“ konnte nicht geschrieben werden ({reason}). Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Every answer is in, so nothing is left to send.</source>
      <translation>Alle Antworten sind da, es gibt also nichts mehr zu senden.</translation>
    </message>
    <message>
      <source>Give the prompt set a name.</source>
      <translation>Geben Sie dem Prompt-Set einen Namen.</translation>
    </message>
    <message>
      <source>Prompt set run</source>
      <translation>Prompt-Set-Durchlauf</translation>
    </message>
    <message>
      <source>Prompt {number} has a broken character that is not text. Retype it.</source>
      <translation>Prompt {number} enthält ein defektes Zeichen, das kein Text ist. Geben Sie ihn neu ein.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>Prompt {number} in dieser Datei enthält ein defektes Zeichen, das kein Text ist. Korrigieren Sie es in der Datei und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has no text.</source>
      <translation>Prompt {number} in dieser Datei hat keinen Text.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has something Switchboard does not know: “{key}”.</source>
      <translation>Prompt {number} in dieser Datei enthält etwas, das Switchboard nicht kennt: „{key}“.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file is not a prompt.</source>
      <translation>Prompt {number} in dieser Datei ist kein Prompt.</translation>
    </message>
    <message>
      <source>Prompt {number} is empty. Write it or remove it.</source>
      <translation>Prompt {number} ist leer. Schreiben Sie ihn oder entfernen Sie ihn.</translation>
    </message>
    <message>
      <source>Prompt {number} is too long: keep it under {most} characters.</source>
      <translation>Prompt {number} ist zu lang: Halten Sie ihn unter {most} Zeichen.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>Die Datei „{name}“ existiert nicht mehr.</translation>
    </message>
    <message>
      <source>The name has a broken character that is not text. Retype it.</source>
      <translation>Der Name enthält ein defektes Zeichen, das kein Text ist. Geben Sie ihn neu ein.</translation>
    </message>
    <message>
      <source>The name is too long: keep it under {most} characters.</source>
      <translation>Der Name ist zu lang: Halten Sie ihn unter {most} Zeichen.</translation>
    </message>
    <message>
      <source>The name of the set in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>Der Name des Sets in dieser Datei enthält ein defektes Zeichen, das kein Text ist. Korrigieren Sie es in der Datei und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} are too long: keep them under {most} characters.</source>
      <translation>Die Hinweise zu Prompt {number} sind zu lang: Halten Sie sie unter {most} Zeichen.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file are not text.</source>
      <translation>Die Hinweise zu Prompt {number} in dieser Datei sind kein Text.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>Die Hinweise zu Prompt {number} in dieser Datei enthalten ein defektes Zeichen, das kein Text ist. Korrigieren Sie es in der Datei und importieren Sie sie dann erneut.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard prompt set.</source>
      <translation>Diese Datei ist kein Prompt-Set von Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a prompt set (more than {size} MB).</source>
      <translation>Diese Datei ist zu groß für ein Prompt-Set (mehr als {size} MB).</translation>
    </message>
    <message>
      <source>This prompt set file has no list of prompts.</source>
      <translation>Diese Prompt-Set-Datei enthält keine Liste von Prompts.</translation>
    </message>
    <message>
      <source>This prompt set file has no name for the set.</source>
      <translation>Diese Prompt-Set-Datei enthält keinen Namen für das Set.</translation>
    </message>
    <message>
      <source>This prompt set file has something Switchboard does not know: “{key}”.</source>
      <translation>Diese Prompt-Set-Datei enthält etwas, das Switchboard nicht kennt: „{key}“.</translation>
    </message>
    <message>
      <source>This prompt set file is damaged: its version is not a number.</source>
      <translation>Diese Prompt-Set-Datei ist beschädigt: Ihre Version ist keine Zahl.</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers</source>
      <comment>one: {done} of %n answer</comment>
      <translation>
        <numerusform>{done} von %n Antwort</numerusform>
        <numerusform>{done} von %n Antworten</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}” is too large to be a prompt set (more than {size} MB).</source>
      <translation>„{name}“ ist zu groß für ein Prompt-Set (mehr als {size} MB).</translation>
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
      <translation>JSON nach einem Schema</translation>
    </message>
    <message>
      <source>No provider of {model} is working normally right now; each column may be served by a different provider.</source>
      <translation>Kein Anbieter von {model} arbeitet gerade normal; jede Spalte kann von einem anderen Anbieter bedient werden.</translation>
    </message>
    <message>
      <source>No provider of {model} take {names}, so a column that sets them will be refused; each column may be served by a different provider.</source>
      <translation>Kein Anbieter von {model} unterstützt {names}, daher wird eine Spalte, die sie setzt, abgelehnt; jede Spalte kann von einem anderen Anbieter bedient werden.</translation>
    </message>
    <message>
      <source>No provider of {model} takes {names}, so a column that sets it will be refused; each column may be served by a different provider.</source>
      <translation>Kein Anbieter von {model} unterstützt {names}, daher wird eine Spalte, die es setzt, abgelehnt; jede Spalte kann von einem anderen Anbieter bedient werden.</translation>
    </message>
    <message>
      <source>No single provider of {model} takes {names} together; each column may be served by a different provider.</source>
      <translation>Kein einzelner Anbieter von {model} unterstützt {names} zusammen; jede Spalte kann von einem anderen Anbieter bedient werden.</translation>
    </message>
    <message>
      <source>The preset of a column of {model} allows only providers that do not serve this model, so that column will be refused. Choose another preset or model for it.</source>
      <translation>Die Vorlage einer Spalte mit {model} erlaubt nur Anbieter, die dieses Modell nicht anbieten, daher wird diese Spalte abgelehnt. Wählen Sie eine andere Vorlage oder ein anderes Modell dafür.</translation>
    </message>
    <message>
      <source>The providers of {model} could not be looked up, so none was chosen; each column may be served by a different provider, and every setting is still required.</source>
      <translation>Die Anbieter von {model} konnten nicht abgefragt werden, daher wurde keiner gewählt; jede Spalte kann von einem anderen Anbieter bedient werden, und jede Einstellung bleibt Pflicht.</translation>
    </message>
    <message>
      <source>{items} and {last}</source>
      <translation>{items} und {last}</translation>
    </message>
  </context>
  <context>
    <name>request</name>
    <message>
      <source>This message would carry {size} MB of files, more than the {most} MB one message can take (every file of the conversation is sent again with each message). Remove some files, or start a new conversation.</source>
      <translation>Diese Nachricht würde {size} MB an Dateien mitführen, mehr als die {most} MB, die eine Nachricht fassen kann (jede Datei der Unterhaltung wird mit jeder Nachricht erneut gesendet). Entfernen Sie einige Dateien oder beginnen Sie eine neue Unterhaltung.</translation>
    </message>
  </context>
  <context>
    <name>request_preview</name>
    <message>
      <source>Copy</source>
      <translation>Kopieren</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Anfrage</translation>
    </message>
    <message>
      <source>Request body</source>
      <translation>Anfrageinhalt</translation>
    </message>
    <message>
      <source>The API key is sent in the Authorization header and is not shown here.</source>
      <translation>Der API-Schlüssel wird im Authorization-Header gesendet und hier nicht angezeigt.</translation>
    </message>
  </context>
  <context>
    <name>requests</name>
    <message>
      <source>A setting holds a value JSON cannot carry (such as NaN). Fix it first.</source>
      <translation>Eine Einstellung enthält einen Wert, den JSON nicht darstellen kann (etwa NaN). Korrigieren Sie ihn zuerst.</translation>
    </message>
    <message>
      <source>Choose a model first.</source>
      <translation>Wählen Sie zuerst ein Modell.</translation>
    </message>
    <message>
      <source>Type a message first.</source>
      <translation>Schreiben Sie zuerst eine Nachricht.</translation>
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
      <translation>beliebiger Anbieter</translation>
    </message>
    <message>
      <source>cheapest provider first</source>
      <translation>günstigster Anbieter zuerst</translation>
    </message>
    <message>
      <source>fastest provider first</source>
      <translation>schnellster Anbieter zuerst</translation>
    </message>
    <message>
      <source>never {providers}</source>
      <translation>nie {providers}</translation>
    </message>
    <message>
      <source>no other provider if the first one fails</source>
      <translation>kein anderer Anbieter, wenn der erste ausfällt</translation>
    </message>
    <message>
      <source>only providers that honour every setting</source>
      <translation>nur Anbieter, die jede Einstellung beachten</translation>
    </message>
    <message>
      <source>only providers that keep no data</source>
      <translation>nur Anbieter, die keine Daten speichern</translation>
    </message>
    <message>
      <source>only {providers}</source>
      <translation>nur {providers}</translation>
    </message>
    <message>
      <source>other providers may step in if the first one fails</source>
      <translation>andere Anbieter dürfen einspringen, wenn der erste ausfällt</translation>
    </message>
    <message>
      <source>providers in a set order</source>
      <translation>Anbieter in fester Reihenfolge</translation>
    </message>
    <message>
      <source>providers that keep data allowed</source>
      <translation>Anbieter, die Daten speichern, erlaubt</translation>
    </message>
    <message>
      <source>quickest provider to start first</source>
      <translation>am schnellsten startender Anbieter zuerst</translation>
    </message>
    <message>
      <source>{earlier}, then {next}</source>
      <translation>{earlier}, dann {next}</translation>
    </message>
    <message>
      <source>{providers} first</source>
      <translation>{providers} zuerst</translation>
    </message>
    <message>
      <source>{providers} only</source>
      <translation>nur {providers}</translation>
    </message>
  </context>
  <context>
    <name>run_dialog</name>
    <message>
      <source>Answers at once:</source>
      <translation>Antworten gleichzeitig:</translation>
    </message>
    <message>
      <source>Answers written at once</source>
      <translation>Gleichzeitig geschriebene Antworten</translation>
    </message>
    <message>
      <source>Blind: hide the names and shuffle the answers until I pick the best of each prompt</source>
      <translation>Blind: Namen verbergen und Antworten mischen, bis ich für jeden Prompt die beste wähle</translation>
    </message>
    <message>
      <source>Fair: the same provider for each model, and only providers that take every setting</source>
      <translation>Fair: derselbe Anbieter für jedes Modell, und nur Anbieter, die jede Einstellung unterstützen</translation>
    </message>
    <message>
      <source>How many answers are written at the same time. Fewer is gentler on the provider's limits; more finishes sooner.</source>
      <translation>Wie viele Antworten gleichzeitig geschrieben werden. Weniger schont die Limits des Anbieters; mehr ist schneller fertig.</translation>
    </message>
    <message>
      <source>Presets to run the set with</source>
      <translation>Vorlagen für den Durchlauf</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Ausführen</translation>
    </message>
    <message>
      <source>Run a prompt set</source>
      <translation>Prompt-Set ausführen</translation>
    </message>
    <message numerus="yes">
      <source>Send the %n prompts of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</source>
      <comment>one: Send the %n prompt of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</comment>
      <translation>
        <numerusform>Den %n Prompt von {name} an zwei bis vier Vorlagen mit {model} senden (oder dem Modell, das eine Vorlage nennt). Sie sehen die möglichen Kosten, bevor etwas gesendet wird.</numerusform>
        <numerusform>Die %n Prompts von {name} an zwei bis vier Vorlagen mit {model} senden (oder dem Modell, das eine Vorlage nennt). Sie sehen die möglichen Kosten, bevor etwas gesendet wird.</numerusform>
      </translation>
    </message>
    <message>
      <source>{set}: {presets}</source>
      <translation>{set}: {presets}</translation>
    </message>
  </context>
  <context>
    <name>run_view</name>
    <message>
      <source>A good answer: {notes}</source>
      <translation>Eine gute Antwort: {notes}</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Antwort</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Antwort {letter}</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Antworten</translation>
    </message>
    <message>
      <source>As CSV (for a spreadsheet)…</source>
      <translation>Als CSV (für Tabellen)…</translation>
    </message>
    <message>
      <source>As Markdown…</source>
      <translation>Als Markdown…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportieren…</translation>
    </message>
    <message>
      <source>No answer yet.</source>
      <translation>Noch keine Antwort.</translation>
    </message>
    <message>
      <source>Open as a comparison</source>
      <translation>Als Vergleich öffnen</translation>
    </message>
    <message>
      <source>Open this prompt's answers in a comparison tab, where you can pick the best one.</source>
      <translation>Die Antworten dieses Prompts in einem Vergleichstab öffnen, wo Sie die beste wählen können.</translation>
    </message>
    <message>
      <source>Picked</source>
      <translation>Gewählt</translation>
    </message>
    <message>
      <source>Progress of the run</source>
      <translation>Fortschritt des Durchlaufs</translation>
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
      <translation>Ergebnisse pro Vorlage</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Starten</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Stopp</translation>
    </message>
    <message>
      <source>Stop the run: what arrived is kept, Resume sends the rest.</source>
      <translation>Durchlauf stoppen: Was angekommen ist, bleibt erhalten; Fortsetzen sendet den Rest.</translation>
    </message>
    <message>
      <source>What is left to send: {estimate}.</source>
      <translation>Noch zu senden: {estimate}.</translation>
    </message>
    <message>
      <source>{answered} of {columns}</source>
      <translation>{answered} von {columns}</translation>
    </message>
  </context>
  <context>
    <name>safe_text</name>
    <message numerus="yes">
      <source>… (%n more characters; Copy to get all)</source>
      <comment>one: … (%n more character; Copy to get all)</comment>
      <translation>
        <numerusform>… (%n weiteres Zeichen; Kopieren holt alles)</numerusform>
        <numerusform>… (%n weitere Zeichen; Kopieren holt alles)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>secrets</name>
    <message>
      <source>Desktop keyring</source>
      <translation>Desktop-Schlüsselbund</translation>
    </message>
    <message>
      <source>Keyring turned off</source>
      <translation>Schlüsselbund ausgeschaltet</translation>
    </message>
    <message>
      <source>No desktop session bus (D-Bus) is running, so no keyring service such as GNOME Keyring or KWallet can be reached.</source>
      <translation>Es läuft kein Desktop-Sitzungsbus (D-Bus), daher ist kein Schlüsselbunddienst wie GNOME Keyring oder KWallet erreichbar.</translation>
    </message>
    <message>
      <source>No keyring</source>
      <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
      <source>No keyring service (such as GNOME Keyring or KWallet) is running.</source>
      <translation>Es läuft kein Schlüsselbunddienst (wie GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
      <source>No keyring service is available.</source>
      <translation>Kein Schlüsselbunddienst verfügbar.</translation>
    </message>
    <message>
      <source>No secure keyring</source>
      <translation>Kein sicherer Schlüsselbund</translation>
    </message>
    <message>
      <source>None of the keyrings available ({names}) keeps secrets safely, so Switchboard will not use them.</source>
      <translation>Keiner der verfügbaren Schlüsselbunde ({names}) bewahrt Geheimnisse sicher auf, daher verwendet Switchboard sie nicht.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer.</source>
      <translation>Switchboard hat auf diesem Computer keinen sicheren Ort für Ihren Schlüssel.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. You can paste a key to use for this session only.</source>
      <translation>Switchboard hat auf diesem Computer keinen sicheren Ort für Ihren Schlüssel. Sie können einen Schlüssel einfügen, um ihn nur für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason}</source>
      <translation>Switchboard hat auf diesem Computer keinen sicheren Ort für Ihren Schlüssel. {reason}</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason} You can paste a key to use for this session only.</source>
      <translation>Switchboard hat auf diesem Computer keinen sicheren Ort für Ihren Schlüssel. {reason} Sie können einen Schlüssel einfügen, um ihn nur für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
      <source>Switchboard keeps your key only in the system's own keychain (Secret Service, KWallet, macOS Keychain or Windows Credential Manager), and none of them is in use.</source>
      <translation>Switchboard bewahrt Ihren Schlüssel nur im Schlüsselbund des Systems auf (Secret Service, KWallet, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung), und keiner davon ist in Gebrauch.</translation>
    </message>
    <message>
      <source>The keyring could not be set up ({error}).</source>
      <translation>Der Schlüsselbund konnte nicht eingerichtet werden ({error}).</translation>
    </message>
    <message>
      <source>The only keyring available keeps secrets in a file on disk that is not properly protected, so Switchboard will not use it.</source>
      <translation>Der einzige verfügbare Schlüsselbund speichert Geheimnisse in einer nicht ausreichend geschützten Datei auf dem Datenträger, daher verwendet Switchboard ihn nicht.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so Switchboard cannot read your saved key. Try again later, or paste the key to use it for this session only.</source>
      <translation>Der Schlüsselbund des Systems hat nicht geantwortet, daher kann Switchboard Ihren gespeicherten Schlüssel nicht lesen. Versuchen Sie es später erneut, oder fügen Sie den Schlüssel ein, um ihn nur für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be removed. Try again later.</source>
      <translation>Der Schlüsselbund des Systems hat nicht geantwortet, daher konnte der Schlüssel nicht entfernt werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be saved. Try again, or use the key for this session only.</source>
      <translation>Der Schlüsselbund des Systems hat nicht geantwortet, daher konnte der Schlüssel nicht gespeichert werden. Versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
    <message>
      <source>The system keyring is turned off for Python programs (keyring's null backend).</source>
      <translation>Der Schlüsselbund des Systems ist für Python-Programme ausgeschaltet (null-Backend von keyring).</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. You can use the key for this session only.</source>
      <translation>Auf diesem Computer gibt es keinen sicheren Ort für Ihren Schlüssel. Sie können den Schlüssel nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. {reason} You can use the key for this session only.</source>
      <translation>Auf diesem Computer gibt es keinen sicheren Ort für Ihren Schlüssel. {reason} Sie können den Schlüssel nur für diese Sitzung verwenden.</translation>
    </message>
    <message>
      <source>Unrecognised keyring ({name})</source>
      <translation>Unbekannter Schlüsselbund ({name})</translation>
    </message>
    <message>
      <source>Your keyring is locked, so Switchboard cannot read your saved key. Unlock it (logging in again usually does), then restart Switchboard, or paste the key to use it for this session only.</source>
      <translation>Ihr Schlüsselbund ist gesperrt, daher kann Switchboard Ihren gespeicherten Schlüssel nicht lesen. Entsperren Sie ihn (meist genügt eine erneute Anmeldung) und starten Sie Switchboard dann neu, oder fügen Sie den Schlüssel ein, um ihn nur für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be removed. Unlock it (logging in again usually does) and try again.</source>
      <translation>Ihr Schlüsselbund ist gesperrt, daher konnte der Schlüssel nicht entfernt werden. Entsperren Sie ihn (meist genügt eine erneute Anmeldung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be saved. Unlock it (logging in again usually does) and try again, or use the key for this session only.</source>
      <translation>Ihr Schlüsselbund ist gesperrt, daher konnte der Schlüssel nicht gespeichert werden. Entsperren Sie ihn (meist genügt eine erneute Anmeldung) und versuchen Sie es erneut, oder verwenden Sie den Schlüssel nur für diese Sitzung.</translation>
    </message>
  </context>
  <context>
    <name>send_gate</name>
    <message>
      <source>Not sent: your message is still in the box.</source>
      <translation>Nicht gesendet: Ihre Nachricht ist noch im Eingabefeld.</translation>
    </message>
    <message>
      <source>Send anyway</source>
      <translation>Trotzdem senden</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>An amount cannot be negative.</source>
      <translation>Ein Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
      <source>Caps go up to {amount}. Type a smaller amount, such as 20.</source>
      <translation>Limits gehen bis {amount}. Geben Sie einen kleineren Betrag ein, etwa 20.</translation>
    </message>
    <message>
      <source>The smallest amount is {amount} (or 0 to allow no spending at all).</source>
      <translation>Der kleinste Betrag ist {amount} (oder 0, um gar keine Ausgaben zu erlauben).</translation>
    </message>
  </context>
  <context>
    <name>settings_dialog</name>
    <message>
      <source>API address</source>
      <translation>API-Adresse</translation>
    </message>
    <message>
      <source>Address in use</source>
      <translation>Verwendete Adresse</translation>
    </message>
    <message>
      <source>App name given to OpenRouter</source>
      <translation>App-Name für OpenRouter</translation>
    </message>
    <message>
      <source>App web page given to OpenRouter</source>
      <translation>App-Webseite für OpenRouter</translation>
    </message>
    <message>
      <source>Ask before a send above ($)</source>
      <translation>Nachfragen bei Senden über ($)</translation>
    </message>
    <message>
      <source>At 80% of a cap the meter turns orange. A send that could pass a cap waits for you to press “Send anyway”. Leave a box empty for no limit.</source>
      <translation>Bei 80 % eines Limits wird die Anzeige orange. Ein Senden, das ein Limit überschreiten könnte, wartet, bis Sie „Trotzdem senden“ klicken. Lassen Sie ein Feld leer für kein Limit.</translation>
    </message>
    <message>
      <source>Change key…</source>
      <translation>Schlüssel ändern…</translation>
    </message>
    <message>
      <source>Daily cap ($)</source>
      <translation>Tageslimit ($)</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Dunkel</translation>
    </message>
    <message>
      <source>Each request tells OpenRouter that it comes from Switchboard, so Switchboard can appear in the app rankings on openrouter.ai. Change the name or web page given, or leave them empty for Switchboard's own. Only plain ASCII is sent.</source>
      <translation>Jede Anfrage teilt OpenRouter mit, dass sie von Switchboard kommt, damit Switchboard in den App-Ranglisten auf openrouter.ai erscheinen kann. Ändern Sie den angegebenen Namen oder die Webseite, oder lassen Sie die Felder leer für die von Switchboard. Es wird nur reines ASCII gesendet.</translation>
    </message>
    <message>
      <source>Empty: OpenRouter ({address})</source>
      <translation>Leer: OpenRouter ({address})</translation>
    </message>
    <message>
      <source>Enter sends the message (Shift+Enter for a new line)</source>
      <translation>Enter sendet die Nachricht (Umschalt+Enter für neue Zeile)</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}).</source>
      <translation>Jetzt verwendet: {where} ({address}).</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}). Save to use the address above instead.</source>
      <translation>Jetzt verwendet: {where} ({address}). Speichern Sie, um stattdessen die obige Adresse zu verwenden.</translation>
    </message>
    <message>
      <source>Keep the saved key</source>
      <translation>Gespeicherten Schlüssel behalten</translation>
    </message>
    <message>
      <source>Key for this server</source>
      <translation>Schlüssel für diesen Server</translation>
    </message>
    <message>
      <source>Key for {host}</source>
      <translation>Schlüssel für {host}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Hell</translation>
    </message>
    <message>
      <source>Look and keyboard</source>
      <translation>Aussehen und Tastatur</translation>
    </message>
    <message>
      <source>Monthly cap ($)</source>
      <translation>Monatslimit ($)</translation>
    </message>
    <message>
      <source>Never ask</source>
      <translation>Nie fragen</translation>
    </message>
    <message>
      <source>No daily cap</source>
      <translation>Kein Tageslimit</translation>
    </message>
    <message>
      <source>No key for {host}</source>
      <translation>Kein Schlüssel für {host}</translation>
    </message>
    <message>
      <source>No monthly cap</source>
      <translation>Kein Monatslimit</translation>
    </message>
    <message>
      <source>Once a day Switchboard asks GitHub for its latest version. Nothing about you or your conversations is sent, and never your key.</source>
      <translation>Einmal am Tag fragt Switchboard bei GitHub nach seiner neuesten Version. Dabei wird nichts über Sie oder Ihre Unterhaltungen gesendet und niemals Ihr Schlüssel.</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Ordner öffnen</translation>
    </message>
    <message>
      <source>OpenRouter, or any OpenAI-compatible server such as a local model server.</source>
      <translation>OpenRouter oder ein beliebiger OpenAI-kompatibler Server, etwa ein lokaler Modellserver.</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>Schlüssel entfernen</translation>
    </message>
    <message>
      <source>Requests go to OpenRouter, with your OpenRouter key.</source>
      <translation>Anfragen gehen an OpenRouter, mit Ihrem OpenRouter-Schlüssel.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key, if any, or send none.</source>
      <translation>Anfragen an {host} verwenden den Schlüssel unten, nie Ihren OpenRouter-Schlüssel. Leer lassen, um den gespeicherten Schlüssel zu behalten (falls vorhanden) oder keinen zu senden.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key.</source>
      <translation>Anfragen an {host} verwenden den Schlüssel unten, nie Ihren OpenRouter-Schlüssel. Leer lassen, um den gespeicherten Schlüssel zu behalten.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to send no key.</source>
      <translation>Anfragen an {host} verwenden den Schlüssel unten, nie Ihren OpenRouter-Schlüssel. Leer lassen, um keinen Schlüssel zu senden.</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Wie das System</translation>
    </message>
    <message>
      <source>Sent with each request (as the HTTP-Referer header).</source>
      <translation>Wird mit jeder Anfrage gesendet (als HTTP-Referer-Header).</translation>
    </message>
    <message>
      <source>Sent with each request (as the X-Title header).</source>
      <translation>Wird mit jeder Anfrage gesendet (als X-Title-Header).</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>Set by SWITCHBOARD_BASE_URL for this session, so it cannot be changed here. Without it, Switchboard uses the address saved in Settings.</source>
      <translation>Für diese Sitzung durch SWITCHBOARD_BASE_URL festgelegt und daher hier nicht änderbar. Ohne diese Variable verwendet Switchboard die in den Einstellungen gespeicherte Adresse.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <source>Spending guard</source>
      <translation>Ausgabenschutz</translation>
    </message>
    <message>
      <source>Switchboard uses the new language after a restart.</source>
      <translation>Switchboard verwendet die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
      <source>Tell me when a new version of Switchboard is out (asks GitHub once a day)</source>
      <translation>Melden, wenn eine neue Version von Switchboard erscheint (fragt einmal täglich bei GitHub)</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Design</translation>
    </message>
    <message>
      <source>Updates</source>
      <translation>Updates</translation>
    </message>
    <message>
      <source>Which key is sent</source>
      <translation>Welcher Schlüssel gesendet wird</translation>
    </message>
    <message>
      <source>Why the address is fixed</source>
      <translation>Warum die Adresse feststeht</translation>
    </message>
    <message>
      <source>Your data</source>
      <translation>Ihre Daten</translation>
    </message>
    <message>
      <source>Your key</source>
      <translation>Ihr Schlüssel</translation>
    </message>
    <message>
      <source>“{text}” is not an amount in dollars, such as {example}.</source>
      <translation>„{text}“ ist kein Dollarbetrag wie {example}.</translation>
    </message>
  </context>
  <context>
    <name>settings_file</name>
    <message>
      <source>Your settings at {path} could not be read ({reason}), so default settings are used for now.</source>
      <translation>Ihre Einstellungen unter {path} konnten nicht gelesen werden ({reason}), daher gelten vorerst die Standardeinstellungen.</translation>
    </message>
    <message>
      <source>Your settings at {path} could not be read, so default settings are used for now.</source>
      <translation>Ihre Einstellungen unter {path} konnten nicht gelesen werden, daher gelten vorerst die Standardeinstellungen.</translation>
    </message>
    <message>
      <source>Your settings at {path} were saved by a newer version of Switchboard, so default settings are used for now.</source>
      <translation>Ihre Einstellungen unter {path} wurden von einer neueren Version von Switchboard gespeichert, daher gelten vorerst die Standardeinstellungen.</translation>
    </message>
    <message>
      <source>Your settings could not be read ({reason}), so default settings are used. The old file is kept at {kept}.</source>
      <translation>Ihre Einstellungen konnten nicht gelesen werden ({reason}), daher gelten die Standardeinstellungen. Die alte Datei liegt unter {kept}.</translation>
    </message>
    <message>
      <source>Your settings could not be read, so default settings are used. The old file is kept at {kept}.</source>
      <translation>Ihre Einstellungen konnten nicht gelesen werden, daher gelten die Standardeinstellungen. Die alte Datei liegt unter {kept}.</translation>
    </message>
    <message>
      <source>Your settings were saved by a newer version of Switchboard, so default settings are used. The old file is kept at {kept}.</source>
      <translation>Ihre Einstellungen wurden von einer neueren Version von Switchboard gespeichert, daher gelten die Standardeinstellungen. Die alte Datei liegt unter {kept}.</translation>
    </message>
    <message>
      <source>the file is damaged</source>
      <translation>die Datei ist beschädigt</translation>
    </message>
  </context>
  <context>
    <name>sources</name>
    <message numerus="yes">
      <source>%n bytes</source>
      <comment>one: %n byte</comment>
      <translation>
        <numerusform>%n Byte</numerusform>
        <numerusform>%n Bytes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n searches, {cost}</source>
      <comment>one: %n search, {cost}</comment>
      <translation>
        <numerusform>%n Suche, {cost}</numerusform>
        <numerusform>%n Suchen, {cost}</numerusform>
      </translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>{name} öffnen</translation>
    </message>
    <message>
      <source>Sent at {width} × {height}, reduced from {original_width} × {original_height}</source>
      <translation>Gesendet in {width} × {height}, verkleinert von {original_width} × {original_height}</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Quellen</translation>
    </message>
    <message numerus="yes">
      <source>Up to %n results a search, about {price} per message (at most {most} if the model searches {searches} times).</source>
      <comment>one: Up to %n result a search, about {price} per message (at most {most} if the model searches {searches} times).</comment>
      <translation>
        <numerusform>Bis zu %n Ergebnis pro Suche, etwa {price} pro Nachricht (höchstens {most}, wenn das Modell {searches}-mal sucht).</numerusform>
        <numerusform>Bis zu %n Ergebnisse pro Suche, etwa {price} pro Nachricht (höchstens {most}, wenn das Modell {searches}-mal sucht).</numerusform>
      </translation>
    </message>
    <message>
      <source>{size} KB</source>
      <translation>{size} KB</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} MB</translation>
    </message>
  </context>
  <context>
    <name>status_parts</name>
    <message>
      <source>Do not tell me about this version again</source>
      <translation>Nicht mehr auf diese Version hinweisen</translation>
    </message>
    <message>
      <source>Open the release page.</source>
      <translation>Versionsseite öffnen.</translation>
    </message>
    <message>
      <source>Status message</source>
      <translation>Statusmeldung</translation>
    </message>
  </context>
  <context>
    <name>streaming</name>
    <message>
      <source>Thinking</source>
      <translation>Denken</translation>
    </message>
  </context>
  <context>
    <name>tabs</name>
    <message>
      <source>Conversations</source>
      <translation>Unterhaltungen</translation>
    </message>
    <message>
      <source>New conversation</source>
      <translation>Neue Unterhaltung</translation>
    </message>
    <message>
      <source>New conversation (Ctrl+T)</source>
      <translation>Neue Unterhaltung (Strg+T)</translation>
    </message>
  </context>
  <context>
    <name>thinking</name>
    <message>
      <source>High</source>
      <translation>Hoch</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Niedrig</translation>
    </message>
    <message>
      <source>Maximum</source>
      <translation>Maximal</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than the thinking budget {budget}: the model may spend it all thinking and leave no answer.</source>
      <translation>Die Maximallänge {length} ist nicht größer als das Denkbudget {budget}: Das Modell verbraucht sie vielleicht ganz zum Nachdenken und gibt keine Antwort.</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than {least} tokens, the least some models think even at {level} effort: the model may spend it all thinking and leave no answer.</source>
      <translation>Die Maximallänge {length} ist nicht größer als {least} Tokens, das Mindeste, das manche Modelle selbst bei Aufwand „{level}“ nachdenken: Das Modell verbraucht sie vielleicht ganz zum Nachdenken und gibt keine Antwort.</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Mittel</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>Minimal</translation>
    </message>
    <message>
      <source>The thinking budget must be a whole number of tokens.</source>
      <translation>Das Denkbudget muss eine ganze Zahl von Tokens sein.</translation>
    </message>
    <message>
      <source>The thinking budget must be between {least} and {most} tokens.</source>
      <translation>Das Denkbudget muss zwischen {least} und {most} Tokens liegen.</translation>
    </message>
    <message>
      <source>The thinking effort must be one of {efforts}.</source>
      <translation>Der Denkaufwand muss einer von {efforts} sein.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Denken</translation>
    </message>
    <message>
      <source>Thinking budget {tokens}</source>
      <translation>Denkbudget {tokens}</translation>
    </message>
    <message>
      <source>Thinking high</source>
      <translation>Denken hoch</translation>
    </message>
    <message>
      <source>Thinking low</source>
      <translation>Denken niedrig</translation>
    </message>
    <message>
      <source>Thinking maximum</source>
      <translation>Denken maximal</translation>
    </message>
    <message>
      <source>Thinking medium</source>
      <translation>Denken mittel</translation>
    </message>
    <message>
      <source>Thinking minimal</source>
      <translation>Denken minimal</translation>
    </message>
    <message>
      <source>Thinking must be a JSON object such as {"effort": "high"}.</source>
      <translation>Denken muss ein JSON-Objekt wie {"effort": "high"} sein.</translation>
    </message>
    <message>
      <source>Thinking must be the model's default, off, an effort or a budget.</source>
      <translation>Denken muss der Modellstandard, aus, ein Aufwand oder ein Budget sein.</translation>
    </message>
    <message>
      <source>Thinking off</source>
      <translation>Denken aus</translation>
    </message>
    <message>
      <source>Thinking very high</source>
      <translation>Denken sehr hoch</translation>
    </message>
    <message>
      <source>Thinking {level}</source>
      <translation>Denken {level}</translation>
    </message>
    <message>
      <source>Thinking: model default</source>
      <translation>Denken: Modellstandard</translation>
    </message>
    <message>
      <source>Very high</source>
      <translation>Sehr hoch</translation>
    </message>
    <message>
      <source>budget {tokens}</source>
      <translation>Budget {tokens}</translation>
    </message>
    <message>
      <source>cannot turn its thinking off</source>
      <translation>kann das Denken nicht abschalten</translation>
    </message>
    <message>
      <source>does not offer the {level} thinking effort</source>
      <translation>bietet den Denkaufwand „{level}“ nicht an</translation>
    </message>
    <message>
      <source>does not take a thinking budget</source>
      <translation>akzeptiert kein Denkbudget</translation>
    </message>
    <message>
      <source>high</source>
      <translation>hoch</translation>
    </message>
    <message>
      <source>low</source>
      <translation>niedrig</translation>
    </message>
    <message>
      <source>maximum</source>
      <translation>maximal</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>mittel</translation>
    </message>
    <message>
      <source>minimal</source>
      <translation>minimal</translation>
    </message>
    <message>
      <source>model default</source>
      <translation>Modellstandard</translation>
    </message>
    <message>
      <source>off</source>
      <translation>aus</translation>
    </message>
    <message>
      <source>on</source>
      <translation>an</translation>
    </message>
    <message>
      <source>very high</source>
      <translation>sehr hoch</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off.</source>
      <translation>{model} kann das Denken nicht abschalten.</translation>
    </message>
    <message>
      <source>{model} does not offer the {level} thinking effort.</source>
      <translation>{model} bietet den Denkaufwand „{level}“ nicht an.</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget.</source>
      <translation>{model} akzeptiert kein Denkbudget.</translation>
    </message>
    <message>
      <source>{setting} (hidden)</source>
      <translation>{setting} (verborgen)</translation>
    </message>
    <message>
      <source>“Hide the thinking” must be on or off.</source>
      <translation>„Denken ausblenden“ muss an oder aus sein.</translation>
    </message>
    <message>
      <source>“{name}” is not a thinking setting Switchboard knows.</source>
      <translation>„{name}“ ist keine Denk-Einstellung, die Switchboard kennt.</translation>
    </message>
  </context>
  <context>
    <name>transcript</name>
    <message>
      <source>Code copied.</source>
      <translation>Code kopiert.</translation>
    </message>
    <message>
      <source>Conversation</source>
      <translation>Unterhaltung</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Wiederholen</translation>
    </message>
    <message>
      <source>That link was not opened: only web and e-mail links open.</source>
      <translation>Dieser Link wurde nicht geöffnet: Nur Web- und E-Mail-Links werden geöffnet.</translation>
    </message>
    <message>
      <source>That message was not sent.</source>
      <translation>Diese Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>Warten auf das Modell…</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>„{name}“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
      <source>“{name}” is no longer in Switchboard's data folder, so it cannot be opened.</source>
      <translation>„{name}“ ist nicht mehr im Datenordner von Switchboard und kann daher nicht geöffnet werden.</translation>
    </message>
  </context>
  <context>
    <name>turn</name>
    <message>
      <source>The connection ended before the answer was finished.</source>
      <translation>Die Verbindung wurde beendet, bevor die Antwort fertig war.</translation>
    </message>
  </context>
  <context>
    <name>updates</name>
    <message>
      <source>Switchboard {version} is available — what's new</source>
      <translation>Switchboard {version} ist verfügbar – die Neuerungen</translation>
    </message>
  </context>
  <context>
    <name>version_settings</name>
    <message>
      <source>Answered by</source>
      <translation>Beantwortet von</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>JSON-Schema</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modell</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Anbieter</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Systemprompt</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>nicht festgelegt</translation>
    </message>
    <message>
      <source>on</source>
      <translation>an</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>reiner Text</translation>
    </message>
  </context>
  <context>
    <name>versions_flow</name>
    <message>
      <source>For this answer only: the conversation keeps its own settings</source>
      <translation>Nur für diese Antwort: Die Unterhaltung behält ihre eigenen Einstellungen</translation>
    </message>
    <message>
      <source>For this answer only: the conversation keeps its own settings.</source>
      <translation>Nur für diese Antwort: Die Unterhaltung behält ihre eigenen Einstellungen.</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Modelle</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Vorlagen</translation>
    </message>
    <message>
      <source>Regenerate with</source>
      <translation>Neu erzeugen mit</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>Neu erzeugen mit…</translation>
    </message>
    <message>
      <source>This answer has only one version: Regenerate makes another.</source>
      <translation>Diese Antwort hat nur eine Version: „Neu erzeugen“ erstellt eine weitere.</translation>
    </message>
    <message>
      <source>Wait until the answer being written has finished (or press Stop), then try again.</source>
      <translation>Warten Sie, bis die gerade entstehende Antwort fertig ist (oder klicken Sie auf Stopp), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>{model} (this conversation's)</source>
      <translation>{model} (dieser Unterhaltung)</translation>
    </message>
  </context>
  <context>
    <name>versions_view</name>
    <message>
      <source>Answer, version {number}</source>
      <translation>Antwort, Version {number}</translation>
    </message>
    <message>
      <source>Compare these versions</source>
      <translation>Diese Versionen vergleichen</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>Unterschiede hervorheben</translation>
    </message>
    <message>
      <source>Make this version the one the conversation shows</source>
      <translation>Diese Version in der Unterhaltung anzeigen</translation>
    </message>
    <message>
      <source>Mark the words where the answers differ</source>
      <translation>Die Wörter markieren, in denen sich die Antworten unterscheiden</translation>
    </message>
    <message>
      <source>No figures were recorded.</source>
      <translation>Es wurden keine Zahlen erfasst.</translation>
    </message>
    <message>
      <source>On screen</source>
      <translation>Angezeigt</translation>
    </message>
    <message>
      <source>Settings of version {number}</source>
      <translation>Einstellungen von Version {number}</translation>
    </message>
    <message>
      <source>Show this one</source>
      <translation>Diese anzeigen</translation>
    </message>
    <message>
      <source>Show version {number}</source>
      <translation>Version {number} anzeigen</translation>
    </message>
    <message numerus="yes">
      <source>The same question, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: The same question, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>Dieselbe Frage, %n-mal beantwortet, mit eigenen Einstellungen. Klicken Sie unter der Antwort, die die Unterhaltung zeigen soll, auf „Diese anzeigen“; die anderen bleiben erhalten.</numerusform>
        <numerusform>Dieselbe Frage, %n-mal beantwortet, jeweils mit eigenen Einstellungen. Klicken Sie unter der Antwort, die die Unterhaltung zeigen soll, auf „Diese anzeigen“; die anderen bleiben erhalten.</numerusform>
      </translation>
    </message>
    <message>
      <source>Tokens and cost of version {number}</source>
      <translation>Tokens und Kosten von Version {number}</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>Version {number} von {total}</translation>
    </message>
    <message numerus="yes">
      <source>“{question}”, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: “{question}”, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>„{question}“, %n-mal beantwortet, mit eigenen Einstellungen. Klicken Sie unter der Antwort, die die Unterhaltung zeigen soll, auf „Diese anzeigen“; die anderen bleiben erhalten.</numerusform>
        <numerusform>„{question}“, %n-mal beantwortet, jeweils mit eigenen Einstellungen. Klicken Sie unter der Antwort, die die Unterhaltung zeigen soll, auf „Diese anzeigen“; die anderen bleiben erhalten.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>welcome</name>
    <message>
      <source>&lt;b&gt;A key&lt;/b&gt; is like a password that lets Switchboard use your OpenRouter account. {keeping}</source>
      <translation>&lt;b&gt;Ein Schlüssel&lt;/b&gt; ist wie ein Passwort, mit dem Switchboard Ihr OpenRouter-Konto nutzen darf. {keeping}</translation>
    </message>
    <message>
      <source>&lt;b&gt;OpenRouter&lt;/b&gt; is one account that reaches hundreds of AI models (from OpenAI, Anthropic, Google, Meta, Mistral and others). Switchboard is a window onto it: you chat, compare and keep your conversations on this computer.</source>
      <translation>&lt;b&gt;OpenRouter&lt;/b&gt; ist ein einziges Konto, das Hunderte KI-Modelle erreicht (von OpenAI, Anthropic, Google, Meta, Mistral und anderen). Switchboard ist ein Fenster dorthin: Sie chatten, vergleichen und behalten Ihre Unterhaltungen auf diesem Computer.</translation>
    </message>
    <message>
      <source>&lt;b&gt;What it costs:&lt;/b&gt; OpenRouter charges per use, from your prepaid credit. A typical answer costs a fraction of a cent, some models are free, and Switchboard shows what every answer cost.</source>
      <translation>&lt;b&gt;Was es kostet:&lt;/b&gt; OpenRouter rechnet pro Nutzung ab, von Ihrem vorausbezahlten Guthaben. Eine typische Antwort kostet einen Bruchteil eines Cents, manche Modelle sind kostenlos, und Switchboard zeigt, was jede Antwort gekostet hat.</translation>
    </message>
    <message>
      <source>Switchboard keeps it in your computer's keychain, the same place your browser keeps passwords, and nowhere else.</source>
      <translation>Switchboard bewahrt ihn im Schlüsselbund Ihres Computers auf, dort, wo auch Ihr Browser Passwörter speichert, und nirgendwo sonst.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key is kept only until you close the app (and nowhere else): you will paste it or sign in again next time.</source>
      <translation>Dieser Computer hat keinen Passwortspeicher, den Switchboard nutzen kann, daher wird Ihr Schlüssel nur bis zum Schließen der App behalten (und nirgendwo sonst): Beim nächsten Mal fügen Sie ihn erneut ein oder melden sich erneut an.</translation>
    </message>
    <message>
      <source>Welcome to Switchboard</source>
      <translation>Willkommen bei Switchboard</translation>
    </message>
  </context>
</TS>

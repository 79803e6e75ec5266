<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>about</name>
    <message>
      <source>(not known until the app has started)</source>
      <translation>(no se sabe hasta que se inicie la aplicación)</translation>
    </message>
    <message>
      <source>A desktop chat client for OpenRouter.</source>
      <translation>Un cliente de chat de escritorio para OpenRouter.</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>Acerca de {app}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Add a line to the message</source>
      <translation>Añadir una línea al mensaje</translation>
    </message>
    <message>
      <source>Enter (or Ctrl+Enter, when Enter adds a line)</source>
      <translation>Enter (o Ctrl+Enter, cuando Enter añade una línea)</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>Licence: {licence}</source>
      <translation>Licencia: {licence}</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Abrir carpeta de datos</translation>
    </message>
    <message>
      <source>Send the message</source>
      <translation>Enviar el mensaje</translation>
    </message>
    <message>
      <source>Your conversations and settings are kept in:
{place}</source>
      <translation>Tus conversaciones y ajustes se guardan en:
{place}</translation>
    </message>
  </context>
  <context>
    <name>account</name>
    <message>
      <source>A key is one line without spaces. Copy it again, all of it, and paste it here.</source>
      <translation>Una clave es una sola línea sin espacios. Cópiala de nuevo, completa, y pégala aquí.</translation>
    </message>
    <message>
      <source>For this session only</source>
      <translation>Solo para esta sesión</translation>
    </message>
    <message>
      <source>For this session only (the key for {server}, not your OpenRouter key)</source>
      <translation>Solo para esta sesión (la clave de {server}, no tu clave de OpenRouter)</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored</source>
      <translation>Del entorno ({variable}), no guardada</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored (the key for {server}, not your OpenRouter key)</source>
      <translation>Del entorno ({variable}), no guardada (la clave de {server}, no tu clave de OpenRouter)</translation>
    </message>
    <message>
      <source>No key for {server}: requests to it are sent without one</source>
      <translation>No hay clave para {server}: las solicitudes se envían sin ella</translation>
    </message>
    <message>
      <source>No key yet</source>
      <translation>Aún no hay clave</translation>
    </message>
    <message>
      <source>Not checked yet</source>
      <translation>Aún no comprobada</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key, and it does not look like an OpenRouter key (those start with “sk-or-”). Copy the key again from openrouter.ai/keys.</source>
      <translation>OpenRouter no aceptó esta clave, y no parece una clave de OpenRouter (esas empiezan por “sk-or-”). Copia la clave de nuevo desde openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key. It may be mistyped, disabled or expired: check that you copied all of it, or create a new one at openrouter.ai/keys.</source>
      <translation>OpenRouter no aceptó esta clave. Puede que esté mal escrita, desactivada o caducada: comprueba que la copiaste completa, o crea una nueva en openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>Primero pega tu clave.</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter is only for the OpenRouter address. The API address in Settings is another server: enter that server's key in Settings, or set the address back to OpenRouter to sign in.</source>
      <translation>Iniciar sesión con OpenRouter solo sirve para la dirección de OpenRouter. La dirección de la API en Ajustes es otro servidor: introduce la clave de ese servidor en Ajustes, o vuelve a poner la dirección de OpenRouter para iniciar sesión.</translation>
    </message>
    <message>
      <source>Stored in: {store}</source>
      <translation>Guardada en: {store}</translation>
    </message>
    <message>
      <source>Stored in: {store} (the key for {server}, not your OpenRouter key)</source>
      <translation>Guardada en: {store} (la clave de {server}, no tu clave de OpenRouter)</translation>
    </message>
    <message>
      <source>The key in {variable} cannot be used: {reason}</source>
      <translation>No se puede usar la clave de {variable}: {reason}</translation>
    </message>
    <message>
      <source>The server at {server} did not accept this key. Check that you copied all of it, then try again.</source>
      <translation>El servidor de {server} no aceptó esta clave. Comprueba que la copiaste completa y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use</source>
      <translation>Este equipo no tiene un almacén de contraseñas que Switchboard pueda usar</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so a key can be kept only until you close the app. Paste your key to use it for this session only.</source>
      <translation>Este equipo no tiene un almacén de contraseñas que Switchboard pueda usar, así que una clave solo se puede conservar hasta que cierres la aplicación. Pega tu clave para usarla solo en esta sesión.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key can be kept only until you close the app. You can use it for this session only (you will paste it again next time).</source>
      <translation>Este equipo no tiene un almacén de contraseñas que Switchboard pueda usar, así que tu clave solo se puede conservar hasta que cierres la aplicación. Puedes usarla solo en esta sesión (tendrás que pegarla de nuevo la próxima vez).</translation>
    </message>
    <message>
      <source>This key contains characters that keys never have. Copy it again from where you created it (for OpenRouter: openrouter.ai/keys).</source>
      <translation>Esta clave contiene caracteres que las claves nunca tienen. Cópiala de nuevo desde donde la creaste (para OpenRouter: openrouter.ai/keys).</translation>
    </message>
    <message>
      <source>This server does not describe its keys, so the key was taken as it is.</source>
      <translation>Este servidor no describe sus claves, así que la clave se aceptó tal cual.</translation>
    </message>
    <message>
      <source>Unnamed key</source>
      <translation>Clave sin nombre</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>cada día</translation>
    </message>
    <message>
      <source>free tier</source>
      <translation>nivel gratuito</translation>
    </message>
    <message>
      <source>limit {limit}</source>
      <translation>límite {limit}</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left)</source>
      <translation>límite {limit} (quedan {left})</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left), resets {reset}</source>
      <translation>límite {limit} (quedan {left}), se restablece {reset}</translation>
    </message>
    <message>
      <source>limit {limit}, resets {reset}</source>
      <translation>límite {limit}, se restablece {reset}</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>cada mes</translation>
    </message>
    <message>
      <source>no spending limit</source>
      <translation>sin límite de gasto</translation>
    </message>
    <message>
      <source>used {amount}</source>
      <translation>usado {amount}</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>cada semana</translation>
    </message>
  </context>
  <context>
    <name>account_flow</name>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>Quitar clave</translation>
    </message>
    <message>
      <source>Remove the key for {server} from this computer's keychain?</source>
      <translation>¿Quitar la clave de {server} del llavero de este equipo?</translation>
    </message>
    <message>
      <source>Remove your OpenRouter key from this computer's keychain?</source>
      <translation>¿Quitar tu clave de OpenRouter del llavero de este equipo?</translation>
    </message>
    <message>
      <source>You are ready: type a message and press Enter.</source>
      <translation>Todo listo: escribe un mensaje y pulsa Enter.</translation>
    </message>
  </context>
  <context>
    <name>attach_flow</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n página</numerusform>
        <numerusform>%n páginas</numerusform>
      </translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and each of the {columns} columns pays for its own reading ({pages} in all: about {about}). Read them?</source>
      <translation>Un PDF que adjuntaste no tiene texto, solo imágenes de páginas. La lectura de pago cuesta $2 por cada 1.000 páginas, y cada una de las {columns} columnas paga su propia lectura ({pages} en total: unos {about}). ¿Leerlas?</translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and it then reads every PDF this message sends ({pdfs} PDFs, {pages}: about {about}). Read them?</source>
      <translation>Un PDF que adjuntaste no tiene texto, solo imágenes de páginas. La lectura de pago cuesta $2 por cada 1.000 páginas, y entonces lee todos los PDF que envía este mensaje ({pdfs} PDF, {pages}: unos {about}). ¿Leerlos?</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and earlier messages of this conversation carry pictures ({names}) that every message sends again. Choose a model that can see pictures.</source>
      <translation>No enviado: {model} no puede ver imágenes, y mensajes anteriores de esta conversación llevan imágenes ({names}) que se envían de nuevo con cada mensaje. Elige un modelo que pueda ver imágenes.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} are pictures. Choose a model that can, or remove the pictures.</source>
      <translation>No enviado: {model} no puede ver imágenes, y {names} son imágenes. Elige un modelo que pueda verlas, o quita las imágenes.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} is a picture. Choose a model that can, or remove the picture.</source>
      <translation>No enviado: {model} no puede ver imágenes, y {names} es una imagen. Elige un modelo que pueda verla, o quita la imagen.</translation>
    </message>
    <message>
      <source>The model list does not say whether this model can read pictures or files, so your attachments were sent as they are. If the answer ignores them, choose a model that reads them.</source>
      <translation>La lista de modelos no indica si este modelo puede leer imágenes o archivos, así que tus adjuntos se enviaron tal cual. Si la respuesta los ignora, elige un modelo que los lea.</translation>
    </message>
    <message>
      <source>These PDFs have no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>Estos PDF no tienen texto, solo imágenes de páginas. Leerlos cuesta $2 por cada 1.000 páginas (unos {about} por estas {pages}). ¿Leerlos?</translation>
    </message>
    <message>
      <source>This PDF has no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>Este PDF no tiene texto, solo imágenes de páginas. Leerlas cuesta $2 por cada 1.000 páginas (unos {about} por estas {pages}). ¿Leerlas?</translation>
    </message>
    <message numerus="yes">
      <source>{names} and %n more</source>
      <comment>one: {names} and %n more</comment>
      <translation>
        <numerusform>{names} y %n más</numerusform>
        <numerusform>{names} y %n más</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attachment_chips</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n página</numerusform>
        <numerusform>%n páginas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>A message can carry at most %n attachments. Remove one to attach another.</source>
      <comment>one: A message can carry at most %n attachment. Remove it to attach another.</comment>
      <translation>
        <numerusform>Un mensaje puede llevar como máximo %n adjunto. Quítalo para adjuntar otro.</numerusform>
        <numerusform>Un mensaje puede llevar como máximo %n adjuntos. Quita uno para adjuntar otro.</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach</source>
      <translation>Adjuntar</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>Adjuntar un archivo</translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>Adjuntar archivos</translation>
    </message>
    <message>
      <source>Attach pictures, PDFs or text files (you can also drop them here or paste them). Pictures up to {image_mb} MB (larger than {side} pixels are reduced), PDFs up to {pdf_mb} MB, text files up to {text_mb} MB; at most {count} a message.</source>
      <translation>Adjunta imágenes, PDF o archivos de texto (también puedes soltarlos o pegarlos aquí). Imágenes de hasta {image_mb} MB (las de más de {side} píxeles se reducen), PDF de hasta {pdf_mb} MB, archivos de texto de hasta {text_mb} MB; como máximo {count} por mensaje.</translation>
    </message>
    <message>
      <source>Attachment {name}</source>
      <translation>Adjunto {name}</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Adjuntos</translation>
    </message>
    <message>
      <source>Files cannot be attached here.</source>
      <translation>Aquí no se pueden adjuntar archivos.</translation>
    </message>
    <message numerus="yes">
      <source>Not sent yet: %n files are still being read. Press Send again once they are attached, or remove them (✕) to send without them.</source>
      <comment>one: Not sent yet: %n file is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</comment>
      <translation>
        <numerusform>Aún no enviado: todavía se está leyendo %n archivo. Pulsa Enviar de nuevo cuando esté adjunto, o quítalo (✕) para enviar sin él.</numerusform>
        <numerusform>Aún no enviado: todavía se están leyendo %n archivos. Pulsa Enviar de nuevo cuando estén adjuntos, o quítalos (✕) para enviar sin ellos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent yet: “{name}” is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</source>
      <translation>Aún no enviado: todavía se está leyendo “{name}”. Pulsa Enviar de nuevo cuando esté adjunto, o quítalo (✕) para enviar sin él.</translation>
    </message>
    <message>
      <source>Pasted picture.png</source>
      <translation>Imagen pegada.png</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>Imagen {name}</translation>
    </message>
    <message>
      <source>Pictures, PDFs and text files (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;All files (*)</source>
      <translation>Imágenes, PDF y archivos de texto (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Reading {name}</source>
      <translation>Leyendo {name}</translation>
    </message>
    <message>
      <source>Reading “{name}”…</source>
      <translation>Leyendo “{name}”…</translation>
    </message>
    <message>
      <source>Remove this attachment</source>
      <translation>Quitar este adjunto</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>Quitar {name}</translation>
    </message>
    <message>
      <source>Stop reading this file (it is not attached)</source>
      <translation>Dejar de leer este archivo (no se adjunta)</translation>
    </message>
    <message>
      <source>Stop reading {name}</source>
      <translation>Dejar de leer {name}</translation>
    </message>
    <message>
      <source>reduced</source>
      <translation>reducida</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>No se pudo abrir “{name}”.</translation>
    </message>
    <message>
      <source>“{name}” could not be opened: Switchboard could not write a copy of it to open (the disk may be full, or the temporary folder not writable).</source>
      <translation>No se pudo abrir “{name}”: Switchboard no pudo escribir una copia para abrirla (puede que el disco esté lleno o que la carpeta temporal no admita escritura).</translation>
    </message>
    <message>
      <source>“{name}” is attached already.</source>
      <translation>“{name}” ya está adjunto.</translation>
    </message>
    <message numerus="yes">
      <source>“{name}” was not attached: a message can carry at most %n attachments.</source>
      <comment>one: “{name}” was not attached: a message can carry at most %n attachment.</comment>
      <translation>
        <numerusform>“{name}” no se adjuntó: un mensaje puede llevar como máximo %n adjunto.</numerusform>
        <numerusform>“{name}” no se adjuntó: un mensaje puede llevar como máximo %n adjuntos.</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}”: {what}.</source>
      <translation>“{name}”: {what}.</translation>
    </message>
  </context>
  <context>
    <name>attachments</name>
    <message>
      <source>Switchboard cannot read PDFs: a part it needs is missing. Reinstall Switchboard.</source>
      <translation>Switchboard no puede leer PDF: falta un componente que necesita. Vuelve a instalar Switchboard.</translation>
    </message>
    <message>
      <source>Switchboard cannot send “{name}”. It can send pictures (PNG, JPEG, WebP, GIF), PDFs and text files.</source>
      <translation>Switchboard no puede enviar “{name}”. Puede enviar imágenes (PNG, JPEG, WebP, GIF), PDF y archivos de texto.</translation>
    </message>
    <message>
      <source>Switchboard could not keep a copy of “{name}” in its data folder. Check that the disk is not full, then attach it again.</source>
      <translation>Switchboard no pudo guardar una copia de “{name}” en su carpeta de datos. Comprueba que el disco no esté lleno y vuelve a adjuntarlo.</translation>
    </message>
    <message>
      <source>Switchboard is not allowed to read “{name}”. Check who may open the file, or copy it to your own folder and attach the copy.</source>
      <translation>Switchboard no tiene permiso para leer “{name}”. Comprueba quién puede abrir el archivo, o cópialo a tu propia carpeta y adjunta la copia.</translation>
    </message>
    <message>
      <source>a GIF picture</source>
      <translation>una imagen GIF</translation>
    </message>
    <message>
      <source>a JPEG picture</source>
      <translation>una imagen JPEG</translation>
    </message>
    <message>
      <source>a PDF</source>
      <translation>un PDF</translation>
    </message>
    <message>
      <source>a PNG picture</source>
      <translation>una imagen PNG</translation>
    </message>
    <message>
      <source>a WebP picture</source>
      <translation>una imagen WebP</translation>
    </message>
    <message>
      <source>a ZIP archive (Word, Excel and PowerPoint files are ZIP archives too)</source>
      <translation>un archivo ZIP (los archivos de Word, Excel y PowerPoint también son archivos ZIP)</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <source>“{name}” could not be read. Try again, or copy it to another folder and attach the copy.</source>
      <translation>No se pudo leer “{name}”. Vuelve a intentarlo, o cópialo a otra carpeta y adjunta la copia.</translation>
    </message>
    <message>
      <source>“{name}” has no pages: there is nothing in it to send.</source>
      <translation>“{name}” no tiene páginas: no hay nada que enviar.</translation>
    </message>
    <message>
      <source>“{name}” has {pages:,} pages. Switchboard can send PDFs of at most {MAX_PDF_PAGES:,} pages: split it and attach the part you need.</source>
      <translation>“{name}” tiene {pages:,} páginas. Switchboard puede enviar PDF de como máximo {MAX_PDF_PAGES:,} páginas: divídelo y adjunta la parte que necesites.</translation>
    </message>
    <message>
      <source>“{name}” is a damaged PDF that Switchboard could not open. Open it in a PDF reader and save or print it to a new PDF, then attach that.</source>
      <translation>“{name}” es un PDF dañado que Switchboard no pudo abrir. Ábrelo en un lector de PDF y guárdalo o imprímelo como un PDF nuevo, y adjunta ese.</translation>
    </message>
    <message>
      <source>“{name}” is empty: there is nothing in it to send.</source>
      <translation>“{name}” está vacío: no hay nada que enviar.</translation>
    </message>
    <message>
      <source>“{name}” is locked with a password or encryption, so the model could not read it. Save an unlocked copy (for example with “Print to PDF”) and attach that.</source>
      <translation>“{name}” está protegido con contraseña o cifrado, así que el modelo no pudo leerlo. Guarda una copia desbloqueada (por ejemplo con “Imprimir a PDF”) y adjunta esa.</translation>
    </message>
    <message>
      <source>“{name}” is no longer there: it may have been moved or deleted. Attach it again from where it is now.</source>
      <translation>“{name}” ya no está ahí: puede que se haya movido o eliminado. Adjúntalo de nuevo desde donde esté ahora.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF Switchboard can read. Attach the right file.</source>
      <translation>“{name}” no es un PDF que Switchboard pueda leer. Adjunta el archivo correcto.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}” no es un PDF: su contenido es {contents}. Cámbiale el nombre o adjunta el archivo correcto.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture Switchboard can read. Attach a PNG, JPEG, WebP or GIF picture.</source>
      <translation>“{name}” no es una imagen que Switchboard pueda leer. Adjunta una imagen PNG, JPEG, WebP o GIF.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}” no es una imagen: su contenido es {contents}. Cámbiale el nombre o adjunta el archivo correcto.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file Switchboard can send.</source>
      <translation>“{name}” no es un archivo de texto que Switchboard pueda enviar.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}” no es un archivo de texto: su contenido es {contents}. Cámbiale el nombre o adjunta el archivo correcto.</translation>
    </message>
    <message>
      <source>“{name}” is not an ordinary file (it may be a folder, a pipe or a device), so it cannot be attached.</source>
      <translation>“{name}” no es un archivo normal (puede ser una carpeta, una tubería o un dispositivo), así que no se puede adjuntar.</translation>
    </message>
    <message>
      <source>“{name}” is too large to open safely: {width:,} × {height:,} pixels. Make it smaller in another program and attach it again.</source>
      <translation>“{name}” es demasiado grande para abrirlo con seguridad: {width:,} × {height:,} píxeles. Redúcelo en otro programa y vuelve a adjuntarlo.</translation>
    </message>
    <message>
      <source>“{name}” is too large: PDFs can be at most {size} MB.</source>
      <translation>“{name}” es demasiado grande: los PDF pueden tener como máximo {size} MB.</translation>
    </message>
    <message>
      <source>“{name}” is too large: files can be at most {limit} MB (pictures {image_limit} MB, text files {text_limit} MB).</source>
      <translation>“{name}” es demasiado grande: los archivos pueden tener como máximo {limit} MB (imágenes {image_limit} MB, archivos de texto {text_limit} MB).</translation>
    </message>
    <message>
      <source>“{name}” is too large: pictures can be at most {size} MB.</source>
      <translation>“{name}” es demasiado grande: las imágenes pueden tener como máximo {size} MB.</translation>
    </message>
    <message>
      <source>“{name}” is too large: text files can be at most {size} MB.</source>
      <translation>“{name}” es demasiado grande: los archivos de texto pueden tener como máximo {size} MB.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but could not be opened: it may be damaged, or too large to make smaller. Open it in another program, make it smaller or save it again, then attach it again.</source>
      <translation>“{name}” parece una imagen pero no se pudo abrir: puede estar dañada o ser demasiado grande para reducirla. Ábrela en otro programa, redúcela o guárdala de nuevo, y vuelve a adjuntarla.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but is damaged: Switchboard could not read its size. Open it in another program and save it again.</source>
      <translation>“{name}” parece una imagen pero está dañada: Switchboard no pudo leer su tamaño. Ábrela en otro programa y guárdala de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>blobs</name>
    <message>
      <source>The attached file “{name}” is no longer in Switchboard's data folder, so it cannot be sent again. Attach it once more.</source>
      <translation>El archivo adjunto “{name}” ya no está en la carpeta de datos de Switchboard, así que no se puede volver a enviar. Adjúntalo otra vez.</translation>
    </message>
  </context>
  <context>
    <name>catalogue</name>
    <message>
      <source>The server listed no models, so the current list is kept.</source>
      <translation>El servidor no mostró ningún modelo, así que se conserva la lista actual.</translation>
    </message>
  </context>
  <context>
    <name>chat</name>
    <message>
      <source>Switchboard could not save this answer (the disk may be full), so it stopped here. What arrived is shown; free some space, then press Retry.</source>
      <translation>Switchboard no pudo guardar esta respuesta (puede que el disco esté lleno), así que se detuvo aquí. Se muestra lo que llegó; libera espacio y pulsa Reintentar.</translation>
    </message>
    <message>
      <source>The file “{name}” is no longer in Switchboard's data folder, so the model was told it is no longer available. Attach it again if the model needs it.</source>
      <translation>El archivo “{name}” ya no está en la carpeta de datos de Switchboard, así que se le dijo al modelo que ya no está disponible. Adjúntalo de nuevo si el modelo lo necesita.</translation>
    </message>
  </context>
  <context>
    <name>chat_view</name>
    <message>
      <source>Answer status</source>
      <translation>Estado de la respuesta</translation>
    </message>
    <message>
      <source>Attachments are sent again with every later message.</source>
      <translation>Los adjuntos se envían de nuevo con cada mensaje posterior.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Deleted version</source>
      <translation>Versión eliminada</translation>
    </message>
    <message>
      <source>Editing a message</source>
      <translation>Editando un mensaje</translation>
    </message>
    <message>
      <source>Editing your message: sending adds a new version; the original stays. (Esc cancels)</source>
      <translation>Editando tu mensaje: al enviar se añade una versión nueva; la original se conserva. (Esc cancela)</translation>
    </message>
    <message>
      <source>Estimated cost of this message</source>
      <translation>Coste estimado de este mensaje</translation>
    </message>
    <message>
      <source>Models that can read your attachments</source>
      <translation>Modelos que pueden leer tus adjuntos</translation>
    </message>
    <message>
      <source>No model in the model list says it can; refresh the list and try again.</source>
      <translation>Ningún modelo de la lista dice que pueda; actualiza la lista y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>No enviado: tu mensaje y sus adjuntos siguen en el cuadro. Quita el PDF para enviar sin él.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>¿Leer las imágenes de páginas?</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>Leerlas</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Enviar</translation>
    </message>
    <message>
      <source>Send message</source>
      <translation>Enviar mensaje</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>Detener la respuesta</translation>
    </message>
    <message>
      <source>Stop the answer (Esc)</source>
      <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
      <source>That version cannot come back: what it followed was deleted too.</source>
      <translation>Esa versión no puede volver: lo que la precedía también se eliminó.</translation>
    </message>
    <message>
      <source>The message you were editing is no longer shown, so nothing was sent. Switch back to it and edit it again, or send this as a new message.</source>
      <translation>El mensaje que estabas editando ya no se muestra, así que no se envió nada. Vuelve a él y edítalo de nuevo, o envía esto como un mensaje nuevo.</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>Razonando…</translation>
    </message>
    <message>
      <source>This conversation now uses {model}. Press Send to send your message.</source>
      <translation>Esta conversación ahora usa {model}. Pulsa Enviar para enviar tu mensaje.</translation>
    </message>
    <message>
      <source>This message: {estimate}</source>
      <translation>Este mensaje: {estimate}</translation>
    </message>
    <message>
      <source>This model cannot think any less than it did. Try again without a length limit, or choose a larger Maximum length in the Parameters panel.</source>
      <translation>Este modelo no puede razonar menos de lo que ya hizo. Vuelve a intentarlo sin límite de longitud, o elige una Longitud máxima mayor en el panel Parámetros.</translation>
    </message>
    <message>
      <source>Type a message below to start.</source>
      <translation>Escribe un mensaje abajo para empezar.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>Versión {number} de {total}</translation>
    </message>
    <message>
      <source>Version {number} of {total} deleted.</source>
      <translation>Versión {number} de {total} eliminada.</translation>
    </message>
    <message>
      <source>Wait for the answer to finish (or stop it) before changing versions.</source>
      <translation>Espera a que termine la respuesta (o detenla) antes de cambiar de versión.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>Esperando al modelo…</translation>
    </message>
    <message>
      <source>Write a message to send with your attachments.</source>
      <translation>Escribe un mensaje para enviar con tus adjuntos.</translation>
    </message>
    <message>
      <source>Writing…</source>
      <translation>Escribiendo…</translation>
    </message>
    <message>
      <source>Writing… {rate} tokens/s</source>
      <translation>Escribiendo… {rate} tokens/s</translation>
    </message>
    <message>
      <source>about {cost}</source>
      <translation>unos {cost}</translation>
    </message>
  </context>
  <context>
    <name>column_settings</name>
    <message>
      <source>Column settings</source>
      <translation>Ajustes de la columna</translation>
    </message>
    <message>
      <source>Differs from another column: {settings}.</source>
      <translation>Difiere de otra columna: {settings}.</translation>
    </message>
  </context>
  <context>
    <name>compare</name>
    <message numerus="yes">
      <source>%n requests, {estimate}</source>
      <comment>one: %n request, {estimate}</comment>
      <translation>
        <numerusform>%n solicitud, {estimate}</numerusform>
        <numerusform>%n solicitudes, {estimate}</numerusform>
      </translation>
    </message>
    <message>
      <source>Something went wrong in Switchboard while this answer was written.</source>
      <translation>Algo falló en Switchboard mientras se escribía esta respuesta.</translation>
    </message>
    <message>
      <source>{estimate}. {reason}</source>
      <translation>{estimate}. {reason}</translation>
    </message>
    <message>
      <source>{first} vs {second}</source>
      <translation>{first} frente a {second}</translation>
    </message>
  </context>
  <context>
    <name>compare_settings</name>
    <message numerus="yes">
      <source>%n answers</source>
      <comment>one: %n answer</comment>
      <translation>
        <numerusform>%n respuesta</numerusform>
        <numerusform>%n respuestas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n token</numerusform>
        <numerusform>%n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Blind comparison</source>
      <translation>Comparación a ciegas</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens}</source>
      <translation>En total: {answers} · {tokens}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · at least {cost}</source>
      <translation>En total: {answers} · {tokens} · al menos {cost}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · {cost}</source>
      <translation>En total: {answers} · {tokens} · {cost}</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON que sigue un esquema</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Proveedor</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Instrucciones del sistema</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>sin definir</translation>
    </message>
    <message>
      <source>on</source>
      <translation>activado</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>texto sin formato</translation>
    </message>
    <message>
      <source>“{text}”</source>
      <translation>“{text}”</translation>
    </message>
  </context>
  <context>
    <name>compare_view</name>
    <message>
      <source>(Change that column's model with Change….)</source>
      <translation>(Cambia el modelo de esa columna con Cambiar….)</translation>
    </message>
    <message>
      <source>(your next message)</source>
      <translation>(tu próximo mensaje)</translation>
    </message>
    <message>
      <source>Another model…</source>
      <translation>Otro modelo…</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Respuesta {letter}</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Costs show once you pick. Pick the best answer.</source>
      <translation>A ciegas: los nombres están ocultos y el orden, mezclado. Los costes se muestran cuando elijas. Elige la mejor respuesta.</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Thinking, times and costs show once you pick. Pick the best answer.</source>
      <translation>A ciegas: los nombres están ocultos y el orden, mezclado. El razonamiento, los tiempos y los costes se muestran cuando elijas. Elige la mejor respuesta.</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Cambiar…</translation>
    </message>
    <message>
      <source>Column statistics</source>
      <translation>Estadísticas de la columna</translation>
    </message>
    <message>
      <source>Column totals</source>
      <translation>Totales de la columna</translation>
    </message>
    <message>
      <source>Comparison total</source>
      <translation>Total de la comparación</translation>
    </message>
    <message>
      <source>Continue with this one</source>
      <translation>Continuar con esta</translation>
    </message>
    <message>
      <source>Details show once you pick the best answer.</source>
      <translation>Los detalles se muestran cuando elijas la mejor respuesta.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>Resaltar diferencias</translation>
    </message>
    <message>
      <source>Highlight differing</source>
      <translation>Resaltar lo distinto</translation>
    </message>
    <message>
      <source>Mark whole sentences that differ, or single words.</source>
      <translation>Marcar frases completas que difieren, o palabras sueltas.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>No enviado: tu mensaje y sus adjuntos siguen en el cuadro. Quita el PDF para enviar sin él.</translation>
    </message>
    <message>
      <source>One prompt for every column (Enter to send)</source>
      <translation>Una instrucción para todas las columnas (Enter para enviar)</translation>
    </message>
    <message>
      <source>Pick as best</source>
      <translation>Elegir como mejor</translation>
    </message>
    <message>
      <source>Prompt for every column</source>
      <translation>Instrucción para todas las columnas</translation>
    </message>
    <message>
      <source>Put another preset or model in this column.</source>
      <translation>Poner otro preajuste u otro modelo en esta columna.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>¿Leer las imágenes de páginas?</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>Leerlas</translation>
    </message>
    <message>
      <source>Request…</source>
      <translation>Solicitud…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Reintentar</translation>
    </message>
    <message>
      <source>Send to all</source>
      <translation>Enviar a todas</translation>
    </message>
    <message>
      <source>Sentences</source>
      <translation>Frases</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
    <message>
      <source>Show or hide each column's settings.</source>
      <translation>Mostrar u ocultar los ajustes de cada columna.</translation>
    </message>
    <message>
      <source>Show the request this column's next answer would send.</source>
      <translation>Mostrar la solicitud que enviaría la próxima respuesta de esta columna.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <source>Stop all</source>
      <translation>Detener todo</translation>
    </message>
    <message>
      <source>Stop every column (Esc)</source>
      <translation>Detener todas las columnas (Esc)</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>Detener la respuesta</translation>
    </message>
    <message>
      <source>The prompt is in the box below: Send to all asks it again in every column, after the answers already there.</source>
      <translation>La instrucción está en el cuadro de abajo: Enviar a todas la vuelve a pedir en cada columna, después de las respuestas que ya hay.</translation>
    </message>
    <message>
      <source>This column cannot change now. Try again once it has answered.</source>
      <translation>Esta columna no puede cambiar ahora. Vuelve a intentarlo cuando haya respondido.</translation>
    </message>
    <message>
      <source>This comparison cost at least {amount} (some costs are not known yet).</source>
      <translation>Esta comparación costó al menos {amount} (algunos costes aún no se conocen).</translation>
    </message>
    <message>
      <source>This comparison cost {amount} in all.</source>
      <translation>Esta comparación costó {amount} en total.</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Palabras</translation>
    </message>
    <message>
      <source>You picked {name}.</source>
      <translation>Elegiste {name}.</translation>
    </message>
    <message>
      <source>finish: {reason}</source>
      <translation>fin: {reason}</translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>primera palabra {time}</translation>
    </message>
    <message>
      <source>hidden until you pick the best</source>
      <translation>oculto hasta que elijas la mejor</translation>
    </message>
    <message>
      <source>thinking… {time}</source>
      <translation>razonando… {time}</translation>
    </message>
    <message>
      <source>thought privately</source>
      <translation>razonó en privado</translation>
    </message>
    <message>
      <source>thought privately: {tokens} billed</source>
      <translation>razonó en privado: {tokens} facturados</translation>
    </message>
    <message>
      <source>thought {time}</source>
      <translation>razonó {time}</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} est.</translation>
    </message>
    <message>
      <source>{cost} in all</source>
      <translation>{cost} en total</translation>
    </message>
    <message>
      <source>{count} answer tokens</source>
      <translation>{count} tokens de respuesta</translation>
    </message>
    <message>
      <source>{count} thinking tokens</source>
      <translation>{count} tokens de razonamiento</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} tokens</translation>
    </message>
    <message>
      <source>{model} via {provider}</source>
      <translation>{model} a través de {provider}</translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} tok/s</translation>
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
      <translation>Columna {number}</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>Nueva comparación</translation>
    </message>
    <message>
      <source>No blind votes yet between {a} and {b}</source>
      <translation>Aún no hay votos a ciegas entre {a} y {b}</translation>
    </message>
    <message>
      <source>{a} and {b} are tied {a_wins} to {b_wins}</source>
      <translation>{a} y {b} están empatados {a_wins} a {b_wins}</translation>
    </message>
    <message>
      <source>{winner} beat {loser} {wins} to {losses}</source>
      <translation>{winner} ganó a {loser} {wins} a {losses}</translation>
    </message>
  </context>
  <context>
    <name>composer</name>
    <message>
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>Message  (Ctrl+Enter to send)</source>
      <translation>Mensaje  (Ctrl+Enter para enviar)</translation>
    </message>
    <message>
      <source>Message  (Enter to send, Shift+Enter for a new line)</source>
      <translation>Mensaje  (Enter para enviar, Shift+Enter para una línea nueva)</translation>
    </message>
    <message>
      <source>Type your message. Enter sends, Shift+Enter adds a line.</source>
      <translation>Escribe tu mensaje. Enter envía, Shift+Enter añade una línea.</translation>
    </message>
  </context>
  <context>
    <name>conversation</name>
    <message>
      <source>New conversation</source>
      <translation>Nueva conversación</translation>
    </message>
  </context>
  <context>
    <name>conversations</name>
    <message numerus="yes">
      <source>%n attached files were left out: the file did not contain them.</source>
      <comment>one: One attached file was left out: the file did not contain it.</comment>
      <translation>
        <numerusform>Se omitió %n archivo adjunto: el archivo no lo contenía.</numerusform>
        <numerusform>Se omitieron %n archivos adjuntos: el archivo no los contenía.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached files were left out: they are damaged, too large, or not what their names say.</source>
      <comment>one: One attached file was left out: it is damaged, too large, or not what its name says.</comment>
      <translation>
        <numerusform>Se omitió %n archivo adjunto: está dañado, es demasiado grande o no es lo que dice su nombre.</numerusform>
        <numerusform>Se omitieron %n archivos adjuntos: están dañados, son demasiado grandes o no son lo que dicen sus nombres.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n system messages from later in the conversation were added to its system prompt.</source>
      <comment>one: %n system message from later in the conversation was added to its system prompt.</comment>
      <translation>
        <numerusform>Se añadió %n mensaje del sistema de más adelante en la conversación a sus instrucciones del sistema.</numerusform>
        <numerusform>Se añadieron %n mensajes del sistema de más adelante en la conversación a sus instrucciones del sistema.</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read {name}: {reason}. Nothing was imported.</source>
      <translation>No se pudo leer {name}: {reason}. No se importó nada.</translation>
    </message>
    <message>
      <source>Could not save the attached files: {reason}. Nothing was imported.</source>
      <translation>No se pudieron guardar los archivos adjuntos: {reason}. No se importó nada.</translation>
    </message>
    <message>
      <source>Could not save the export: {reason}.</source>
      <translation>No se pudo guardar la exportación: {reason}.</translation>
    </message>
    <message>
      <source>Could not save the imported conversation to your history: {reason}. Nothing was imported.</source>
      <translation>No se pudo guardar la conversación importada en tu historial: {reason}. No se importó nada.</translation>
    </message>
    <message>
      <source>Could not save the new conversation: {reason}.</source>
      <translation>No se pudo guardar la nueva conversación: {reason}.</translation>
    </message>
    <message>
      <source>Imported “{title}”.</source>
      <translation>Se importó “{title}”.</translation>
    </message>
    <message>
      <source>This comparison no longer exists. Nothing was exported.</source>
      <translation>Esta comparación ya no existe. No se exportó nada.</translation>
    </message>
    <message>
      <source>This conversation no longer exists.</source>
      <translation>Esta conversación ya no existe.</translation>
    </message>
    <message>
      <source>This conversation no longer exists. Nothing was exported.</source>
      <translation>Esta conversación ya no existe. No se exportó nada.</translation>
    </message>
    <message>
      <source>This conversation with its attached files would make a file of about {size} MB, more than the {limit} MB Switchboard can import again, so nothing was exported. Export it as Markdown instead (the files are then named but not included).</source>
      <translation>Esta conversación con sus archivos adjuntos ocuparía un archivo de unos {size} MB, más de los {limit} MB que Switchboard puede volver a importar, así que no se exportó nada. Expórtala como Markdown (los archivos se nombran pero no se incluyen).</translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation. Nothing was copied.</source>
      <translation>Este mensaje ya no se muestra en la conversación. No se copió nada.</translation>
    </message>
    <message>
      <source>it is not an ordinary file</source>
      <translation>no es un archivo normal</translation>
    </message>
    <message>
      <source>up to {size} MB, {messages} messages</source>
      <translation>hasta {size} MB, {messages} mensajes</translation>
    </message>
    <message>
      <source>{names} and {last}</source>
      <translation>{names} y {last}</translation>
    </message>
    <message>
      <source>{names} were left out: their values in the file cannot be sent.</source>
      <translation>Se omitieron {names}: sus valores en el archivo no se pueden enviar.</translation>
    </message>
    <message>
      <source>{name} was left out: its value in the file cannot be sent.</source>
      <translation>Se omitió {name}: su valor en el archivo no se puede enviar.</translation>
    </message>
    <message>
      <source>{title} (continued)</source>
      <translation>{title} (continuación)</translation>
    </message>
  </context>
  <context>
    <name>cost</name>
    <message>
      <source>Add credits at {url}, then send again: your message is kept.</source>
      <translation>Añade crédito en {url} y vuelve a enviar: tu mensaje se conserva.</translation>
    </message>
    <message>
      <source>Confirm this send</source>
      <translation>Confirmar este envío</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>Si la respuesta llega a su longitud completa, este envío podría llevar el gasto de este mes a {amount}, por encima de tu límite de gasto mensual de {cap}.</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>Si la respuesta llega a su longitud completa, este envío podría llevar el gasto de hoy a {amount}, por encima de tu límite de gasto diario de {cap}.</translation>
    </message>
    <message>
      <source>OpenRouter says your credits ran out (or this key reached its spending limit).</source>
      <translation>OpenRouter indica que se te acabó el crédito (o que esta clave alcanzó su límite de gasto).</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your daily cap.</source>
      <translation>Ajusta la Longitud máxima a {tokens} o menos en cada columna para no superar tu límite de gasto diario.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your monthly cap.</source>
      <translation>Ajusta la Longitud máxima a {tokens} o menos en cada columna para no superar tu límite de gasto mensual.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your daily cap.</source>
      <translation>Ajusta la Longitud máxima a {tokens} o menos para no superar tu límite de gasto diario.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your monthly cap.</source>
      <translation>Ajusta la Longitud máxima a {tokens} o menos para no superar tu límite de gasto mensual.</translation>
    </message>
    <message>
      <source>Spending cap</source>
      <translation>Límite de gasto</translation>
    </message>
    <message>
      <source>The cost of this send is unknown.</source>
      <translation>Se desconoce el coste de este envío.</translation>
    </message>
    <message>
      <source>The price of this model is unknown, so this send cannot be checked against your caps.</source>
      <translation>Se desconoce el precio de este modelo, así que este envío no se puede comprobar con tus límites de gasto.</translation>
    </message>
    <message>
      <source>This key has {left} left of its {limit} limit.</source>
      <translation>A esta clave le quedan {left} de su límite de {limit}.</translation>
    </message>
    <message>
      <source>This key has {left} left.</source>
      <translation>A esta clave le quedan {left}.</translation>
    </message>
    <message>
      <source>This send could bring this month's spending to {amount}, {percent}% of your monthly cap of {cap}.</source>
      <translation>Este envío podría llevar el gasto de este mes a {amount}, el {percent}% de tu límite de gasto mensual de {cap}.</translation>
    </message>
    <message>
      <source>This send could bring today's spending to {amount}, {percent}% of your daily cap of {cap}.</source>
      <translation>Este envío podría llevar el gasto de hoy a {amount}, el {percent}% de tu límite de gasto diario de {cap}.</translation>
    </message>
    <message>
      <source>This send could cost about {amount} more.</source>
      <translation>Este envío podría costar unos {amount} más.</translation>
    </message>
    <message>
      <source>This send could cost about {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>Este envío podría costar unos {amount}. Pediste confirmar cualquier envío que pueda costar más de {limit}.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount} more.</source>
      <translation>Este envío podría costar hasta {amount} más.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>Este envío podría costar hasta {amount}. Pediste confirmar cualquier envío que pueda costar más de {limit}.</translation>
    </message>
    <message>
      <source>This send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>Este envío podría llevar el gasto de este mes a {amount}, por encima de tu límite de gasto mensual de {cap}.</translation>
    </message>
    <message>
      <source>This send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>Este envío podría llevar el gasto de hoy a {amount}, por encima de tu límite de gasto diario de {cap}.</translation>
    </message>
    <message>
      <source>You have already spent {amount} this month, reaching your monthly cap of {cap}.</source>
      <translation>Ya gastaste {amount} este mes y alcanzaste tu límite de gasto mensual de {cap}.</translation>
    </message>
    <message>
      <source>You have already spent {amount} today, reaching your daily cap of {cap}.</source>
      <translation>Ya gastaste {amount} hoy y alcanzaste tu límite de gasto diario de {cap}.</translation>
    </message>
    <message>
      <source>about {typical}</source>
      <translation>unos {typical}</translation>
    </message>
    <message>
      <source>about {typical}, at most {most}</source>
      <translation>unos {typical}, como máximo {most}</translation>
    </message>
    <message>
      <source>at most {most}</source>
      <translation>como máximo {most}</translation>
    </message>
    <message>
      <source>cost unknown for this model</source>
      <translation>coste desconocido para este modelo</translation>
    </message>
    <message>
      <source>free</source>
      <translation>gratis</translation>
    </message>
    <message>
      <source>this month</source>
      <translation>este mes</translation>
    </message>
    <message>
      <source>today</source>
      <translation>hoy</translation>
    </message>
    <message>
      <source>{least}, at most {most}</source>
      <translation>{least}, como máximo {most}</translation>
    </message>
  </context>
  <context>
    <name>cost_meter</name>
    <message>
      <source>Comparison: {cost}</source>
      <translation>Comparación: {cost}</translation>
    </message>
    <message>
      <source>Conversation: {cost}</source>
      <translation>Conversación: {cost}</translation>
    </message>
    <message>
      <source>Conversation: –</source>
      <translation>Conversación: –</translation>
    </message>
    <message>
      <source>Cost meter</source>
      <translation>Medidor de costes</translation>
    </message>
    <message>
      <source>Credit: no limit on this key</source>
      <translation>Crédito: sin límite en esta clave</translation>
    </message>
    <message>
      <source>Credit: unknown</source>
      <translation>Crédito: desconocido</translation>
    </message>
    <message>
      <source>Credit: {cost} left</source>
      <translation>Crédito: quedan {cost}</translation>
    </message>
    <message>
      <source>Credit: –</source>
      <translation>Crédito: –</translation>
    </message>
    <message>
      <source>Month: {cost}</source>
      <translation>Mes: {cost}</translation>
    </message>
    <message>
      <source>Month: {cost} of {cap}</source>
      <translation>Mes: {cost} de {cap}</translation>
    </message>
    <message>
      <source>Month: –</source>
      <translation>Mes: –</translation>
    </message>
    <message>
      <source>Sent: no figure until the model starts writing</source>
      <translation>Enviado: sin cifra hasta que el modelo empiece a escribir</translation>
    </message>
    <message>
      <source>Stopped before the model wrote anything: OpenRouter may still bill the prompt</source>
      <translation>Detenido antes de que el modelo escribiera nada: OpenRouter aún puede cobrar la instrucción</translation>
    </message>
    <message>
      <source>The answer being written now: an estimate until OpenRouter bills it</source>
      <translation>La respuesta que se está escribiendo: una estimación hasta que OpenRouter la facture</translation>
    </message>
    <message>
      <source>The request failed before the model wrote anything, so it was not billed</source>
      <translation>La solicitud falló antes de que el modelo escribiera nada, así que no se facturó</translation>
    </message>
    <message>
      <source>This answer: not charged</source>
      <translation>Esta respuesta: sin cargo</translation>
    </message>
    <message>
      <source>This answer: {cost}</source>
      <translation>Esta respuesta: {cost}</translation>
    </message>
    <message>
      <source>This answer: {cost} (est.)</source>
      <translation>Esta respuesta: {cost} (est.)</translation>
    </message>
    <message>
      <source>This answer: –</source>
      <translation>Esta respuesta: –</translation>
    </message>
    <message>
      <source>Today: {cost}</source>
      <translation>Hoy: {cost}</translation>
    </message>
    <message>
      <source>Today: {cost} of {cap}</source>
      <translation>Hoy: {cost} de {cap}</translation>
    </message>
    <message>
      <source>Today: –</source>
      <translation>Hoy: –</translation>
    </message>
    <message>
      <source>What OpenRouter billed for the latest answer</source>
      <translation>Lo que OpenRouter facturó por la última respuesta</translation>
    </message>
    <message>
      <source>What your OpenRouter key may still spend (from openrouter.ai)</source>
      <translation>Lo que tu clave de OpenRouter aún puede gastar (según openrouter.ai)</translation>
    </message>
    <message>
      <source>{percent}% of your daily cap</source>
      <translation>{percent}% de tu límite de gasto diario</translation>
    </message>
    <message>
      <source>{percent}% of your monthly cap</source>
      <translation>{percent}% de tu límite de gasto mensual</translation>
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
      <translation>Copiar detalles</translation>
    </message>
    <message>
      <source>Something went wrong inside Switchboard. Your conversations are saved. If it happens again, copy the details and send them to us; they contain no key.</source>
      <translation>Algo falló dentro de Switchboard. Tus conversaciones están guardadas. Si vuelve a ocurrir, copia los detalles y envíanoslos; no contienen ninguna clave.</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <source>Check that the folder exists and can be written to, then restart Switchboard.</source>
      <translation>Comprueba que la carpeta exista y se pueda escribir en ella, y reinicia Switchboard.</translation>
    </message>
    <message>
      <source>Check the disk has free space, then restart Switchboard.</source>
      <translation>Comprueba que el disco tenga espacio libre y reinicia Switchboard.</translation>
    </message>
    <message>
      <source>Close any other copy of Switchboard, then restart it.</source>
      <translation>Cierra cualquier otra copia de Switchboard y vuelve a iniciarlo.</translation>
    </message>
    <message>
      <source>Conversations will not be saved this session: Switchboard could not open its history file at {path} because {reason}. {advice}</source>
      <translation>Las conversaciones no se guardarán en esta sesión: Switchboard no pudo abrir su archivo de historial en {path} porque {reason}. {advice}</translation>
    </message>
    <message>
      <source>Free some disk space, then restart Switchboard.</source>
      <translation>Libera espacio en disco y reinicia Switchboard.</translation>
    </message>
    <message>
      <source>Move that file out of the way, then restart Switchboard.</source>
      <translation>Mueve ese archivo a otro lugar y reinicia Switchboard.</translation>
    </message>
    <message>
      <source>Restart Switchboard to try again.</source>
      <translation>Reinicia Switchboard para volver a intentarlo.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} could not be read, and Switchboard could not move it aside ({reason}). Conversations will not be saved this session.</source>
      <translation>No se pudo leer tu historial de conversaciones en {path}, y Switchboard no pudo apartarlo ({reason}). Las conversaciones no se guardarán en esta sesión.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} was saved by a newer version of Switchboard. Update Switchboard to see it. Until then, conversations will not be saved.</source>
      <translation>Tu historial de conversaciones en {path} lo guardó una versión más reciente de Switchboard. Actualiza Switchboard para verlo. Hasta entonces, las conversaciones no se guardarán.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read, so Switchboard started a new one. The old file is kept at {kept}.</source>
      <translation>No se pudo leer tu historial de conversaciones, así que Switchboard empezó uno nuevo. El archivo antiguo se conserva en {kept}.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read; the old file is kept at {kept}. A new one could not be created either ({reason}), so conversations will not be saved this session.</source>
      <translation>No se pudo leer tu historial de conversaciones; el archivo antiguo se conserva en {kept}. Tampoco se pudo crear uno nuevo ({reason}), así que las conversaciones no se guardarán en esta sesión.</translation>
    </message>
    <message>
      <source>another program is keeping it locked</source>
      <translation>otro programa lo tiene bloqueado</translation>
    </message>
    <message>
      <source>it is not allowed to create or change files in that folder</source>
      <translation>no tiene permiso para crear o cambiar archivos en esa carpeta</translation>
    </message>
    <message>
      <source>part of the folder path is a file, not a folder</source>
      <translation>parte de la ruta de la carpeta es un archivo, no una carpeta</translation>
    </message>
    <message>
      <source>the database said: {error}</source>
      <translation>la base de datos indicó: {error}</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>el disco está lleno</translation>
    </message>
    <message>
      <source>the disk reported an error while writing (it may be full or failing)</source>
      <translation>el disco informó de un error al escribir (puede que esté lleno o fallando)</translation>
    </message>
    <message>
      <source>the system said: {error}</source>
      <translation>el sistema indicó: {error}</translation>
    </message>
  </context>
  <context>
    <name>dock_link</name>
    <message>
      <source>(your next message)</source>
      <translation>(tu próximo mensaje)</translation>
    </message>
    <message>
      <source>Built-in list</source>
      <translation>Lista integrada</translation>
    </message>
    <message>
      <source>Live list</source>
      <translation>Lista en vivo</translation>
    </message>
    <message numerus="yes">
      <source>Model list refreshed: %n models.</source>
      <comment>one: Model list refreshed: %n model.</comment>
      <translation>
        <numerusform>Lista de modelos actualizada: %n modelo.</numerusform>
        <numerusform>Lista de modelos actualizada: %n modelos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent: {problem} Fix it in the Parameters panel.</source>
      <translation>No enviado: {problem} Corrígelo en el panel Parámetros.</translation>
    </message>
    <message>
      <source>Saved list</source>
      <translation>Lista guardada</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Se guardó el preajuste “{name}”.</translation>
    </message>
    <message>
      <source>The model list could not be refreshed: {reason}</source>
      <translation>No se pudo actualizar la lista de modelos: {reason}</translation>
    </message>
    <message>
      <source>{problem} Fix it before saving a preset.</source>
      <translation>{problem} Corrígelo antes de guardar un preajuste.</translation>
    </message>
    <message>
      <source>{problem} Fix it to see the request.</source>
      <translation>{problem} Corrígelo para ver la solicitud.</translation>
    </message>
    <message>
      <source>{problem} Nothing is sent until this is fixed.</source>
      <translation>{problem} No se envía nada hasta que se corrija.</translation>
    </message>
  </context>
  <context>
    <name>endpoint</name>
    <message>
      <source>Plain http is only allowed for a server on this computer (localhost). Use https for anything else, so your key cannot be read on the way.</source>
      <translation>El http sin cifrar solo se permite para un servidor en este equipo (localhost). Usa https para todo lo demás, para que nadie pueda leer tu clave por el camino.</translation>
    </message>
    <message>
      <source>The address should not contain ? or #.</source>
      <translation>La dirección no debe contener ? ni #.</translation>
    </message>
    <message>
      <source>The address should not contain a name or password (the part before @). Type only the server's address, such as {address}</source>
      <translation>La dirección no debe contener un nombre ni una contraseña (la parte antes de @). Escribe solo la dirección del servidor, como {address}</translation>
    </message>
    <message>
      <source>The port in the address (the number after the colon) is not valid.</source>
      <translation>El puerto de la dirección (el número después de los dos puntos) no es válido.</translation>
    </message>
    <message>
      <source>Type a full address starting with https://, such as {address}</source>
      <translation>Escribe una dirección completa que empiece por https://, como {address}</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>el servidor</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Could not reach OpenRouter. Check your internet connection, then press Retry.</source>
      <translation>No se pudo conectar con OpenRouter. Comprueba tu conexión a internet y pulsa Reintentar.</translation>
    </message>
    <message>
      <source>One of the settings is out of range. Check the parameter dock.</source>
      <translation>Uno de los ajustes está fuera de rango. Revisa el panel de parámetros.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the model or settings, then send again.</source>
      <translation>OpenRouter no pudo aceptar esta solicitud. Cambia el modelo o los ajustes y vuelve a enviar.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the settings and retry.</source>
      <translation>OpenRouter no pudo aceptar esta solicitud. Cambia los ajustes y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason} Change the settings and retry.</source>
      <translation>OpenRouter no pudo aceptar esta solicitud: {reason} Cambia los ajustes y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason}. Change the settings and retry.</source>
      <translation>OpenRouter no pudo aceptar esta solicitud: {reason}. Cambia los ajustes y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>OpenRouter could not process this request. Check the settings and retry.</source>
      <translation>OpenRouter no pudo procesar esta solicitud. Revisa los ajustes y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept your API key. It may be mistyped, disabled or expired. Paste a new key in Settings.</source>
      <translation>OpenRouter no aceptó tu clave de API. Puede que esté mal escrita, desactivada o caducada. Pega una clave nueva en Ajustes.</translation>
    </message>
    <message>
      <source>OpenRouter does not know this model. Choose another one from the list.</source>
      <translation>OpenRouter no conoce este modelo. Elige otro de la lista.</translation>
    </message>
    <message>
      <source>OpenRouter refused this request: the provider's moderation flagged it, or the model is not available to you. Rephrase it or choose another model.</source>
      <translation>OpenRouter rechazó esta solicitud: la moderación del proveedor la marcó, o el modelo no está disponible para ti. Reformúlala o elige otro modelo.</translation>
    </message>
    <message>
      <source>OpenRouter took too long to answer. Press Retry.</source>
      <translation>OpenRouter tardó demasiado en responder. Pulsa Reintentar.</translation>
    </message>
    <message>
      <source>Something went wrong talking to OpenRouter. Please try again.</source>
      <translation>Algo falló al comunicarse con OpenRouter. Vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>That model is not available any more (or no provider matches your routing settings). Choose another model.</source>
      <translation>Ese modelo ya no está disponible (o ningún proveedor coincide con tus ajustes de enrutamiento). Elige otro modelo.</translation>
    </message>
    <message>
      <source>The connection dropped before the answer was finished. What arrived is kept and marked incomplete; press Retry to ask again.</source>
      <translation>La conexión se cortó antes de que terminara la respuesta. Lo que llegó se conserva y se marca como incompleto; pulsa Reintentar para volver a pedirla.</translation>
    </message>
    <message>
      <source>The model stopped sending anything for too long, so the request was given up. Press Retry, or choose a faster model.</source>
      <translation>El modelo dejó de enviar datos durante demasiado tiempo, así que se abandonó la solicitud. Pulsa Reintentar o elige un modelo más rápido.</translation>
    </message>
    <message>
      <source>The model stopped with an error before finishing its answer. What arrived is kept; press Retry to ask again.</source>
      <translation>El modelo se detuvo con un error antes de terminar su respuesta. Lo que llegó se conserva; pulsa Reintentar para volver a pedirla.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering ({reason}). What arrived is kept; press Retry to ask again.</source>
      <translation>El proveedor del modelo falló al responder ({reason}). Lo que llegó se conserva; pulsa Reintentar para volver a pedirla.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering. What arrived is kept; press Retry to ask again.</source>
      <translation>El proveedor del modelo falló al responder. Lo que llegó se conserva; pulsa Reintentar para volver a pedirla.</translation>
    </message>
    <message>
      <source>The model's provider is down or overloaded right now. Press Retry in a minute, or choose another model.</source>
      <translation>El proveedor del modelo no funciona o está saturado en este momento. Pulsa Reintentar dentro de un minuto o elige otro modelo.</translation>
    </message>
    <message>
      <source>The network returned a web page instead of an answer. If you are on a hotel or café Wi-Fi, open a browser and sign in to the network, then press Retry.</source>
      <translation>La red devolvió una página web en lugar de una respuesta. Si estás en el wifi de un hotel o una cafetería, abre un navegador e inicia sesión en la red, y pulsa Reintentar.</translation>
    </message>
    <message>
      <source>The server sent something far too large to be a real answer, so Switchboard stopped reading it. What arrived before is kept. Press Retry; if it happens again, the server or something on the network between is misbehaving.</source>
      <translation>El servidor envió algo demasiado grande para ser una respuesta real, así que Switchboard dejó de leerlo. Lo que llegó antes se conserva. Pulsa Reintentar; si vuelve a ocurrir, el servidor o algo en la red intermedia no funciona bien.</translation>
    </message>
    <message>
      <source>This conversation is too long for the model's memory. Start a new conversation, shorten the text, or pick a model with a larger context.</source>
      <translation>Esta conversación es demasiado larga para la memoria del modelo. Empieza una conversación nueva, acorta el texto o elige un modelo con un contexto más amplio.</translation>
    </message>
    <message>
      <source>This message is too large to send. Shorten it or remove attachments.</source>
      <translation>Este mensaje es demasiado grande para enviarlo. Acórtalo o quita adjuntos.</translation>
    </message>
    <message>
      <source>Too many requests right now: this model or your account hit a rate limit. Wait a moment, then press Retry.</source>
      <translation>Demasiadas solicitudes en este momento: este modelo o tu cuenta alcanzó un límite de frecuencia. Espera un momento y pulsa Reintentar.</translation>
    </message>
    <message>
      <source>Your OpenRouter credits ran out (or this key reached its spending limit). Add credits at https://openrouter.ai/settings/credits, then press Retry.</source>
      <translation>Se te acabó el crédito de OpenRouter (o esta clave alcanzó su límite de gasto). Añade crédito en https://openrouter.ai/settings/credits y pulsa Reintentar.</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>This file is not a conversation Switchboard can read: {reason}.</source>
      <translation>Este archivo no es una conversación que Switchboard pueda leer: {reason}.</translation>
    </message>
    <message>
      <source>it has no list of messages</source>
      <translation>no tiene una lista de mensajes</translation>
    </message>
    <message>
      <source>it holds a number with too many digits</source>
      <translation>contiene un número con demasiadas cifras</translation>
    </message>
    <message>
      <source>it holds more than {most} messages, the most Switchboard imports</source>
      <translation>contiene más de {most} mensajes, el máximo que Switchboard importa</translation>
    </message>
    <message>
      <source>it holds more than {most} values (texts, numbers, lists and objects), the most Switchboard imports</source>
      <translation>contiene más de {most} valores (textos, números, listas y objetos), el máximo que Switchboard importa</translation>
    </message>
    <message>
      <source>it holds neither a conversation nor a list of messages</source>
      <translation>no contiene ni una conversación ni una lista de mensajes</translation>
    </message>
    <message>
      <source>it holds no messages</source>
      <translation>no contiene mensajes</translation>
    </message>
    <message>
      <source>it is larger than {limit} MB, the most Switchboard imports</source>
      <translation>ocupa más de {limit} MB, el máximo que Switchboard importa</translation>
    </message>
    <message>
      <source>it is nested too deeply</source>
      <translation>tiene demasiados niveles anidados</translation>
    </message>
    <message>
      <source>it is not UTF-8 text</source>
      <translation>no es texto UTF-8</translation>
    </message>
    <message>
      <source>it is not valid JSON</source>
      <translation>no es JSON válido</translation>
    </message>
    <message>
      <source>it was made by a newer version of Switchboard (format {version}); update Switchboard to import it</source>
      <translation>lo creó una versión más reciente de Switchboard (formato {version}); actualiza Switchboard para importarlo</translation>
    </message>
    <message>
      <source>its attached files are not in the expected form</source>
      <translation>sus archivos adjuntos no tienen la forma esperada</translation>
    </message>
    <message>
      <source>its messages are not one branch of its versions</source>
      <translation>sus mensajes no son una sola rama de sus versiones</translation>
    </message>
    <message>
      <source>its version number is missing or invalid</source>
      <translation>falta su número de versión o no es válido</translation>
    </message>
    <message>
      <source>its versions are not a list</source>
      <translation>sus versiones no son una lista</translation>
    </message>
    <message>
      <source>its versions go round in a circle</source>
      <translation>sus versiones forman un círculo</translation>
    </message>
    <message>
      <source>its versions have a missing or repeated id</source>
      <translation>sus versiones tienen un id que falta o está repetido</translation>
    </message>
    <message>
      <source>its versions name a parent that is not an id</source>
      <translation>sus versiones nombran un padre que no es un id</translation>
    </message>
    <message>
      <source>its versions name a parent that is not there</source>
      <translation>sus versiones nombran un padre que no existe</translation>
    </message>
    <message>
      <source>message {number} has an attachment that is not valid</source>
      <translation>el mensaje {number} tiene un adjunto que no es válido</translation>
    </message>
    <message>
      <source>message {number} has more than {most} parts, the most Switchboard imports</source>
      <translation>el mensaje {number} tiene más de {most} partes, el máximo que Switchboard importa</translation>
    </message>
    <message>
      <source>message {number} has no role</source>
      <translation>el mensaje {number} no tiene rol</translation>
    </message>
    <message>
      <source>message {number} has no text content</source>
      <translation>el mensaje {number} no tiene contenido de texto</translation>
    </message>
    <message>
      <source>message {number} has no text, only attachments</source>
      <translation>el mensaje {number} no tiene texto, solo adjuntos</translation>
    </message>
    <message>
      <source>message {number} has the role “{role}”, but only system, user and assistant messages can be imported</source>
      <translation>el mensaje {number} tiene el rol “{role}”, pero solo se pueden importar mensajes de system, user y assistant</translation>
    </message>
    <message>
      <source>message {number} is not a message object</source>
      <translation>el mensaje {number} no es un objeto de mensaje</translation>
    </message>
    <message>
      <source>one of its attached files is damaged</source>
      <translation>uno de sus archivos adjuntos está dañado</translation>
    </message>
    <message>
      <source>one of its attached files is larger than {limit} MB, the most Switchboard takes</source>
      <translation>uno de sus archivos adjuntos ocupa más de {limit} MB, el máximo que Switchboard admite</translation>
    </message>
    <message>
      <source>one of its attached files is not in the expected form</source>
      <translation>uno de sus archivos adjuntos no tiene la forma esperada</translation>
    </message>
    <message>
      <source>the attached file “{name}” is not the size it says or is larger than Switchboard takes</source>
      <translation>el archivo adjunto “{name}” no tiene el tamaño que indica o es más grande de lo que Switchboard admite</translation>
    </message>
    <message>
      <source>the attachments of message {number} are not a short list</source>
      <translation>los adjuntos del mensaje {number} no son una lista corta</translation>
    </message>
    <message>
      <source>version {number} is a system message</source>
      <translation>la versión {number} es un mensaje del sistema</translation>
    </message>
  </context>
  <context>
    <name>figures</name>
    <message>
      <source>All presets</source>
      <translation>Todos los preajustes</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Respuestas</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Coste</translation>
    </message>
    <message>
      <source>Exactly {cost}.</source>
      <translation>Exactamente {cost}.</translation>
    </message>
    <message>
      <source>Figures count the prompts you have picked: {counted} of {prompts}.</source>
      <translation>Las cifras cuentan las instrucciones en las que elegiste: {counted} de {prompts}.</translation>
    </message>
    <message>
      <source>Finished: every prompt has its answers.</source>
      <translation>Terminado: cada instrucción tiene sus respuestas.</translation>
    </message>
    <message>
      <source>First word</source>
      <translation>Primera palabra</translation>
    </message>
    <message>
      <source>First word: how long the first word took to arrive. tok/s: tokens per second, how fast the answer came (a token is a short piece of a word).</source>
      <translation>Primera palabra: cuánto tardó en llegar la primera palabra. tok/s: tokens por segundo, la rapidez con que llegó la respuesta (un token es un trozo corto de una palabra).</translation>
    </message>
    <message>
      <source>How long the first word of an answer took to arrive, on average.</source>
      <translation>Cuánto tardó de media en llegar la primera palabra de una respuesta.</translation>
    </message>
    <message>
      <source>How many tokens the answers have (a token is a short piece of a word).</source>
      <translation>Cuántos tokens tienen las respuestas (un token es un trozo corto de una palabra).</translation>
    </message>
    <message>
      <source>Not finished. Resume sends only what is missing.</source>
      <translation>Sin terminar. Reanudar envía solo lo que falta.</translation>
    </message>
    <message>
      <source>Not started yet.</source>
      <translation>Aún no ha empezado.</translation>
    </message>
    <message>
      <source>Nothing is spent on this run yet.</source>
      <translation>Aún no se ha gastado nada en esta ejecución.</translation>
    </message>
    <message>
      <source>Open a prompt as a comparison to pick its best answer.</source>
      <translation>Abre una instrucción como comparación para elegir su mejor respuesta.</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Preajuste</translation>
    </message>
    <message>
      <source>Running.</source>
      <translation>En curso.</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Velocidad</translation>
    </message>
    <message>
      <source>Spent on this run in all, including answers that were stopped, failed or asked again: {cost}.</source>
      <translation>Gastado en total en esta ejecución, incluidas las respuestas detenidas, fallidas o vueltas a pedir: {cost}.</translation>
    </message>
    <message>
      <source>Stopped. Resume sends only what is missing.</source>
      <translation>Detenida. Reanudar envía solo lo que falta.</translation>
    </message>
    <message>
      <source>The cost is not known.</source>
      <translation>Se desconoce el coste.</translation>
    </message>
    <message>
      <source>The cost of the answers shown, one per prompt. Earlier attempts (stopped, failed or asked again) are not in it: the note under the table says what the run spent in all.</source>
      <translation>El coste de las respuestas mostradas, una por instrucción. Los intentos anteriores (detenidos, fallidos o vueltos a pedir) no se incluyen: la nota bajo la tabla indica lo que gastó la ejecución en total.</translation>
    </message>
    <message>
      <source>The others stay blind until you pick their best answer, so the All presets row is the only one that counts them.</source>
      <translation>Los demás siguen a ciegas hasta que elijas su mejor respuesta, así que la fila Todos los preajustes es la única que los cuenta.</translation>
    </message>
    <message>
      <source>Tokens</source>
      <translation>Tokens</translation>
    </message>
    <message>
      <source>Tokens per second: how fast the answer came, on average (a token is a short piece of a word).</source>
      <translation>Tokens por segundo: la rapidez media con que llegó la respuesta (un token es un trozo corto de una palabra).</translation>
    </message>
    <message>
      <source>Wins</source>
      <translation>Victorias</translation>
    </message>
    <message>
      <source>Wins count blind picks only; this run is not blind, so there are none.</source>
      <translation>Las victorias solo cuentan las elecciones a ciegas; esta ejecución no es a ciegas, así que no hay ninguna.</translation>
    </message>
    <message numerus="yes">
      <source>Wins count your picks: {picked} of %n prompts picked.</source>
      <comment>one: Wins count your picks: {picked} of %n prompt picked.</comment>
      <translation>
        <numerusform>Las victorias cuentan tus elecciones: {picked} de %n instrucción elegida.</numerusform>
        <numerusform>Las victorias cuentan tus elecciones: {picked} de %n instrucciones elegidas.</numerusform>
      </translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>primera palabra {time}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <source>{answers} ({failed} failed)</source>
      <translation>{answers} ({failed} fallidas)</translation>
    </message>
    <message>
      <source>{cost} (partly estimated)</source>
      <translation>{cost} (en parte estimado)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} est.</translation>
    </message>
    <message>
      <source>{count} picked</source>
      <translation>{count} elegidas</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} tokens</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed, {running} being written.</source>
      <comment>one: {done} of %n answer, {failed} failed, {running} being written.</comment>
      <translation>
        <numerusform>{done} de %n respuesta, {failed} fallidas, {running} escribiéndose.</numerusform>
        <numerusform>{done} de %n respuestas, {failed} fallidas, {running} escribiéndose.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed.</source>
      <comment>one: {done} of %n answer, {failed} failed.</comment>
      <translation>
        <numerusform>{done} de %n respuesta, {failed} fallidas.</numerusform>
        <numerusform>{done} de %n respuestas, {failed} fallidas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {running} being written.</source>
      <comment>one: {done} of %n answer, {running} being written.</comment>
      <translation>
        <numerusform>{done} de %n respuesta, {running} escribiéndose.</numerusform>
        <numerusform>{done} de %n respuestas, {running} escribiéndose.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers.</source>
      <comment>one: {done} of %n answer.</comment>
      <translation>
        <numerusform>{done} de %n respuesta.</numerusform>
        <numerusform>{done} de %n respuestas.</numerusform>
      </translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} tok/s</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
    <message>
      <source>{wins} of {judged}</source>
      <translation>{wins} de {judged}</translation>
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
      <translation>No se pudo guardar la exportación: {reason}.</translation>
    </message>
    <message>
      <source>Could not save the spending export: {reason}.</source>
      <translation>No se pudo guardar la exportación de gastos: {reason}.</translation>
    </message>
    <message>
      <source>Export comparison</source>
      <translation>Exportar comparación</translation>
    </message>
    <message>
      <source>Export conversation</source>
      <translation>Exportar conversación</translation>
    </message>
    <message>
      <source>Export spending</source>
      <translation>Exportar gastos</translation>
    </message>
    <message>
      <source>Export the run</source>
      <translation>Exportar la ejecución</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n rows of spending to {path}.</source>
      <comment>one: Exported %n row of spending to {path}.</comment>
      <translation>
        <numerusform>Se exportó %n fila de gastos a {path}.</numerusform>
        <numerusform>Se exportaron %n filas de gastos a {path}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Exportado a {path}.</translation>
    </message>
    <message>
      <source>Import conversation ({limits})</source>
      <translation>Importar conversación ({limits})</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>Importando {name}…</translation>
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
      <translation>No es un archivo normal: puede ser una carpeta, una tubería o un dispositivo.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} KB.</source>
      <translation>Es demasiado grande: el límite es {size} KB.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} MB.</source>
      <translation>Es demasiado grande: el límite es {size} MB.</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>Eliminar ejecución</translation>
    </message>
    <message>
      <source>Delete the run “{title}” and all its answers? This cannot be undone.</source>
      <translation>¿Eliminar la ejecución “{title}” y todas sus respuestas? No se puede deshacer.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>Se eliminó “{title}”.</translation>
    </message>
    <message>
      <source>Not started. Press Start when you are ready.</source>
      <translation>Sin empezar. Pulsa Iniciar cuando estés listo.</translation>
    </message>
    <message>
      <source>Prompt sets are not available right now.</source>
      <translation>Los conjuntos de instrucciones no están disponibles en este momento.</translation>
    </message>
    <message>
      <source>Run anyway</source>
      <translation>Ejecutar de todos modos</translation>
    </message>
    <message>
      <source>Started: {estimate}.</source>
      <translation>Iniciada: {estimate}.</translation>
    </message>
  </context>
  <context>
    <name>fork_flow</name>
    <message numerus="yes">
      <source>%n messages.</source>
      <comment>one: %n message.</comment>
      <translation>
        <numerusform>%n mensaje.</numerusform>
        <numerusform>%n mensajes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n turns</source>
      <comment>one: %n turn</comment>
      <translation>
        <numerusform>%n turno</numerusform>
        <numerusform>%n turnos</numerusform>
      </translation>
    </message>
    <message>
      <source>A new conversation starts with a copy of this one up to here. Everything it holds is sent again with each new message, so a shorter start costs less.</source>
      <translation>Una conversación nueva empieza con una copia de esta hasta aquí. Todo lo que contiene se envía de nuevo con cada mensaje nuevo, así que un comienzo más corto cuesta menos.</translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens to send again with each message.</source>
      <comment>one: About %n token to send again with each message.</comment>
      <translation>
        <numerusform>Unos %n token que se envían de nuevo con cada mensaje.</numerusform>
        <numerusform>Unos %n tokens que se envían de nuevo con cada mensaje.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens, about {cost} to send again with each message.</source>
      <comment>one: About %n token, about {cost} to send again with each message.</comment>
      <translation>
        <numerusform>Unos %n token, unos {cost}, que se envían de nuevo con cada mensaje.</numerusform>
        <numerusform>Unos %n tokens, unos {cost}, que se envían de nuevo con cada mensaje.</numerusform>
      </translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>Continuar en una pestaña nueva</translation>
    </message>
    <message>
      <source>How many of the last turns to keep</source>
      <translation>Cuántos de los últimos turnos conservar</translation>
    </message>
    <message>
      <source>Only the last</source>
      <translation>Solo los últimos</translation>
    </message>
    <message numerus="yes">
      <source>The whole conversation up to here (%n messages)</source>
      <comment>one: The whole conversation up to here (%n message)</comment>
      <translation>
        <numerusform>Toda la conversación hasta aquí (%n mensaje)</numerusform>
        <numerusform>Toda la conversación hasta aquí (%n mensajes)</numerusform>
      </translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation.</source>
      <translation>Este mensaje ya no se muestra en la conversación.</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <source>New conversation</source>
      <translation>Nueva conversación</translation>
    </message>
  </context>
  <context>
    <name>key_dialog</name>
    <message>
      <source>Cancel sign-in</source>
      <translation>Cancelar inicio de sesión</translation>
    </message>
    <message>
      <source>Check and save</source>
      <translation>Comprobar y guardar</translation>
    </message>
    <message>
      <source>Checking the key with {server}…</source>
      <translation>Comprobando la clave con {server}…</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Copiado</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>Copiar enlace</translation>
    </message>
    <message>
      <source>Finish signing in in your browser; Switchboard waits here. No browser window? Copy the sign-in link below into your browser.</source>
      <translation>Termina de iniciar sesión en tu navegador; Switchboard espera aquí. ¿No se abrió el navegador? Copia en tu navegador el enlace de inicio de sesión de abajo.</translation>
    </message>
    <message>
      <source>Key accepted: {description}</source>
      <translation>Clave aceptada: {description}</translation>
    </message>
    <message>
      <source>Key for {name}</source>
      <translation>Clave para {name}</translation>
    </message>
    <message>
      <source>Key status</source>
      <translation>Estado de la clave</translation>
    </message>
    <message>
      <source>OpenRouter key</source>
      <translation>Clave de OpenRouter</translation>
    </message>
    <message>
      <source>Opening your browser…</source>
      <translation>Abriendo tu navegador…</translation>
    </message>
    <message>
      <source>Or paste a key you created at {link}:</source>
      <translation>O pega una clave que hayas creado en {link}:</translation>
    </message>
    <message>
      <source>Paste the key for {name} (not your OpenRouter key):</source>
      <translation>Pega la clave de {name} (no tu clave de OpenRouter):</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>Primero pega tu clave.</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Mostrar</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter</source>
      <translation>Iniciar sesión con OpenRouter</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter (for this session only)</source>
      <translation>Iniciar sesión con OpenRouter (solo para esta sesión)</translation>
    </message>
    <message>
      <source>Sign-in cancelled.</source>
      <translation>Inicio de sesión cancelado.</translation>
    </message>
    <message>
      <source>Sign-in link</source>
      <translation>Enlace de inicio de sesión</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. To sign in, copy the link below, open it in your browser and sign in there; Switchboard waits here. Or paste a key below.</source>
      <translation>Switchboard no pudo abrir tu navegador web. Para iniciar sesión, copia el enlace de abajo, ábrelo en tu navegador e inicia sesión allí; Switchboard espera aquí. O pega una clave abajo.</translation>
    </message>
    <message>
      <source>The API address in Settings is another server ({name}), so Sign in with OpenRouter is not offered here: it would hand your new OpenRouter key to that server. Set the address back to OpenRouter to sign in.</source>
      <translation>La dirección de la API en Ajustes es otro servidor ({name}), así que aquí no se ofrece Iniciar sesión con OpenRouter: entregaría tu nueva clave de OpenRouter a ese servidor. Vuelve a poner la dirección de OpenRouter para iniciar sesión.</translation>
    </message>
    <message>
      <source>The key {name} gave you</source>
      <translation>La clave que te dio {name}</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so the key you get by signing in lasts only until you close Switchboard.</source>
      <translation>Este equipo no tiene un almacén de contraseñas que Switchboard pueda usar, así que la clave que obtengas al iniciar sesión solo dura hasta que cierres Switchboard.</translation>
    </message>
    <message>
      <source>Use this key for this session only</source>
      <translation>Usar esta clave solo en esta sesión</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <source>A key is one line without spaces or line breaks, so this is not just the key. Copy the key alone and paste it here.</source>
      <translation>Una clave es una sola línea sin espacios ni saltos de línea, así que esto no es solo la clave. Copia únicamente la clave y pégala aquí.</translation>
    </message>
    <message>
      <source>Switchboard needs an OpenRouter key: it starts with sk-or-…</source>
      <translation>Switchboard necesita una clave de OpenRouter: empieza por sk-or-…</translation>
    </message>
    <message>
      <source>This looks like a GitHub token.</source>
      <translation>Parece un token de GitHub.</translation>
    </message>
    <message>
      <source>This looks like a Google key.</source>
      <translation>Parece una clave de Google.</translation>
    </message>
    <message>
      <source>This looks like a Groq key.</source>
      <translation>Parece una clave de Groq.</translation>
    </message>
    <message>
      <source>This looks like a Hugging Face token.</source>
      <translation>Parece un token de Hugging Face.</translation>
    </message>
    <message>
      <source>This looks like a Perplexity key.</source>
      <translation>Parece una clave de Perplexity.</translation>
    </message>
    <message>
      <source>This looks like a Replicate token.</source>
      <translation>Parece un token de Replicate.</translation>
    </message>
    <message>
      <source>This looks like an Anthropic (Claude) key.</source>
      <translation>Parece una clave de Anthropic (Claude).</translation>
    </message>
    <message>
      <source>This looks like an NVIDIA key.</source>
      <translation>Parece una clave de NVIDIA.</translation>
    </message>
    <message>
      <source>This looks like an OpenAI key.</source>
      <translation>Parece una clave de OpenAI.</translation>
    </message>
    <message>
      <source>This looks like an xAI (Grok) key.</source>
      <translation>Parece una clave de xAI (Grok).</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message numerus="yes">
      <source>%n messages</source>
      <comment>one: %n message</comment>
      <translation>
        <numerusform>%n mensaje</numerusform>
        <numerusform>%n mensajes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts</source>
      <comment>one: %n prompt</comment>
      <translation>
        <numerusform>%n instrucción</numerusform>
        <numerusform>%n instrucciones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, finished</source>
      <comment>one: %n prompt, finished</comment>
      <translation>
        <numerusform>%n instrucción, terminada</numerusform>
        <numerusform>%n instrucciones, terminadas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, running</source>
      <comment>one: %n prompt, running</comment>
      <translation>
        <numerusform>%n instrucción, en curso</numerusform>
        <numerusform>%n instrucciones, en curso</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, stopped</source>
      <comment>one: %n prompt, stopped</comment>
      <translation>
        <numerusform>%n instrucción, detenida</numerusform>
        <numerusform>%n instrucciones, detenidas</numerusform>
      </translation>
    </message>
    <message>
      <source>Conversations</source>
      <translation>Conversaciones</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>Eliminar conversación</translation>
    </message>
    <message>
      <source>Delete the chosen conversation (in the library)</source>
      <translation>Eliminar la conversación elegida (en la biblioteca)</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>Fold the library</source>
      <translation>Plegar la biblioteca</translation>
    </message>
    <message>
      <source>Fold the library to a narrow strip</source>
      <translation>Plegar la biblioteca a una franja estrecha</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Biblioteca</translation>
    </message>
    <message>
      <source>No conversations match “{query}”.</source>
      <translation>Ninguna conversación coincide con “{query}”.</translation>
    </message>
    <message>
      <source>No conversations yet. Type a message below to start one.</source>
      <translation>Aún no hay conversaciones. Escribe un mensaje abajo para empezar una.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Search conversations</source>
      <translation>Buscar conversaciones</translation>
    </message>
    <message>
      <source>Show the library</source>
      <translation>Mostrar la biblioteca</translation>
    </message>
    <message numerus="yes">
      <source>comparison of %n answers, names hidden until you pick the best</source>
      <comment>one: comparison of %n answer, names hidden until you pick the best</comment>
      <translation>
        <numerusform>comparación de %n respuesta, nombres ocultos hasta que elijas la mejor</numerusform>
        <numerusform>comparación de %n respuestas, nombres ocultos hasta que elijas la mejor</numerusform>
      </translation>
    </message>
    <message>
      <source>comparison: {columns}</source>
      <translation>comparación: {columns}</translation>
    </message>
    <message>
      <source>prompt set run: {columns}</source>
      <translation>ejecución de conjunto de instrucciones: {columns}</translation>
    </message>
  </context>
  <context>
    <name>link_focus</name>
    <message>
      <source>{link}, link</source>
      <translation>{link}, enlace</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Switchboard cannot use the folder {folder} ({reason}), so what you do now may not be saved. Check that the folder can be written to.</source>
      <translation>Switchboard no puede usar la carpeta {folder} ({reason}), así que puede que lo que hagas ahora no se guarde. Comprueba que se pueda escribir en la carpeta.</translation>
    </message>
    <message>
      <source>Switchboard is damaged: {path} is missing. Reinstall it.</source>
      <translation>Switchboard está dañado: falta {path}. Vuelve a instalarlo.</translation>
    </message>
    <message>
      <source>Switchboard will use the language you chose after you restart it.</source>
      <translation>Switchboard usará el idioma que elegiste después de reiniciarlo.</translation>
    </message>
    <message>
      <source>The address in SWITCHBOARD_BASE_URL cannot be used, so Switchboard uses the address from Settings instead. {reason}</source>
      <translation>La dirección de SWITCHBOARD_BASE_URL no se puede usar, así que Switchboard usa la dirección de Ajustes. {reason}</translation>
    </message>
    <message>
      <source>looking for your key…</source>
      <translation>buscando tu clave…</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete comparison</source>
      <translation>Eliminar comparación</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>Eliminar conversación</translation>
    </message>
    <message>
      <source>Delete the comparison “{title}” and all its answers?</source>
      <translation>¿Eliminar la comparación “{title}” y todas sus respuestas?</translation>
    </message>
    <message>
      <source>Delete “{title}” and all its messages? This cannot be undone.</source>
      <translation>¿Eliminar “{title}” y todos sus mensajes? No se puede deshacer.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>Se eliminó “{title}”.</translation>
    </message>
    <message>
      <source>Next tab</source>
      <translation>Pestaña siguiente</translation>
    </message>
    <message>
      <source>Previous tab</source>
      <translation>Pestaña anterior</translation>
    </message>
    <message>
      <source>Rename conversation</source>
      <translation>Cambiar nombre de la conversación</translation>
    </message>
    <message>
      <source>Show the model and its settings (Ctrl+Shift+P)</source>
      <translation>Mostrar el modelo y sus ajustes (Ctrl+Shift+P)</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Título:</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <source>Add prompt</source>
      <translation>Añadir instrucción</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Could not save the file: {reason}.</source>
      <translation>No se pudo guardar el archivo: {reason}.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete prompt set</source>
      <translation>Eliminar conjunto de instrucciones</translation>
    </message>
    <message>
      <source>Delete the prompt set “{name}”? Runs made with it keep their own copy.</source>
      <translation>¿Eliminar el conjunto de instrucciones “{name}”? Las ejecuciones hechas con él conservan su propia copia.</translation>
    </message>
    <message>
      <source>Deleted “{name}”.</source>
      <translation>Se eliminó “{name}”.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Discard your changes?</source>
      <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
      <source>Export the prompt set</source>
      <translation>Exportar el conjunto de instrucciones</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Exportado a {path}.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>Import a prompt set</source>
      <translation>Importar un conjunto de instrucciones</translation>
    </message>
    <message numerus="yes">
      <source>Imported “{name}” with %n prompts.</source>
      <comment>one: Imported “{name}” with %n prompt.</comment>
      <translation>
        <numerusform>Se importó “{name}” con %n instrucción.</numerusform>
        <numerusform>Se importó “{name}” con %n instrucciones.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importar…</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Name of the prompt set</source>
      <translation>Nombre del conjunto de instrucciones</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nombre:</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nuevo</translation>
    </message>
    <message>
      <source>New prompt set</source>
      <translation>Nuevo conjunto de instrucciones</translation>
    </message>
    <message>
      <source>Notes on a good answer</source>
      <translation>Notas sobre una buena respuesta</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>Instrucción</translation>
    </message>
    <message>
      <source>Prompt sets</source>
      <translation>Conjuntos de instrucciones</translation>
    </message>
    <message>
      <source>Prompt sets (*.json)</source>
      <translation>Conjuntos de instrucciones (*.json)</translation>
    </message>
    <message>
      <source>Prompts of the set</source>
      <translation>Instrucciones del conjunto</translation>
    </message>
    <message>
      <source>Prompts:</source>
      <translation>Instrucciones:</translation>
    </message>
    <message>
      <source>Remove prompt</source>
      <translation>Quitar instrucción</translation>
    </message>
    <message>
      <source>Run…</source>
      <translation>Ejecutar…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Saved “{name}”.</source>
      <translation>Se guardó “{name}”.</translation>
    </message>
    <message>
      <source>Send every prompt of this set to two to four presets.</source>
      <translation>Enviar cada instrucción de este conjunto a entre dos y cuatro preajustes.</translation>
    </message>
    <message>
      <source>The chosen prompt:</source>
      <translation>La instrucción elegida:</translation>
    </message>
    <message>
      <source>The prompt, as you would type it in a conversation</source>
      <translation>La instrucción, tal como la escribirías en una conversación</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional)</source>
      <translation>Cómo es una buena respuesta (opcional)</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional):</source>
      <translation>Cómo es una buena respuesta (opcional):</translation>
    </message>
    <message>
      <source>Your changes to this prompt set cannot be saved. {problem} Discard them and close?</source>
      <translation>Los cambios en este conjunto de instrucciones no se pueden guardar. {problem} ¿Descartarlos y cerrar?</translation>
    </message>
    <message>
      <source>{number}. (empty)</source>
      <translation>{number}. (vacía)</translation>
    </message>
  </context>
  <context>
    <name>markdown</name>
    <message>
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <source>Copy this code</source>
      <translation>Copiar este código</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>Imagen</translation>
    </message>
    <message>
      <source>Image: {alt}</source>
      <translation>Imagen: {alt}</translation>
    </message>
    <message>
      <source>code</source>
      <translation>código</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <source>&amp;About Switchboard</source>
      <translation>&amp;Acerca de Switchboard</translation>
    </message>
    <message>
      <source>&amp;Close conversation</source>
      <translation>&amp;Cerrar conversación</translation>
    </message>
    <message>
      <source>&amp;Conversation</source>
      <translation>&amp;Conversación</translation>
    </message>
    <message>
      <source>&amp;Copy the newest answer</source>
      <translation>Copiar la ú&amp;ltima respuesta</translation>
    </message>
    <message>
      <source>&amp;Enter sends (Shift+Enter for a new line)</source>
      <translation>&amp;Enter envía (Shift+Enter para una línea nueva)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <source>&amp;Import conversation…</source>
      <translation>&amp;Importar conversación…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
      <source>&amp;New conversation</source>
      <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
      <source>&amp;Prompt sets…</source>
      <translation>Conjuntos de &amp;instrucciones…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;Regenerate the newest answer</source>
      <translation>&amp;Regenerar la última respuesta</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>Aj&amp;ustes…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>Conversation &amp;library</source>
      <translation>&amp;Biblioteca de conversaciones</translation>
    </message>
    <message>
      <source>Export &amp;spending as CSV…</source>
      <translation>Exportar &amp;gastos como CSV…</translation>
    </message>
    <message>
      <source>Export as &amp;JSON…</source>
      <translation>Exportar como &amp;JSON…</translation>
    </message>
    <message>
      <source>Export as &amp;Markdown…</source>
      <translation>Exportar como &amp;Markdown…</translation>
    </message>
    <message>
      <source>Go to the &amp;parameters</source>
      <translation>Ir a los &amp;parámetros</translation>
    </message>
    <message>
      <source>New c&amp;omparison…</source>
      <translation>Nueva c&amp;omparación…</translation>
    </message>
    <message>
      <source>OpenRouter &amp;credits (web page)</source>
      <translation>&amp;Crédito de OpenRouter (página web)</translation>
    </message>
    <message>
      <source>OpenRouter &amp;keys (web page)</source>
      <translation>C&amp;laves de OpenRouter (página web)</translation>
    </message>
    <message>
      <source>Show &amp;parameters</source>
      <translation>Mostrar &amp;parámetros</translation>
    </message>
    <message>
      <source>There is no answer to copy here yet.</source>
      <translation>Aún no hay ninguna respuesta que copiar aquí.</translation>
    </message>
    <message>
      <source>There is no answer to regenerate here yet.</source>
      <translation>Aún no hay ninguna respuesta que regenerar aquí.</translation>
    </message>
  </context>
  <context>
    <name>message_actions</name>
    <message>
      <source>Message copied.</source>
      <translation>Mensaje copiado.</translation>
    </message>
    <message>
      <source>Message details</source>
      <translation>Detalles del mensaje</translation>
    </message>
  </context>
  <context>
    <name>message_html</name>
    <message>
      <source>Answer</source>
      <translation>Respuesta</translation>
    </message>
    <message>
      <source>Assistant</source>
      <translation>Asistente</translation>
    </message>
    <message>
      <source>Compare versions</source>
      <translation>Comparar versiones</translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>Continuar en una pestaña nueva</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <source>Delete version</source>
      <translation>Eliminar versión</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Editar</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>Regenerar</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>Regenerar con…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Reintentar</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>Razonando…</translation>
    </message>
    <message>
      <source>Thinking… under a second</source>
      <translation>Razonando… menos de un segundo</translation>
    </message>
    <message>
      <source>Thinking… {seconds} s</source>
      <translation>Razonando… {seconds} s</translation>
    </message>
    <message>
      <source>Thought</source>
      <translation>Razonamiento</translation>
    </message>
    <message numerus="yes">
      <source>Thought %n tokens</source>
      <comment>one: Thought %n token</comment>
      <translation>
        <numerusform>Razonó %n token</numerusform>
        <numerusform>Razonó %n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for under a second</source>
      <translation>Razonó menos de un segundo</translation>
    </message>
    <message numerus="yes">
      <source>Thought for under a second · %n tokens</source>
      <comment>one: Thought for under a second · %n token</comment>
      <translation>
        <numerusform>Razonó menos de un segundo · %n token</numerusform>
        <numerusform>Razonó menos de un segundo · %n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for {seconds} s</source>
      <translation>Razonó durante {seconds} s</translation>
    </message>
    <message numerus="yes">
      <source>Thought for {seconds} s · %n tokens</source>
      <comment>one: Thought for {seconds} s · %n token</comment>
      <translation>
        <numerusform>Razonó durante {seconds} s · %n token</numerusform>
        <numerusform>Razonó durante {seconds} s · %n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Try again with less thinking</source>
      <translation>Reintentar con menos razonamiento</translation>
    </message>
    <message>
      <source>Try again without a length limit</source>
      <translation>Reintentar sin límite de longitud</translation>
    </message>
    <message>
      <source>You</source>
      <translation>Tú</translation>
    </message>
    <message>
      <source>⚠ No answer: the model used its whole length limit thinking, so nothing was left for the answer. The thinking is billed.</source>
      <translation>⚠ Sin respuesta: el modelo usó todo su límite de longitud razonando, así que no quedó nada para la respuesta. El razonamiento se factura.</translation>
    </message>
  </context>
  <context>
    <name>meta</name>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n token</numerusform>
        <numerusform>%n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Answer cost (with the prompt)</source>
      <translation>Coste de la respuesta (con la instrucción)</translation>
    </message>
    <message>
      <source>Answer tokens</source>
      <translation>Tokens de respuesta</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Coste</translation>
    </message>
    <message>
      <source>Finish reason</source>
      <translation>Motivo de finalización</translation>
    </message>
    <message>
      <source>Model requested</source>
      <translation>Modelo solicitado</translation>
    </message>
    <message>
      <source>Model that answered</source>
      <translation>Modelo que respondió</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parámetros</translation>
    </message>
    <message>
      <source>Prompt tokens</source>
      <translation>Tokens de la instrucción</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Proveedor</translation>
    </message>
    <message>
      <source>Sources:</source>
      <translation>Fuentes:</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>The model used its whole length limit thinking, so no answer was left. It was still billed.</source>
      <translation>El modelo usó todo su límite de longitud razonando, así que no quedó respuesta. Aun así se facturó.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Razonamiento</translation>
    </message>
    <message>
      <source>Thinking cost</source>
      <translation>Coste del razonamiento</translation>
    </message>
    <message>
      <source>Thinking tokens</source>
      <translation>Tokens de razonamiento</translation>
    </message>
    <message>
      <source>Thought privately</source>
      <translation>Razonó en privado</translation>
    </message>
    <message numerus="yes">
      <source>Thought privately: %n thinking tokens billed</source>
      <comment>one: Thought privately: %n thinking token billed</comment>
      <translation>
        <numerusform>Razonó en privado: %n token de razonamiento facturado</numerusform>
        <numerusform>Razonó en privado: %n tokens de razonamiento facturados</numerusform>
      </translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tiempo</translation>
    </message>
    <message>
      <source>Time thinking</source>
      <translation>Tiempo razonando</translation>
    </message>
    <message>
      <source>Web searches</source>
      <translation>Búsquedas web</translation>
    </message>
    <message>
      <source>Your message</source>
      <translation>Tu mensaje</translation>
    </message>
    <message>
      <source>about {count}</source>
      <translation>unos {count}</translation>
    </message>
    <message numerus="yes">
      <source>answer %n tokens</source>
      <comment>one: answer %n token</comment>
      <translation>
        <numerusform>respuesta %n token</numerusform>
        <numerusform>respuesta %n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>complete</source>
      <translation>completa</translation>
    </message>
    <message>
      <source>done privately: none of it came back, but it is billed</source>
      <translation>hecho en privado: no se devolvió nada, pero se factura</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fallida</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>interrumpida</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>provider defaults</source>
      <translation>valores del proveedor</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>detenida</translation>
    </message>
    <message>
      <source>streaming</source>
      <translation>recibiendo</translation>
    </message>
    <message>
      <source>the answer did not finish.</source>
      <translation>la respuesta no terminó.</translation>
    </message>
    <message numerus="yes">
      <source>thinking %n tokens</source>
      <comment>one: thinking %n token</comment>
      <translation>
        <numerusform>razonamiento %n token</numerusform>
        <numerusform>razonamiento %n tokens</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>thinking about %n tokens</source>
      <comment>one: thinking about %n token</comment>
      <translation>
        <numerusform>razonamiento unos %n token</numerusform>
        <numerusform>razonamiento unos %n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <source>via {provider}</source>
      <translation>a través de {provider}</translation>
    </message>
    <message>
      <source>{answer} + {thinking}</source>
      <translation>{answer} + {thinking}</translation>
    </message>
    <message>
      <source>{cost} (billed by OpenRouter)</source>
      <translation>{cost} (facturado por OpenRouter)</translation>
    </message>
    <message>
      <source>{cost} (estimated from the model's price)</source>
      <translation>{cost} (estimado según el precio del modelo)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} est.</translation>
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
      <translation>⚠ Cortada: la respuesta alcanzó su longitud máxima (aumenta la Longitud máxima).</translation>
    </message>
    <message>
      <source>⚠ Filtered: the provider's content filter stopped this answer.</source>
      <translation>⚠ Filtrada: el filtro de contenido del proveedor detuvo esta respuesta.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: Switchboard closed while this answer was arriving.</source>
      <translation>⚠ Incompleta: Switchboard se cerró mientras llegaba esta respuesta.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: {error}</source>
      <translation>⚠ Incompleta: {error}</translation>
    </message>
    <message>
      <source>⚠ Stopped: you stopped this answer; what arrived is kept.</source>
      <translation>⚠ Detenida: detuviste esta respuesta; lo que llegó se conserva.</translation>
    </message>
  </context>
  <context>
    <name>model_picker</name>
    <message>
      <source>Choose a model</source>
      <translation>Elegir un modelo</translation>
    </message>
    <message>
      <source>Context</source>
      <translation>Contexto</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>Entrada</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Modelos</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Salida</translation>
    </message>
    <message>
      <source>Refresh list</source>
      <translation>Actualizar lista</translation>
    </message>
    <message>
      <source>Search by name or id, e.g. “llama 70b” or “free”</source>
      <translation>Busca por nombre o id, p. ej. “llama 70b” o “free”</translation>
    </message>
    <message>
      <source>Search models</source>
      <translation>Buscar modelos</translation>
    </message>
    <message>
      <source>Use this model</source>
      <translation>Usar este modelo</translation>
    </message>
    <message>
      <source>free</source>
      <translation>gratis</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n models</source>
      <comment>one: {shown} of %n model</comment>
      <translation>
        <numerusform>{shown} de %n modelo</numerusform>
        <numerusform>{shown} de %n modelos</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>free</source>
      <translation>gratis</translation>
    </message>
    <message>
      <source>price unknown</source>
      <translation>precio desconocido</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <source>unknown context</source>
      <translation>contexto desconocido</translation>
    </message>
    <message>
      <source>{fee} per request</source>
      <translation>{fee} por solicitud</translation>
    </message>
    <message>
      <source>{model} cannot be held to a JSON schema.</source>
      <translation>{model} no puede ceñirse a un esquema JSON.</translation>
    </message>
    <message>
      <source>{model} does not accept a JSON schema.</source>
      <translation>{model} no acepta un esquema JSON.</translation>
    </message>
    <message>
      <source>{model} does not accept a Min P value.</source>
      <translation>{model} no acepta un valor de Min P.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top A value.</source>
      <translation>{model} no acepta un valor de Top A.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top K value.</source>
      <translation>{model} no acepta un valor de Top K.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top P value.</source>
      <translation>{model} no acepta un valor de Top P.</translation>
    </message>
    <message>
      <source>{model} does not accept a frequency penalty.</source>
      <translation>{model} no acepta una penalización por frecuencia.</translation>
    </message>
    <message>
      <source>{model} does not accept a maximum length.</source>
      <translation>{model} no acepta una longitud máxima.</translation>
    </message>
    <message>
      <source>{model} does not accept a presence penalty.</source>
      <translation>{model} no acepta una penalización por presencia.</translation>
    </message>
    <message>
      <source>{model} does not accept a repetition penalty.</source>
      <translation>{model} no acepta una penalización por repetición.</translation>
    </message>
    <message>
      <source>{model} does not accept a response format.</source>
      <translation>{model} no acepta un formato de respuesta.</translation>
    </message>
    <message>
      <source>{model} does not accept a seed.</source>
      <translation>{model} no acepta una semilla.</translation>
    </message>
    <message>
      <source>{model} does not accept a temperature.</source>
      <translation>{model} no acepta una temperatura.</translation>
    </message>
    <message>
      <source>{model} does not accept log probabilities.</source>
      <translation>{model} no acepta probabilidades logarítmicas.</translation>
    </message>
    <message>
      <source>{model} does not accept reasoning settings.</source>
      <translation>{model} no acepta ajustes de razonamiento.</translation>
    </message>
    <message>
      <source>{model} does not accept stop sequences.</source>
      <translation>{model} no acepta secuencias de parada.</translation>
    </message>
    <message>
      <source>{model} does not accept tools.</source>
      <translation>{model} no acepta herramientas.</translation>
    </message>
    <message>
      <source>{model} does not accept “{name}”.</source>
      <translation>{model} no acepta “{name}”.</translation>
    </message>
    <message>
      <source>{model} does not think before answering.</source>
      <translation>{model} no razona antes de responder.</translation>
    </message>
    <message>
      <source>{model} has no JSON mode.</source>
      <translation>{model} no tiene modo JSON.</translation>
    </message>
    <message>
      <source>{prices} · {fee}</source>
      <translation>{prices} · {fee}</translation>
    </message>
    <message>
      <source>{prompt} in · {completion} out</source>
      <translation>{prompt} entrada · {completion} salida</translation>
    </message>
    <message>
      <source>{tokens} context</source>
      <translation>{tokens} de contexto</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <source>free</source>
      <translation>gratis</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
  </context>
  <context>
    <name>new_comparison</name>
    <message>
      <source>Blind: hide the names and shuffle the columns until I pick the best</source>
      <translation>A ciegas: ocultar los nombres y mezclar las columnas hasta que elija la mejor</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Comparar</translation>
    </message>
    <message>
      <source>Fair: the same provider for every column of a model, and every setting must be honoured</source>
      <translation>Justa: el mismo proveedor en todas las columnas de un modelo, y se deben respetar todos los ajustes</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>Nueva comparación</translation>
    </message>
    <message>
      <source>Otherwise the answers may come from different companies running the model, and one of them may quietly ignore a setting, so you would compare those instead.</source>
      <translation>Si no, las respuestas pueden venir de distintas empresas que ejecutan el modelo, y una de ellas puede ignorar un ajuste sin avisar, así que estarías comparando eso.</translation>
    </message>
    <message>
      <source>Presets to compare</source>
      <translation>Preajustes para comparar</translation>
    </message>
    <message>
      <source>Tick between {least} and {most} presets (now {ticked}).</source>
      <translation>Marca entre {least} y {most} preajustes (ahora {ticked}).</translation>
    </message>
    <message>
      <source>Tick two to four presets. One prompt goes to all of them with {model} (or the model a preset names); the answers stream side by side.</source>
      <translation>Marca de dos a cuatro preajustes. Una misma instrucción va a todos con {model} (o el modelo que indique un preajuste); las respuestas llegan una junto a otra.</translation>
    </message>
    <message>
      <source>Title (optional)</source>
      <translation>Título (opcional)</translation>
    </message>
    <message>
      <source>{left} vs {right}</source>
      <translation>{left} frente a {right}</translation>
    </message>
  </context>
  <context>
    <name>oauth</name>
    <message>
      <source>Bad request</source>
      <translation>Solicitud incorrecta</translation>
    </message>
    <message>
      <source>Could not reach OpenRouter to finish signing in. Check your internet connection, then try again.</source>
      <translation>No se pudo conectar con OpenRouter para terminar de iniciar sesión. Comprueba tu conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>No permitido</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>No encontrado</translation>
    </message>
    <message>
      <source>OpenRouter could not finish the sign-in right now. Please try again in a minute.</source>
      <translation>OpenRouter no pudo terminar el inicio de sesión en este momento. Vuelve a intentarlo dentro de un minuto.</translation>
    </message>
    <message>
      <source>Return to Switchboard and try again, or paste a key there instead.</source>
      <translation>Vuelve a Switchboard e inténtalo de nuevo, o pega allí una clave.</translation>
    </message>
    <message>
      <source>Sign-in already finished</source>
      <translation>El inicio de sesión ya terminó</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Sesión iniciada</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. Paste a key instead, or try again once a browser is set up.</source>
      <translation>Switchboard no pudo abrir tu navegador web. Pega una clave, o vuelve a intentarlo cuando haya un navegador configurado.</translation>
    </message>
    <message>
      <source>Switchboard was not given access to your OpenRouter account. Sign in again whenever you are ready.</source>
      <translation>Switchboard no recibió acceso a tu cuenta de OpenRouter. Vuelve a iniciar sesión cuando quieras.</translation>
    </message>
    <message>
      <source>The sign-in did not complete</source>
      <translation>El inicio de sesión no se completó</translation>
    </message>
    <message>
      <source>The sign-in did not complete. Please try again.</source>
      <translation>El inicio de sesión no se completó. Vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>The sign-in took too long, so Switchboard stopped waiting for the browser. Please try again.</source>
      <translation>El inicio de sesión tardó demasiado, así que Switchboard dejó de esperar al navegador. Vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>This address only answers sign-ins.</source>
      <translation>Esta dirección solo responde a inicios de sesión.</translation>
    </message>
    <message>
      <source>Too many sign-in attempts right now. Wait a minute, then try again.</source>
      <translation>Demasiados intentos de inicio de sesión en este momento. Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>You can close this tab and return to Switchboard.</source>
      <translation>Puedes cerrar esta pestaña y volver a Switchboard.</translation>
    </message>
  </context>
  <context>
    <name>param_rows</name>
    <message>
      <source> tokens</source>
      <comment>after the budget's number</comment>
      <translation> tokens</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Presupuesto</translation>
    </message>
    <message>
      <source>Give the most tokens it may spend thinking</source>
      <translation>Indicar el máximo de tokens que puede gastar razonando</translation>
    </message>
    <message>
      <source>Hidden thinking is still done, and still billed.</source>
      <translation>El razonamiento oculto se sigue haciendo, y se sigue facturando.</translation>
    </message>
    <message>
      <source>Hide the thinking</source>
      <translation>Ocultar el razonamiento</translation>
    </message>
    <message>
      <source>How much the model thinks before it answers</source>
      <translation>Cuánto razona el modelo antes de responder</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON que sigue un esquema</translation>
    </message>
    <message>
      <source>JSON object</source>
      <translation>Objeto JSON</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>Esquema JSON</translation>
    </message>
    <message>
      <source>Model's choice</source>
      <translation>Lo que elija el modelo</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Desactivado</translation>
    </message>
    <message>
      <source>One per line, up to 4. Write \n for a new line.</source>
      <translation>Una por línea, hasta 4. Escribe \n para una línea nueva.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Texto sin formato</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Restablecer</translation>
    </message>
    <message>
      <source>Reset {name}</source>
      <translation>Restablecer {name}</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>Formato de respuesta</translation>
    </message>
    <message>
      <source>Schema name</source>
      <translation>Nombre del esquema</translation>
    </message>
    <message>
      <source>Send this parameter. Off: the provider's default applies.</source>
      <translation>Enviar este parámetro. Desactivado: se aplica el valor predeterminado del proveedor.</translation>
    </message>
    <message>
      <source>Send {name}</source>
      <translation>Enviar {name}</translation>
    </message>
    <message>
      <source>Switch it off and go back to the provider's default</source>
      <translation>Desactivarlo y volver al valor predeterminado del proveedor</translation>
    </message>
    <message>
      <source>The model answers straight away, without thinking first</source>
      <translation>El modelo responde directamente, sin razonar antes</translation>
    </message>
    <message>
      <source>The model still thinks, and it is still billed; only the text stays away</source>
      <translation>El modelo sigue razonando, y se sigue facturando; solo el texto queda oculto</translation>
    </message>
    <message>
      <source>The model thinks as much as it usually does (with Hide the thinking: hidden)</source>
      <translation>El modelo razona tanto como suele (con Ocultar el razonamiento: oculto)</translation>
    </message>
    <message>
      <source>The most tokens the model may spend thinking</source>
      <translation>El máximo de tokens que el modelo puede gastar razonando</translation>
    </message>
    <message>
      <source>Thinking amount</source>
      <translation>Cantidad de razonamiento</translation>
    </message>
    <message>
      <source>Thinking budget in tokens</source>
      <translation>Presupuesto de razonamiento en tokens</translation>
    </message>
    <message>
      <source>This model</source>
      <translation>Este modelo</translation>
    </message>
    <message>
      <source>Token budget</source>
      <translation>Presupuesto de tokens</translation>
    </message>
    <message>
      <source>Type at least one stop sequence, or switch it off.</source>
      <translation>Escribe al menos una secuencia de parada, o desactívala.</translation>
    </message>
    <message>
      <source>{choice} (not offered)</source>
      <translation>{choice} (no disponible)</translation>
    </message>
    <message>
      <source>{label} ({api_name})</source>
      <translation>{label} ({api_name})</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} no puede desactivar su razonamiento. Elige otra cantidad, o Restablecer para dejarlo en manos del modelo.</translation>
    </message>
    <message>
      <source>{model} does not offer the {effort} thinking effort. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} no ofrece el nivel de razonamiento {effort}. Elige otra cantidad, o Restablecer para dejarlo en manos del modelo.</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} no admite un presupuesto de razonamiento. Elige otra cantidad, o Restablecer para dejarlo en manos del modelo.</translation>
    </message>
    <message>
      <source>{name} slider</source>
      <translation>Control deslizante de {name}</translation>
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
      <translation>Permitir otros proveedores cuando falle el primero</translation>
    </message>
    <message>
      <source>Allowed</source>
      <translation>Permitida</translation>
    </message>
    <message>
      <source>Change model…</source>
      <translation>Cambiar modelo…</translation>
    </message>
    <message>
      <source>Changed since you chose “{name}”. Reset to go back to its values, or Save as… to keep these as a preset of your own.</source>
      <translation>Cambiado desde que elegiste “{name}”. Restablecer vuelve a sus valores, o Guardar como… conserva estos como un preajuste propio.</translation>
    </message>
    <message>
      <source>Choosing a preset applies its values at once.</source>
      <translation>Al elegir un preajuste se aplican sus valores de inmediato.</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Personalizado</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Datos</translation>
    </message>
    <message>
      <source>Data collection</source>
      <translation>Recopilación de datos</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Predeterminado</translation>
    </message>
    <message>
      <source>Fall back</source>
      <translation>Alternativa</translation>
    </message>
    <message>
      <source>Fastest output</source>
      <translation>Salida más rápida</translation>
    </message>
    <message>
      <source>For models that cannot read PDFs themselves. Reading pictures of pages (for scanned PDFs) costs $2 per 1,000 pages.</source>
      <translation>Para modelos que no pueden leer PDF por sí mismos. Leer imágenes de páginas (en PDF escaneados) cuesta $2 por cada 1.000 páginas.</translation>
    </message>
    <message>
      <source>Free to use</source>
      <translation>Uso gratuito</translation>
    </message>
    <message>
      <source>Go back to the values of “{name}”</source>
      <translation>Volver a los valores de “{name}”</translation>
    </message>
    <message>
      <source>How PDFs are read</source>
      <translation>Cómo se leen los PDF</translation>
    </message>
    <message>
      <source>How it answers</source>
      <translation>Cómo responde</translation>
    </message>
    <message>
      <source>In effect: {preset}. Choosing a preset applies its values at once.</source>
      <translation>En uso: {preset}. Al elegir un preajuste se aplican sus valores de inmediato.</translation>
    </message>
    <message>
      <source>Instructions the model follows for the whole conversation (optional)</source>
      <translation>Instrucciones que el modelo sigue durante toda la conversación (opcional)</translation>
    </message>
    <message>
      <source>Lowest price</source>
      <translation>Precio más bajo</translation>
    </message>
    <message>
      <source>Manage…</source>
      <translation>Gestionar…</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>Valores del modelo</translation>
    </message>
    <message>
      <source>Models are paid by the token. A token is a piece of a word: on average about three quarters of a word, so a million tokens is roughly 750,000 words.
“In” is everything sent with your message: the system prompt, the conversation so far and what you typed. “Out” is what the model writes back.</source>
      <translation>Los modelos se pagan por token. Un token es un trozo de palabra: de media, unas tres cuartas partes de una palabra, así que un millón de tokens son aproximadamente 750.000 palabras.
“Entrada” es todo lo que se envía con tu mensaje: las instrucciones del sistema, la conversación hasta ahora y lo que escribiste. “Salida” es lo que el modelo escribe de vuelta.</translation>
    </message>
    <message>
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <source>Not in the model list yet: every parameter stays available.</source>
      <translation>Aún no está en la lista de modelos: todos los parámetros siguen disponibles.</translation>
    </message>
    <message>
      <source>Off. {price}</source>
      <translation>Desactivado. {price}</translation>
    </message>
    <message>
      <source>Only providers that honour every parameter set here. Without this, a provider that does not support a parameter silently ignores it.</source>
      <translation>Solo proveedores que respetan todos los parámetros definidos aquí. Sin esto, un proveedor que no admite un parámetro lo ignora sin avisar.</translation>
    </message>
    <message>
      <source>Only providers that keep no data</source>
      <translation>Solo proveedores que no guardan datos</translation>
    </message>
    <message>
      <source>PDFs</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parámetros</translation>
    </message>
    <message>
      <source>Prefer</source>
      <translation>Preferir</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Preajuste</translation>
    </message>
    <message>
      <source>Price unknown</source>
      <translation>Precio desconocido</translation>
    </message>
    <message>
      <source>Providers</source>
      <translation>Proveedores</translation>
    </message>
    <message>
      <source>Quickest start</source>
      <translation>Inicio más rápido</translation>
    </message>
    <message>
      <source>Read pictures of pages too ($2 per 1,000 pages)</source>
      <translation>Leer también imágenes de páginas ($2 por cada 1.000 páginas)</translation>
    </message>
    <message>
      <source>Read their text (free)</source>
      <translation>Leer su texto (gratis)</translation>
    </message>
    <message>
      <source>Require every parameter</source>
      <translation>Exigir todos los parámetros</translation>
    </message>
    <message>
      <source>Reset to {name}</source>
      <translation>Restablecer a {name}</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>Results per search</source>
      <translation>Resultados por búsqueda</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Guardar como…</translation>
    </message>
    <message>
      <source>Search the web</source>
      <translation>Buscar en la web</translation>
    </message>
    <message>
      <source>Show request…</source>
      <translation>Mostrar solicitud…</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Instrucciones del sistema</translation>
    </message>
    <message>
      <source>The exact JSON that the next message will send</source>
      <translation>El JSON exacto que enviará el próximo mensaje</translation>
    </message>
    <message>
      <source>The model may search the web before it answers, and lists the pages it used. Each search costs extra.</source>
      <translation>El modelo puede buscar en la web antes de responder, y muestra las páginas que usó. Cada búsqueda tiene un coste adicional.</translation>
    </message>
    <message>
      <source>These values match no preset. Save as… keeps them as a preset of your own.</source>
      <translation>Estos valores no coinciden con ningún preajuste. Guardar como… los conserva como un preajuste propio.</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · out: {completion}</source>
      <translation>Tokens de entrada: {prompt} · de salida: {completion}</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · {completion} per million out</source>
      <translation>Tokens de entrada: {prompt} · {completion} por millón de salida</translation>
    </message>
    <message>
      <source>Web search and PDFs</source>
      <translation>Búsqueda web y PDF</translation>
    </message>
    <message>
      <source>What this conversation sends. Parameters that are off use the model's own defaults.</source>
      <translation>Lo que envía esta conversación. Los parámetros desactivados usan los valores predeterminados del modelo.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>free</source>
      <translation>gratis</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconocido</translation>
    </message>
    <message>
      <source>unknown context: the tokens of conversation and answer it handles at once</source>
      <translation>contexto desconocido: los tokens de conversación y respuesta que maneja a la vez</translation>
    </message>
    <message>
      <source>{model} cannot search the web. Choose another model to search.</source>
      <translation>{model} no puede buscar en la web. Elige otro modelo para buscar.</translation>
    </message>
    <message>
      <source>{name}  (yours)</source>
      <translation>{name}  (tuyo)</translation>
    </message>
    <message>
      <source>{name} (modified)</source>
      <translation>{name} (modificado)</translation>
    </message>
    <message>
      <source>{price} per request</source>
      <translation>{price} por solicitud</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · out: {completion}</source>
      <translation>{prompt} por millón de tokens de entrada · salida: {completion}</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · {completion} per million out</source>
      <translation>{prompt} por millón de tokens de entrada · {completion} por millón de salida</translation>
    </message>
    <message>
      <source>{tokens} context: the tokens of conversation and answer it handles at once</source>
      <translation>{tokens} de contexto: los tokens de conversación y respuesta que maneja a la vez</translation>
    </message>
  </context>
  <context>
    <name>params</name>
    <message numerus="yes">
      <source>%n stop sequences</source>
      <comment>one: %n stop sequence</comment>
      <translation>
        <numerusform>%n secuencia de parada</numerusform>
        <numerusform>%n secuencias de parada</numerusform>
      </translation>
    </message>
    <message>
      <source>A JSON schema format needs a schema object.</source>
      <translation>Un formato de esquema JSON necesita un objeto de esquema.</translation>
    </message>
    <message>
      <source>A fixed number that makes answers repeatable on models that support it.</source>
      <translation>Un número fijo que hace que las respuestas se puedan repetir en los modelos que lo admiten.</translation>
    </message>
    <message>
      <source>A small value (0.05 to 0.1) keeps creative settings coherent.</source>
      <translation>Un valor pequeño (de 0,05 a 0,1) mantiene coherentes los ajustes creativos.</translation>
    </message>
    <message>
      <source>A stop sequence cannot be empty.</source>
      <translation>Una secuencia de parada no puede estar vacía.</translation>
    </message>
    <message>
      <source>Asks for plain text, any JSON object, or JSON that matches a schema you give.</source>
      <translation>Pide texto sin formato, cualquier objeto JSON o JSON que siga un esquema que indiques.</translation>
    </message>
    <message>
      <source>Data collection must be allow or deny.</source>
      <translation>La recopilación de datos debe ser allow o deny.</translation>
    </message>
    <message>
      <source>Discourages any word that has already appeared, however often.</source>
      <translation>Desalienta cualquier palabra que ya haya aparecido, sin importar cuántas veces.</translation>
    </message>
    <message>
      <source>Discourages words the more often they have already appeared.</source>
      <translation>Desalienta las palabras cuanto más a menudo hayan aparecido ya.</translation>
    </message>
    <message>
      <source>Drops unlikely words, more strictly when the model is confident.</source>
      <translation>Descarta palabras improbables, con más rigor cuando el modelo está seguro.</translation>
    </message>
    <message>
      <source>Drops words whose chance is below this share of the most likely word's chance.</source>
      <translation>Descarta las palabras cuya probabilidad sea inferior a esta fracción de la probabilidad de la palabra más probable.</translation>
    </message>
    <message>
      <source>Frequency penalty</source>
      <translation>Penalización por frecuencia</translation>
    </message>
    <message>
      <source>How adventurous the wording is: low values pick the most likely words, high values take more chances.</source>
      <translation>Cuán atrevida es la redacción: los valores bajos eligen las palabras más probables, los altos se arriesgan más.</translation>
    </message>
    <message>
      <source>How much a thinking model reasons before it answers. Thinking is billed like answer words, even when it is hidden.</source>
      <translation>Cuánto razona un modelo con razonamiento antes de responder. El razonamiento se factura como las palabras de la respuesta, aunque esté oculto.</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON que sigue un esquema</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>Salida JSON</translation>
    </message>
    <message>
      <source>Less thinking is quicker and cheaper; more helps with maths, code and tricky questions.</source>
      <translation>Menos razonamiento es más rápido y barato; más ayuda con matemáticas, código y preguntas difíciles.</translation>
    </message>
    <message>
      <source>Lower it (e.g. 0.9) to cut off unlikely words; usually change this or temperature, not both.</source>
      <translation>Bájalo (p. ej. 0,9) para descartar palabras improbables; normalmente cambia este o la temperatura, no ambos.</translation>
    </message>
    <message>
      <source>Lower it for facts and code; raise it for brainstorming and stories.</source>
      <translation>Bájala para datos y código; súbela para lluvias de ideas e historias.</translation>
    </message>
    <message>
      <source>Makes the model less likely to repeat text from the conversation; 1 means no penalty.</source>
      <translation>Hace que el modelo repita menos texto de la conversación; 1 significa sin penalización.</translation>
    </message>
    <message>
      <source>Maximum length</source>
      <translation>Longitud máxima</translation>
    </message>
    <message>
      <source>Min P</source>
      <translation>Min P</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>Valores del modelo</translation>
    </message>
    <message>
      <source>Only considers the most likely words whose chances add up to this share.</source>
      <translation>Solo tiene en cuenta las palabras más probables cuyas probabilidades suman esta fracción.</translation>
    </message>
    <message>
      <source>Only considers this many of the most likely next words (0 means no limit).</source>
      <translation>Solo tiene en cuenta este número de las siguientes palabras más probables (0 significa sin límite).</translation>
    </message>
    <message>
      <source>OpenRouter accepts at most 4 stop sequences.</source>
      <translation>OpenRouter acepta como máximo 4 secuencias de parada.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Texto sin formato</translation>
    </message>
    <message>
      <source>Presence penalty</source>
      <translation>Penalización por presencia</translation>
    </message>
    <message>
      <source>Raise it a little if answers repeat the same words or phrases.</source>
      <translation>Súbela un poco si las respuestas repiten las mismas palabras o frases.</translation>
    </message>
    <message>
      <source>Raise it slightly (1.1) if the model loops; too high makes odd wording.</source>
      <translation>Súbela ligeramente (1,1) si el modelo se repite en bucle; demasiado alta produce una redacción extraña.</translation>
    </message>
    <message>
      <source>Raise it to push the model toward new topics.</source>
      <translation>Súbela para llevar al modelo hacia temas nuevos.</translation>
    </message>
    <message>
      <source>Rarely needed; try a small value if high temperatures produce nonsense.</source>
      <translation>Rara vez hace falta; prueba un valor pequeño si las temperaturas altas producen disparates.</translation>
    </message>
    <message>
      <source>Repetition penalty</source>
      <translation>Penalización por repetición</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>Formato de respuesta</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Semilla</translation>
    </message>
    <message>
      <source>Set a small number (e.g. 40) for safer, more predictable text.</source>
      <translation>Pon un número pequeño (p. ej. 40) para un texto más seguro y predecible.</translation>
    </message>
    <message>
      <source>Set it to cap cost or keep answers short; too low cuts answers off.</source>
      <translation>Ajústala para limitar el coste o mantener cortas las respuestas; demasiado baja corta las respuestas.</translation>
    </message>
    <message>
      <source>Set it when you want the same answer twice, for example to compare settings fairly.</source>
      <translation>Ajústala cuando quieras la misma respuesta dos veces, por ejemplo para comparar ajustes de forma justa.</translation>
    </message>
    <message>
      <source>Sort providers by price, throughput or latency.</source>
      <translation>Ordenar los proveedores por precio, rendimiento o latencia.</translation>
    </message>
    <message>
      <source>Stop sequences</source>
      <translation>Secuencias de parada</translation>
    </message>
    <message>
      <source>Stop sequences must be a list of texts.</source>
      <translation>Las secuencias de parada deben ser una lista de textos.</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>Temperatura</translation>
    </message>
    <message>
      <source>Text that makes the model stop writing as soon as it produces it (up to 4).</source>
      <translation>Texto que hace que el modelo deje de escribir en cuanto lo produce (hasta 4).</translation>
    </message>
    <message>
      <source>The longest answer allowed, in tokens (a token is about three quarters of a word).</source>
      <translation>La respuesta más larga permitida, en tokens (un token es unas tres cuartas partes de una palabra).</translation>
    </message>
    <message>
      <source>The response format holds a value that cannot be sent (NaN).</source>
      <translation>El formato de respuesta contiene un valor que no se puede enviar (NaN).</translation>
    </message>
    <message>
      <source>The response format must be a JSON object.</source>
      <translation>El formato de respuesta debe ser un objeto JSON.</translation>
    </message>
    <message>
      <source>The response format must be text, json_object or json_schema.</source>
      <translation>El formato de respuesta debe ser text, json_object o json_schema.</translation>
    </message>
    <message>
      <source>The schema is not valid JSON (line {line}).</source>
      <translation>El esquema no es JSON válido (línea {line}).</translation>
    </message>
    <message>
      <source>The schema must be a JSON object: { … }.</source>
      <translation>El esquema debe ser un objeto JSON: { … }.</translation>
    </message>
    <message>
      <source>The schema needs a name of up to 64 letters, digits, '_' or '-'.</source>
      <translation>El esquema necesita un nombre de hasta 64 letras, dígitos, '_' o '-'.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Razonamiento</translation>
    </message>
    <message>
      <source>Thinking must be a thinking setting.</source>
      <translation>Razonamiento debe ser un ajuste de razonamiento.</translation>
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
      <translation>Escribe un valor para {name}, o desactívalo.</translation>
    </message>
    <message>
      <source>Use JSON when another program will read the answer.</source>
      <translation>Usa JSON cuando otro programa vaya a leer la respuesta.</translation>
    </message>
    <message>
      <source>Use it to end answers at a marker, such as a blank line or 'User:'.</source>
      <translation>Úsalo para terminar las respuestas en una marca, como una línea en blanco o 'User:'.</translation>
    </message>
    <message>
      <source>{name} must be a finite number.</source>
      <translation>{name} debe ser un número finito.</translation>
    </message>
    <message>
      <source>{name} must be a number.</source>
      <translation>{name} debe ser un número.</translation>
    </message>
    <message>
      <source>{name} must be a whole number.</source>
      <translation>{name} debe ser un número entero.</translation>
    </message>
    <message>
      <source>{name} must be above {low} and at most {high}.</source>
      <translation>{name} debe ser mayor que {low} y como máximo {high}.</translation>
    </message>
    <message>
      <source>{name} must be at least {low}.</source>
      <translation>{name} debe ser al menos {low}.</translation>
    </message>
    <message>
      <source>{name} must be between {low} and {high}.</source>
      <translation>{name} debe estar entre {low} y {high}.</translation>
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
      <translation>error desconocido</translation>
    </message>
  </context>
  <context>
    <name>preset_store</name>
    <message>
      <source>The file could not be opened.</source>
      <translation>No se pudo abrir el archivo.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>Este archivo no es un archivo de preajustes de Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a Switchboard presets file.</source>
      <translation>Este archivo es demasiado grande para ser un archivo de preajustes de Switchboard.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it holds a number with too many digits.</source>
      <translation>Este archivo de preajustes está dañado: contiene un número con demasiadas cifras.</translation>
    </message>
    <message>
      <source>Your saved presets at {path} could not be used, so only the built-in presets are available. {why}</source>
      <translation>No se pudieron usar tus preajustes guardados en {path}, así que solo están disponibles los preajustes integrados. {why}</translation>
    </message>
    <message>
      <source>Your saved presets could not be used, so only the built-in presets are available. {why} The old file is kept at {kept}.</source>
      <translation>No se pudieron usar tus preajustes guardados, así que solo están disponibles los preajustes integrados. {why} El archivo antiguo se conserva en {kept}.</translation>
    </message>
  </context>
  <context>
    <name>presets</name>
    <message>
      <source>A higher temperature (1.1) with Min P 0.05 gives more varied wording that still stays on track; use it for brainstorming and stories.</source>
      <translation>Una temperatura más alta (1.1) con Min P 0.05 da una redacción más variada que no se desvía del tema; úsalo para lluvias de ideas e historias.</translation>
    </message>
    <message>
      <source>A low temperature (0.2) with Top P 0.9 keeps answers focused and consistent; use it for facts, code and step-by-step work.</source>
      <translation>Una temperatura baja (0.2) con Top P 0.9 mantiene las respuestas centradas y coherentes; úsalo para datos, código y trabajo paso a paso.</translation>
    </message>
    <message>
      <source>A model ID such as microsoft/wizardlm-2-8x22b</source>
      <translation>Un ID de modelo como microsoft/wizardlm-2-8x22b</translation>
    </message>
    <message>
      <source>A preset name can be at most {most} characters long.</source>
      <translation>El nombre de un preajuste puede tener como máximo {most} caracteres.</translation>
    </message>
    <message>
      <source>A preset name must be a single line of text.</source>
      <translation>El nombre de un preajuste debe ser una sola línea de texto.</translation>
    </message>
    <message>
      <source>A preset needs a name.</source>
      <translation>Un preajuste necesita un nombre.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think hard (high effort) before it answers: slower and costlier, but better at maths, code and tricky questions.</source>
      <translation>Pide a un modelo que razona que piense a fondo (esfuerzo alto) antes de responder: más lento y más caro, pero mejor en matemáticas, código y preguntas difíciles.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think only a little (low effort) before it answers: quicker and cheaper; models that do not think answer as usual.</source>
      <translation>Pide a un modelo que razona que piense solo un poco (esfuerzo bajo) antes de responder: más rápido y más barato; los modelos que no razonan responden como siempre.</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>Equilibrado</translation>
    </message>
    <message>
      <source>Caps every answer at 300 tokens (about 225 words), so longer answers are cut off mid-way; use it to keep replies short and cheap.</source>
      <translation>Limita cada respuesta a 300 tokens (unas 225 palabras en inglés), así que las respuestas más largas se cortan a medias; úsalo para que las respuestas sean breves y baratas.</translation>
    </message>
    <message>
      <source>Careful</source>
      <translation>Minucioso</translation>
    </message>
    <message>
      <source>Concise</source>
      <translation>Conciso</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>No se pudo abrir “{name}” ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>No se pudo escribir “{name}” ({reason}). Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>Creative</source>
      <translation>Creativo</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>Eliminar preajuste</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”?</source>
      <translation>¿Eliminar el preajuste “{name}”?</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplicar</translation>
    </message>
    <message>
      <source>Empty: conversations that use this preset have none</source>
      <translation>Vacío: las conversaciones que usan este preajuste no tienen ninguna</translation>
    </message>
    <message>
      <source>Export preset</source>
      <translation>Exportar preajuste</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {path}.</source>
      <comment>one: Exported %n preset to {path}.</comment>
      <translation>
        <numerusform>Se exportó %n preajuste a {path}.</numerusform>
        <numerusform>Se exportaron %n preajustes a {path}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>Importar preajustes</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n presets.</source>
      <comment>one: Imported %n preset.</comment>
      <translation>
        <numerusform>Se importó %n preajuste.</numerusform>
        <numerusform>Se importaron %n preajustes.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importar…</translation>
    </message>
    <message>
      <source>Include the model</source>
      <translation>Incluir el modelo</translation>
    </message>
    <message>
      <source>Include the system prompt</source>
      <translation>Incluir las instrucciones del sistema</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>Salida JSON</translation>
    </message>
    <message numerus="yes">
      <source>Kept your %n existing presets.</source>
      <comment>one: Kept your %n existing preset.</comment>
      <translation>
        <numerusform>Se conservó tu %n preajuste existente.</numerusform>
        <numerusform>Se conservaron tus %n preajustes existentes.</numerusform>
      </translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>Model ID</source>
      <translation>ID del modelo</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Name of the new preset:</source>
      <translation>Nombre del nuevo preajuste:</translation>
    </message>
    <message>
      <source>Nothing was saved. Choose another name first.</source>
      <translation>No se guardó nada. Elige primero otro nombre.</translation>
    </message>
    <message>
      <source>Nothing was saved. Fix the value marked in red first.</source>
      <translation>No se guardó nada. Corrige primero el valor marcado en rojo.</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parámetros</translation>
    </message>
    <message>
      <source>Precise</source>
      <translation>Preciso</translation>
    </message>
    <message>
      <source>Preset description</source>
      <translation>Descripción del preajuste</translation>
    </message>
    <message>
      <source>Preset name</source>
      <translation>Nombre del preajuste</translation>
    </message>
    <message>
      <source>Preset number {number} in this file has no name.</source>
      <translation>El preajuste número {number} de este archivo no tiene nombre.</translation>
    </message>
    <message>
      <source>Preset number {number} in this file is not a preset.</source>
      <translation>El preajuste número {number} de este archivo no es un preajuste.</translation>
    </message>
    <message>
      <source>Preset number {number}: {problem}</source>
      <translation>Preajuste número {number}: {problem}</translation>
    </message>
    <message>
      <source>Preset “{name}”: {problem}</source>
      <translation>Preajuste “{name}”: {problem}</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Preajustes</translation>
    </message>
    <message>
      <source>Presets (*.json)</source>
      <translation>Preajustes (*.json)</translation>
    </message>
    <message>
      <source>Provider choices</source>
      <translation>Opciones de proveedor</translation>
    </message>
    <message>
      <source>Providers (kept as they are when you save):</source>
      <translation>Proveedores (se conservan tal cual al guardar):</translation>
    </message>
    <message>
      <source>Quick</source>
      <translation>Rápido</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Reemplazar</translation>
    </message>
    <message>
      <source>Replace presets?</source>
      <translation>¿Reemplazar los preajustes?</translation>
    </message>
    <message>
      <source>Replace the system prompt</source>
      <translation>Reemplazar las instrucciones del sistema</translation>
    </message>
    <message>
      <source>Reproducible</source>
      <translation>Reproducible</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Save as a copy</source>
      <translation>Guardar como copia</translation>
    </message>
    <message>
      <source>Save as a copy…</source>
      <translation>Guardar como copia…</translation>
    </message>
    <message>
      <source>Save as preset</source>
      <translation>Guardar como preajuste</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Se guardó el preajuste “{name}”.</translation>
    </message>
    <message>
      <source>Saved your changes as the preset “{name}”.</source>
      <translation>Se guardaron tus cambios como el preajuste “{name}”.</translation>
    </message>
    <message>
      <source>Sends no sampling settings at all, so the provider's own defaults apply; a good start for everyday chat.</source>
      <translation>No envía ningún ajuste de muestreo, así que se aplican los valores del propio proveedor; un buen punto de partida para el chat de cada día.</translation>
    </message>
    <message>
      <source>Set another parameter…</source>
      <translation>Definir otro parámetro…</translation>
    </message>
    <message>
      <source>Sets: {summary}</source>
      <translation>Define: {summary}</translation>
    </message>
    <message>
      <source>Skipped {names}: a built-in preset has that name.</source>
      <translation>Se omitió {names}: un preajuste integrado tiene ese nombre.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own model.</source>
      <translation>Si se desactiva, cada conversación conserva su propio modelo.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own system prompt.</source>
      <translation>Si se desactiva, cada conversación conserva sus propias instrucciones del sistema.</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Instrucciones del sistema</translation>
    </message>
    <message>
      <source>Temperature 0 and a fixed seed (42) make the same prompt give the same answer as far as the model allows, though not every model or provider guarantees it; use it to compare settings fairly.</source>
      <translation>Temperatura 0 y una semilla fija (42) hacen que la misma pregunta dé la misma respuesta hasta donde el modelo lo permite, aunque no todos los modelos ni proveedores lo garantizan; úsalo para comparar ajustes de forma justa.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>El archivo “{name}” ya no existe.</translation>
    </message>
    <message>
      <source>The model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>El modelo debe ser un ID de modelo como microsoft/wizardlm-2-8x22b.</translation>
    </message>
    <message>
      <source>The parameters must be a JSON object.</source>
      <translation>Los parámetros deben ser un objeto JSON.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be a list of provider names such as deepinfra or google-vertex/us-east5.</source>
      <translation>El ajuste de proveedor “{name}” debe ser una lista de nombres de proveedores como deepinfra o google-vertex/us-east5.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be true or false.</source>
      <translation>El ajuste de proveedor “{name}” debe ser true o false.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be {choices}.</source>
      <translation>El ajuste de proveedor “{name}” debe ser {choices}.</translation>
    </message>
    <message>
      <source>The provider settings must be a JSON object.</source>
      <translation>Los ajustes de proveedor deben ser un objeto JSON.</translation>
    </message>
    <message>
      <source>There is no preset named “{name}”.</source>
      <translation>No hay ningún preajuste llamado “{name}”.</translation>
    </message>
    <message>
      <source>This file has two presets named “{name}”.</source>
      <translation>Este archivo tiene dos preajustes llamados “{name}”.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>Este archivo no es un archivo de preajustes de Switchboard.</translation>
    </message>
    <message>
      <source>This is a built-in preset, so it cannot be changed. Save as a copy… keeps your changes as a preset of your own.</source>
      <translation>Este es un preajuste integrado, así que no se puede cambiar. Guardar como copia… conserva tus cambios como un preajuste propio.</translation>
    </message>
    <message>
      <source>This preset cannot be saved: {reason}</source>
      <translation>Este preajuste no se puede guardar: {reason}</translation>
    </message>
    <message>
      <source>This preset sets no parameters, so each provider's own defaults apply.</source>
      <translation>Este preajuste no define ningún parámetro, así que se aplican los valores predeterminados de cada proveedor.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it has no list of presets.</source>
      <translation>Este archivo de preajustes está dañado: no tiene una lista de preajustes.</translation>
    </message>
    <message>
      <source>This presets file is damaged: its version is missing.</source>
      <translation>Este archivo de preajustes está dañado: falta su versión.</translation>
    </message>
    <message>
      <source>This presets file is from a newer version of Switchboard (version {version}); update Switchboard to import it.</source>
      <translation>Este archivo de preajustes es de una versión más reciente de Switchboard (versión {version}); actualiza Switchboard para importarlo.</translation>
    </message>
    <message>
      <source>Turns on JSON mode and replaces the system prompt with one that asks for a single JSON object; use it when a program will read the answer.</source>
      <translation>Activa el modo JSON y sustituye las instrucciones del sistema por unas que piden un único objeto JSON; úsalo cuando un programa vaya a leer la respuesta.</translation>
    </message>
    <message>
      <source>Type a model ID such as microsoft/wizardlm-2-8x22b, or switch this off.</source>
      <translation>Escribe un ID de modelo como microsoft/wizardlm-2-8x22b, o desactiva esta opción.</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>Deshacer cambios</translation>
    </message>
    <message>
      <source>Use a particular model</source>
      <translation>Usar un modelo concreto</translation>
    </message>
    <message>
      <source>Web search must be a JSON object.</source>
      <translation>La búsqueda web debe ser un objeto JSON.</translation>
    </message>
    <message>
      <source>Web search needs “enabled”: true or false.</source>
      <translation>La búsqueda web necesita “enabled”: true o false.</translation>
    </message>
    <message>
      <source>Web search results must be a whole number from 1 to {most}.</source>
      <translation>Los resultados de búsqueda web deben ser un número entero de 1 a {most}.</translation>
    </message>
    <message>
      <source>What it does and when to use it</source>
      <translation>Qué hace y cuándo usarlo</translation>
    </message>
    <message>
      <source>What the preset sets</source>
      <translation>Qué define el preajuste</translation>
    </message>
    <message>
      <source>You already have a preset named “{name}”.</source>
      <translation>Ya tienes un preajuste llamado “{name}”.</translation>
    </message>
    <message>
      <source>You already have presets named {names}. Replace them with the imported ones?</source>
      <translation>Ya tienes preajustes llamados {names}. ¿Reemplazarlos por los importados?</translation>
    </message>
    <message>
      <source>Your changes to “{name}” are not saved. Discard them?</source>
      <translation>Los cambios en “{name}” no se han guardado. ¿Descartarlos?</translation>
    </message>
    <message>
      <source>Your preset “{name}” has the name of a built-in preset now, so it is shown as “{new_name}”.</source>
      <translation>Tu preajuste “{name}” ahora tiene el nombre de un preajuste integrado, así que se muestra como “{new_name}”.</translation>
    </message>
    <message>
      <source>Your presets could not be saved ({reason}). Nothing was changed.</source>
      <translation>No se pudieron guardar tus preajustes ({reason}). No se cambió nada.</translation>
    </message>
    <message>
      <source>its own system prompt</source>
      <translation>sus propias instrucciones del sistema</translation>
    </message>
    <message>
      <source>model {model}</source>
      <translation>modelo {model}</translation>
    </message>
    <message>
      <source>no system prompt</source>
      <translation>sin instrucciones del sistema</translation>
    </message>
    <message>
      <source>no web search</source>
      <translation>sin búsqueda web</translation>
    </message>
    <message numerus="yes">
      <source>searches the web (up to %n results)</source>
      <comment>one: searches the web (up to %n result)</comment>
      <translation>
        <numerusform>busca en la web (hasta %n resultado)</numerusform>
        <numerusform>busca en la web (hasta %n resultados)</numerusform>
      </translation>
    </message>
    <message>
      <source>the description must be text.</source>
      <translation>la descripción debe ser texto.</translation>
    </message>
    <message>
      <source>the model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>el modelo debe ser un ID de modelo como microsoft/wizardlm-2-8x22b.</translation>
    </message>
    <message>
      <source>the system prompt must be text.</source>
      <translation>las instrucciones del sistema deben ser texto.</translation>
    </message>
    <message>
      <source>{choices} or {last}</source>
      <translation>{choices} o {last}</translation>
    </message>
    <message>
      <source>{name}  (built in)</source>
      <translation>{name}  (integrado)</translation>
    </message>
    <message>
      <source>{name} (copy {number})</source>
      <translation>{name} (copia {number})</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copia)</translation>
    </message>
    <message>
      <source>{name} (mine {number})</source>
      <translation>{name} (mío {number})</translation>
    </message>
    <message>
      <source>{name} (mine)</source>
      <translation>{name} (mío)</translation>
    </message>
    <message>
      <source>{problem} Nothing was saved.</source>
      <translation>{problem} No se guardó nada.</translation>
    </message>
    <message>
      <source>“{key}” is not a parameter Switchboard knows.</source>
      <translation>“{key}” no es un parámetro que Switchboard conozca.</translation>
    </message>
    <message>
      <source>“{key}” is not a provider setting Switchboard knows.</source>
      <translation>“{key}” no es un ajuste de proveedor que Switchboard conozca.</translation>
    </message>
    <message>
      <source>“{key}” is not a web search setting.</source>
      <translation>“{key}” no es un ajuste de búsqueda web.</translation>
    </message>
    <message>
      <source>“{key}” is not something a preset can hold.</source>
      <translation>“{key}” no es algo que pueda contener un preajuste.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be changed. Duplicate it to make a copy you can change.</source>
      <translation>“{name}” es un preajuste integrado y no se puede cambiar. Duplícalo para tener una copia que puedas cambiar.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be deleted. Duplicate it to make a copy you can change.</source>
      <translation>“{name}” es un preajuste integrado y no se puede eliminar. Duplícalo para tener una copia que puedas cambiar.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be renamed. Duplicate it to make a copy you can change.</source>
      <translation>“{name}” es un preajuste integrado y no se puede renombrar. Duplícalo para tener una copia que puedas cambiar.</translation>
    </message>
    <message>
      <source>“{name}” is the name of a built-in preset. Choose another name.</source>
      <translation>“{name}” es el nombre de un preajuste integrado. Elige otro nombre.</translation>
    </message>
  </context>
  <context>
    <name>prompt_sets</name>
    <message>
      <source>A prompt set can hold at most {most} prompts.</source>
      <translation>Un conjunto de instrucciones puede contener como máximo {most} instrucciones.</translation>
    </message>
    <message>
      <source>A prompt set needs at least one prompt.</source>
      <translation>Un conjunto de instrucciones necesita al menos una instrucción.</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Respuesta {letter}</translation>
    </message>
    <message>
      <source>Column {number}</source>
      <translation>Columna {number}</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>No se pudo abrir “{name}” ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>No se pudo escribir “{name}” ({reason}). Elige otra carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>Every answer is in, so nothing is left to send.</source>
      <translation>Ya están todas las respuestas, así que no queda nada por enviar.</translation>
    </message>
    <message>
      <source>Give the prompt set a name.</source>
      <translation>Ponle un nombre al conjunto de instrucciones.</translation>
    </message>
    <message>
      <source>Prompt set run</source>
      <translation>Ejecución de conjunto de instrucciones</translation>
    </message>
    <message>
      <source>Prompt {number} has a broken character that is not text. Retype it.</source>
      <translation>La instrucción {number} tiene un carácter dañado que no es texto. Vuelve a escribirla.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>La instrucción {number} de este archivo tiene un carácter dañado que no es texto. Corrígelo en el archivo y vuelve a importarlo.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has no text.</source>
      <translation>La instrucción {number} de este archivo no tiene texto.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has something Switchboard does not know: “{key}”.</source>
      <translation>La instrucción {number} de este archivo tiene algo que Switchboard no conoce: “{key}”.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file is not a prompt.</source>
      <translation>La instrucción {number} de este archivo no es una instrucción.</translation>
    </message>
    <message>
      <source>Prompt {number} is empty. Write it or remove it.</source>
      <translation>La instrucción {number} está vacía. Escríbela o quítala.</translation>
    </message>
    <message>
      <source>Prompt {number} is too long: keep it under {most} characters.</source>
      <translation>La instrucción {number} es demasiado larga: mantenla por debajo de {most} caracteres.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>El archivo “{name}” ya no existe.</translation>
    </message>
    <message>
      <source>The name has a broken character that is not text. Retype it.</source>
      <translation>El nombre tiene un carácter dañado que no es texto. Vuelve a escribirlo.</translation>
    </message>
    <message>
      <source>The name is too long: keep it under {most} characters.</source>
      <translation>El nombre es demasiado largo: mantenlo por debajo de {most} caracteres.</translation>
    </message>
    <message>
      <source>The name of the set in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>El nombre del conjunto en este archivo tiene un carácter dañado que no es texto. Corrígelo en el archivo y vuelve a importarlo.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} are too long: keep them under {most} characters.</source>
      <translation>Las notas de la instrucción {number} son demasiado largas: mantenlas por debajo de {most} caracteres.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file are not text.</source>
      <translation>Las notas de la instrucción {number} de este archivo no son texto.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>Las notas de la instrucción {number} de este archivo tienen un carácter dañado que no es texto. Corrígelo en el archivo y vuelve a importarlo.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard prompt set.</source>
      <translation>Este archivo no es un conjunto de instrucciones de Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a prompt set (more than {size} MB).</source>
      <translation>Este archivo es demasiado grande para ser un conjunto de instrucciones (más de {size} MB).</translation>
    </message>
    <message>
      <source>This prompt set file has no list of prompts.</source>
      <translation>Este archivo de conjunto de instrucciones no tiene una lista de instrucciones.</translation>
    </message>
    <message>
      <source>This prompt set file has no name for the set.</source>
      <translation>Este archivo de conjunto de instrucciones no tiene nombre para el conjunto.</translation>
    </message>
    <message>
      <source>This prompt set file has something Switchboard does not know: “{key}”.</source>
      <translation>Este archivo de conjunto de instrucciones tiene algo que Switchboard no conoce: “{key}”.</translation>
    </message>
    <message>
      <source>This prompt set file is damaged: its version is not a number.</source>
      <translation>Este archivo de conjunto de instrucciones está dañado: su versión no es un número.</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers</source>
      <comment>one: {done} of %n answer</comment>
      <translation>
        <numerusform>{done} de %n respuesta</numerusform>
        <numerusform>{done} de %n respuestas</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}” is too large to be a prompt set (more than {size} MB).</source>
      <translation>“{name}” es demasiado grande para ser un conjunto de instrucciones (más de {size} MB).</translation>
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
      <translation>JSON que sigue un esquema</translation>
    </message>
    <message>
      <source>No provider of {model} is working normally right now; each column may be served by a different provider.</source>
      <translation>Ningún proveedor de {model} funciona con normalidad en este momento; cada columna puede ser atendida por un proveedor distinto.</translation>
    </message>
    <message>
      <source>No provider of {model} take {names}, so a column that sets them will be refused; each column may be served by a different provider.</source>
      <translation>Ningún proveedor de {model} admite {names}, así que se rechazará una columna que los defina; cada columna puede ser atendida por un proveedor distinto.</translation>
    </message>
    <message>
      <source>No provider of {model} takes {names}, so a column that sets it will be refused; each column may be served by a different provider.</source>
      <translation>Ningún proveedor de {model} admite {names}, así que se rechazará una columna que lo defina; cada columna puede ser atendida por un proveedor distinto.</translation>
    </message>
    <message>
      <source>No single provider of {model} takes {names} together; each column may be served by a different provider.</source>
      <translation>Ningún proveedor de {model} admite {names} a la vez; cada columna puede ser atendida por un proveedor distinto.</translation>
    </message>
    <message>
      <source>The preset of a column of {model} allows only providers that do not serve this model, so that column will be refused. Choose another preset or model for it.</source>
      <translation>El preajuste de una columna de {model} solo permite proveedores que no ofrecen este modelo, así que esa columna se rechazará. Elige otro preajuste u otro modelo para ella.</translation>
    </message>
    <message>
      <source>The providers of {model} could not be looked up, so none was chosen; each column may be served by a different provider, and every setting is still required.</source>
      <translation>No se pudieron consultar los proveedores de {model}, así que no se eligió ninguno; cada columna puede ser atendida por un proveedor distinto, y todos los ajustes siguen siendo obligatorios.</translation>
    </message>
    <message>
      <source>{items} and {last}</source>
      <translation>{items} y {last}</translation>
    </message>
  </context>
  <context>
    <name>request</name>
    <message>
      <source>This message would carry {size} MB of files, more than the {most} MB one message can take (every file of the conversation is sent again with each message). Remove some files, or start a new conversation.</source>
      <translation>Este mensaje llevaría {size} MB de archivos, más de los {most} MB que admite un mensaje (todos los archivos de la conversación se envían de nuevo con cada mensaje). Quita algunos archivos o empieza una conversación nueva.</translation>
    </message>
  </context>
  <context>
    <name>request_preview</name>
    <message>
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Solicitud</translation>
    </message>
    <message>
      <source>Request body</source>
      <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
      <source>The API key is sent in the Authorization header and is not shown here.</source>
      <translation>La clave de API se envía en el encabezado Authorization y no se muestra aquí.</translation>
    </message>
  </context>
  <context>
    <name>requests</name>
    <message>
      <source>A setting holds a value JSON cannot carry (such as NaN). Fix it first.</source>
      <translation>Un ajuste contiene un valor que JSON no puede llevar (como NaN). Corrígelo primero.</translation>
    </message>
    <message>
      <source>Choose a model first.</source>
      <translation>Elige primero un modelo.</translation>
    </message>
    <message>
      <source>Type a message first.</source>
      <translation>Escribe primero un mensaje.</translation>
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
      <translation>cualquier proveedor</translation>
    </message>
    <message>
      <source>cheapest provider first</source>
      <translation>primero el proveedor más barato</translation>
    </message>
    <message>
      <source>fastest provider first</source>
      <translation>primero el proveedor más rápido</translation>
    </message>
    <message>
      <source>never {providers}</source>
      <translation>nunca {providers}</translation>
    </message>
    <message>
      <source>no other provider if the first one fails</source>
      <translation>ningún otro proveedor si falla el primero</translation>
    </message>
    <message>
      <source>only providers that honour every setting</source>
      <translation>solo proveedores que respetan todos los ajustes</translation>
    </message>
    <message>
      <source>only providers that keep no data</source>
      <translation>solo proveedores que no guardan datos</translation>
    </message>
    <message>
      <source>only {providers}</source>
      <translation>solo {providers}</translation>
    </message>
    <message>
      <source>other providers may step in if the first one fails</source>
      <translation>otros proveedores pueden intervenir si falla el primero</translation>
    </message>
    <message>
      <source>providers in a set order</source>
      <translation>proveedores en un orden fijo</translation>
    </message>
    <message>
      <source>providers that keep data allowed</source>
      <translation>se permiten proveedores que guardan datos</translation>
    </message>
    <message>
      <source>quickest provider to start first</source>
      <translation>primero el proveedor que empieza antes</translation>
    </message>
    <message>
      <source>{earlier}, then {next}</source>
      <translation>{earlier}, luego {next}</translation>
    </message>
    <message>
      <source>{providers} first</source>
      <translation>primero {providers}</translation>
    </message>
    <message>
      <source>{providers} only</source>
      <translation>solo {providers}</translation>
    </message>
  </context>
  <context>
    <name>run_dialog</name>
    <message>
      <source>Answers at once:</source>
      <translation>Respuestas a la vez:</translation>
    </message>
    <message>
      <source>Answers written at once</source>
      <translation>Respuestas escritas a la vez</translation>
    </message>
    <message>
      <source>Blind: hide the names and shuffle the answers until I pick the best of each prompt</source>
      <translation>A ciegas: ocultar los nombres y mezclar las respuestas hasta que elija la mejor de cada instrucción</translation>
    </message>
    <message>
      <source>Fair: the same provider for each model, and only providers that take every setting</source>
      <translation>Justa: el mismo proveedor para cada modelo, y solo proveedores que admitan todos los ajustes</translation>
    </message>
    <message>
      <source>How many answers are written at the same time. Fewer is gentler on the provider's limits; more finishes sooner.</source>
      <translation>Cuántas respuestas se escriben al mismo tiempo. Menos es más suave con los límites del proveedor; más termina antes.</translation>
    </message>
    <message>
      <source>Presets to run the set with</source>
      <translation>Preajustes con los que ejecutar el conjunto</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Ejecutar</translation>
    </message>
    <message>
      <source>Run a prompt set</source>
      <translation>Ejecutar un conjunto de instrucciones</translation>
    </message>
    <message numerus="yes">
      <source>Send the %n prompts of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</source>
      <comment>one: Send the %n prompt of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</comment>
      <translation>
        <numerusform>Enviar la %n instrucción de {name} a entre dos y cuatro preajustes con {model} (o el modelo que indique un preajuste). Verás lo que puede costar antes de enviar nada.</numerusform>
        <numerusform>Enviar las %n instrucciones de {name} a entre dos y cuatro preajustes con {model} (o el modelo que indique un preajuste). Verás lo que puede costar antes de enviar nada.</numerusform>
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
      <translation>Una buena respuesta: {notes}</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Respuesta</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Respuesta {letter}</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Respuestas</translation>
    </message>
    <message>
      <source>As CSV (for a spreadsheet)…</source>
      <translation>Como CSV (para una hoja de cálculo)…</translation>
    </message>
    <message>
      <source>As Markdown…</source>
      <translation>Como Markdown…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>No answer yet.</source>
      <translation>Aún no hay respuesta.</translation>
    </message>
    <message>
      <source>Open as a comparison</source>
      <translation>Abrir como comparación</translation>
    </message>
    <message>
      <source>Open this prompt's answers in a comparison tab, where you can pick the best one.</source>
      <translation>Abrir las respuestas de esta instrucción en una pestaña de comparación, donde puedes elegir la mejor.</translation>
    </message>
    <message>
      <source>Picked</source>
      <translation>Elegida</translation>
    </message>
    <message>
      <source>Progress of the run</source>
      <translation>Progreso de la ejecución</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>Instrucción</translation>
    </message>
    <message>
      <source>Prompts</source>
      <translation>Instrucciones</translation>
    </message>
    <message>
      <source>Results per preset</source>
      <translation>Resultados por preajuste</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Iniciar</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <source>Stop the run: what arrived is kept, Resume sends the rest.</source>
      <translation>Detener la ejecución: lo que llegó se conserva, Reanudar envía el resto.</translation>
    </message>
    <message>
      <source>What is left to send: {estimate}.</source>
      <translation>Lo que queda por enviar: {estimate}.</translation>
    </message>
    <message>
      <source>{answered} of {columns}</source>
      <translation>{answered} de {columns}</translation>
    </message>
  </context>
  <context>
    <name>safe_text</name>
    <message numerus="yes">
      <source>… (%n more characters; Copy to get all)</source>
      <comment>one: … (%n more character; Copy to get all)</comment>
      <translation>
        <numerusform>… (%n carácter más; Copiar para obtenerlo todo)</numerusform>
        <numerusform>… (%n caracteres más; Copiar para obtenerlo todo)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>secrets</name>
    <message>
      <source>Desktop keyring</source>
      <translation>Llavero del escritorio</translation>
    </message>
    <message>
      <source>Keyring turned off</source>
      <translation>Llavero desactivado</translation>
    </message>
    <message>
      <source>No desktop session bus (D-Bus) is running, so no keyring service such as GNOME Keyring or KWallet can be reached.</source>
      <translation>No hay ningún bus de sesión del escritorio (D-Bus) en ejecución, así que no se puede acceder a ningún servicio de llavero como GNOME Keyring o KWallet.</translation>
    </message>
    <message>
      <source>No keyring</source>
      <translation>Sin llavero</translation>
    </message>
    <message>
      <source>No keyring service (such as GNOME Keyring or KWallet) is running.</source>
      <translation>No hay ningún servicio de llavero (como GNOME Keyring o KWallet) en ejecución.</translation>
    </message>
    <message>
      <source>No keyring service is available.</source>
      <translation>No hay ningún servicio de llavero disponible.</translation>
    </message>
    <message>
      <source>No secure keyring</source>
      <translation>Sin llavero seguro</translation>
    </message>
    <message>
      <source>None of the keyrings available ({names}) keeps secrets safely, so Switchboard will not use them.</source>
      <translation>Ninguno de los llaveros disponibles ({names}) guarda los secretos de forma segura, así que Switchboard no los usará.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer.</source>
      <translation>Switchboard no tiene un lugar seguro para guardar tu clave en este equipo.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. You can paste a key to use for this session only.</source>
      <translation>Switchboard no tiene un lugar seguro para guardar tu clave en este equipo. Puedes pegar una clave para usarla solo en esta sesión.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason}</source>
      <translation>Switchboard no tiene un lugar seguro para guardar tu clave en este equipo. {reason}</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason} You can paste a key to use for this session only.</source>
      <translation>Switchboard no tiene un lugar seguro para guardar tu clave en este equipo. {reason} Puedes pegar una clave para usarla solo en esta sesión.</translation>
    </message>
    <message>
      <source>Switchboard keeps your key only in the system's own keychain (Secret Service, KWallet, macOS Keychain or Windows Credential Manager), and none of them is in use.</source>
      <translation>Switchboard guarda tu clave solo en el llavero propio del sistema (Secret Service, KWallet, el Llavero de macOS o el Administrador de credenciales de Windows), y ninguno está en uso.</translation>
    </message>
    <message>
      <source>The keyring could not be set up ({error}).</source>
      <translation>No se pudo configurar el llavero ({error}).</translation>
    </message>
    <message>
      <source>The only keyring available keeps secrets in a file on disk that is not properly protected, so Switchboard will not use it.</source>
      <translation>El único llavero disponible guarda los secretos en un archivo en disco que no está bien protegido, así que Switchboard no lo usará.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so Switchboard cannot read your saved key. Try again later, or paste the key to use it for this session only.</source>
      <translation>El llavero del sistema no respondió, así que Switchboard no puede leer tu clave guardada. Vuelve a intentarlo más tarde, o pega la clave para usarla solo en esta sesión.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be removed. Try again later.</source>
      <translation>El llavero del sistema no respondió, así que no se pudo quitar la clave. Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be saved. Try again, or use the key for this session only.</source>
      <translation>El llavero del sistema no respondió, así que no se pudo guardar la clave. Vuelve a intentarlo, o usa la clave solo en esta sesión.</translation>
    </message>
    <message>
      <source>The system keyring is turned off for Python programs (keyring's null backend).</source>
      <translation>El llavero del sistema está desactivado para los programas de Python (el backend nulo de keyring).</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. You can use the key for this session only.</source>
      <translation>No hay un lugar seguro para guardar tu clave en este equipo. Puedes usar la clave solo en esta sesión.</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. {reason} You can use the key for this session only.</source>
      <translation>No hay un lugar seguro para guardar tu clave en este equipo. {reason} Puedes usar la clave solo en esta sesión.</translation>
    </message>
    <message>
      <source>Unrecognised keyring ({name})</source>
      <translation>Llavero no reconocido ({name})</translation>
    </message>
    <message>
      <source>Your keyring is locked, so Switchboard cannot read your saved key. Unlock it (logging in again usually does), then restart Switchboard, or paste the key to use it for this session only.</source>
      <translation>Tu llavero está bloqueado, así que Switchboard no puede leer tu clave guardada. Desbloquéalo (volver a iniciar sesión suele hacerlo) y reinicia Switchboard, o pega la clave para usarla solo en esta sesión.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be removed. Unlock it (logging in again usually does) and try again.</source>
      <translation>Tu llavero está bloqueado, así que no se pudo quitar la clave. Desbloquéalo (volver a iniciar sesión suele hacerlo) y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be saved. Unlock it (logging in again usually does) and try again, or use the key for this session only.</source>
      <translation>Tu llavero está bloqueado, así que no se pudo guardar la clave. Desbloquéalo (volver a iniciar sesión suele hacerlo) y vuelve a intentarlo, o usa la clave solo en esta sesión.</translation>
    </message>
  </context>
  <context>
    <name>send_gate</name>
    <message>
      <source>Not sent: your message is still in the box.</source>
      <translation>No enviado: tu mensaje sigue en el cuadro.</translation>
    </message>
    <message>
      <source>Send anyway</source>
      <translation>Enviar de todos modos</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>An amount cannot be negative.</source>
      <translation>Una cantidad no puede ser negativa.</translation>
    </message>
    <message>
      <source>Caps go up to {amount}. Type a smaller amount, such as 20.</source>
      <translation>Los límites de gasto llegan hasta {amount}. Escribe una cantidad menor, como 20.</translation>
    </message>
    <message>
      <source>The smallest amount is {amount} (or 0 to allow no spending at all).</source>
      <translation>La cantidad mínima es {amount} (o 0 para no permitir ningún gasto).</translation>
    </message>
  </context>
  <context>
    <name>settings_dialog</name>
    <message>
      <source>API address</source>
      <translation>Dirección de la API</translation>
    </message>
    <message>
      <source>Address in use</source>
      <translation>Dirección en uso</translation>
    </message>
    <message>
      <source>App name given to OpenRouter</source>
      <translation>Nombre de la aplicación que se envía a OpenRouter</translation>
    </message>
    <message>
      <source>App web page given to OpenRouter</source>
      <translation>Página web de la aplicación que se envía a OpenRouter</translation>
    </message>
    <message>
      <source>Ask before a send above ($)</source>
      <translation>Preguntar antes de un envío de más de ($)</translation>
    </message>
    <message>
      <source>At 80% of a cap the meter turns orange. A send that could pass a cap waits for you to press “Send anyway”. Leave a box empty for no limit.</source>
      <translation>Al 80% de un límite de gasto, el medidor se vuelve naranja. Un envío que podría superar un límite espera a que pulses “Enviar de todos modos”. Deja una casilla vacía para no tener límite.</translation>
    </message>
    <message>
      <source>Change key…</source>
      <translation>Cambiar clave…</translation>
    </message>
    <message>
      <source>Daily cap ($)</source>
      <translation>Límite de gasto diario ($)</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Oscuro</translation>
    </message>
    <message>
      <source>Each request tells OpenRouter that it comes from Switchboard, so Switchboard can appear in the app rankings on openrouter.ai. Change the name or web page given, or leave them empty for Switchboard's own. Only plain ASCII is sent.</source>
      <translation>Cada solicitud le indica a OpenRouter que viene de Switchboard, para que Switchboard pueda aparecer en las clasificaciones de aplicaciones de openrouter.ai. Cambia el nombre o la página web que se envían, o déjalos vacíos para usar los de Switchboard. Solo se envía texto ASCII simple.</translation>
    </message>
    <message>
      <source>Empty: OpenRouter ({address})</source>
      <translation>Vacío: OpenRouter ({address})</translation>
    </message>
    <message>
      <source>Enter sends the message (Shift+Enter for a new line)</source>
      <translation>Enter envía el mensaje (Shift+Enter para una línea nueva)</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}).</source>
      <translation>En uso ahora: {where} ({address}).</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}). Save to use the address above instead.</source>
      <translation>En uso ahora: {where} ({address}). Guarda para usar la dirección de arriba.</translation>
    </message>
    <message>
      <source>Keep the saved key</source>
      <translation>Conservar la clave guardada</translation>
    </message>
    <message>
      <source>Key for this server</source>
      <translation>Clave para este servidor</translation>
    </message>
    <message>
      <source>Key for {host}</source>
      <translation>Clave para {host}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <source>Look and keyboard</source>
      <translation>Aspecto y teclado</translation>
    </message>
    <message>
      <source>Monthly cap ($)</source>
      <translation>Límite de gasto mensual ($)</translation>
    </message>
    <message>
      <source>Never ask</source>
      <translation>No preguntar nunca</translation>
    </message>
    <message>
      <source>No daily cap</source>
      <translation>Sin límite de gasto diario</translation>
    </message>
    <message>
      <source>No key for {host}</source>
      <translation>No hay clave para {host}</translation>
    </message>
    <message>
      <source>No monthly cap</source>
      <translation>Sin límite de gasto mensual</translation>
    </message>
    <message>
      <source>Once a day Switchboard asks GitHub for its latest version. Nothing about you or your conversations is sent, and never your key.</source>
      <translation>Una vez al día, Switchboard pregunta a GitHub por su última versión. No se envía nada sobre ti ni sobre tus conversaciones, y nunca tu clave.</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Abrir carpeta</translation>
    </message>
    <message>
      <source>OpenRouter, or any OpenAI-compatible server such as a local model server.</source>
      <translation>OpenRouter, o cualquier servidor compatible con OpenAI, como un servidor de modelos local.</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>Quitar clave</translation>
    </message>
    <message>
      <source>Requests go to OpenRouter, with your OpenRouter key.</source>
      <translation>Las solicitudes van a OpenRouter, con tu clave de OpenRouter.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key, if any, or send none.</source>
      <translation>Las solicitudes a {host} usan la clave de abajo, nunca tu clave de OpenRouter. Déjala vacía para conservar su clave guardada, si la hay, o no enviar ninguna.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key.</source>
      <translation>Las solicitudes a {host} usan la clave de abajo, nunca tu clave de OpenRouter. Déjala vacía para conservar su clave guardada.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to send no key.</source>
      <translation>Las solicitudes a {host} usan la clave de abajo, nunca tu clave de OpenRouter. Déjala vacía para no enviar ninguna clave.</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Igual que el sistema</translation>
    </message>
    <message>
      <source>Sent with each request (as the HTTP-Referer header).</source>
      <translation>Se envía con cada solicitud (como encabezado HTTP-Referer).</translation>
    </message>
    <message>
      <source>Sent with each request (as the X-Title header).</source>
      <translation>Se envía con cada solicitud (como encabezado X-Title).</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <source>Set by SWITCHBOARD_BASE_URL for this session, so it cannot be changed here. Without it, Switchboard uses the address saved in Settings.</source>
      <translation>Definida por SWITCHBOARD_BASE_URL en esta sesión, así que no se puede cambiar aquí. Sin ella, Switchboard usa la dirección guardada en Ajustes.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
    <message>
      <source>Spending guard</source>
      <translation>Control de gasto</translation>
    </message>
    <message>
      <source>Switchboard uses the new language after a restart.</source>
      <translation>Switchboard usará el nuevo idioma después de reiniciarse.</translation>
    </message>
    <message>
      <source>Tell me when a new version of Switchboard is out (asks GitHub once a day)</source>
      <translation>Avisarme cuando salga una nueva versión de Switchboard (pregunta a GitHub una vez al día)</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Updates</source>
      <translation>Actualizaciones</translation>
    </message>
    <message>
      <source>Which key is sent</source>
      <translation>Qué clave se envía</translation>
    </message>
    <message>
      <source>Why the address is fixed</source>
      <translation>Por qué la dirección es fija</translation>
    </message>
    <message>
      <source>Your data</source>
      <translation>Tus datos</translation>
    </message>
    <message>
      <source>Your key</source>
      <translation>Tu clave</translation>
    </message>
    <message>
      <source>“{text}” is not an amount in dollars, such as {example}.</source>
      <translation>“{text}” no es una cantidad en dólares, como {example}.</translation>
    </message>
  </context>
  <context>
    <name>settings_file</name>
    <message>
      <source>Your settings at {path} could not be read ({reason}), so default settings are used for now.</source>
      <translation>No se pudieron leer tus ajustes en {path} ({reason}), así que por ahora se usan los ajustes predeterminados.</translation>
    </message>
    <message>
      <source>Your settings at {path} could not be read, so default settings are used for now.</source>
      <translation>No se pudieron leer tus ajustes en {path}, así que por ahora se usan los ajustes predeterminados.</translation>
    </message>
    <message>
      <source>Your settings at {path} were saved by a newer version of Switchboard, so default settings are used for now.</source>
      <translation>Tus ajustes en {path} los guardó una versión más reciente de Switchboard, así que por ahora se usan los ajustes predeterminados.</translation>
    </message>
    <message>
      <source>Your settings could not be read ({reason}), so default settings are used. The old file is kept at {kept}.</source>
      <translation>No se pudieron leer tus ajustes ({reason}), así que se usan los ajustes predeterminados. El archivo antiguo se conserva en {kept}.</translation>
    </message>
    <message>
      <source>Your settings could not be read, so default settings are used. The old file is kept at {kept}.</source>
      <translation>No se pudieron leer tus ajustes, así que se usan los ajustes predeterminados. El archivo antiguo se conserva en {kept}.</translation>
    </message>
    <message>
      <source>Your settings were saved by a newer version of Switchboard, so default settings are used. The old file is kept at {kept}.</source>
      <translation>Tus ajustes los guardó una versión más reciente de Switchboard, así que se usan los ajustes predeterminados. El archivo antiguo se conserva en {kept}.</translation>
    </message>
    <message>
      <source>the file is damaged</source>
      <translation>el archivo está dañado</translation>
    </message>
  </context>
  <context>
    <name>sources</name>
    <message numerus="yes">
      <source>%n bytes</source>
      <comment>one: %n byte</comment>
      <translation>
        <numerusform>%n byte</numerusform>
        <numerusform>%n bytes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n searches, {cost}</source>
      <comment>one: %n search, {cost}</comment>
      <translation>
        <numerusform>%n búsqueda, {cost}</numerusform>
        <numerusform>%n búsquedas, {cost}</numerusform>
      </translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>Abrir {name}</translation>
    </message>
    <message>
      <source>Sent at {width} × {height}, reduced from {original_width} × {original_height}</source>
      <translation>Enviada a {width} × {height}, reducida desde {original_width} × {original_height}</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Fuentes</translation>
    </message>
    <message numerus="yes">
      <source>Up to %n results a search, about {price} per message (at most {most} if the model searches {searches} times).</source>
      <comment>one: Up to %n result a search, about {price} per message (at most {most} if the model searches {searches} times).</comment>
      <translation>
        <numerusform>Hasta %n resultado por búsqueda, unos {price} por mensaje (como máximo {most} si el modelo busca {searches} veces).</numerusform>
        <numerusform>Hasta %n resultados por búsqueda, unos {price} por mensaje (como máximo {most} si el modelo busca {searches} veces).</numerusform>
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
      <translation>No volver a avisarme de esta versión</translation>
    </message>
    <message>
      <source>Open the release page.</source>
      <translation>Abrir la página de la versión.</translation>
    </message>
    <message>
      <source>Status message</source>
      <translation>Mensaje de estado</translation>
    </message>
  </context>
  <context>
    <name>streaming</name>
    <message>
      <source>Thinking</source>
      <translation>Razonamiento</translation>
    </message>
  </context>
  <context>
    <name>tabs</name>
    <message>
      <source>Conversations</source>
      <translation>Conversaciones</translation>
    </message>
    <message>
      <source>New conversation</source>
      <translation>Nueva conversación</translation>
    </message>
    <message>
      <source>New conversation (Ctrl+T)</source>
      <translation>Nueva conversación (Ctrl+T)</translation>
    </message>
  </context>
  <context>
    <name>thinking</name>
    <message>
      <source>High</source>
      <translation>Alto</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Bajo</translation>
    </message>
    <message>
      <source>Maximum</source>
      <translation>Máximo</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than the thinking budget {budget}: the model may spend it all thinking and leave no answer.</source>
      <translation>La longitud máxima {length} no es mayor que el presupuesto de razonamiento {budget}: el modelo puede gastarla toda razonando y no dejar respuesta.</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than {least} tokens, the least some models think even at {level} effort: the model may spend it all thinking and leave no answer.</source>
      <translation>La longitud máxima {length} no es mayor que {least} tokens, lo mínimo que razonan algunos modelos incluso con un nivel {level}: el modelo puede gastarla toda razonando y no dejar respuesta.</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Medio</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>Mínimo</translation>
    </message>
    <message>
      <source>The thinking budget must be a whole number of tokens.</source>
      <translation>El presupuesto de razonamiento debe ser un número entero de tokens.</translation>
    </message>
    <message>
      <source>The thinking budget must be between {least} and {most} tokens.</source>
      <translation>El presupuesto de razonamiento debe estar entre {least} y {most} tokens.</translation>
    </message>
    <message>
      <source>The thinking effort must be one of {efforts}.</source>
      <translation>El nivel de razonamiento debe ser uno de estos: {efforts}.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Razonamiento</translation>
    </message>
    <message>
      <source>Thinking budget {tokens}</source>
      <translation>Presupuesto de razonamiento {tokens}</translation>
    </message>
    <message>
      <source>Thinking high</source>
      <translation>Razonamiento alto</translation>
    </message>
    <message>
      <source>Thinking low</source>
      <translation>Razonamiento bajo</translation>
    </message>
    <message>
      <source>Thinking maximum</source>
      <translation>Razonamiento máximo</translation>
    </message>
    <message>
      <source>Thinking medium</source>
      <translation>Razonamiento medio</translation>
    </message>
    <message>
      <source>Thinking minimal</source>
      <translation>Razonamiento mínimo</translation>
    </message>
    <message>
      <source>Thinking must be a JSON object such as {"effort": "high"}.</source>
      <translation>Razonamiento debe ser un objeto JSON como {"effort": "high"}.</translation>
    </message>
    <message>
      <source>Thinking must be the model's default, off, an effort or a budget.</source>
      <translation>Razonamiento debe ser el valor predeterminado del modelo, desactivado, un nivel o un presupuesto.</translation>
    </message>
    <message>
      <source>Thinking off</source>
      <translation>Razonamiento desactivado</translation>
    </message>
    <message>
      <source>Thinking very high</source>
      <translation>Razonamiento muy alto</translation>
    </message>
    <message>
      <source>Thinking {level}</source>
      <translation>Razonamiento {level}</translation>
    </message>
    <message>
      <source>Thinking: model default</source>
      <translation>Razonamiento: predeterminado del modelo</translation>
    </message>
    <message>
      <source>Very high</source>
      <translation>Muy alto</translation>
    </message>
    <message>
      <source>budget {tokens}</source>
      <translation>presupuesto {tokens}</translation>
    </message>
    <message>
      <source>cannot turn its thinking off</source>
      <translation>no puede desactivar su razonamiento</translation>
    </message>
    <message>
      <source>does not offer the {level} thinking effort</source>
      <translation>no ofrece el nivel de razonamiento {level}</translation>
    </message>
    <message>
      <source>does not take a thinking budget</source>
      <translation>no admite un presupuesto de razonamiento</translation>
    </message>
    <message>
      <source>high</source>
      <translation>alto</translation>
    </message>
    <message>
      <source>low</source>
      <translation>bajo</translation>
    </message>
    <message>
      <source>maximum</source>
      <translation>máximo</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>medio</translation>
    </message>
    <message>
      <source>minimal</source>
      <translation>mínimo</translation>
    </message>
    <message>
      <source>model default</source>
      <translation>predeterminado del modelo</translation>
    </message>
    <message>
      <source>off</source>
      <translation>desactivado</translation>
    </message>
    <message>
      <source>on</source>
      <translation>activado</translation>
    </message>
    <message>
      <source>very high</source>
      <translation>muy alto</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off.</source>
      <translation>{model} no puede desactivar su razonamiento.</translation>
    </message>
    <message>
      <source>{model} does not offer the {level} thinking effort.</source>
      <translation>{model} no ofrece el nivel de razonamiento {level}.</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget.</source>
      <translation>{model} no admite un presupuesto de razonamiento.</translation>
    </message>
    <message>
      <source>{setting} (hidden)</source>
      <translation>{setting} (oculto)</translation>
    </message>
    <message>
      <source>“Hide the thinking” must be on or off.</source>
      <translation>“Ocultar el razonamiento” debe estar activado o desactivado.</translation>
    </message>
    <message>
      <source>“{name}” is not a thinking setting Switchboard knows.</source>
      <translation>“{name}” no es un ajuste de razonamiento que Switchboard conozca.</translation>
    </message>
  </context>
  <context>
    <name>transcript</name>
    <message>
      <source>Code copied.</source>
      <translation>Código copiado.</translation>
    </message>
    <message>
      <source>Conversation</source>
      <translation>Conversación</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Reintentar</translation>
    </message>
    <message>
      <source>That link was not opened: only web and e-mail links open.</source>
      <translation>No se abrió ese enlace: solo se abren enlaces web y de correo electrónico.</translation>
    </message>
    <message>
      <source>That message was not sent.</source>
      <translation>Ese mensaje no se envió.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>Esperando al modelo…</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>No se pudo abrir “{name}”.</translation>
    </message>
    <message>
      <source>“{name}” is no longer in Switchboard's data folder, so it cannot be opened.</source>
      <translation>“{name}” ya no está en la carpeta de datos de Switchboard, así que no se puede abrir.</translation>
    </message>
  </context>
  <context>
    <name>turn</name>
    <message>
      <source>The connection ended before the answer was finished.</source>
      <translation>La conexión terminó antes de que la respuesta estuviera completa.</translation>
    </message>
  </context>
  <context>
    <name>updates</name>
    <message>
      <source>Switchboard {version} is available — what's new</source>
      <translation>Switchboard {version} está disponible: novedades</translation>
    </message>
  </context>
  <context>
    <name>version_settings</name>
    <message>
      <source>Answered by</source>
      <translation>Respondido por</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>Esquema JSON</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Proveedor</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Instrucciones del sistema</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>sin definir</translation>
    </message>
    <message>
      <source>on</source>
      <translation>activado</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>texto sin formato</translation>
    </message>
  </context>
  <context>
    <name>versions_flow</name>
    <message>
      <source>For this answer only: the conversation keeps its own settings</source>
      <translation>Solo para esta respuesta: la conversación conserva sus propios ajustes</translation>
    </message>
    <message>
      <source>For this answer only: the conversation keeps its own settings.</source>
      <translation>Solo para esta respuesta: la conversación conserva sus propios ajustes.</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Modelos</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Preajustes</translation>
    </message>
    <message>
      <source>Regenerate with</source>
      <translation>Regenerar con</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>Regenerar con…</translation>
    </message>
    <message>
      <source>This answer has only one version: Regenerate makes another.</source>
      <translation>Esta respuesta solo tiene una versión: Regenerar crea otra.</translation>
    </message>
    <message>
      <source>Wait until the answer being written has finished (or press Stop), then try again.</source>
      <translation>Espera a que termine la respuesta que se está escribiendo (o pulsa Detener) y vuelve a intentarlo.</translation>
    </message>
    <message>
      <source>{model} (this conversation's)</source>
      <translation>{model} (el de esta conversación)</translation>
    </message>
  </context>
  <context>
    <name>versions_view</name>
    <message>
      <source>Answer, version {number}</source>
      <translation>Respuesta, versión {number}</translation>
    </message>
    <message>
      <source>Compare these versions</source>
      <translation>Comparar estas versiones</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>Resaltar diferencias</translation>
    </message>
    <message>
      <source>Make this version the one the conversation shows</source>
      <translation>Hacer que esta sea la versión que muestra la conversación</translation>
    </message>
    <message>
      <source>Mark the words where the answers differ</source>
      <translation>Marcar las palabras en las que difieren las respuestas</translation>
    </message>
    <message>
      <source>No figures were recorded.</source>
      <translation>No se registraron cifras.</translation>
    </message>
    <message>
      <source>On screen</source>
      <translation>En pantalla</translation>
    </message>
    <message>
      <source>Settings of version {number}</source>
      <translation>Ajustes de la versión {number}</translation>
    </message>
    <message>
      <source>Show this one</source>
      <translation>Mostrar esta</translation>
    </message>
    <message>
      <source>Show version {number}</source>
      <translation>Mostrar la versión {number}</translation>
    </message>
    <message numerus="yes">
      <source>The same question, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: The same question, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>La misma pregunta, respondida de %n forma, con sus propios ajustes. Pulsa “Mostrar esta” bajo la respuesta que quieres que muestre la conversación; las demás se conservan.</numerusform>
        <numerusform>La misma pregunta, respondida de %n formas, cada una con sus propios ajustes. Pulsa “Mostrar esta” bajo la respuesta que quieres que muestre la conversación; las demás se conservan.</numerusform>
      </translation>
    </message>
    <message>
      <source>Tokens and cost of version {number}</source>
      <translation>Tokens y coste de la versión {number}</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>Versión {number} de {total}</translation>
    </message>
    <message numerus="yes">
      <source>“{question}”, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: “{question}”, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>“{question}”, respondida de %n forma, con sus propios ajustes. Pulsa “Mostrar esta” bajo la respuesta que quieres que muestre la conversación; las demás se conservan.</numerusform>
        <numerusform>“{question}”, respondida de %n formas, cada una con sus propios ajustes. Pulsa “Mostrar esta” bajo la respuesta que quieres que muestre la conversación; las demás se conservan.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>welcome</name>
    <message>
      <source>&lt;b&gt;A key&lt;/b&gt; is like a password that lets Switchboard use your OpenRouter account. {keeping}</source>
      <translation>&lt;b&gt;Una clave&lt;/b&gt; es como una contraseña que permite a Switchboard usar tu cuenta de OpenRouter. {keeping}</translation>
    </message>
    <message>
      <source>&lt;b&gt;OpenRouter&lt;/b&gt; is one account that reaches hundreds of AI models (from OpenAI, Anthropic, Google, Meta, Mistral and others). Switchboard is a window onto it: you chat, compare and keep your conversations on this computer.</source>
      <translation>&lt;b&gt;OpenRouter&lt;/b&gt; es una sola cuenta que da acceso a cientos de modelos de IA (de OpenAI, Anthropic, Google, Meta, Mistral y otros). Switchboard es una ventana a ella: chateas, comparas y guardas tus conversaciones en este equipo.</translation>
    </message>
    <message>
      <source>&lt;b&gt;What it costs:&lt;/b&gt; OpenRouter charges per use, from your prepaid credit. A typical answer costs a fraction of a cent, some models are free, and Switchboard shows what every answer cost.</source>
      <translation>&lt;b&gt;Lo que cuesta:&lt;/b&gt; OpenRouter cobra por uso, de tu crédito prepagado. Una respuesta típica cuesta una fracción de céntimo, algunos modelos son gratis, y Switchboard muestra lo que costó cada respuesta.</translation>
    </message>
    <message>
      <source>Switchboard keeps it in your computer's keychain, the same place your browser keeps passwords, and nowhere else.</source>
      <translation>Switchboard la guarda en el llavero de tu equipo, el mismo lugar donde tu navegador guarda las contraseñas, y en ningún otro sitio.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key is kept only until you close the app (and nowhere else): you will paste it or sign in again next time.</source>
      <translation>Este equipo no tiene un almacén de contraseñas que Switchboard pueda usar, así que tu clave solo se conserva hasta que cierres la aplicación (y en ningún otro sitio): la próxima vez tendrás que pegarla o iniciar sesión de nuevo.</translation>
    </message>
    <message>
      <source>Welcome to Switchboard</source>
      <translation>Te damos la bienvenida a Switchboard</translation>
    </message>
  </context>
</TS>

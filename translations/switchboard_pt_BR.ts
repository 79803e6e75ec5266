<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
  <context>
    <name>about</name>
    <message>
      <source>(not known until the app has started)</source>
      <translation>(só é conhecido depois que o app é iniciado)</translation>
    </message>
    <message>
      <source>A desktop chat client for OpenRouter.</source>
      <translation>Um cliente de chat para desktop para o OpenRouter.</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>Sobre o {app}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Ação</translation>
    </message>
    <message>
      <source>Add a line to the message</source>
      <translation>Adicionar uma linha à mensagem</translation>
    </message>
    <message>
      <source>Enter (or Ctrl+Enter, when Enter adds a line)</source>
      <translation>Enter (ou Ctrl+Enter, quando Enter adiciona uma linha)</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atalhos de teclado</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>Licence: {licence}</source>
      <translation>Licença: {licence}</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Abrir pasta de dados</translation>
    </message>
    <message>
      <source>Send the message</source>
      <translation>Enviar a mensagem</translation>
    </message>
    <message>
      <source>Your conversations and settings are kept in:
{place}</source>
      <translation>Suas conversas e configurações ficam guardadas em:
{place}</translation>
    </message>
  </context>
  <context>
    <name>account</name>
    <message>
      <source>A key is one line without spaces. Copy it again, all of it, and paste it here.</source>
      <translation>Uma chave é uma única linha sem espaços. Copie-a de novo, inteira, e cole aqui.</translation>
    </message>
    <message>
      <source>For this session only</source>
      <translation>Só nesta sessão</translation>
    </message>
    <message>
      <source>For this session only (the key for {server}, not your OpenRouter key)</source>
      <translation>Só nesta sessão (a chave de {server}, não a sua chave do OpenRouter)</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored</source>
      <translation>Do ambiente ({variable}), não armazenada</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored (the key for {server}, not your OpenRouter key)</source>
      <translation>Do ambiente ({variable}), não armazenada (a chave de {server}, não a sua chave do OpenRouter)</translation>
    </message>
    <message>
      <source>No key for {server}: requests to it are sent without one</source>
      <translation>Sem chave para {server}: as solicitações são enviadas sem uma</translation>
    </message>
    <message>
      <source>No key yet</source>
      <translation>Nenhuma chave ainda</translation>
    </message>
    <message>
      <source>Not checked yet</source>
      <translation>Ainda não verificada</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key, and it does not look like an OpenRouter key (those start with “sk-or-”). Copy the key again from openrouter.ai/keys.</source>
      <translation>O OpenRouter não aceitou esta chave, e ela não parece uma chave do OpenRouter (essas começam com “sk-or-”). Copie a chave de novo em openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key. It may be mistyped, disabled or expired: check that you copied all of it, or create a new one at openrouter.ai/keys.</source>
      <translation>O OpenRouter não aceitou esta chave. Ela pode estar digitada errada, desativada ou expirada: confira se você copiou a chave inteira ou crie uma nova em openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>Cole sua chave primeiro.</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter is only for the OpenRouter address. The API address in Settings is another server: enter that server's key in Settings, or set the address back to OpenRouter to sign in.</source>
      <translation>Entrar com o OpenRouter só funciona com o endereço do OpenRouter. O endereço da API nas Configurações é de outro servidor: informe a chave desse servidor nas Configurações ou volte o endereço para o OpenRouter para entrar.</translation>
    </message>
    <message>
      <source>Stored in: {store}</source>
      <translation>Armazenada em: {store}</translation>
    </message>
    <message>
      <source>Stored in: {store} (the key for {server}, not your OpenRouter key)</source>
      <translation>Armazenada em: {store} (a chave de {server}, não a sua chave do OpenRouter)</translation>
    </message>
    <message>
      <source>The key in {variable} cannot be used: {reason}</source>
      <translation>A chave em {variable} não pode ser usada: {reason}</translation>
    </message>
    <message>
      <source>The server at {server} did not accept this key. Check that you copied all of it, then try again.</source>
      <translation>O servidor em {server} não aceitou esta chave. Confira se você copiou a chave inteira e tente de novo.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use</source>
      <translation>Este computador não tem um cofre de senhas que o Switchboard possa usar</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so a key can be kept only until you close the app. Paste your key to use it for this session only.</source>
      <translation>Este computador não tem um cofre de senhas que o Switchboard possa usar, então uma chave só pode ser guardada até você fechar o app. Cole sua chave para usá-la só nesta sessão.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key can be kept only until you close the app. You can use it for this session only (you will paste it again next time).</source>
      <translation>Este computador não tem um cofre de senhas que o Switchboard possa usar, então sua chave só pode ser guardada até você fechar o app. Você pode usá-la só nesta sessão (e vai colá-la de novo na próxima vez).</translation>
    </message>
    <message>
      <source>This key contains characters that keys never have. Copy it again from where you created it (for OpenRouter: openrouter.ai/keys).</source>
      <translation>Esta chave contém caracteres que chaves nunca têm. Copie-a de novo de onde você a criou (para o OpenRouter: openrouter.ai/keys).</translation>
    </message>
    <message>
      <source>This server does not describe its keys, so the key was taken as it is.</source>
      <translation>Este servidor não descreve suas chaves, então a chave foi usada como está.</translation>
    </message>
    <message>
      <source>Unnamed key</source>
      <translation>Chave sem nome</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>diária</translation>
    </message>
    <message>
      <source>free tier</source>
      <translation>plano gratuito</translation>
    </message>
    <message>
      <source>limit {limit}</source>
      <translation>limite {limit}</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left)</source>
      <translation>limite {limit} (restam {left})</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left), resets {reset}</source>
      <translation>limite {limit} (restam {left}), renovação: {reset}</translation>
    </message>
    <message>
      <source>limit {limit}, resets {reset}</source>
      <translation>limite {limit}, renovação: {reset}</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>mensal</translation>
    </message>
    <message>
      <source>no spending limit</source>
      <translation>sem limite de gastos</translation>
    </message>
    <message>
      <source>used {amount}</source>
      <translation>usado {amount}</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>semanal</translation>
    </message>
  </context>
  <context>
    <name>account_flow</name>
    <message>
      <source>Remove</source>
      <translation>Remover</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>Remover chave</translation>
    </message>
    <message>
      <source>Remove the key for {server} from this computer's keychain?</source>
      <translation>Remover a chave de {server} do chaveiro deste computador?</translation>
    </message>
    <message>
      <source>Remove your OpenRouter key from this computer's keychain?</source>
      <translation>Remover sua chave do OpenRouter do chaveiro deste computador?</translation>
    </message>
    <message>
      <source>You are ready: type a message and press Enter.</source>
      <translation>Tudo pronto: digite uma mensagem e pressione Enter.</translation>
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
      <translation>Um PDF que você anexou não tem texto, só imagens das páginas. A leitura paga custa $2 por 1.000 páginas, e cada uma das {columns} colunas paga pela própria leitura ({pages} ao todo: cerca de {about}). Ler as páginas?</translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and it then reads every PDF this message sends ({pdfs} PDFs, {pages}: about {about}). Read them?</source>
      <translation>Um PDF que você anexou não tem texto, só imagens das páginas. A leitura paga custa $2 por 1.000 páginas, e então ela lê todos os PDFs que esta mensagem envia ({pdfs} PDFs, {pages}: cerca de {about}). Ler as páginas?</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and earlier messages of this conversation carry pictures ({names}) that every message sends again. Choose a model that can see pictures.</source>
      <translation>Não enviada: {model} não consegue ver imagens, e mensagens anteriores desta conversa têm imagens ({names}) que são enviadas de novo a cada mensagem. Escolha um modelo que veja imagens.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} are pictures. Choose a model that can, or remove the pictures.</source>
      <translation>Não enviada: {model} não consegue ver imagens, e {names} são imagens. Escolha um modelo que consiga ou remova as imagens.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} is a picture. Choose a model that can, or remove the picture.</source>
      <translation>Não enviada: {model} não consegue ver imagens, e {names} é uma imagem. Escolha um modelo que consiga ou remova a imagem.</translation>
    </message>
    <message>
      <source>The model list does not say whether this model can read pictures or files, so your attachments were sent as they are. If the answer ignores them, choose a model that reads them.</source>
      <translation>A lista de modelos não diz se este modelo lê imagens ou arquivos, então seus anexos foram enviados como estão. Se a resposta os ignorar, escolha um modelo que os leia.</translation>
    </message>
    <message>
      <source>These PDFs have no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>Estes PDFs não têm texto, só imagens das páginas. Lê-los custa $2 por 1.000 páginas (cerca de {about} por estas {pages}). Ler as páginas?</translation>
    </message>
    <message>
      <source>This PDF has no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>Este PDF não tem texto, só imagens das páginas. Lê-lo custa $2 por 1.000 páginas (cerca de {about} por estas {pages}). Ler as páginas?</translation>
    </message>
    <message numerus="yes">
      <source>{names} and %n more</source>
      <comment>one: {names} and %n more</comment>
      <translation>
        <numerusform>{names} e mais %n</numerusform>
        <numerusform>{names} e mais %n</numerusform>
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
        <numerusform>Uma mensagem pode ter no máximo %n anexo. Remova-o para anexar outro.</numerusform>
        <numerusform>Uma mensagem pode ter no máximo %n anexos. Remova um para anexar outro.</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach</source>
      <translation>Anexar</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>Anexar um arquivo</translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>Anexar arquivos</translation>
    </message>
    <message>
      <source>Attach pictures, PDFs or text files (you can also drop them here or paste them). Pictures up to {image_mb} MB (larger than {side} pixels are reduced), PDFs up to {pdf_mb} MB, text files up to {text_mb} MB; at most {count} a message.</source>
      <translation>Anexe imagens, PDFs ou arquivos de texto (você também pode soltá-los ou colá-los aqui). Imagens de até {image_mb} MB (acima de {side} pixels são reduzidas), PDFs de até {pdf_mb} MB, arquivos de texto de até {text_mb} MB; no máximo {count} por mensagem.</translation>
    </message>
    <message>
      <source>Attachment {name}</source>
      <translation>Anexo {name}</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Anexos</translation>
    </message>
    <message>
      <source>Files cannot be attached here.</source>
      <translation>Não é possível anexar arquivos aqui.</translation>
    </message>
    <message numerus="yes">
      <source>Not sent yet: %n files are still being read. Press Send again once they are attached, or remove them (✕) to send without them.</source>
      <comment>one: Not sent yet: %n file is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</comment>
      <translation>
        <numerusform>Ainda não enviada: %n arquivo ainda está sendo lido. Pressione Enviar de novo quando ele estiver anexado ou remova-o (✕) para enviar sem ele.</numerusform>
        <numerusform>Ainda não enviada: %n arquivos ainda estão sendo lidos. Pressione Enviar de novo quando eles estiverem anexados ou remova-os (✕) para enviar sem eles.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent yet: “{name}” is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</source>
      <translation>Ainda não enviada: “{name}” ainda está sendo lido. Pressione Enviar de novo quando ele estiver anexado ou remova-o (✕) para enviar sem ele.</translation>
    </message>
    <message>
      <source>Pasted picture.png</source>
      <translation>Imagem colada.png</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>Imagem {name}</translation>
    </message>
    <message>
      <source>Pictures, PDFs and text files (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;All files (*)</source>
      <translation>Imagens, PDFs e arquivos de texto (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;Todos os arquivos (*)</translation>
    </message>
    <message>
      <source>Reading {name}</source>
      <translation>Lendo {name}</translation>
    </message>
    <message>
      <source>Reading “{name}”…</source>
      <translation>Lendo “{name}”…</translation>
    </message>
    <message>
      <source>Remove this attachment</source>
      <translation>Remover este anexo</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>Remover {name}</translation>
    </message>
    <message>
      <source>Stop reading this file (it is not attached)</source>
      <translation>Parar de ler este arquivo (ele não está anexado)</translation>
    </message>
    <message>
      <source>Stop reading {name}</source>
      <translation>Parar de ler {name}</translation>
    </message>
    <message>
      <source>reduced</source>
      <translation>reduzida</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>Não foi possível abrir “{name}”.</translation>
    </message>
    <message>
      <source>“{name}” could not be opened: Switchboard could not write a copy of it to open (the disk may be full, or the temporary folder not writable).</source>
      <translation>Não foi possível abrir “{name}”: o Switchboard não conseguiu gravar uma cópia dele para abrir (o disco pode estar cheio, ou a pasta temporária sem permissão de gravação).</translation>
    </message>
    <message>
      <source>“{name}” is attached already.</source>
      <translation>“{name}” já está anexado.</translation>
    </message>
    <message numerus="yes">
      <source>“{name}” was not attached: a message can carry at most %n attachments.</source>
      <comment>one: “{name}” was not attached: a message can carry at most %n attachment.</comment>
      <translation>
        <numerusform>“{name}” não foi anexado: uma mensagem pode ter no máximo %n anexo.</numerusform>
        <numerusform>“{name}” não foi anexado: uma mensagem pode ter no máximo %n anexos.</numerusform>
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
      <translation>O Switchboard não consegue ler PDFs: falta uma parte de que ele precisa. Reinstale o Switchboard.</translation>
    </message>
    <message>
      <source>Switchboard cannot send “{name}”. It can send pictures (PNG, JPEG, WebP, GIF), PDFs and text files.</source>
      <translation>O Switchboard não consegue enviar “{name}”. Ele pode enviar imagens (PNG, JPEG, WebP, GIF), PDFs e arquivos de texto.</translation>
    </message>
    <message>
      <source>Switchboard could not keep a copy of “{name}” in its data folder. Check that the disk is not full, then attach it again.</source>
      <translation>O Switchboard não conseguiu guardar uma cópia de “{name}” na pasta de dados. Confira se o disco não está cheio e anexe o arquivo de novo.</translation>
    </message>
    <message>
      <source>Switchboard is not allowed to read “{name}”. Check who may open the file, or copy it to your own folder and attach the copy.</source>
      <translation>O Switchboard não tem permissão para ler “{name}”. Confira quem pode abrir o arquivo ou copie-o para sua própria pasta e anexe a cópia.</translation>
    </message>
    <message>
      <source>a GIF picture</source>
      <translation>uma imagem GIF</translation>
    </message>
    <message>
      <source>a JPEG picture</source>
      <translation>uma imagem JPEG</translation>
    </message>
    <message>
      <source>a PDF</source>
      <translation>um PDF</translation>
    </message>
    <message>
      <source>a PNG picture</source>
      <translation>uma imagem PNG</translation>
    </message>
    <message>
      <source>a WebP picture</source>
      <translation>uma imagem WebP</translation>
    </message>
    <message>
      <source>a ZIP archive (Word, Excel and PowerPoint files are ZIP archives too)</source>
      <translation>um arquivo ZIP (arquivos do Word, Excel e PowerPoint também são arquivos ZIP)</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <source>“{name}” could not be read. Try again, or copy it to another folder and attach the copy.</source>
      <translation>Não foi possível ler “{name}”. Tente de novo ou copie o arquivo para outra pasta e anexe a cópia.</translation>
    </message>
    <message>
      <source>“{name}” has no pages: there is nothing in it to send.</source>
      <translation>“{name}” não tem páginas: não há nada nele para enviar.</translation>
    </message>
    <message>
      <source>“{name}” has {pages:,} pages. Switchboard can send PDFs of at most {MAX_PDF_PAGES:,} pages: split it and attach the part you need.</source>
      <translation>“{name}” tem {pages:,} páginas. O Switchboard pode enviar PDFs de no máximo {MAX_PDF_PAGES:,} páginas: divida o arquivo e anexe a parte de que você precisa.</translation>
    </message>
    <message>
      <source>“{name}” is a damaged PDF that Switchboard could not open. Open it in a PDF reader and save or print it to a new PDF, then attach that.</source>
      <translation>“{name}” é um PDF danificado que o Switchboard não conseguiu abrir. Abra-o em um leitor de PDF e salve ou imprima em um novo PDF, depois anexe esse.</translation>
    </message>
    <message>
      <source>“{name}” is empty: there is nothing in it to send.</source>
      <translation>“{name}” está vazio: não há nada nele para enviar.</translation>
    </message>
    <message>
      <source>“{name}” is locked with a password or encryption, so the model could not read it. Save an unlocked copy (for example with “Print to PDF”) and attach that.</source>
      <translation>“{name}” está protegido por senha ou criptografia, então o modelo não conseguiu lê-lo. Salve uma cópia desbloqueada (por exemplo, com “Imprimir em PDF”) e anexe essa.</translation>
    </message>
    <message>
      <source>“{name}” is no longer there: it may have been moved or deleted. Attach it again from where it is now.</source>
      <translation>“{name}” não está mais lá: pode ter sido movido ou excluído. Anexe-o de novo a partir de onde ele está agora.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF Switchboard can read. Attach the right file.</source>
      <translation>“{name}” não é um PDF que o Switchboard consiga ler. Anexe o arquivo certo.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}” não é um PDF: o conteúdo é {contents}. Renomeie-o ou anexe o arquivo certo.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture Switchboard can read. Attach a PNG, JPEG, WebP or GIF picture.</source>
      <translation>“{name}” não é uma imagem que o Switchboard consiga ler. Anexe uma imagem PNG, JPEG, WebP ou GIF.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}” não é uma imagem: o conteúdo é {contents}. Renomeie-o ou anexe o arquivo certo.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file Switchboard can send.</source>
      <translation>“{name}” não é um arquivo de texto que o Switchboard consiga enviar.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}” não é um arquivo de texto: o conteúdo é {contents}. Renomeie-o ou anexe o arquivo certo.</translation>
    </message>
    <message>
      <source>“{name}” is not an ordinary file (it may be a folder, a pipe or a device), so it cannot be attached.</source>
      <translation>“{name}” não é um arquivo comum (pode ser uma pasta, um pipe ou um dispositivo), então não pode ser anexado.</translation>
    </message>
    <message>
      <source>“{name}” is too large to open safely: {width:,} × {height:,} pixels. Make it smaller in another program and attach it again.</source>
      <translation>“{name}” é grande demais para abrir com segurança: {width:,} × {height:,} pixels. Reduza-o em outro programa e anexe de novo.</translation>
    </message>
    <message>
      <source>“{name}” is too large: PDFs can be at most {size} MB.</source>
      <translation>“{name}” é grande demais: PDFs podem ter no máximo {size} MB.</translation>
    </message>
    <message>
      <source>“{name}” is too large: files can be at most {limit} MB (pictures {image_limit} MB, text files {text_limit} MB).</source>
      <translation>“{name}” é grande demais: arquivos podem ter no máximo {limit} MB (imagens {image_limit} MB, arquivos de texto {text_limit} MB).</translation>
    </message>
    <message>
      <source>“{name}” is too large: pictures can be at most {size} MB.</source>
      <translation>“{name}” é grande demais: imagens podem ter no máximo {size} MB.</translation>
    </message>
    <message>
      <source>“{name}” is too large: text files can be at most {size} MB.</source>
      <translation>“{name}” é grande demais: arquivos de texto podem ter no máximo {size} MB.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but could not be opened: it may be damaged, or too large to make smaller. Open it in another program, make it smaller or save it again, then attach it again.</source>
      <translation>“{name}” parece uma imagem, mas não pôde ser aberto: pode estar danificado ou ser grande demais para reduzir. Abra-o em outro programa, reduza-o ou salve de novo e depois anexe outra vez.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but is damaged: Switchboard could not read its size. Open it in another program and save it again.</source>
      <translation>“{name}” parece uma imagem, mas está danificado: o Switchboard não conseguiu ler o tamanho dele. Abra-o em outro programa e salve de novo.</translation>
    </message>
  </context>
  <context>
    <name>blobs</name>
    <message>
      <source>The attached file “{name}” is no longer in Switchboard's data folder, so it cannot be sent again. Attach it once more.</source>
      <translation>O arquivo anexado “{name}” não está mais na pasta de dados do Switchboard, então não pode ser enviado de novo. Anexe-o mais uma vez.</translation>
    </message>
  </context>
  <context>
    <name>catalogue</name>
    <message>
      <source>The server listed no models, so the current list is kept.</source>
      <translation>O servidor não listou nenhum modelo, então a lista atual foi mantida.</translation>
    </message>
  </context>
  <context>
    <name>chat</name>
    <message>
      <source>Switchboard could not save this answer (the disk may be full), so it stopped here. What arrived is shown; free some space, then press Retry.</source>
      <translation>O Switchboard não conseguiu salvar esta resposta (o disco pode estar cheio), então ela parou aqui. O que chegou está sendo mostrado; libere espaço e pressione Tentar de novo.</translation>
    </message>
    <message>
      <source>The file “{name}” is no longer in Switchboard's data folder, so the model was told it is no longer available. Attach it again if the model needs it.</source>
      <translation>O arquivo “{name}” não está mais na pasta de dados do Switchboard, então o modelo foi avisado de que ele não está mais disponível. Anexe-o de novo se o modelo precisar dele.</translation>
    </message>
  </context>
  <context>
    <name>chat_view</name>
    <message>
      <source>Answer status</source>
      <translation>Status da resposta</translation>
    </message>
    <message>
      <source>Attachments are sent again with every later message.</source>
      <translation>Os anexos são enviados de novo com cada mensagem seguinte.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <source>Deleted version</source>
      <translation>Versão excluída</translation>
    </message>
    <message>
      <source>Editing a message</source>
      <translation>Editando uma mensagem</translation>
    </message>
    <message>
      <source>Editing your message: sending adds a new version; the original stays. (Esc cancels)</source>
      <translation>Editando sua mensagem: enviar cria uma nova versão; a original continua. (Esc cancela)</translation>
    </message>
    <message>
      <source>Estimated cost of this message</source>
      <translation>Custo estimado desta mensagem</translation>
    </message>
    <message>
      <source>Models that can read your attachments</source>
      <translation>Modelos que conseguem ler seus anexos</translation>
    </message>
    <message>
      <source>No model in the model list says it can; refresh the list and try again.</source>
      <translation>Nenhum modelo da lista de modelos diz que consegue; atualize a lista e tente de novo.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>Não enviada: sua mensagem e os anexos continuam na caixa. Remova o PDF para enviar sem ele.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>Ler as imagens das páginas?</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>Ler</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Enviar</translation>
    </message>
    <message>
      <source>Send message</source>
      <translation>Enviar mensagem</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Parar</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>Parar a resposta</translation>
    </message>
    <message>
      <source>Stop the answer (Esc)</source>
      <translation>Parar a resposta (Esc)</translation>
    </message>
    <message>
      <source>That version cannot come back: what it followed was deleted too.</source>
      <translation>Essa versão não pode voltar: aquilo que ela seguia também foi excluído.</translation>
    </message>
    <message>
      <source>The message you were editing is no longer shown, so nothing was sent. Switch back to it and edit it again, or send this as a new message.</source>
      <translation>A mensagem que você estava editando não aparece mais, então nada foi enviado. Volte para ela e edite de novo ou envie isto como uma nova mensagem.</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>Pensando…</translation>
    </message>
    <message>
      <source>This conversation now uses {model}. Press Send to send your message.</source>
      <translation>Esta conversa agora usa {model}. Pressione Enviar para enviar sua mensagem.</translation>
    </message>
    <message>
      <source>This message: {estimate}</source>
      <translation>Esta mensagem: {estimate}</translation>
    </message>
    <message>
      <source>This model cannot think any less than it did. Try again without a length limit, or choose a larger Maximum length in the Parameters panel.</source>
      <translation>Este modelo não consegue pensar menos do que já pensou. Tente de novo sem limite de tamanho ou escolha um Tamanho máximo maior no painel Parâmetros.</translation>
    </message>
    <message>
      <source>Type a message below to start.</source>
      <translation>Digite uma mensagem abaixo para começar.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Desfazer</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>Versão {number} de {total}</translation>
    </message>
    <message>
      <source>Version {number} of {total} deleted.</source>
      <translation>Versão {number} de {total} excluída.</translation>
    </message>
    <message>
      <source>Wait for the answer to finish (or stop it) before changing versions.</source>
      <translation>Espere a resposta terminar (ou pare-a) antes de trocar de versão.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>Esperando o modelo…</translation>
    </message>
    <message>
      <source>Write a message to send with your attachments.</source>
      <translation>Escreva uma mensagem para enviar com seus anexos.</translation>
    </message>
    <message>
      <source>Writing…</source>
      <translation>Escrevendo…</translation>
    </message>
    <message>
      <source>Writing… {rate} tokens/s</source>
      <translation>Escrevendo… {rate} tokens/s</translation>
    </message>
    <message>
      <source>about {cost}</source>
      <translation>cerca de {cost}</translation>
    </message>
  </context>
  <context>
    <name>column_settings</name>
    <message>
      <source>Column settings</source>
      <translation>Configurações da coluna</translation>
    </message>
    <message>
      <source>Differs from another column: {settings}.</source>
      <translation>Diferente de outra coluna: {settings}.</translation>
    </message>
  </context>
  <context>
    <name>compare</name>
    <message numerus="yes">
      <source>%n requests, {estimate}</source>
      <comment>one: %n request, {estimate}</comment>
      <translation>
        <numerusform>%n solicitação, {estimate}</numerusform>
        <numerusform>%n solicitações, {estimate}</numerusform>
      </translation>
    </message>
    <message>
      <source>Something went wrong in Switchboard while this answer was written.</source>
      <translation>Algo deu errado no Switchboard enquanto esta resposta era escrita.</translation>
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
        <numerusform>%n resposta</numerusform>
        <numerusform>%n respostas</numerusform>
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
      <translation>Comparação às cegas</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens}</source>
      <translation>No total: {answers} · {tokens}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · at least {cost}</source>
      <translation>No total: {answers} · {tokens} · pelo menos {cost}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · {cost}</source>
      <translation>No total: {answers} · {tokens} · {cost}</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON que segue um esquema</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Provedor</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Prompt do sistema</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>não definido</translation>
    </message>
    <message>
      <source>on</source>
      <translation>ativado</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>texto simples</translation>
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
      <translation>(Troque o modelo dessa coluna com Trocar….)</translation>
    </message>
    <message>
      <source>(your next message)</source>
      <translation>(sua próxima mensagem)</translation>
    </message>
    <message>
      <source>Another model…</source>
      <translation>Outro modelo…</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Resposta {letter}</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Costs show once you pick. Pick the best answer.</source>
      <translation>Às cegas: os nomes ficam ocultos e a ordem é embaralhada. Os custos aparecem depois que você escolher. Escolha a melhor resposta.</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Thinking, times and costs show once you pick. Pick the best answer.</source>
      <translation>Às cegas: os nomes ficam ocultos e a ordem é embaralhada. Raciocínio, tempos e custos aparecem depois que você escolher. Escolha a melhor resposta.</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Trocar…</translation>
    </message>
    <message>
      <source>Column statistics</source>
      <translation>Estatísticas da coluna</translation>
    </message>
    <message>
      <source>Column totals</source>
      <translation>Totais da coluna</translation>
    </message>
    <message>
      <source>Comparison total</source>
      <translation>Total da comparação</translation>
    </message>
    <message>
      <source>Continue with this one</source>
      <translation>Continuar com esta</translation>
    </message>
    <message>
      <source>Details show once you pick the best answer.</source>
      <translation>Os detalhes aparecem depois que você escolher a melhor resposta.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>Destacar diferenças</translation>
    </message>
    <message>
      <source>Highlight differing</source>
      <translation>Destacar diferenças por</translation>
    </message>
    <message>
      <source>Mark whole sentences that differ, or single words.</source>
      <translation>Marcar frases inteiras que diferem ou palavras isoladas.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>Não enviada: sua mensagem e os anexos continuam na caixa. Remova o PDF para enviar sem ele.</translation>
    </message>
    <message>
      <source>One prompt for every column (Enter to send)</source>
      <translation>Um prompt para todas as colunas (Enter para enviar)</translation>
    </message>
    <message>
      <source>Pick as best</source>
      <translation>Escolher como melhor</translation>
    </message>
    <message>
      <source>Prompt for every column</source>
      <translation>Prompt para todas as colunas</translation>
    </message>
    <message>
      <source>Put another preset or model in this column.</source>
      <translation>Colocar outra predefinição ou outro modelo nesta coluna.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>Ler as imagens das páginas?</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>Ler</translation>
    </message>
    <message>
      <source>Request…</source>
      <translation>Solicitação…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Tentar de novo</translation>
    </message>
    <message>
      <source>Send to all</source>
      <translation>Enviar para todas</translation>
    </message>
    <message>
      <source>Sentences</source>
      <translation>Frases</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Configurações</translation>
    </message>
    <message>
      <source>Show or hide each column's settings.</source>
      <translation>Mostrar ou ocultar as configurações de cada coluna.</translation>
    </message>
    <message>
      <source>Show the request this column's next answer would send.</source>
      <translation>Mostrar a solicitação que a próxima resposta desta coluna enviaria.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Parar</translation>
    </message>
    <message>
      <source>Stop all</source>
      <translation>Parar todas</translation>
    </message>
    <message>
      <source>Stop every column (Esc)</source>
      <translation>Parar todas as colunas (Esc)</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>Parar a resposta</translation>
    </message>
    <message>
      <source>The prompt is in the box below: Send to all asks it again in every column, after the answers already there.</source>
      <translation>O prompt está na caixa abaixo: Enviar para todas o envia de novo em todas as colunas, depois das respostas que já estão lá.</translation>
    </message>
    <message>
      <source>This column cannot change now. Try again once it has answered.</source>
      <translation>Esta coluna não pode ser trocada agora. Tente de novo quando ela tiver respondido.</translation>
    </message>
    <message>
      <source>This comparison cost at least {amount} (some costs are not known yet).</source>
      <translation>Esta comparação custou pelo menos {amount} (alguns custos ainda não são conhecidos).</translation>
    </message>
    <message>
      <source>This comparison cost {amount} in all.</source>
      <translation>Esta comparação custou {amount} no total.</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Palavras</translation>
    </message>
    <message>
      <source>You picked {name}.</source>
      <translation>Você escolheu {name}.</translation>
    </message>
    <message>
      <source>finish: {reason}</source>
      <translation>fim: {reason}</translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>primeira palavra {time}</translation>
    </message>
    <message>
      <source>hidden until you pick the best</source>
      <translation>oculto até você escolher a melhor</translation>
    </message>
    <message>
      <source>thinking… {time}</source>
      <translation>pensando… {time}</translation>
    </message>
    <message>
      <source>thought privately</source>
      <translation>raciocínio privado</translation>
    </message>
    <message>
      <source>thought privately: {tokens} billed</source>
      <translation>raciocínio privado: {tokens} cobrados</translation>
    </message>
    <message>
      <source>thought {time}</source>
      <translation>pensou {time}</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} estim.</translation>
    </message>
    <message>
      <source>{cost} in all</source>
      <translation>{cost} no total</translation>
    </message>
    <message>
      <source>{count} answer tokens</source>
      <translation>{count} tokens de resposta</translation>
    </message>
    <message>
      <source>{count} thinking tokens</source>
      <translation>{count} tokens de raciocínio</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} tokens</translation>
    </message>
    <message>
      <source>{model} via {provider}</source>
      <translation>{model} via {provider}</translation>
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
      <translation>Coluna {number}</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>Nova comparação</translation>
    </message>
    <message>
      <source>No blind votes yet between {a} and {b}</source>
      <translation>Ainda não há votos às cegas entre {a} e {b}</translation>
    </message>
    <message>
      <source>{a} and {b} are tied {a_wins} to {b_wins}</source>
      <translation>{a} e {b} estão empatados em {a_wins} a {b_wins}</translation>
    </message>
    <message>
      <source>{winner} beat {loser} {wins} to {losses}</source>
      <translation>{winner} venceu {loser} por {wins} a {losses}</translation>
    </message>
  </context>
  <context>
    <name>composer</name>
    <message>
      <source>Message</source>
      <translation>Mensagem</translation>
    </message>
    <message>
      <source>Message  (Ctrl+Enter to send)</source>
      <translation>Mensagem  (Ctrl+Enter para enviar)</translation>
    </message>
    <message>
      <source>Message  (Enter to send, Shift+Enter for a new line)</source>
      <translation>Mensagem  (Enter para enviar, Shift+Enter para nova linha)</translation>
    </message>
    <message>
      <source>Type your message. Enter sends, Shift+Enter adds a line.</source>
      <translation>Digite sua mensagem. Enter envia, Shift+Enter adiciona uma linha.</translation>
    </message>
  </context>
  <context>
    <name>conversation</name>
    <message>
      <source>New conversation</source>
      <translation>Nova conversa</translation>
    </message>
  </context>
  <context>
    <name>conversations</name>
    <message numerus="yes">
      <source>%n attached files were left out: the file did not contain them.</source>
      <comment>one: One attached file was left out: the file did not contain it.</comment>
      <translation>
        <numerusform>%n arquivo anexado foi deixado de fora: o arquivo não o continha.</numerusform>
        <numerusform>%n arquivos anexados foram deixados de fora: o arquivo não os continha.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached files were left out: they are damaged, too large, or not what their names say.</source>
      <comment>one: One attached file was left out: it is damaged, too large, or not what its name says.</comment>
      <translation>
        <numerusform>%n arquivo anexado foi deixado de fora: ele está danificado, é grande demais ou não é o que o nome diz.</numerusform>
        <numerusform>%n arquivos anexados foram deixados de fora: eles estão danificados, são grandes demais ou não são o que os nomes dizem.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n system messages from later in the conversation were added to its system prompt.</source>
      <comment>one: %n system message from later in the conversation was added to its system prompt.</comment>
      <translation>
        <numerusform>%n mensagem do sistema de mais adiante na conversa foi adicionada ao prompt do sistema dela.</numerusform>
        <numerusform>%n mensagens do sistema de mais adiante na conversa foram adicionadas ao prompt do sistema dela.</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read {name}: {reason}. Nothing was imported.</source>
      <translation>Não foi possível ler {name}: {reason}. Nada foi importado.</translation>
    </message>
    <message>
      <source>Could not save the attached files: {reason}. Nothing was imported.</source>
      <translation>Não foi possível salvar os arquivos anexados: {reason}. Nada foi importado.</translation>
    </message>
    <message>
      <source>Could not save the export: {reason}.</source>
      <translation>Não foi possível salvar a exportação: {reason}.</translation>
    </message>
    <message>
      <source>Could not save the imported conversation to your history: {reason}. Nothing was imported.</source>
      <translation>Não foi possível salvar a conversa importada no seu histórico: {reason}. Nada foi importado.</translation>
    </message>
    <message>
      <source>Could not save the new conversation: {reason}.</source>
      <translation>Não foi possível salvar a nova conversa: {reason}.</translation>
    </message>
    <message>
      <source>Imported “{title}”.</source>
      <translation>“{title}” importada.</translation>
    </message>
    <message>
      <source>This comparison no longer exists. Nothing was exported.</source>
      <translation>Esta comparação não existe mais. Nada foi exportado.</translation>
    </message>
    <message>
      <source>This conversation no longer exists.</source>
      <translation>Esta conversa não existe mais.</translation>
    </message>
    <message>
      <source>This conversation no longer exists. Nothing was exported.</source>
      <translation>Esta conversa não existe mais. Nada foi exportado.</translation>
    </message>
    <message>
      <source>This conversation with its attached files would make a file of about {size} MB, more than the {limit} MB Switchboard can import again, so nothing was exported. Export it as Markdown instead (the files are then named but not included).</source>
      <translation>Esta conversa com os arquivos anexados geraria um arquivo de cerca de {size} MB, mais que os {limit} MB que o Switchboard consegue importar de volta, então nada foi exportado. Exporte-a como Markdown (os arquivos são citados pelo nome, mas não incluídos).</translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation. Nothing was copied.</source>
      <translation>Esta mensagem não aparece mais na conversa. Nada foi copiado.</translation>
    </message>
    <message>
      <source>it is not an ordinary file</source>
      <translation>não é um arquivo comum</translation>
    </message>
    <message>
      <source>up to {size} MB, {messages} messages</source>
      <translation>até {size} MB, {messages} mensagens</translation>
    </message>
    <message>
      <source>{names} and {last}</source>
      <translation>{names} e {last}</translation>
    </message>
    <message>
      <source>{names} were left out: their values in the file cannot be sent.</source>
      <translation>{names} foram deixados de fora: os valores deles no arquivo não podem ser enviados.</translation>
    </message>
    <message>
      <source>{name} was left out: its value in the file cannot be sent.</source>
      <translation>{name} foi deixado de fora: o valor dele no arquivo não pode ser enviado.</translation>
    </message>
    <message>
      <source>{title} (continued)</source>
      <translation>{title} (continuação)</translation>
    </message>
  </context>
  <context>
    <name>cost</name>
    <message>
      <source>Add credits at {url}, then send again: your message is kept.</source>
      <translation>Adicione créditos em {url} e envie de novo: sua mensagem foi mantida.</translation>
    </message>
    <message>
      <source>Confirm this send</source>
      <translation>Confirmar este envio</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>Se a resposta usar todo o tamanho, este envio pode levar os gastos deste mês a {amount}, acima do seu limite mensal de {cap}.</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>Se a resposta usar todo o tamanho, este envio pode levar os gastos de hoje a {amount}, acima do seu limite diário de {cap}.</translation>
    </message>
    <message>
      <source>OpenRouter says your credits ran out (or this key reached its spending limit).</source>
      <translation>O OpenRouter informa que seus créditos acabaram (ou que esta chave atingiu o limite de gastos dela).</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your daily cap.</source>
      <translation>Defina o Tamanho máximo como {tokens} ou menos em todas as colunas para ficar abaixo do seu limite diário.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your monthly cap.</source>
      <translation>Defina o Tamanho máximo como {tokens} ou menos em todas as colunas para ficar abaixo do seu limite mensal.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your daily cap.</source>
      <translation>Defina o Tamanho máximo como {tokens} ou menos para ficar abaixo do seu limite diário.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your monthly cap.</source>
      <translation>Defina o Tamanho máximo como {tokens} ou menos para ficar abaixo do seu limite mensal.</translation>
    </message>
    <message>
      <source>Spending cap</source>
      <translation>Limite de gastos</translation>
    </message>
    <message>
      <source>The cost of this send is unknown.</source>
      <translation>O custo deste envio é desconhecido.</translation>
    </message>
    <message>
      <source>The price of this model is unknown, so this send cannot be checked against your caps.</source>
      <translation>O preço deste modelo é desconhecido, então não dá para comparar este envio com seus limites.</translation>
    </message>
    <message>
      <source>This key has {left} left of its {limit} limit.</source>
      <translation>Esta chave tem {left} restantes do limite de {limit}.</translation>
    </message>
    <message>
      <source>This key has {left} left.</source>
      <translation>Esta chave tem {left} restantes.</translation>
    </message>
    <message>
      <source>This send could bring this month's spending to {amount}, {percent}% of your monthly cap of {cap}.</source>
      <translation>Este envio pode levar os gastos deste mês a {amount}, {percent}% do seu limite mensal de {cap}.</translation>
    </message>
    <message>
      <source>This send could bring today's spending to {amount}, {percent}% of your daily cap of {cap}.</source>
      <translation>Este envio pode levar os gastos de hoje a {amount}, {percent}% do seu limite diário de {cap}.</translation>
    </message>
    <message>
      <source>This send could cost about {amount} more.</source>
      <translation>Este envio pode custar cerca de {amount} a mais.</translation>
    </message>
    <message>
      <source>This send could cost about {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>Este envio pode custar cerca de {amount}. Você pediu para confirmar qualquer envio que possa custar mais de {limit}.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount} more.</source>
      <translation>Este envio pode custar até {amount} a mais.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>Este envio pode custar até {amount}. Você pediu para confirmar qualquer envio que possa custar mais de {limit}.</translation>
    </message>
    <message>
      <source>This send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>Este envio pode levar os gastos deste mês a {amount}, acima do seu limite mensal de {cap}.</translation>
    </message>
    <message>
      <source>This send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>Este envio pode levar os gastos de hoje a {amount}, acima do seu limite diário de {cap}.</translation>
    </message>
    <message>
      <source>You have already spent {amount} this month, reaching your monthly cap of {cap}.</source>
      <translation>Você já gastou {amount} este mês, atingindo seu limite mensal de {cap}.</translation>
    </message>
    <message>
      <source>You have already spent {amount} today, reaching your daily cap of {cap}.</source>
      <translation>Você já gastou {amount} hoje, atingindo seu limite diário de {cap}.</translation>
    </message>
    <message>
      <source>about {typical}</source>
      <translation>cerca de {typical}</translation>
    </message>
    <message>
      <source>about {typical}, at most {most}</source>
      <translation>cerca de {typical}, no máximo {most}</translation>
    </message>
    <message>
      <source>at most {most}</source>
      <translation>no máximo {most}</translation>
    </message>
    <message>
      <source>cost unknown for this model</source>
      <translation>custo desconhecido para este modelo</translation>
    </message>
    <message>
      <source>free</source>
      <translation>grátis</translation>
    </message>
    <message>
      <source>this month</source>
      <translation>este mês</translation>
    </message>
    <message>
      <source>today</source>
      <translation>hoje</translation>
    </message>
    <message>
      <source>{least}, at most {most}</source>
      <translation>{least}, no máximo {most}</translation>
    </message>
  </context>
  <context>
    <name>cost_meter</name>
    <message>
      <source>Comparison: {cost}</source>
      <translation>Comparação: {cost}</translation>
    </message>
    <message>
      <source>Conversation: {cost}</source>
      <translation>Conversa: {cost}</translation>
    </message>
    <message>
      <source>Conversation: –</source>
      <translation>Conversa: –</translation>
    </message>
    <message>
      <source>Cost meter</source>
      <translation>Medidor de custos</translation>
    </message>
    <message>
      <source>Credit: no limit on this key</source>
      <translation>Crédito: sem limite nesta chave</translation>
    </message>
    <message>
      <source>Credit: unknown</source>
      <translation>Crédito: desconhecido</translation>
    </message>
    <message>
      <source>Credit: {cost} left</source>
      <translation>Crédito: restam {cost}</translation>
    </message>
    <message>
      <source>Credit: –</source>
      <translation>Crédito: –</translation>
    </message>
    <message>
      <source>Month: {cost}</source>
      <translation>Mês: {cost}</translation>
    </message>
    <message>
      <source>Month: {cost} of {cap}</source>
      <translation>Mês: {cost} de {cap}</translation>
    </message>
    <message>
      <source>Month: –</source>
      <translation>Mês: –</translation>
    </message>
    <message>
      <source>Sent: no figure until the model starts writing</source>
      <translation>Enviada: sem valor até o modelo começar a escrever</translation>
    </message>
    <message>
      <source>Stopped before the model wrote anything: OpenRouter may still bill the prompt</source>
      <translation>Parada antes de o modelo escrever algo: o OpenRouter ainda pode cobrar o prompt</translation>
    </message>
    <message>
      <source>The answer being written now: an estimate until OpenRouter bills it</source>
      <translation>A resposta sendo escrita agora: uma estimativa até o OpenRouter cobrá-la</translation>
    </message>
    <message>
      <source>The request failed before the model wrote anything, so it was not billed</source>
      <translation>A solicitação falhou antes de o modelo escrever algo, então não foi cobrada</translation>
    </message>
    <message>
      <source>This answer: not charged</source>
      <translation>Esta resposta: não cobrada</translation>
    </message>
    <message>
      <source>This answer: {cost}</source>
      <translation>Esta resposta: {cost}</translation>
    </message>
    <message>
      <source>This answer: {cost} (est.)</source>
      <translation>Esta resposta: {cost} (estim.)</translation>
    </message>
    <message>
      <source>This answer: –</source>
      <translation>Esta resposta: –</translation>
    </message>
    <message>
      <source>Today: {cost}</source>
      <translation>Hoje: {cost}</translation>
    </message>
    <message>
      <source>Today: {cost} of {cap}</source>
      <translation>Hoje: {cost} de {cap}</translation>
    </message>
    <message>
      <source>Today: –</source>
      <translation>Hoje: –</translation>
    </message>
    <message>
      <source>What OpenRouter billed for the latest answer</source>
      <translation>O que o OpenRouter cobrou pela última resposta</translation>
    </message>
    <message>
      <source>What your OpenRouter key may still spend (from openrouter.ai)</source>
      <translation>O que sua chave do OpenRouter ainda pode gastar (segundo openrouter.ai)</translation>
    </message>
    <message>
      <source>{percent}% of your daily cap</source>
      <translation>{percent}% do seu limite diário</translation>
    </message>
    <message>
      <source>{percent}% of your monthly cap</source>
      <translation>{percent}% do seu limite mensal</translation>
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
      <translation>Copiar detalhes</translation>
    </message>
    <message>
      <source>Something went wrong inside Switchboard. Your conversations are saved. If it happens again, copy the details and send them to us; they contain no key.</source>
      <translation>Algo deu errado dentro do Switchboard. Suas conversas estão salvas. Se acontecer de novo, copie os detalhes e envie para nós; eles não contêm nenhuma chave.</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <source>Check that the folder exists and can be written to, then restart Switchboard.</source>
      <translation>Confira se a pasta existe e tem permissão de gravação e reinicie o Switchboard.</translation>
    </message>
    <message>
      <source>Check the disk has free space, then restart Switchboard.</source>
      <translation>Confira se o disco tem espaço livre e reinicie o Switchboard.</translation>
    </message>
    <message>
      <source>Close any other copy of Switchboard, then restart it.</source>
      <translation>Feche qualquer outra cópia do Switchboard e reinicie-o.</translation>
    </message>
    <message>
      <source>Conversations will not be saved this session: Switchboard could not open its history file at {path} because {reason}. {advice}</source>
      <translation>As conversas não serão salvas nesta sessão: o Switchboard não conseguiu abrir o arquivo de histórico em {path} porque {reason}. {advice}</translation>
    </message>
    <message>
      <source>Free some disk space, then restart Switchboard.</source>
      <translation>Libere espaço em disco e reinicie o Switchboard.</translation>
    </message>
    <message>
      <source>Move that file out of the way, then restart Switchboard.</source>
      <translation>Tire esse arquivo do caminho e reinicie o Switchboard.</translation>
    </message>
    <message>
      <source>Restart Switchboard to try again.</source>
      <translation>Reinicie o Switchboard para tentar de novo.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} could not be read, and Switchboard could not move it aside ({reason}). Conversations will not be saved this session.</source>
      <translation>Não foi possível ler seu histórico de conversas em {path}, e o Switchboard não conseguiu movê-lo para o lado ({reason}). As conversas não serão salvas nesta sessão.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} was saved by a newer version of Switchboard. Update Switchboard to see it. Until then, conversations will not be saved.</source>
      <translation>Seu histórico de conversas em {path} foi salvo por uma versão mais nova do Switchboard. Atualize o Switchboard para vê-lo. Até lá, as conversas não serão salvas.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read, so Switchboard started a new one. The old file is kept at {kept}.</source>
      <translation>Não foi possível ler seu histórico de conversas, então o Switchboard começou um novo. O arquivo antigo foi guardado em {kept}.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read; the old file is kept at {kept}. A new one could not be created either ({reason}), so conversations will not be saved this session.</source>
      <translation>Não foi possível ler seu histórico de conversas; o arquivo antigo foi guardado em {kept}. Também não foi possível criar um novo ({reason}), então as conversas não serão salvas nesta sessão.</translation>
    </message>
    <message>
      <source>another program is keeping it locked</source>
      <translation>outro programa o mantém bloqueado</translation>
    </message>
    <message>
      <source>it is not allowed to create or change files in that folder</source>
      <translation>ele não tem permissão para criar ou alterar arquivos nessa pasta</translation>
    </message>
    <message>
      <source>part of the folder path is a file, not a folder</source>
      <translation>parte do caminho da pasta é um arquivo, não uma pasta</translation>
    </message>
    <message>
      <source>the database said: {error}</source>
      <translation>o banco de dados informou: {error}</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>o disco está cheio</translation>
    </message>
    <message>
      <source>the disk reported an error while writing (it may be full or failing)</source>
      <translation>o disco informou um erro durante a gravação (pode estar cheio ou com defeito)</translation>
    </message>
    <message>
      <source>the system said: {error}</source>
      <translation>o sistema informou: {error}</translation>
    </message>
  </context>
  <context>
    <name>dock_link</name>
    <message>
      <source>(your next message)</source>
      <translation>(sua próxima mensagem)</translation>
    </message>
    <message>
      <source>Built-in list</source>
      <translation>Lista integrada</translation>
    </message>
    <message>
      <source>Live list</source>
      <translation>Lista ao vivo</translation>
    </message>
    <message numerus="yes">
      <source>Model list refreshed: %n models.</source>
      <comment>one: Model list refreshed: %n model.</comment>
      <translation>
        <numerusform>Lista de modelos atualizada: %n modelo.</numerusform>
        <numerusform>Lista de modelos atualizada: %n modelos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent: {problem} Fix it in the Parameters panel.</source>
      <translation>Não enviada: {problem} Corrija no painel Parâmetros.</translation>
    </message>
    <message>
      <source>Saved list</source>
      <translation>Lista salva</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Predefinição “{name}” salva.</translation>
    </message>
    <message>
      <source>The model list could not be refreshed: {reason}</source>
      <translation>Não foi possível atualizar a lista de modelos: {reason}</translation>
    </message>
    <message>
      <source>{problem} Fix it before saving a preset.</source>
      <translation>{problem} Corrija antes de salvar uma predefinição.</translation>
    </message>
    <message>
      <source>{problem} Fix it to see the request.</source>
      <translation>{problem} Corrija para ver a solicitação.</translation>
    </message>
    <message>
      <source>{problem} Nothing is sent until this is fixed.</source>
      <translation>{problem} Nada é enviado até isso ser corrigido.</translation>
    </message>
  </context>
  <context>
    <name>endpoint</name>
    <message>
      <source>Plain http is only allowed for a server on this computer (localhost). Use https for anything else, so your key cannot be read on the way.</source>
      <translation>http simples só é permitido para um servidor neste computador (localhost). Use https para todo o resto, para que sua chave não possa ser lida no caminho.</translation>
    </message>
    <message>
      <source>The address should not contain ? or #.</source>
      <translation>O endereço não deve conter ? nem #.</translation>
    </message>
    <message>
      <source>The address should not contain a name or password (the part before @). Type only the server's address, such as {address}</source>
      <translation>O endereço não deve conter nome nem senha (a parte antes do @). Digite só o endereço do servidor, como {address}</translation>
    </message>
    <message>
      <source>The port in the address (the number after the colon) is not valid.</source>
      <translation>A porta no endereço (o número depois dos dois-pontos) não é válida.</translation>
    </message>
    <message>
      <source>Type a full address starting with https://, such as {address}</source>
      <translation>Digite um endereço completo começando com https://, como {address}</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>o servidor</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Could not reach OpenRouter. Check your internet connection, then press Retry.</source>
      <translation>Não foi possível conectar ao OpenRouter. Confira sua conexão com a internet e pressione Tentar de novo.</translation>
    </message>
    <message>
      <source>One of the settings is out of range. Check the parameter dock.</source>
      <translation>Uma das configurações está fora do intervalo permitido. Confira o painel de parâmetros.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the model or settings, then send again.</source>
      <translation>O OpenRouter não pôde aceitar esta solicitação. Mude o modelo ou as configurações e envie de novo.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the settings and retry.</source>
      <translation>O OpenRouter não pôde aceitar esta solicitação. Mude as configurações e tente de novo.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason} Change the settings and retry.</source>
      <translation>O OpenRouter não pôde aceitar esta solicitação: {reason} Mude as configurações e tente de novo.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason}. Change the settings and retry.</source>
      <translation>O OpenRouter não pôde aceitar esta solicitação: {reason}. Mude as configurações e tente de novo.</translation>
    </message>
    <message>
      <source>OpenRouter could not process this request. Check the settings and retry.</source>
      <translation>O OpenRouter não conseguiu processar esta solicitação. Confira as configurações e tente de novo.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept your API key. It may be mistyped, disabled or expired. Paste a new key in Settings.</source>
      <translation>O OpenRouter não aceitou sua chave de API. Ela pode estar digitada errada, desativada ou expirada. Cole uma nova chave nas Configurações.</translation>
    </message>
    <message>
      <source>OpenRouter does not know this model. Choose another one from the list.</source>
      <translation>O OpenRouter não conhece este modelo. Escolha outro na lista.</translation>
    </message>
    <message>
      <source>OpenRouter refused this request: the provider's moderation flagged it, or the model is not available to you. Rephrase it or choose another model.</source>
      <translation>O OpenRouter recusou esta solicitação: a moderação do provedor a sinalizou, ou o modelo não está disponível para você. Reformule-a ou escolha outro modelo.</translation>
    </message>
    <message>
      <source>OpenRouter took too long to answer. Press Retry.</source>
      <translation>O OpenRouter demorou demais para responder. Pressione Tentar de novo.</translation>
    </message>
    <message>
      <source>Something went wrong talking to OpenRouter. Please try again.</source>
      <translation>Algo deu errado na comunicação com o OpenRouter. Tente de novo.</translation>
    </message>
    <message>
      <source>That model is not available any more (or no provider matches your routing settings). Choose another model.</source>
      <translation>Esse modelo não está mais disponível (ou nenhum provedor corresponde às suas configurações de roteamento). Escolha outro modelo.</translation>
    </message>
    <message>
      <source>The connection dropped before the answer was finished. What arrived is kept and marked incomplete; press Retry to ask again.</source>
      <translation>A conexão caiu antes de a resposta terminar. O que chegou foi mantido e marcado como incompleto; pressione Tentar de novo para perguntar outra vez.</translation>
    </message>
    <message>
      <source>The model stopped sending anything for too long, so the request was given up. Press Retry, or choose a faster model.</source>
      <translation>O modelo ficou tempo demais sem enviar nada, então a solicitação foi abandonada. Pressione Tentar de novo ou escolha um modelo mais rápido.</translation>
    </message>
    <message>
      <source>The model stopped with an error before finishing its answer. What arrived is kept; press Retry to ask again.</source>
      <translation>O modelo parou com um erro antes de terminar a resposta. O que chegou foi mantido; pressione Tentar de novo para perguntar outra vez.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering ({reason}). What arrived is kept; press Retry to ask again.</source>
      <translation>O provedor do modelo falhou durante a resposta ({reason}). O que chegou foi mantido; pressione Tentar de novo para perguntar outra vez.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering. What arrived is kept; press Retry to ask again.</source>
      <translation>O provedor do modelo falhou durante a resposta. O que chegou foi mantido; pressione Tentar de novo para perguntar outra vez.</translation>
    </message>
    <message>
      <source>The model's provider is down or overloaded right now. Press Retry in a minute, or choose another model.</source>
      <translation>O provedor do modelo está fora do ar ou sobrecarregado agora. Pressione Tentar de novo daqui a um minuto ou escolha outro modelo.</translation>
    </message>
    <message>
      <source>The network returned a web page instead of an answer. If you are on a hotel or café Wi-Fi, open a browser and sign in to the network, then press Retry.</source>
      <translation>A rede devolveu uma página da web em vez de uma resposta. Se você estiver no Wi-Fi de um hotel ou café, abra um navegador e entre na rede, depois pressione Tentar de novo.</translation>
    </message>
    <message>
      <source>The server sent something far too large to be a real answer, so Switchboard stopped reading it. What arrived before is kept. Press Retry; if it happens again, the server or something on the network between is misbehaving.</source>
      <translation>O servidor enviou algo grande demais para ser uma resposta de verdade, então o Switchboard parou de ler. O que chegou antes foi mantido. Pressione Tentar de novo; se acontecer outra vez, o servidor ou algo na rede no meio do caminho está com problemas.</translation>
    </message>
    <message>
      <source>This conversation is too long for the model's memory. Start a new conversation, shorten the text, or pick a model with a larger context.</source>
      <translation>Esta conversa é longa demais para a memória do modelo. Comece uma nova conversa, encurte o texto ou escolha um modelo com contexto maior.</translation>
    </message>
    <message>
      <source>This message is too large to send. Shorten it or remove attachments.</source>
      <translation>Esta mensagem é grande demais para enviar. Encurte-a ou remova anexos.</translation>
    </message>
    <message>
      <source>Too many requests right now: this model or your account hit a rate limit. Wait a moment, then press Retry.</source>
      <translation>Muitas solicitações agora: este modelo ou sua conta atingiu um limite de taxa. Espere um pouco e pressione Tentar de novo.</translation>
    </message>
    <message>
      <source>Your OpenRouter credits ran out (or this key reached its spending limit). Add credits at https://openrouter.ai/settings/credits, then press Retry.</source>
      <translation>Seus créditos do OpenRouter acabaram (ou esta chave atingiu o limite de gastos dela). Adicione créditos em https://openrouter.ai/settings/credits e pressione Tentar de novo.</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>This file is not a conversation Switchboard can read: {reason}.</source>
      <translation>Este arquivo não é uma conversa que o Switchboard consiga ler: {reason}.</translation>
    </message>
    <message>
      <source>it has no list of messages</source>
      <translation>não tem uma lista de mensagens</translation>
    </message>
    <message>
      <source>it holds a number with too many digits</source>
      <translation>contém um número com dígitos demais</translation>
    </message>
    <message>
      <source>it holds more than {most} messages, the most Switchboard imports</source>
      <translation>contém mais de {most} mensagens, o máximo que o Switchboard importa</translation>
    </message>
    <message>
      <source>it holds more than {most} values (texts, numbers, lists and objects), the most Switchboard imports</source>
      <translation>contém mais de {most} valores (textos, números, listas e objetos), o máximo que o Switchboard importa</translation>
    </message>
    <message>
      <source>it holds neither a conversation nor a list of messages</source>
      <translation>não contém nem uma conversa nem uma lista de mensagens</translation>
    </message>
    <message>
      <source>it holds no messages</source>
      <translation>não contém mensagens</translation>
    </message>
    <message>
      <source>it is larger than {limit} MB, the most Switchboard imports</source>
      <translation>é maior que {limit} MB, o máximo que o Switchboard importa</translation>
    </message>
    <message>
      <source>it is nested too deeply</source>
      <translation>está aninhado profundamente demais</translation>
    </message>
    <message>
      <source>it is not UTF-8 text</source>
      <translation>não é texto UTF-8</translation>
    </message>
    <message>
      <source>it is not valid JSON</source>
      <translation>não é um JSON válido</translation>
    </message>
    <message>
      <source>it was made by a newer version of Switchboard (format {version}); update Switchboard to import it</source>
      <translation>foi criado por uma versão mais nova do Switchboard (formato {version}); atualize o Switchboard para importá-lo</translation>
    </message>
    <message>
      <source>its attached files are not in the expected form</source>
      <translation>os arquivos anexados não estão no formato esperado</translation>
    </message>
    <message>
      <source>its messages are not one branch of its versions</source>
      <translation>as mensagens não formam um único ramo das versões</translation>
    </message>
    <message>
      <source>its version number is missing or invalid</source>
      <translation>o número da versão está ausente ou é inválido</translation>
    </message>
    <message>
      <source>its versions are not a list</source>
      <translation>as versões não são uma lista</translation>
    </message>
    <message>
      <source>its versions go round in a circle</source>
      <translation>as versões formam um círculo</translation>
    </message>
    <message>
      <source>its versions have a missing or repeated id</source>
      <translation>as versões têm um id ausente ou repetido</translation>
    </message>
    <message>
      <source>its versions name a parent that is not an id</source>
      <translation>as versões citam um pai que não é um id</translation>
    </message>
    <message>
      <source>its versions name a parent that is not there</source>
      <translation>as versões citam um pai que não existe</translation>
    </message>
    <message>
      <source>message {number} has an attachment that is not valid</source>
      <translation>a mensagem {number} tem um anexo inválido</translation>
    </message>
    <message>
      <source>message {number} has more than {most} parts, the most Switchboard imports</source>
      <translation>a mensagem {number} tem mais de {most} partes, o máximo que o Switchboard importa</translation>
    </message>
    <message>
      <source>message {number} has no role</source>
      <translation>a mensagem {number} não tem papel (role)</translation>
    </message>
    <message>
      <source>message {number} has no text content</source>
      <translation>a mensagem {number} não tem conteúdo de texto</translation>
    </message>
    <message>
      <source>message {number} has no text, only attachments</source>
      <translation>a mensagem {number} não tem texto, só anexos</translation>
    </message>
    <message>
      <source>message {number} has the role “{role}”, but only system, user and assistant messages can be imported</source>
      <translation>a mensagem {number} tem o papel “{role}”, mas só mensagens system, user e assistant podem ser importadas</translation>
    </message>
    <message>
      <source>message {number} is not a message object</source>
      <translation>a mensagem {number} não é um objeto de mensagem</translation>
    </message>
    <message>
      <source>one of its attached files is damaged</source>
      <translation>um dos arquivos anexados está danificado</translation>
    </message>
    <message>
      <source>one of its attached files is larger than {limit} MB, the most Switchboard takes</source>
      <translation>um dos arquivos anexados é maior que {limit} MB, o máximo que o Switchboard aceita</translation>
    </message>
    <message>
      <source>one of its attached files is not in the expected form</source>
      <translation>um dos arquivos anexados não está no formato esperado</translation>
    </message>
    <message>
      <source>the attached file “{name}” is not the size it says or is larger than Switchboard takes</source>
      <translation>o arquivo anexado “{name}” não tem o tamanho que diz ter ou é maior do que o Switchboard aceita</translation>
    </message>
    <message>
      <source>the attachments of message {number} are not a short list</source>
      <translation>os anexos da mensagem {number} não são uma lista curta</translation>
    </message>
    <message>
      <source>version {number} is a system message</source>
      <translation>a versão {number} é uma mensagem do sistema</translation>
    </message>
  </context>
  <context>
    <name>figures</name>
    <message>
      <source>All presets</source>
      <translation>Todas as predefinições</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Respostas</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Custo</translation>
    </message>
    <message>
      <source>Exactly {cost}.</source>
      <translation>Exatamente {cost}.</translation>
    </message>
    <message>
      <source>Figures count the prompts you have picked: {counted} of {prompts}.</source>
      <translation>Os números contam os prompts que você escolheu: {counted} de {prompts}.</translation>
    </message>
    <message>
      <source>Finished: every prompt has its answers.</source>
      <translation>Concluída: todos os prompts têm suas respostas.</translation>
    </message>
    <message>
      <source>First word</source>
      <translation>Primeira palavra</translation>
    </message>
    <message>
      <source>First word: how long the first word took to arrive. tok/s: tokens per second, how fast the answer came (a token is a short piece of a word).</source>
      <translation>Primeira palavra: quanto tempo a primeira palavra levou para chegar. tok/s: tokens por segundo, a velocidade com que a resposta chegou (um token é um pedacinho de palavra).</translation>
    </message>
    <message>
      <source>How long the first word of an answer took to arrive, on average.</source>
      <translation>Quanto tempo a primeira palavra de uma resposta levou para chegar, em média.</translation>
    </message>
    <message>
      <source>How many tokens the answers have (a token is a short piece of a word).</source>
      <translation>Quantos tokens as respostas têm (um token é um pedacinho de palavra).</translation>
    </message>
    <message>
      <source>Not finished. Resume sends only what is missing.</source>
      <translation>Não concluída. Retomar envia só o que falta.</translation>
    </message>
    <message>
      <source>Not started yet.</source>
      <translation>Ainda não iniciada.</translation>
    </message>
    <message>
      <source>Nothing is spent on this run yet.</source>
      <translation>Nada foi gasto nesta execução ainda.</translation>
    </message>
    <message>
      <source>Open a prompt as a comparison to pick its best answer.</source>
      <translation>Abra um prompt como comparação para escolher a melhor resposta.</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Predefinição</translation>
    </message>
    <message>
      <source>Running.</source>
      <translation>Em execução.</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Velocidade</translation>
    </message>
    <message>
      <source>Spent on this run in all, including answers that were stopped, failed or asked again: {cost}.</source>
      <translation>Gasto total nesta execução, incluindo respostas que foram paradas, falharam ou foram pedidas de novo: {cost}.</translation>
    </message>
    <message>
      <source>Stopped. Resume sends only what is missing.</source>
      <translation>Parada. Retomar envia só o que falta.</translation>
    </message>
    <message>
      <source>The cost is not known.</source>
      <translation>O custo não é conhecido.</translation>
    </message>
    <message>
      <source>The cost of the answers shown, one per prompt. Earlier attempts (stopped, failed or asked again) are not in it: the note under the table says what the run spent in all.</source>
      <translation>O custo das respostas mostradas, uma por prompt. Tentativas anteriores (paradas, com falha ou pedidas de novo) não entram: a nota abaixo da tabela diz quanto a execução gastou no total.</translation>
    </message>
    <message>
      <source>The others stay blind until you pick their best answer, so the All presets row is the only one that counts them.</source>
      <translation>As outras continuam às cegas até você escolher a melhor resposta, então a linha Todas as predefinições é a única que as conta.</translation>
    </message>
    <message>
      <source>Tokens</source>
      <translation>Tokens</translation>
    </message>
    <message>
      <source>Tokens per second: how fast the answer came, on average (a token is a short piece of a word).</source>
      <translation>Tokens por segundo: a velocidade com que a resposta chegou, em média (um token é um pedacinho de palavra).</translation>
    </message>
    <message>
      <source>Wins</source>
      <translation>Vitórias</translation>
    </message>
    <message>
      <source>Wins count blind picks only; this run is not blind, so there are none.</source>
      <translation>As vitórias contam só escolhas às cegas; esta execução não é às cegas, então não há nenhuma.</translation>
    </message>
    <message numerus="yes">
      <source>Wins count your picks: {picked} of %n prompts picked.</source>
      <comment>one: Wins count your picks: {picked} of %n prompt picked.</comment>
      <translation>
        <numerusform>As vitórias contam suas escolhas: {picked} de %n prompt escolhido.</numerusform>
        <numerusform>As vitórias contam suas escolhas: {picked} de %n prompts escolhidos.</numerusform>
      </translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>primeira palavra {time}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <source>{answers} ({failed} failed)</source>
      <translation>{answers} ({failed} com falha)</translation>
    </message>
    <message>
      <source>{cost} (partly estimated)</source>
      <translation>{cost} (em parte estimado)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} estim.</translation>
    </message>
    <message>
      <source>{count} picked</source>
      <translation>{count} escolhidas</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} tokens</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed, {running} being written.</source>
      <comment>one: {done} of %n answer, {failed} failed, {running} being written.</comment>
      <translation>
        <numerusform>{done} de %n resposta, {failed} com falha, {running} sendo escritas.</numerusform>
        <numerusform>{done} de %n respostas, {failed} com falha, {running} sendo escritas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed.</source>
      <comment>one: {done} of %n answer, {failed} failed.</comment>
      <translation>
        <numerusform>{done} de %n resposta, {failed} com falha.</numerusform>
        <numerusform>{done} de %n respostas, {failed} com falha.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {running} being written.</source>
      <comment>one: {done} of %n answer, {running} being written.</comment>
      <translation>
        <numerusform>{done} de %n resposta, {running} sendo escritas.</numerusform>
        <numerusform>{done} de %n respostas, {running} sendo escritas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers.</source>
      <comment>one: {done} of %n answer.</comment>
      <translation>
        <numerusform>{done} de %n resposta.</numerusform>
        <numerusform>{done} de %n respostas.</numerusform>
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
      <translation>Não foi possível salvar a exportação: {reason}.</translation>
    </message>
    <message>
      <source>Could not save the spending export: {reason}.</source>
      <translation>Não foi possível salvar a exportação de gastos: {reason}.</translation>
    </message>
    <message>
      <source>Export comparison</source>
      <translation>Exportar comparação</translation>
    </message>
    <message>
      <source>Export conversation</source>
      <translation>Exportar conversa</translation>
    </message>
    <message>
      <source>Export spending</source>
      <translation>Exportar gastos</translation>
    </message>
    <message>
      <source>Export the run</source>
      <translation>Exportar a execução</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n rows of spending to {path}.</source>
      <comment>one: Exported %n row of spending to {path}.</comment>
      <translation>
        <numerusform>%n linha de gastos exportada para {path}.</numerusform>
        <numerusform>%n linhas de gastos exportadas para {path}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Exportado para {path}.</translation>
    </message>
    <message>
      <source>Import conversation ({limits})</source>
      <translation>Importar conversa ({limits})</translation>
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
      <translation>Não é um arquivo comum: pode ser uma pasta, um pipe ou um dispositivo.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} KB.</source>
      <translation>É grande demais: o limite é {size} KB.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} MB.</source>
      <translation>É grande demais: o limite é {size} MB.</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Delete</source>
      <translation>Excluir</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>Excluir execução</translation>
    </message>
    <message>
      <source>Delete the run “{title}” and all its answers? This cannot be undone.</source>
      <translation>Excluir a execução “{title}” e todas as respostas dela? Isso não pode ser desfeito.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>“{title}” excluída.</translation>
    </message>
    <message>
      <source>Not started. Press Start when you are ready.</source>
      <translation>Não iniciada. Pressione Iniciar quando estiver pronto.</translation>
    </message>
    <message>
      <source>Prompt sets are not available right now.</source>
      <translation>Os conjuntos de prompts não estão disponíveis agora.</translation>
    </message>
    <message>
      <source>Run anyway</source>
      <translation>Executar mesmo assim</translation>
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
        <numerusform>%n mensagem.</numerusform>
        <numerusform>%n mensagens.</numerusform>
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
      <translation>Uma nova conversa começa com uma cópia desta até aqui. Tudo o que ela contém é enviado de novo a cada nova mensagem, então um começo mais curto custa menos.</translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens to send again with each message.</source>
      <comment>one: About %n token to send again with each message.</comment>
      <translation>
        <numerusform>Cerca de %n token para enviar de novo a cada mensagem.</numerusform>
        <numerusform>Cerca de %n tokens para enviar de novo a cada mensagem.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens, about {cost} to send again with each message.</source>
      <comment>one: About %n token, about {cost} to send again with each message.</comment>
      <translation>
        <numerusform>Cerca de %n token, cerca de {cost} para enviar de novo a cada mensagem.</numerusform>
        <numerusform>Cerca de %n tokens, cerca de {cost} para enviar de novo a cada mensagem.</numerusform>
      </translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>Continuar em uma nova aba</translation>
    </message>
    <message>
      <source>How many of the last turns to keep</source>
      <translation>Quantos dos últimos turnos manter</translation>
    </message>
    <message>
      <source>Only the last</source>
      <translation>Só os últimos</translation>
    </message>
    <message numerus="yes">
      <source>The whole conversation up to here (%n messages)</source>
      <comment>one: The whole conversation up to here (%n message)</comment>
      <translation>
        <numerusform>A conversa inteira até aqui (%n mensagem)</numerusform>
        <numerusform>A conversa inteira até aqui (%n mensagens)</numerusform>
      </translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation.</source>
      <translation>Esta mensagem não aparece mais na conversa.</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <source>New conversation</source>
      <translation>Nova conversa</translation>
    </message>
  </context>
  <context>
    <name>key_dialog</name>
    <message>
      <source>Cancel sign-in</source>
      <translation>Cancelar login</translation>
    </message>
    <message>
      <source>Check and save</source>
      <translation>Verificar e salvar</translation>
    </message>
    <message>
      <source>Checking the key with {server}…</source>
      <translation>Verificando a chave com {server}…</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Copiado</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>Copiar link</translation>
    </message>
    <message>
      <source>Finish signing in in your browser; Switchboard waits here. No browser window? Copy the sign-in link below into your browser.</source>
      <translation>Termine o login no seu navegador; o Switchboard espera aqui. Nenhuma janela do navegador? Copie o link de login abaixo no seu navegador.</translation>
    </message>
    <message>
      <source>Key accepted: {description}</source>
      <translation>Chave aceita: {description}</translation>
    </message>
    <message>
      <source>Key for {name}</source>
      <translation>Chave para {name}</translation>
    </message>
    <message>
      <source>Key status</source>
      <translation>Status da chave</translation>
    </message>
    <message>
      <source>OpenRouter key</source>
      <translation>Chave do OpenRouter</translation>
    </message>
    <message>
      <source>Opening your browser…</source>
      <translation>Abrindo seu navegador…</translation>
    </message>
    <message>
      <source>Or paste a key you created at {link}:</source>
      <translation>Ou cole uma chave que você criou em {link}:</translation>
    </message>
    <message>
      <source>Paste the key for {name} (not your OpenRouter key):</source>
      <translation>Cole a chave para {name} (não a sua chave do OpenRouter):</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>Cole sua chave primeiro.</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Mostrar</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter</source>
      <translation>Entrar com o OpenRouter</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter (for this session only)</source>
      <translation>Entrar com o OpenRouter (só nesta sessão)</translation>
    </message>
    <message>
      <source>Sign-in cancelled.</source>
      <translation>Login cancelado.</translation>
    </message>
    <message>
      <source>Sign-in link</source>
      <translation>Link de login</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. To sign in, copy the link below, open it in your browser and sign in there; Switchboard waits here. Or paste a key below.</source>
      <translation>O Switchboard não conseguiu abrir seu navegador. Para entrar, copie o link abaixo, abra-o no navegador e faça login lá; o Switchboard espera aqui. Ou cole uma chave abaixo.</translation>
    </message>
    <message>
      <source>The API address in Settings is another server ({name}), so Sign in with OpenRouter is not offered here: it would hand your new OpenRouter key to that server. Set the address back to OpenRouter to sign in.</source>
      <translation>O endereço da API nas Configurações é de outro servidor ({name}), então Entrar com o OpenRouter não é oferecido aqui: isso entregaria sua nova chave do OpenRouter a esse servidor. Volte o endereço para o OpenRouter para entrar.</translation>
    </message>
    <message>
      <source>The key {name} gave you</source>
      <translation>A chave que {name} deu a você</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so the key you get by signing in lasts only until you close Switchboard.</source>
      <translation>Este computador não tem um cofre de senhas que o Switchboard possa usar, então a chave obtida ao entrar só dura até você fechar o Switchboard.</translation>
    </message>
    <message>
      <source>Use this key for this session only</source>
      <translation>Usar esta chave só nesta sessão</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <source>A key is one line without spaces or line breaks, so this is not just the key. Copy the key alone and paste it here.</source>
      <translation>Uma chave é uma única linha sem espaços nem quebras de linha, então isto não é só a chave. Copie só a chave e cole aqui.</translation>
    </message>
    <message>
      <source>Switchboard needs an OpenRouter key: it starts with sk-or-…</source>
      <translation>O Switchboard precisa de uma chave do OpenRouter: ela começa com sk-or-…</translation>
    </message>
    <message>
      <source>This looks like a GitHub token.</source>
      <translation>Isto parece um token do GitHub.</translation>
    </message>
    <message>
      <source>This looks like a Google key.</source>
      <translation>Isto parece uma chave do Google.</translation>
    </message>
    <message>
      <source>This looks like a Groq key.</source>
      <translation>Isto parece uma chave do Groq.</translation>
    </message>
    <message>
      <source>This looks like a Hugging Face token.</source>
      <translation>Isto parece um token do Hugging Face.</translation>
    </message>
    <message>
      <source>This looks like a Perplexity key.</source>
      <translation>Isto parece uma chave do Perplexity.</translation>
    </message>
    <message>
      <source>This looks like a Replicate token.</source>
      <translation>Isto parece um token do Replicate.</translation>
    </message>
    <message>
      <source>This looks like an Anthropic (Claude) key.</source>
      <translation>Isto parece uma chave da Anthropic (Claude).</translation>
    </message>
    <message>
      <source>This looks like an NVIDIA key.</source>
      <translation>Isto parece uma chave da NVIDIA.</translation>
    </message>
    <message>
      <source>This looks like an OpenAI key.</source>
      <translation>Isto parece uma chave da OpenAI.</translation>
    </message>
    <message>
      <source>This looks like an xAI (Grok) key.</source>
      <translation>Isto parece uma chave da xAI (Grok).</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message numerus="yes">
      <source>%n messages</source>
      <comment>one: %n message</comment>
      <translation>
        <numerusform>%n mensagem</numerusform>
        <numerusform>%n mensagens</numerusform>
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
        <numerusform>%n prompt, concluída</numerusform>
        <numerusform>%n prompts, concluída</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, running</source>
      <comment>one: %n prompt, running</comment>
      <translation>
        <numerusform>%n prompt, em execução</numerusform>
        <numerusform>%n prompts, em execução</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, stopped</source>
      <comment>one: %n prompt, stopped</comment>
      <translation>
        <numerusform>%n prompt, parada</numerusform>
        <numerusform>%n prompts, parada</numerusform>
      </translation>
    </message>
    <message>
      <source>Conversations</source>
      <translation>Conversas</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>Excluir conversa</translation>
    </message>
    <message>
      <source>Delete the chosen conversation (in the library)</source>
      <translation>Excluir a conversa escolhida (na biblioteca)</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Excluir…</translation>
    </message>
    <message>
      <source>Fold the library</source>
      <translation>Recolher a biblioteca</translation>
    </message>
    <message>
      <source>Fold the library to a narrow strip</source>
      <translation>Recolher a biblioteca em uma faixa estreita</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Biblioteca</translation>
    </message>
    <message>
      <source>No conversations match “{query}”.</source>
      <translation>Nenhuma conversa corresponde a “{query}”.</translation>
    </message>
    <message>
      <source>No conversations yet. Type a message below to start one.</source>
      <translation>Nenhuma conversa ainda. Digite uma mensagem abaixo para começar uma.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Search conversations</source>
      <translation>Pesquisar conversas</translation>
    </message>
    <message>
      <source>Show the library</source>
      <translation>Mostrar a biblioteca</translation>
    </message>
    <message numerus="yes">
      <source>comparison of %n answers, names hidden until you pick the best</source>
      <comment>one: comparison of %n answer, names hidden until you pick the best</comment>
      <translation>
        <numerusform>comparação de %n resposta, nomes ocultos até você escolher a melhor</numerusform>
        <numerusform>comparação de %n respostas, nomes ocultos até você escolher a melhor</numerusform>
      </translation>
    </message>
    <message>
      <source>comparison: {columns}</source>
      <translation>comparação: {columns}</translation>
    </message>
    <message>
      <source>prompt set run: {columns}</source>
      <translation>execução de conjunto de prompts: {columns}</translation>
    </message>
  </context>
  <context>
    <name>link_focus</name>
    <message>
      <source>{link}, link</source>
      <translation>{link}, link</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Switchboard cannot use the folder {folder} ({reason}), so what you do now may not be saved. Check that the folder can be written to.</source>
      <translation>O Switchboard não pode usar a pasta {folder} ({reason}), então o que você fizer agora pode não ser salvo. Confira se a pasta tem permissão de gravação.</translation>
    </message>
    <message>
      <source>Switchboard is damaged: {path} is missing. Reinstall it.</source>
      <translation>O Switchboard está danificado: {path} está faltando. Reinstale-o.</translation>
    </message>
    <message>
      <source>Switchboard will use the language you chose after you restart it.</source>
      <translation>O Switchboard vai usar o idioma escolhido depois que você reiniciá-lo.</translation>
    </message>
    <message>
      <source>The address in SWITCHBOARD_BASE_URL cannot be used, so Switchboard uses the address from Settings instead. {reason}</source>
      <translation>O endereço em SWITCHBOARD_BASE_URL não pode ser usado, então o Switchboard usa o endereço das Configurações. {reason}</translation>
    </message>
    <message>
      <source>looking for your key…</source>
      <translation>procurando sua chave…</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>Delete</source>
      <translation>Excluir</translation>
    </message>
    <message>
      <source>Delete comparison</source>
      <translation>Excluir comparação</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>Excluir conversa</translation>
    </message>
    <message>
      <source>Delete the comparison “{title}” and all its answers?</source>
      <translation>Excluir a comparação “{title}” e todas as respostas dela?</translation>
    </message>
    <message>
      <source>Delete “{title}” and all its messages? This cannot be undone.</source>
      <translation>Excluir “{title}” e todas as mensagens dela? Isso não pode ser desfeito.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>“{title}” excluída.</translation>
    </message>
    <message>
      <source>Next tab</source>
      <translation>Próxima aba</translation>
    </message>
    <message>
      <source>Previous tab</source>
      <translation>Aba anterior</translation>
    </message>
    <message>
      <source>Rename conversation</source>
      <translation>Renomear conversa</translation>
    </message>
    <message>
      <source>Show the model and its settings (Ctrl+Shift+P)</source>
      <translation>Mostrar o modelo e as configurações dele (Ctrl+Shift+P)</translation>
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
      <translation>Adicionar prompt</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fechar</translation>
    </message>
    <message>
      <source>Could not save the file: {reason}.</source>
      <translation>Não foi possível salvar o arquivo: {reason}.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Excluir</translation>
    </message>
    <message>
      <source>Delete prompt set</source>
      <translation>Excluir conjunto de prompts</translation>
    </message>
    <message>
      <source>Delete the prompt set “{name}”? Runs made with it keep their own copy.</source>
      <translation>Excluir o conjunto de prompts “{name}”? As execuções feitas com ele mantêm a própria cópia.</translation>
    </message>
    <message>
      <source>Deleted “{name}”.</source>
      <translation>“{name}” excluído.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Excluir…</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Discard your changes?</source>
      <translation>Descartar suas alterações?</translation>
    </message>
    <message>
      <source>Export the prompt set</source>
      <translation>Exportar o conjunto de prompts</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Exportado para {path}.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>Import a prompt set</source>
      <translation>Importar um conjunto de prompts</translation>
    </message>
    <message numerus="yes">
      <source>Imported “{name}” with %n prompts.</source>
      <comment>one: Imported “{name}” with %n prompt.</comment>
      <translation>
        <numerusform>“{name}” importado com %n prompt.</numerusform>
        <numerusform>“{name}” importado com %n prompts.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importar…</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Mover para baixo</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Mover para cima</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>Name of the prompt set</source>
      <translation>Nome do conjunto de prompts</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Nome:</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Novo</translation>
    </message>
    <message>
      <source>New prompt set</source>
      <translation>Novo conjunto de prompts</translation>
    </message>
    <message>
      <source>Notes on a good answer</source>
      <translation>Notas sobre uma boa resposta</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>Prompt</translation>
    </message>
    <message>
      <source>Prompt sets</source>
      <translation>Conjuntos de prompts</translation>
    </message>
    <message>
      <source>Prompt sets (*.json)</source>
      <translation>Conjuntos de prompts (*.json)</translation>
    </message>
    <message>
      <source>Prompts of the set</source>
      <translation>Prompts do conjunto</translation>
    </message>
    <message>
      <source>Prompts:</source>
      <translation>Prompts:</translation>
    </message>
    <message>
      <source>Remove prompt</source>
      <translation>Remover prompt</translation>
    </message>
    <message>
      <source>Run…</source>
      <translation>Executar…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <source>Saved “{name}”.</source>
      <translation>“{name}” salvo.</translation>
    </message>
    <message>
      <source>Send every prompt of this set to two to four presets.</source>
      <translation>Enviar cada prompt deste conjunto para duas a quatro predefinições.</translation>
    </message>
    <message>
      <source>The chosen prompt:</source>
      <translation>O prompt escolhido:</translation>
    </message>
    <message>
      <source>The prompt, as you would type it in a conversation</source>
      <translation>O prompt, como você o digitaria em uma conversa</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional)</source>
      <translation>Como é uma boa resposta (opcional)</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional):</source>
      <translation>Como é uma boa resposta (opcional):</translation>
    </message>
    <message>
      <source>Your changes to this prompt set cannot be saved. {problem} Discard them and close?</source>
      <translation>Suas alterações neste conjunto de prompts não podem ser salvas. {problem} Descartá-las e fechar?</translation>
    </message>
    <message>
      <source>{number}. (empty)</source>
      <translation>{number}. (vazio)</translation>
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
      <translation>Imagem</translation>
    </message>
    <message>
      <source>Image: {alt}</source>
      <translation>Imagem: {alt}</translation>
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
      <translation>&amp;Sobre o Switchboard</translation>
    </message>
    <message>
      <source>&amp;Close conversation</source>
      <translation>&amp;Fechar conversa</translation>
    </message>
    <message>
      <source>&amp;Conversation</source>
      <translation>&amp;Conversa</translation>
    </message>
    <message>
      <source>&amp;Copy the newest answer</source>
      <translation>&amp;Copiar a resposta mais recente</translation>
    </message>
    <message>
      <source>&amp;Enter sends (Shift+Enter for a new line)</source>
      <translation>&amp;Enter envia (Shift+Enter para nova linha)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Arquivo</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Aj&amp;uda</translation>
    </message>
    <message>
      <source>&amp;Import conversation…</source>
      <translation>&amp;Importar conversa…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
      <source>&amp;New conversation</source>
      <translation>&amp;Nova conversa</translation>
    </message>
    <message>
      <source>&amp;Prompt sets…</source>
      <translation>Conjuntos de &amp;prompts…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Sair</translation>
    </message>
    <message>
      <source>&amp;Regenerate the newest answer</source>
      <translation>&amp;Gerar de novo a resposta mais recente</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>Configu&amp;rações…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Exibir</translation>
    </message>
    <message>
      <source>Conversation &amp;library</source>
      <translation>&amp;Biblioteca de conversas</translation>
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
      <translation>&amp;Ir para os parâmetros</translation>
    </message>
    <message>
      <source>New c&amp;omparison…</source>
      <translation>Nova c&amp;omparação…</translation>
    </message>
    <message>
      <source>OpenRouter &amp;credits (web page)</source>
      <translation>&amp;Créditos do OpenRouter (página web)</translation>
    </message>
    <message>
      <source>OpenRouter &amp;keys (web page)</source>
      <translation>C&amp;haves do OpenRouter (página web)</translation>
    </message>
    <message>
      <source>Show &amp;parameters</source>
      <translation>Mostrar &amp;parâmetros</translation>
    </message>
    <message>
      <source>There is no answer to copy here yet.</source>
      <translation>Ainda não há resposta para copiar aqui.</translation>
    </message>
    <message>
      <source>There is no answer to regenerate here yet.</source>
      <translation>Ainda não há resposta para gerar de novo aqui.</translation>
    </message>
  </context>
  <context>
    <name>message_actions</name>
    <message>
      <source>Message copied.</source>
      <translation>Mensagem copiada.</translation>
    </message>
    <message>
      <source>Message details</source>
      <translation>Detalhes da mensagem</translation>
    </message>
  </context>
  <context>
    <name>message_html</name>
    <message>
      <source>Answer</source>
      <translation>Resposta</translation>
    </message>
    <message>
      <source>Assistant</source>
      <translation>Assistente</translation>
    </message>
    <message>
      <source>Compare versions</source>
      <translation>Comparar versões</translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>Continuar em uma nova aba</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <source>Delete version</source>
      <translation>Excluir versão</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detalhes</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Editar</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>Gerar de novo</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>Gerar de novo com…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Tentar de novo</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>Pensando…</translation>
    </message>
    <message>
      <source>Thinking… under a second</source>
      <translation>Pensando… menos de um segundo</translation>
    </message>
    <message>
      <source>Thinking… {seconds} s</source>
      <translation>Pensando… {seconds} s</translation>
    </message>
    <message>
      <source>Thought</source>
      <translation>Raciocínio</translation>
    </message>
    <message numerus="yes">
      <source>Thought %n tokens</source>
      <comment>one: Thought %n token</comment>
      <translation>
        <numerusform>Pensou %n token</numerusform>
        <numerusform>Pensou %n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for under a second</source>
      <translation>Pensou por menos de um segundo</translation>
    </message>
    <message numerus="yes">
      <source>Thought for under a second · %n tokens</source>
      <comment>one: Thought for under a second · %n token</comment>
      <translation>
        <numerusform>Pensou por menos de um segundo · %n token</numerusform>
        <numerusform>Pensou por menos de um segundo · %n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for {seconds} s</source>
      <translation>Pensou por {seconds} s</translation>
    </message>
    <message numerus="yes">
      <source>Thought for {seconds} s · %n tokens</source>
      <comment>one: Thought for {seconds} s · %n token</comment>
      <translation>
        <numerusform>Pensou por {seconds} s · %n token</numerusform>
        <numerusform>Pensou por {seconds} s · %n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>Try again with less thinking</source>
      <translation>Tentar de novo com menos raciocínio</translation>
    </message>
    <message>
      <source>Try again without a length limit</source>
      <translation>Tentar de novo sem limite de tamanho</translation>
    </message>
    <message>
      <source>You</source>
      <translation>Você</translation>
    </message>
    <message>
      <source>⚠ No answer: the model used its whole length limit thinking, so nothing was left for the answer. The thinking is billed.</source>
      <translation>⚠ Sem resposta: o modelo usou todo o limite de tamanho pensando, então não sobrou nada para a resposta. O raciocínio é cobrado.</translation>
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
      <translation>Custo da resposta (com o prompt)</translation>
    </message>
    <message>
      <source>Answer tokens</source>
      <translation>Tokens da resposta</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Custo</translation>
    </message>
    <message>
      <source>Finish reason</source>
      <translation>Motivo do fim</translation>
    </message>
    <message>
      <source>Model requested</source>
      <translation>Modelo solicitado</translation>
    </message>
    <message>
      <source>Model that answered</source>
      <translation>Modelo que respondeu</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Observação</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parâmetros</translation>
    </message>
    <message>
      <source>Prompt tokens</source>
      <translation>Tokens do prompt</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Provedor</translation>
    </message>
    <message>
      <source>Sources:</source>
      <translation>Fontes:</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>The model used its whole length limit thinking, so no answer was left. It was still billed.</source>
      <translation>O modelo usou todo o limite de tamanho pensando, então não sobrou resposta. Mesmo assim, foi cobrado.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Raciocínio</translation>
    </message>
    <message>
      <source>Thinking cost</source>
      <translation>Custo do raciocínio</translation>
    </message>
    <message>
      <source>Thinking tokens</source>
      <translation>Tokens de raciocínio</translation>
    </message>
    <message>
      <source>Thought privately</source>
      <translation>Raciocínio privado</translation>
    </message>
    <message numerus="yes">
      <source>Thought privately: %n thinking tokens billed</source>
      <comment>one: Thought privately: %n thinking token billed</comment>
      <translation>
        <numerusform>Raciocínio privado: %n token de raciocínio cobrado</numerusform>
        <numerusform>Raciocínio privado: %n tokens de raciocínio cobrados</numerusform>
      </translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tempo</translation>
    </message>
    <message>
      <source>Time thinking</source>
      <translation>Tempo de raciocínio</translation>
    </message>
    <message>
      <source>Web searches</source>
      <translation>Pesquisas na web</translation>
    </message>
    <message>
      <source>Your message</source>
      <translation>Sua mensagem</translation>
    </message>
    <message>
      <source>about {count}</source>
      <translation>cerca de {count}</translation>
    </message>
    <message numerus="yes">
      <source>answer %n tokens</source>
      <comment>one: answer %n token</comment>
      <translation>
        <numerusform>resposta %n token</numerusform>
        <numerusform>resposta %n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>complete</source>
      <translation>concluída</translation>
    </message>
    <message>
      <source>done privately: none of it came back, but it is billed</source>
      <translation>feito em privado: nada dele voltou, mas é cobrado</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>falhou</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>interrompida</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <source>provider defaults</source>
      <translation>padrões do provedor</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>parada</translation>
    </message>
    <message>
      <source>streaming</source>
      <translation>recebendo</translation>
    </message>
    <message>
      <source>the answer did not finish.</source>
      <translation>a resposta não terminou.</translation>
    </message>
    <message numerus="yes">
      <source>thinking %n tokens</source>
      <comment>one: thinking %n token</comment>
      <translation>
        <numerusform>raciocínio %n token</numerusform>
        <numerusform>raciocínio %n tokens</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>thinking about %n tokens</source>
      <comment>one: thinking about %n token</comment>
      <translation>
        <numerusform>raciocínio cerca de %n token</numerusform>
        <numerusform>raciocínio cerca de %n tokens</numerusform>
      </translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
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
      <translation>{cost} (cobrado pelo OpenRouter)</translation>
    </message>
    <message>
      <source>{cost} (estimated from the model's price)</source>
      <translation>{cost} (estimado pelo preço do modelo)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} estim.</translation>
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
      <translation>⚠ Cortada: a resposta atingiu o tamanho máximo (aumente o Tamanho máximo).</translation>
    </message>
    <message>
      <source>⚠ Filtered: the provider's content filter stopped this answer.</source>
      <translation>⚠ Filtrada: o filtro de conteúdo do provedor interrompeu esta resposta.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: Switchboard closed while this answer was arriving.</source>
      <translation>⚠ Incompleta: o Switchboard foi fechado enquanto esta resposta chegava.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: {error}</source>
      <translation>⚠ Incompleta: {error}</translation>
    </message>
    <message>
      <source>⚠ Stopped: you stopped this answer; what arrived is kept.</source>
      <translation>⚠ Parada: você interrompeu esta resposta; o que chegou foi mantido.</translation>
    </message>
  </context>
  <context>
    <name>model_picker</name>
    <message>
      <source>Choose a model</source>
      <translation>Escolher um modelo</translation>
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
      <translation>Saída</translation>
    </message>
    <message>
      <source>Refresh list</source>
      <translation>Atualizar lista</translation>
    </message>
    <message>
      <source>Search by name or id, e.g. “llama 70b” or “free”</source>
      <translation>Pesquise por nome ou id, ex.: “llama 70b” ou “free”</translation>
    </message>
    <message>
      <source>Search models</source>
      <translation>Pesquisar modelos</translation>
    </message>
    <message>
      <source>Use this model</source>
      <translation>Usar este modelo</translation>
    </message>
    <message>
      <source>free</source>
      <translation>grátis</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
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
      <translation>grátis</translation>
    </message>
    <message>
      <source>price unknown</source>
      <translation>preço desconhecido</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <source>unknown context</source>
      <translation>contexto desconhecido</translation>
    </message>
    <message>
      <source>{fee} per request</source>
      <translation>{fee} por solicitação</translation>
    </message>
    <message>
      <source>{model} cannot be held to a JSON schema.</source>
      <translation>{model} não pode ser obrigado a seguir um esquema JSON.</translation>
    </message>
    <message>
      <source>{model} does not accept a JSON schema.</source>
      <translation>{model} não aceita um esquema JSON.</translation>
    </message>
    <message>
      <source>{model} does not accept a Min P value.</source>
      <translation>{model} não aceita um valor de Min P.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top A value.</source>
      <translation>{model} não aceita um valor de Top A.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top K value.</source>
      <translation>{model} não aceita um valor de Top K.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top P value.</source>
      <translation>{model} não aceita um valor de Top P.</translation>
    </message>
    <message>
      <source>{model} does not accept a frequency penalty.</source>
      <translation>{model} não aceita penalidade de frequência.</translation>
    </message>
    <message>
      <source>{model} does not accept a maximum length.</source>
      <translation>{model} não aceita um tamanho máximo.</translation>
    </message>
    <message>
      <source>{model} does not accept a presence penalty.</source>
      <translation>{model} não aceita penalidade de presença.</translation>
    </message>
    <message>
      <source>{model} does not accept a repetition penalty.</source>
      <translation>{model} não aceita penalidade de repetição.</translation>
    </message>
    <message>
      <source>{model} does not accept a response format.</source>
      <translation>{model} não aceita um formato de resposta.</translation>
    </message>
    <message>
      <source>{model} does not accept a seed.</source>
      <translation>{model} não aceita uma semente.</translation>
    </message>
    <message>
      <source>{model} does not accept a temperature.</source>
      <translation>{model} não aceita uma temperatura.</translation>
    </message>
    <message>
      <source>{model} does not accept log probabilities.</source>
      <translation>{model} não aceita probabilidades logarítmicas.</translation>
    </message>
    <message>
      <source>{model} does not accept reasoning settings.</source>
      <translation>{model} não aceita configurações de raciocínio.</translation>
    </message>
    <message>
      <source>{model} does not accept stop sequences.</source>
      <translation>{model} não aceita sequências de parada.</translation>
    </message>
    <message>
      <source>{model} does not accept tools.</source>
      <translation>{model} não aceita ferramentas.</translation>
    </message>
    <message>
      <source>{model} does not accept “{name}”.</source>
      <translation>{model} não aceita “{name}”.</translation>
    </message>
    <message>
      <source>{model} does not think before answering.</source>
      <translation>{model} não pensa antes de responder.</translation>
    </message>
    <message>
      <source>{model} has no JSON mode.</source>
      <translation>{model} não tem modo JSON.</translation>
    </message>
    <message>
      <source>{prices} · {fee}</source>
      <translation>{prices} · {fee}</translation>
    </message>
    <message>
      <source>{prompt} in · {completion} out</source>
      <translation>{prompt} entrada · {completion} saída</translation>
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
      <translation>grátis</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
  </context>
  <context>
    <name>new_comparison</name>
    <message>
      <source>Blind: hide the names and shuffle the columns until I pick the best</source>
      <translation>Às cegas: ocultar os nomes e embaralhar as colunas até eu escolher a melhor</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Comparar</translation>
    </message>
    <message>
      <source>Fair: the same provider for every column of a model, and every setting must be honoured</source>
      <translation>Justa: o mesmo provedor em todas as colunas de um modelo, e todas as configurações devem ser respeitadas</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>Nova comparação</translation>
    </message>
    <message>
      <source>Otherwise the answers may come from different companies running the model, and one of them may quietly ignore a setting, so you would compare those instead.</source>
      <translation>Caso contrário, as respostas podem vir de empresas diferentes que rodam o modelo, e uma delas pode ignorar uma configuração sem avisar; aí você estaria comparando essas empresas.</translation>
    </message>
    <message>
      <source>Presets to compare</source>
      <translation>Predefinições a comparar</translation>
    </message>
    <message>
      <source>Tick between {least} and {most} presets (now {ticked}).</source>
      <translation>Marque entre {least} e {most} predefinições (agora {ticked}).</translation>
    </message>
    <message>
      <source>Tick two to four presets. One prompt goes to all of them with {model} (or the model a preset names); the answers stream side by side.</source>
      <translation>Marque de duas a quatro predefinições. Um prompt vai para todas elas com {model} (ou o modelo que a predefinição indicar); as respostas chegam lado a lado.</translation>
    </message>
    <message>
      <source>Title (optional)</source>
      <translation>Título (opcional)</translation>
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
      <translation>Solicitação inválida</translation>
    </message>
    <message>
      <source>Could not reach OpenRouter to finish signing in. Check your internet connection, then try again.</source>
      <translation>Não foi possível conectar ao OpenRouter para concluir o login. Confira sua conexão com a internet e tente de novo.</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>Não permitido</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Não encontrado</translation>
    </message>
    <message>
      <source>OpenRouter could not finish the sign-in right now. Please try again in a minute.</source>
      <translation>O OpenRouter não conseguiu concluir o login agora. Tente de novo daqui a um minuto.</translation>
    </message>
    <message>
      <source>Return to Switchboard and try again, or paste a key there instead.</source>
      <translation>Volte ao Switchboard e tente de novo ou cole uma chave lá.</translation>
    </message>
    <message>
      <source>Sign-in already finished</source>
      <translation>Login já concluído</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Login feito</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. Paste a key instead, or try again once a browser is set up.</source>
      <translation>O Switchboard não conseguiu abrir seu navegador. Cole uma chave ou tente de novo quando houver um navegador configurado.</translation>
    </message>
    <message>
      <source>Switchboard was not given access to your OpenRouter account. Sign in again whenever you are ready.</source>
      <translation>O Switchboard não recebeu acesso à sua conta do OpenRouter. Entre de novo quando quiser.</translation>
    </message>
    <message>
      <source>The sign-in did not complete</source>
      <translation>O login não foi concluído</translation>
    </message>
    <message>
      <source>The sign-in did not complete. Please try again.</source>
      <translation>O login não foi concluído. Tente de novo.</translation>
    </message>
    <message>
      <source>The sign-in took too long, so Switchboard stopped waiting for the browser. Please try again.</source>
      <translation>O login demorou demais, então o Switchboard parou de esperar pelo navegador. Tente de novo.</translation>
    </message>
    <message>
      <source>This address only answers sign-ins.</source>
      <translation>Este endereço só responde a logins.</translation>
    </message>
    <message>
      <source>Too many sign-in attempts right now. Wait a minute, then try again.</source>
      <translation>Muitas tentativas de login agora. Espere um minuto e tente de novo.</translation>
    </message>
    <message>
      <source>You can close this tab and return to Switchboard.</source>
      <translation>Você pode fechar esta aba e voltar ao Switchboard.</translation>
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
      <translation>Orçamento</translation>
    </message>
    <message>
      <source>Give the most tokens it may spend thinking</source>
      <translation>Definir o máximo de tokens que ele pode gastar pensando</translation>
    </message>
    <message>
      <source>Hidden thinking is still done, and still billed.</source>
      <translation>O raciocínio oculto continua sendo feito e cobrado.</translation>
    </message>
    <message>
      <source>Hide the thinking</source>
      <translation>Ocultar o raciocínio</translation>
    </message>
    <message>
      <source>How much the model thinks before it answers</source>
      <translation>Quanto o modelo pensa antes de responder</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON que segue um esquema</translation>
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
      <translation>Escolha do modelo</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Desativado</translation>
    </message>
    <message>
      <source>One per line, up to 4. Write \n for a new line.</source>
      <translation>Uma por linha, até 4. Escreva \n para uma nova linha.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Texto simples</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Redefinir</translation>
    </message>
    <message>
      <source>Reset {name}</source>
      <translation>Redefinir {name}</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>Formato da resposta</translation>
    </message>
    <message>
      <source>Schema name</source>
      <translation>Nome do esquema</translation>
    </message>
    <message>
      <source>Send this parameter. Off: the provider's default applies.</source>
      <translation>Enviar este parâmetro. Desativado: vale o padrão do provedor.</translation>
    </message>
    <message>
      <source>Send {name}</source>
      <translation>Enviar {name}</translation>
    </message>
    <message>
      <source>Switch it off and go back to the provider's default</source>
      <translation>Desativar e voltar ao padrão do provedor</translation>
    </message>
    <message>
      <source>The model answers straight away, without thinking first</source>
      <translation>O modelo responde direto, sem pensar antes</translation>
    </message>
    <message>
      <source>The model still thinks, and it is still billed; only the text stays away</source>
      <translation>O modelo ainda pensa, e isso ainda é cobrado; só o texto fica de fora</translation>
    </message>
    <message>
      <source>The model thinks as much as it usually does (with Hide the thinking: hidden)</source>
      <translation>O modelo pensa o quanto costuma pensar (com Ocultar o raciocínio: oculto)</translation>
    </message>
    <message>
      <source>The most tokens the model may spend thinking</source>
      <translation>O máximo de tokens que o modelo pode gastar pensando</translation>
    </message>
    <message>
      <source>Thinking amount</source>
      <translation>Quantidade de raciocínio</translation>
    </message>
    <message>
      <source>Thinking budget in tokens</source>
      <translation>Orçamento de raciocínio em tokens</translation>
    </message>
    <message>
      <source>This model</source>
      <translation>Este modelo</translation>
    </message>
    <message>
      <source>Token budget</source>
      <translation>Orçamento de tokens</translation>
    </message>
    <message>
      <source>Type at least one stop sequence, or switch it off.</source>
      <translation>Digite pelo menos uma sequência de parada ou desative a opção.</translation>
    </message>
    <message>
      <source>{choice} (not offered)</source>
      <translation>{choice} (não oferecido)</translation>
    </message>
    <message>
      <source>{label} ({api_name})</source>
      <translation>{label} ({api_name})</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} não consegue desativar o raciocínio. Escolha outra quantidade ou Redefinir para deixar a cargo do modelo.</translation>
    </message>
    <message>
      <source>{model} does not offer the {effort} thinking effort. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} não oferece o esforço de raciocínio {effort}. Escolha outra quantidade ou Redefinir para deixar a cargo do modelo.</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} não aceita um orçamento de raciocínio. Escolha outra quantidade ou Redefinir para deixar a cargo do modelo.</translation>
    </message>
    <message>
      <source>{name} slider</source>
      <translation>Controle deslizante de {name}</translation>
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
      <translation>Permitir outros provedores quando o primeiro falhar</translation>
    </message>
    <message>
      <source>Allowed</source>
      <translation>Permitida</translation>
    </message>
    <message>
      <source>Change model…</source>
      <translation>Trocar modelo…</translation>
    </message>
    <message>
      <source>Changed since you chose “{name}”. Reset to go back to its values, or Save as… to keep these as a preset of your own.</source>
      <translation>Alterado desde que você escolheu “{name}”. Redefinir volta aos valores dela; Salvar como… guarda estes valores como uma predefinição sua.</translation>
    </message>
    <message>
      <source>Choosing a preset applies its values at once.</source>
      <translation>Escolher uma predefinição aplica os valores dela na hora.</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Personalizado</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Dados</translation>
    </message>
    <message>
      <source>Data collection</source>
      <translation>Coleta de dados</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>Padrão</translation>
    </message>
    <message>
      <source>Fall back</source>
      <translation>Alternativa</translation>
    </message>
    <message>
      <source>Fastest output</source>
      <translation>Saída mais rápida</translation>
    </message>
    <message>
      <source>For models that cannot read PDFs themselves. Reading pictures of pages (for scanned PDFs) costs $2 per 1,000 pages.</source>
      <translation>Para modelos que não conseguem ler PDFs sozinhos. Ler imagens das páginas (para PDFs digitalizados) custa $2 por 1.000 páginas.</translation>
    </message>
    <message>
      <source>Free to use</source>
      <translation>Grátis</translation>
    </message>
    <message>
      <source>Go back to the values of “{name}”</source>
      <translation>Voltar aos valores de “{name}”</translation>
    </message>
    <message>
      <source>How PDFs are read</source>
      <translation>Como os PDFs são lidos</translation>
    </message>
    <message>
      <source>How it answers</source>
      <translation>Como ele responde</translation>
    </message>
    <message>
      <source>In effect: {preset}. Choosing a preset applies its values at once.</source>
      <translation>Em uso: {preset}. Escolher uma predefinição aplica os valores dela na hora.</translation>
    </message>
    <message>
      <source>Instructions the model follows for the whole conversation (optional)</source>
      <translation>Instruções que o modelo segue durante toda a conversa (opcional)</translation>
    </message>
    <message>
      <source>Lowest price</source>
      <translation>Menor preço</translation>
    </message>
    <message>
      <source>Manage…</source>
      <translation>Gerenciar…</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Modelo</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>Padrões do modelo</translation>
    </message>
    <message>
      <source>Models are paid by the token. A token is a piece of a word: on average about three quarters of a word, so a million tokens is roughly 750,000 words.
“In” is everything sent with your message: the system prompt, the conversation so far and what you typed. “Out” is what the model writes back.</source>
      <translation>Os modelos são pagos por token. Um token é um pedaço de palavra: em média cerca de três quartos de uma palavra, então um milhão de tokens são aproximadamente 750.000 palavras.
“Entrada” é tudo o que é enviado com sua mensagem: o prompt do sistema, a conversa até agora e o que você digitou. “Saída” é o que o modelo escreve de volta.</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Não</translation>
    </message>
    <message>
      <source>Not in the model list yet: every parameter stays available.</source>
      <translation>Ainda não está na lista de modelos: todos os parâmetros continuam disponíveis.</translation>
    </message>
    <message>
      <source>Off. {price}</source>
      <translation>Desativado. {price}</translation>
    </message>
    <message>
      <source>Only providers that honour every parameter set here. Without this, a provider that does not support a parameter silently ignores it.</source>
      <translation>Só provedores que respeitam todos os parâmetros definidos aqui. Sem isso, um provedor que não aceita um parâmetro simplesmente o ignora sem avisar.</translation>
    </message>
    <message>
      <source>Only providers that keep no data</source>
      <translation>Só provedores que não guardam dados</translation>
    </message>
    <message>
      <source>PDFs</source>
      <translation>PDFs</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parâmetros</translation>
    </message>
    <message>
      <source>Prefer</source>
      <translation>Preferir</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Predefinição</translation>
    </message>
    <message>
      <source>Price unknown</source>
      <translation>Preço desconhecido</translation>
    </message>
    <message>
      <source>Providers</source>
      <translation>Provedores</translation>
    </message>
    <message>
      <source>Quickest start</source>
      <translation>Início mais rápido</translation>
    </message>
    <message>
      <source>Read pictures of pages too ($2 per 1,000 pages)</source>
      <translation>Ler também imagens das páginas ($2 por 1.000 páginas)</translation>
    </message>
    <message>
      <source>Read their text (free)</source>
      <translation>Ler o texto (grátis)</translation>
    </message>
    <message>
      <source>Require every parameter</source>
      <translation>Exigir todos os parâmetros</translation>
    </message>
    <message>
      <source>Reset to {name}</source>
      <translation>Redefinir para {name}</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Resultados</translation>
    </message>
    <message>
      <source>Results per search</source>
      <translation>Resultados por pesquisa</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Salvar como…</translation>
    </message>
    <message>
      <source>Search the web</source>
      <translation>Pesquisar na web</translation>
    </message>
    <message>
      <source>Show request…</source>
      <translation>Mostrar solicitação…</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Prompt do sistema</translation>
    </message>
    <message>
      <source>The exact JSON that the next message will send</source>
      <translation>O JSON exato que a próxima mensagem vai enviar</translation>
    </message>
    <message>
      <source>The model may search the web before it answers, and lists the pages it used. Each search costs extra.</source>
      <translation>O modelo pode pesquisar na web antes de responder e lista as páginas que usou. Cada pesquisa tem custo extra.</translation>
    </message>
    <message>
      <source>These values match no preset. Save as… keeps them as a preset of your own.</source>
      <translation>Estes valores não correspondem a nenhuma predefinição. Salvar como… os guarda como uma predefinição sua.</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · out: {completion}</source>
      <translation>Tokens de entrada: {prompt} · saída: {completion}</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · {completion} per million out</source>
      <translation>Tokens de entrada: {prompt} · {completion} por milhão de saída</translation>
    </message>
    <message>
      <source>Web search and PDFs</source>
      <translation>Pesquisa na web e PDFs</translation>
    </message>
    <message>
      <source>What this conversation sends. Parameters that are off use the model's own defaults.</source>
      <translation>O que esta conversa envia. Parâmetros desativados usam os padrões do próprio modelo.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sim</translation>
    </message>
    <message>
      <source>free</source>
      <translation>grátis</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>desconhecido</translation>
    </message>
    <message>
      <source>unknown context: the tokens of conversation and answer it handles at once</source>
      <translation>contexto desconhecido: os tokens de conversa e resposta que ele processa de uma vez</translation>
    </message>
    <message>
      <source>{model} cannot search the web. Choose another model to search.</source>
      <translation>{model} não consegue pesquisar na web. Escolha outro modelo para pesquisar.</translation>
    </message>
    <message>
      <source>{name}  (yours)</source>
      <translation>{name}  (sua)</translation>
    </message>
    <message>
      <source>{name} (modified)</source>
      <translation>{name} (modificada)</translation>
    </message>
    <message>
      <source>{price} per request</source>
      <translation>{price} por solicitação</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · out: {completion}</source>
      <translation>{prompt} por milhão de tokens de entrada · saída: {completion}</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · {completion} per million out</source>
      <translation>{prompt} por milhão de tokens de entrada · {completion} por milhão de saída</translation>
    </message>
    <message>
      <source>{tokens} context: the tokens of conversation and answer it handles at once</source>
      <translation>{tokens} de contexto: os tokens de conversa e resposta que ele processa de uma vez</translation>
    </message>
  </context>
  <context>
    <name>params</name>
    <message numerus="yes">
      <source>%n stop sequences</source>
      <comment>one: %n stop sequence</comment>
      <translation>
        <numerusform>%n sequência de parada</numerusform>
        <numerusform>%n sequências de parada</numerusform>
      </translation>
    </message>
    <message>
      <source>A JSON schema format needs a schema object.</source>
      <translation>Um formato de esquema JSON precisa de um objeto de esquema.</translation>
    </message>
    <message>
      <source>A fixed number that makes answers repeatable on models that support it.</source>
      <translation>Um número fixo que torna as respostas repetíveis nos modelos que oferecem isso.</translation>
    </message>
    <message>
      <source>A small value (0.05 to 0.1) keeps creative settings coherent.</source>
      <translation>Um valor pequeno (0,05 a 0,1) mantém coerentes as configurações criativas.</translation>
    </message>
    <message>
      <source>A stop sequence cannot be empty.</source>
      <translation>Uma sequência de parada não pode ficar vazia.</translation>
    </message>
    <message>
      <source>Asks for plain text, any JSON object, or JSON that matches a schema you give.</source>
      <translation>Pede texto simples, qualquer objeto JSON ou um JSON que siga um esquema que você fornecer.</translation>
    </message>
    <message>
      <source>Data collection must be allow or deny.</source>
      <translation>A coleta de dados deve ser allow ou deny.</translation>
    </message>
    <message>
      <source>Discourages any word that has already appeared, however often.</source>
      <translation>Desestimula qualquer palavra que já apareceu, não importa quantas vezes.</translation>
    </message>
    <message>
      <source>Discourages words the more often they have already appeared.</source>
      <translation>Desestimula palavras quanto mais vezes elas já apareceram.</translation>
    </message>
    <message>
      <source>Drops unlikely words, more strictly when the model is confident.</source>
      <translation>Descarta palavras improváveis, com mais rigor quando o modelo está confiante.</translation>
    </message>
    <message>
      <source>Drops words whose chance is below this share of the most likely word's chance.</source>
      <translation>Descarta palavras cuja chance fica abaixo desta fração da chance da palavra mais provável.</translation>
    </message>
    <message>
      <source>Frequency penalty</source>
      <translation>Penalidade de frequência</translation>
    </message>
    <message>
      <source>How adventurous the wording is: low values pick the most likely words, high values take more chances.</source>
      <translation>O quanto a escrita é ousada: valores baixos escolhem as palavras mais prováveis, valores altos arriscam mais.</translation>
    </message>
    <message>
      <source>How much a thinking model reasons before it answers. Thinking is billed like answer words, even when it is hidden.</source>
      <translation>O quanto um modelo com raciocínio pensa antes de responder. O raciocínio é cobrado como as palavras da resposta, mesmo quando fica oculto.</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON que segue um esquema</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>Saída em JSON</translation>
    </message>
    <message>
      <source>Less thinking is quicker and cheaper; more helps with maths, code and tricky questions.</source>
      <translation>Menos raciocínio é mais rápido e barato; mais ajuda em matemática, código e perguntas difíceis.</translation>
    </message>
    <message>
      <source>Lower it (e.g. 0.9) to cut off unlikely words; usually change this or temperature, not both.</source>
      <translation>Diminua (ex.: 0,9) para cortar palavras improváveis; em geral, mude isto ou a Temperatura, não os dois.</translation>
    </message>
    <message>
      <source>Lower it for facts and code; raise it for brainstorming and stories.</source>
      <translation>Diminua para fatos e código; aumente para brainstorming e histórias.</translation>
    </message>
    <message>
      <source>Makes the model less likely to repeat text from the conversation; 1 means no penalty.</source>
      <translation>Deixa o modelo menos propenso a repetir texto da conversa; 1 significa sem penalidade.</translation>
    </message>
    <message>
      <source>Maximum length</source>
      <translation>Tamanho máximo</translation>
    </message>
    <message>
      <source>Min P</source>
      <translation>Min P</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>Padrões do modelo</translation>
    </message>
    <message>
      <source>Only considers the most likely words whose chances add up to this share.</source>
      <translation>Considera só as palavras mais prováveis cujas chances somam esta fração.</translation>
    </message>
    <message>
      <source>Only considers this many of the most likely next words (0 means no limit).</source>
      <translation>Considera só esta quantidade das próximas palavras mais prováveis (0 significa sem limite).</translation>
    </message>
    <message>
      <source>OpenRouter accepts at most 4 stop sequences.</source>
      <translation>O OpenRouter aceita no máximo 4 sequências de parada.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Texto simples</translation>
    </message>
    <message>
      <source>Presence penalty</source>
      <translation>Penalidade de presença</translation>
    </message>
    <message>
      <source>Raise it a little if answers repeat the same words or phrases.</source>
      <translation>Aumente um pouco se as respostas repetirem as mesmas palavras ou frases.</translation>
    </message>
    <message>
      <source>Raise it slightly (1.1) if the model loops; too high makes odd wording.</source>
      <translation>Aumente levemente (1,1) se o modelo entrar em loop; alto demais gera frases estranhas.</translation>
    </message>
    <message>
      <source>Raise it to push the model toward new topics.</source>
      <translation>Aumente para levar o modelo a assuntos novos.</translation>
    </message>
    <message>
      <source>Rarely needed; try a small value if high temperatures produce nonsense.</source>
      <translation>Raramente necessário; tente um valor pequeno se temperaturas altas gerarem coisas sem sentido.</translation>
    </message>
    <message>
      <source>Repetition penalty</source>
      <translation>Penalidade de repetição</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>Formato da resposta</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Semente</translation>
    </message>
    <message>
      <source>Set a small number (e.g. 40) for safer, more predictable text.</source>
      <translation>Defina um número pequeno (ex.: 40) para um texto mais seguro e previsível.</translation>
    </message>
    <message>
      <source>Set it to cap cost or keep answers short; too low cuts answers off.</source>
      <translation>Defina para limitar o custo ou manter as respostas curtas; baixo demais corta as respostas.</translation>
    </message>
    <message>
      <source>Set it when you want the same answer twice, for example to compare settings fairly.</source>
      <translation>Defina quando quiser a mesma resposta duas vezes, por exemplo para comparar configurações de forma justa.</translation>
    </message>
    <message>
      <source>Sort providers by price, throughput or latency.</source>
      <translation>Ordenar provedores por preço, vazão ou latência.</translation>
    </message>
    <message>
      <source>Stop sequences</source>
      <translation>Sequências de parada</translation>
    </message>
    <message>
      <source>Stop sequences must be a list of texts.</source>
      <translation>As sequências de parada devem ser uma lista de textos.</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>Temperatura</translation>
    </message>
    <message>
      <source>Text that makes the model stop writing as soon as it produces it (up to 4).</source>
      <translation>Texto que faz o modelo parar de escrever assim que o produz (até 4).</translation>
    </message>
    <message>
      <source>The longest answer allowed, in tokens (a token is about three quarters of a word).</source>
      <translation>A resposta mais longa permitida, em tokens (um token é cerca de três quartos de uma palavra).</translation>
    </message>
    <message>
      <source>The response format holds a value that cannot be sent (NaN).</source>
      <translation>O formato da resposta contém um valor que não pode ser enviado (NaN).</translation>
    </message>
    <message>
      <source>The response format must be a JSON object.</source>
      <translation>O formato da resposta deve ser um objeto JSON.</translation>
    </message>
    <message>
      <source>The response format must be text, json_object or json_schema.</source>
      <translation>O formato da resposta deve ser text, json_object ou json_schema.</translation>
    </message>
    <message>
      <source>The schema is not valid JSON (line {line}).</source>
      <translation>O esquema não é um JSON válido (linha {line}).</translation>
    </message>
    <message>
      <source>The schema must be a JSON object: { … }.</source>
      <translation>O esquema deve ser um objeto JSON: { … }.</translation>
    </message>
    <message>
      <source>The schema needs a name of up to 64 letters, digits, '_' or '-'.</source>
      <translation>O esquema precisa de um nome de até 64 letras, dígitos, '_' ou '-'.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Raciocínio</translation>
    </message>
    <message>
      <source>Thinking must be a thinking setting.</source>
      <translation>O raciocínio deve ser uma configuração de raciocínio.</translation>
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
      <translation>Digite um valor para {name} ou desative a opção.</translation>
    </message>
    <message>
      <source>Use JSON when another program will read the answer.</source>
      <translation>Use JSON quando outro programa for ler a resposta.</translation>
    </message>
    <message>
      <source>Use it to end answers at a marker, such as a blank line or 'User:'.</source>
      <translation>Use para encerrar as respostas em um marcador, como uma linha em branco ou 'User:'.</translation>
    </message>
    <message>
      <source>{name} must be a finite number.</source>
      <translation>{name} deve ser um número finito.</translation>
    </message>
    <message>
      <source>{name} must be a number.</source>
      <translation>{name} deve ser um número.</translation>
    </message>
    <message>
      <source>{name} must be a whole number.</source>
      <translation>{name} deve ser um número inteiro.</translation>
    </message>
    <message>
      <source>{name} must be above {low} and at most {high}.</source>
      <translation>{name} deve ser maior que {low} e no máximo {high}.</translation>
    </message>
    <message>
      <source>{name} must be at least {low}.</source>
      <translation>{name} deve ser pelo menos {low}.</translation>
    </message>
    <message>
      <source>{name} must be between {low} and {high}.</source>
      <translation>{name} deve estar entre {low} e {high}.</translation>
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
      <translation>erro desconhecido</translation>
    </message>
  </context>
  <context>
    <name>preset_store</name>
    <message>
      <source>The file could not be opened.</source>
      <translation>Não foi possível abrir o arquivo.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>Este arquivo não é um arquivo de predefinições do Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a Switchboard presets file.</source>
      <translation>Este arquivo é grande demais para ser um arquivo de predefinições do Switchboard.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it holds a number with too many digits.</source>
      <translation>Este arquivo de predefinições está danificado: contém um número com dígitos demais.</translation>
    </message>
    <message>
      <source>Your saved presets at {path} could not be used, so only the built-in presets are available. {why}</source>
      <translation>Suas predefinições salvas em {path} não puderam ser usadas, então só as predefinições integradas estão disponíveis. {why}</translation>
    </message>
    <message>
      <source>Your saved presets could not be used, so only the built-in presets are available. {why} The old file is kept at {kept}.</source>
      <translation>Suas predefinições salvas não puderam ser usadas, então só as predefinições integradas estão disponíveis. {why} O arquivo antigo foi guardado em {kept}.</translation>
    </message>
  </context>
  <context>
    <name>presets</name>
    <message>
      <source>A higher temperature (1.1) with Min P 0.05 gives more varied wording that still stays on track; use it for brainstorming and stories.</source>
      <translation>Uma temperatura mais alta (1.1) com Min P 0.05 dá uma redação mais variada que continua no rumo; use para brainstorming e histórias.</translation>
    </message>
    <message>
      <source>A low temperature (0.2) with Top P 0.9 keeps answers focused and consistent; use it for facts, code and step-by-step work.</source>
      <translation>Uma temperatura baixa (0.2) com Top P 0.9 mantém as respostas focadas e consistentes; use para fatos, código e trabalho passo a passo.</translation>
    </message>
    <message>
      <source>A model ID such as microsoft/wizardlm-2-8x22b</source>
      <translation>Um ID de modelo como microsoft/wizardlm-2-8x22b</translation>
    </message>
    <message>
      <source>A preset name can be at most {most} characters long.</source>
      <translation>O nome de uma predefinição pode ter no máximo {most} caracteres.</translation>
    </message>
    <message>
      <source>A preset name must be a single line of text.</source>
      <translation>O nome de uma predefinição deve ser uma única linha de texto.</translation>
    </message>
    <message>
      <source>A preset needs a name.</source>
      <translation>Uma predefinição precisa de um nome.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think hard (high effort) before it answers: slower and costlier, but better at maths, code and tricky questions.</source>
      <translation>Pede a um modelo de raciocínio que pense bastante (esforço alto) antes de responder: mais lento e mais caro, mas melhor em matemática, código e perguntas difíceis.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think only a little (low effort) before it answers: quicker and cheaper; models that do not think answer as usual.</source>
      <translation>Pede a um modelo de raciocínio que pense só um pouco (esforço baixo) antes de responder: mais rápido e mais barato; modelos que não raciocinam respondem como sempre.</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>Equilibrada</translation>
    </message>
    <message>
      <source>Caps every answer at 300 tokens (about 225 words), so longer answers are cut off mid-way; use it to keep replies short and cheap.</source>
      <translation>Limita cada resposta a 300 tokens (cerca de 225 palavras em inglês), então respostas mais longas são cortadas no meio; use para manter as respostas curtas e baratas.</translation>
    </message>
    <message>
      <source>Careful</source>
      <translation>Cuidadosa</translation>
    </message>
    <message>
      <source>Concise</source>
      <translation>Concisa</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>Não foi possível abrir “{name}” ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>Não foi possível gravar “{name}” ({reason}). Escolha outra pasta e tente de novo.</translation>
    </message>
    <message>
      <source>Creative</source>
      <translation>Criativa</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Excluir</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>Excluir predefinição</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”?</source>
      <translation>Excluir a predefinição “{name}”?</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Excluir…</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descrição</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Descartar alterações?</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplicar</translation>
    </message>
    <message>
      <source>Empty: conversations that use this preset have none</source>
      <translation>Vazio: as conversas que usam esta predefinição não têm nenhum</translation>
    </message>
    <message>
      <source>Export preset</source>
      <translation>Exportar predefinição</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {path}.</source>
      <comment>one: Exported %n preset to {path}.</comment>
      <translation>
        <numerusform>%n predefinição exportada para {path}.</numerusform>
        <numerusform>%n predefinições exportadas para {path}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>Importar predefinições</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n presets.</source>
      <comment>one: Imported %n preset.</comment>
      <translation>
        <numerusform>%n predefinição importada.</numerusform>
        <numerusform>%n predefinições importadas.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importar…</translation>
    </message>
    <message>
      <source>Include the model</source>
      <translation>Incluir o modelo</translation>
    </message>
    <message>
      <source>Include the system prompt</source>
      <translation>Incluir o prompt do sistema</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>Saída em JSON</translation>
    </message>
    <message numerus="yes">
      <source>Kept your %n existing presets.</source>
      <comment>one: Kept your %n existing preset.</comment>
      <translation>
        <numerusform>Sua %n predefinição existente foi mantida.</numerusform>
        <numerusform>Suas %n predefinições existentes foram mantidas.</numerusform>
      </translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mensagem</translation>
    </message>
    <message>
      <source>Model ID</source>
      <translation>ID do modelo</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nome</translation>
    </message>
    <message>
      <source>Name of the new preset:</source>
      <translation>Nome da nova predefinição:</translation>
    </message>
    <message>
      <source>Nothing was saved. Choose another name first.</source>
      <translation>Nada foi salvo. Escolha outro nome primeiro.</translation>
    </message>
    <message>
      <source>Nothing was saved. Fix the value marked in red first.</source>
      <translation>Nada foi salvo. Corrija primeiro o valor marcado em vermelho.</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Parâmetros</translation>
    </message>
    <message>
      <source>Precise</source>
      <translation>Precisa</translation>
    </message>
    <message>
      <source>Preset description</source>
      <translation>Descrição da predefinição</translation>
    </message>
    <message>
      <source>Preset name</source>
      <translation>Nome da predefinição</translation>
    </message>
    <message>
      <source>Preset number {number} in this file has no name.</source>
      <translation>A predefinição número {number} neste arquivo não tem nome.</translation>
    </message>
    <message>
      <source>Preset number {number} in this file is not a preset.</source>
      <translation>A predefinição número {number} neste arquivo não é uma predefinição.</translation>
    </message>
    <message>
      <source>Preset number {number}: {problem}</source>
      <translation>Predefinição número {number}: {problem}</translation>
    </message>
    <message>
      <source>Preset “{name}”: {problem}</source>
      <translation>Predefinição “{name}”: {problem}</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Predefinições</translation>
    </message>
    <message>
      <source>Presets (*.json)</source>
      <translation>Predefinições (*.json)</translation>
    </message>
    <message>
      <source>Provider choices</source>
      <translation>Escolhas de provedor</translation>
    </message>
    <message>
      <source>Providers (kept as they are when you save):</source>
      <translation>Provedores (mantidos como estão ao salvar):</translation>
    </message>
    <message>
      <source>Quick</source>
      <translation>Rápida</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Substituir</translation>
    </message>
    <message>
      <source>Replace presets?</source>
      <translation>Substituir predefinições?</translation>
    </message>
    <message>
      <source>Replace the system prompt</source>
      <translation>Substituir o prompt do sistema</translation>
    </message>
    <message>
      <source>Reproducible</source>
      <translation>Reproduzível</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Salvar</translation>
    </message>
    <message>
      <source>Save as a copy</source>
      <translation>Salvar como cópia</translation>
    </message>
    <message>
      <source>Save as a copy…</source>
      <translation>Salvar como cópia…</translation>
    </message>
    <message>
      <source>Save as preset</source>
      <translation>Salvar como predefinição</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Predefinição “{name}” salva.</translation>
    </message>
    <message>
      <source>Saved your changes as the preset “{name}”.</source>
      <translation>Suas alterações foram salvas como a predefinição “{name}”.</translation>
    </message>
    <message>
      <source>Sends no sampling settings at all, so the provider's own defaults apply; a good start for everyday chat.</source>
      <translation>Não envia nenhuma configuração de amostragem, então valem os padrões do próprio provedor; um bom começo para o chat do dia a dia.</translation>
    </message>
    <message>
      <source>Set another parameter…</source>
      <translation>Definir outro parâmetro…</translation>
    </message>
    <message>
      <source>Sets: {summary}</source>
      <translation>Define: {summary}</translation>
    </message>
    <message>
      <source>Skipped {names}: a built-in preset has that name.</source>
      <translation>Não importadas: {names}, pois já existe uma predefinição integrada com esse nome.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own model.</source>
      <translation>Desativado, cada conversa mantém o próprio modelo.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own system prompt.</source>
      <translation>Desativado, cada conversa mantém o próprio prompt do sistema.</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Prompt do sistema</translation>
    </message>
    <message>
      <source>Temperature 0 and a fixed seed (42) make the same prompt give the same answer as far as the model allows, though not every model or provider guarantees it; use it to compare settings fairly.</source>
      <translation>Temperatura 0 e uma semente fixa (42) fazem o mesmo prompt dar a mesma resposta até onde o modelo permite, embora nem todo modelo ou provedor garanta isso; use para comparar configurações de forma justa.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>O arquivo “{name}” não existe mais.</translation>
    </message>
    <message>
      <source>The model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>O modelo deve ser um ID de modelo como microsoft/wizardlm-2-8x22b.</translation>
    </message>
    <message>
      <source>The parameters must be a JSON object.</source>
      <translation>Os parâmetros devem ser um objeto JSON.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be a list of provider names such as deepinfra or google-vertex/us-east5.</source>
      <translation>A configuração de provedor “{name}” deve ser uma lista de nomes de provedores como deepinfra ou google-vertex/us-east5.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be true or false.</source>
      <translation>A configuração de provedor “{name}” deve ser true ou false.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be {choices}.</source>
      <translation>A configuração de provedor “{name}” deve ser {choices}.</translation>
    </message>
    <message>
      <source>The provider settings must be a JSON object.</source>
      <translation>As configurações de provedor devem ser um objeto JSON.</translation>
    </message>
    <message>
      <source>There is no preset named “{name}”.</source>
      <translation>Não existe nenhuma predefinição chamada “{name}”.</translation>
    </message>
    <message>
      <source>This file has two presets named “{name}”.</source>
      <translation>Este arquivo tem duas predefinições chamadas “{name}”.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>Este arquivo não é um arquivo de predefinições do Switchboard.</translation>
    </message>
    <message>
      <source>This is a built-in preset, so it cannot be changed. Save as a copy… keeps your changes as a preset of your own.</source>
      <translation>Esta é uma predefinição integrada, então não pode ser alterada. Salvar como cópia… guarda suas alterações como uma predefinição sua.</translation>
    </message>
    <message>
      <source>This preset cannot be saved: {reason}</source>
      <translation>Esta predefinição não pode ser salva: {reason}</translation>
    </message>
    <message>
      <source>This preset sets no parameters, so each provider's own defaults apply.</source>
      <translation>Esta predefinição não define nenhum parâmetro, então valem os padrões de cada provedor.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it has no list of presets.</source>
      <translation>Este arquivo de predefinições está danificado: não tem uma lista de predefinições.</translation>
    </message>
    <message>
      <source>This presets file is damaged: its version is missing.</source>
      <translation>Este arquivo de predefinições está danificado: a versão está ausente.</translation>
    </message>
    <message>
      <source>This presets file is from a newer version of Switchboard (version {version}); update Switchboard to import it.</source>
      <translation>Este arquivo de predefinições é de uma versão mais nova do Switchboard (versão {version}); atualize o Switchboard para importá-lo.</translation>
    </message>
    <message>
      <source>Turns on JSON mode and replaces the system prompt with one that asks for a single JSON object; use it when a program will read the answer.</source>
      <translation>Ativa o modo JSON e troca o prompt do sistema por um que pede um único objeto JSON; use quando um programa for ler a resposta.</translation>
    </message>
    <message>
      <source>Type a model ID such as microsoft/wizardlm-2-8x22b, or switch this off.</source>
      <translation>Digite um ID de modelo como microsoft/wizardlm-2-8x22b ou desative esta opção.</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>Desfazer alterações</translation>
    </message>
    <message>
      <source>Use a particular model</source>
      <translation>Usar um modelo específico</translation>
    </message>
    <message>
      <source>Web search must be a JSON object.</source>
      <translation>A pesquisa na web deve ser um objeto JSON.</translation>
    </message>
    <message>
      <source>Web search needs “enabled”: true or false.</source>
      <translation>A pesquisa na web precisa de “enabled”: true ou false.</translation>
    </message>
    <message>
      <source>Web search results must be a whole number from 1 to {most}.</source>
      <translation>Os resultados da pesquisa na web devem ser um número inteiro de 1 a {most}.</translation>
    </message>
    <message>
      <source>What it does and when to use it</source>
      <translation>O que ela faz e quando usar</translation>
    </message>
    <message>
      <source>What the preset sets</source>
      <translation>O que a predefinição define</translation>
    </message>
    <message>
      <source>You already have a preset named “{name}”.</source>
      <translation>Você já tem uma predefinição chamada “{name}”.</translation>
    </message>
    <message>
      <source>You already have presets named {names}. Replace them with the imported ones?</source>
      <translation>Você já tem predefinições chamadas {names}. Substituí-las pelas importadas?</translation>
    </message>
    <message>
      <source>Your changes to “{name}” are not saved. Discard them?</source>
      <translation>Suas alterações em “{name}” não foram salvas. Descartá-las?</translation>
    </message>
    <message>
      <source>Your preset “{name}” has the name of a built-in preset now, so it is shown as “{new_name}”.</source>
      <translation>Sua predefinição “{name}” agora tem o nome de uma predefinição integrada, então aparece como “{new_name}”.</translation>
    </message>
    <message>
      <source>Your presets could not be saved ({reason}). Nothing was changed.</source>
      <translation>Não foi possível salvar suas predefinições ({reason}). Nada foi alterado.</translation>
    </message>
    <message>
      <source>its own system prompt</source>
      <translation>o próprio prompt do sistema</translation>
    </message>
    <message>
      <source>model {model}</source>
      <translation>modelo {model}</translation>
    </message>
    <message>
      <source>no system prompt</source>
      <translation>sem prompt do sistema</translation>
    </message>
    <message>
      <source>no web search</source>
      <translation>sem pesquisa na web</translation>
    </message>
    <message numerus="yes">
      <source>searches the web (up to %n results)</source>
      <comment>one: searches the web (up to %n result)</comment>
      <translation>
        <numerusform>pesquisa na web (até %n resultado)</numerusform>
        <numerusform>pesquisa na web (até %n resultados)</numerusform>
      </translation>
    </message>
    <message>
      <source>the description must be text.</source>
      <translation>a descrição deve ser texto.</translation>
    </message>
    <message>
      <source>the model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>o modelo deve ser um ID de modelo como microsoft/wizardlm-2-8x22b.</translation>
    </message>
    <message>
      <source>the system prompt must be text.</source>
      <translation>o prompt do sistema deve ser texto.</translation>
    </message>
    <message>
      <source>{choices} or {last}</source>
      <translation>{choices} ou {last}</translation>
    </message>
    <message>
      <source>{name}  (built in)</source>
      <translation>{name}  (integrada)</translation>
    </message>
    <message>
      <source>{name} (copy {number})</source>
      <translation>{name} (cópia {number})</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (cópia)</translation>
    </message>
    <message>
      <source>{name} (mine {number})</source>
      <translation>{name} (minha {number})</translation>
    </message>
    <message>
      <source>{name} (mine)</source>
      <translation>{name} (minha)</translation>
    </message>
    <message>
      <source>{problem} Nothing was saved.</source>
      <translation>{problem} Nada foi salvo.</translation>
    </message>
    <message>
      <source>“{key}” is not a parameter Switchboard knows.</source>
      <translation>“{key}” não é um parâmetro que o Switchboard conheça.</translation>
    </message>
    <message>
      <source>“{key}” is not a provider setting Switchboard knows.</source>
      <translation>“{key}” não é uma configuração de provedor que o Switchboard conheça.</translation>
    </message>
    <message>
      <source>“{key}” is not a web search setting.</source>
      <translation>“{key}” não é uma configuração de pesquisa na web.</translation>
    </message>
    <message>
      <source>“{key}” is not something a preset can hold.</source>
      <translation>“{key}” não é algo que uma predefinição possa conter.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be changed. Duplicate it to make a copy you can change.</source>
      <translation>“{name}” é uma predefinição integrada e não pode ser alterada. Duplique-a para criar uma cópia que você possa alterar.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be deleted. Duplicate it to make a copy you can change.</source>
      <translation>“{name}” é uma predefinição integrada e não pode ser excluída. Duplique-a para criar uma cópia que você possa alterar.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be renamed. Duplicate it to make a copy you can change.</source>
      <translation>“{name}” é uma predefinição integrada e não pode ser renomeada. Duplique-a para criar uma cópia que você possa alterar.</translation>
    </message>
    <message>
      <source>“{name}” is the name of a built-in preset. Choose another name.</source>
      <translation>“{name}” é o nome de uma predefinição integrada. Escolha outro nome.</translation>
    </message>
  </context>
  <context>
    <name>prompt_sets</name>
    <message>
      <source>A prompt set can hold at most {most} prompts.</source>
      <translation>Um conjunto de prompts pode ter no máximo {most} prompts.</translation>
    </message>
    <message>
      <source>A prompt set needs at least one prompt.</source>
      <translation>Um conjunto de prompts precisa de pelo menos um prompt.</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Resposta {letter}</translation>
    </message>
    <message>
      <source>Column {number}</source>
      <translation>Coluna {number}</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>Não foi possível abrir “{name}” ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>Não foi possível gravar “{name}” ({reason}). Escolha outra pasta e tente de novo.</translation>
    </message>
    <message>
      <source>Every answer is in, so nothing is left to send.</source>
      <translation>Todas as respostas chegaram, então não falta nada para enviar.</translation>
    </message>
    <message>
      <source>Give the prompt set a name.</source>
      <translation>Dê um nome ao conjunto de prompts.</translation>
    </message>
    <message>
      <source>Prompt set run</source>
      <translation>Execução de conjunto de prompts</translation>
    </message>
    <message>
      <source>Prompt {number} has a broken character that is not text. Retype it.</source>
      <translation>O prompt {number} tem um caractere corrompido que não é texto. Digite-o de novo.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>O prompt {number} neste arquivo tem um caractere corrompido que não é texto. Corrija-o no arquivo e importe de novo.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has no text.</source>
      <translation>O prompt {number} neste arquivo não tem texto.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has something Switchboard does not know: “{key}”.</source>
      <translation>O prompt {number} neste arquivo tem algo que o Switchboard não conhece: “{key}”.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file is not a prompt.</source>
      <translation>O prompt {number} neste arquivo não é um prompt.</translation>
    </message>
    <message>
      <source>Prompt {number} is empty. Write it or remove it.</source>
      <translation>O prompt {number} está vazio. Escreva-o ou remova-o.</translation>
    </message>
    <message>
      <source>Prompt {number} is too long: keep it under {most} characters.</source>
      <translation>O prompt {number} é longo demais: mantenha-o com menos de {most} caracteres.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>O arquivo “{name}” não existe mais.</translation>
    </message>
    <message>
      <source>The name has a broken character that is not text. Retype it.</source>
      <translation>O nome tem um caractere corrompido que não é texto. Digite-o de novo.</translation>
    </message>
    <message>
      <source>The name is too long: keep it under {most} characters.</source>
      <translation>O nome é longo demais: mantenha-o com menos de {most} caracteres.</translation>
    </message>
    <message>
      <source>The name of the set in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>O nome do conjunto neste arquivo tem um caractere corrompido que não é texto. Corrija-o no arquivo e importe de novo.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} are too long: keep them under {most} characters.</source>
      <translation>As notas do prompt {number} são longas demais: mantenha-as com menos de {most} caracteres.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file are not text.</source>
      <translation>As notas do prompt {number} neste arquivo não são texto.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>As notas do prompt {number} neste arquivo têm um caractere corrompido que não é texto. Corrija-as no arquivo e importe de novo.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard prompt set.</source>
      <translation>Este arquivo não é um conjunto de prompts do Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a prompt set (more than {size} MB).</source>
      <translation>Este arquivo é grande demais para ser um conjunto de prompts (mais de {size} MB).</translation>
    </message>
    <message>
      <source>This prompt set file has no list of prompts.</source>
      <translation>Este arquivo de conjunto de prompts não tem uma lista de prompts.</translation>
    </message>
    <message>
      <source>This prompt set file has no name for the set.</source>
      <translation>Este arquivo de conjunto de prompts não tem um nome para o conjunto.</translation>
    </message>
    <message>
      <source>This prompt set file has something Switchboard does not know: “{key}”.</source>
      <translation>Este arquivo de conjunto de prompts tem algo que o Switchboard não conhece: “{key}”.</translation>
    </message>
    <message>
      <source>This prompt set file is damaged: its version is not a number.</source>
      <translation>Este arquivo de conjunto de prompts está danificado: a versão não é um número.</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers</source>
      <comment>one: {done} of %n answer</comment>
      <translation>
        <numerusform>{done} de %n resposta</numerusform>
        <numerusform>{done} de %n respostas</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}” is too large to be a prompt set (more than {size} MB).</source>
      <translation>“{name}” é grande demais para ser um conjunto de prompts (mais de {size} MB).</translation>
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
      <translation>JSON que segue um esquema</translation>
    </message>
    <message>
      <source>No provider of {model} is working normally right now; each column may be served by a different provider.</source>
      <translation>Nenhum provedor de {model} está funcionando normalmente agora; cada coluna pode ser atendida por um provedor diferente.</translation>
    </message>
    <message>
      <source>No provider of {model} take {names}, so a column that sets them will be refused; each column may be served by a different provider.</source>
      <translation>Nenhum provedor de {model} aceita {names}, então uma coluna que os define será recusada; cada coluna pode ser atendida por um provedor diferente.</translation>
    </message>
    <message>
      <source>No provider of {model} takes {names}, so a column that sets it will be refused; each column may be served by a different provider.</source>
      <translation>Nenhum provedor de {model} aceita {names}, então uma coluna que o define será recusada; cada coluna pode ser atendida por um provedor diferente.</translation>
    </message>
    <message>
      <source>No single provider of {model} takes {names} together; each column may be served by a different provider.</source>
      <translation>Nenhum provedor de {model} aceita {names} ao mesmo tempo; cada coluna pode ser atendida por um provedor diferente.</translation>
    </message>
    <message>
      <source>The preset of a column of {model} allows only providers that do not serve this model, so that column will be refused. Choose another preset or model for it.</source>
      <translation>A predefinição de uma coluna de {model} só permite provedores que não oferecem este modelo, então essa coluna será recusada. Escolha outra predefinição ou outro modelo para ela.</translation>
    </message>
    <message>
      <source>The providers of {model} could not be looked up, so none was chosen; each column may be served by a different provider, and every setting is still required.</source>
      <translation>Não foi possível consultar os provedores de {model}, então nenhum foi escolhido; cada coluna pode ser atendida por um provedor diferente, e todas as configurações continuam obrigatórias.</translation>
    </message>
    <message>
      <source>{items} and {last}</source>
      <translation>{items} e {last}</translation>
    </message>
  </context>
  <context>
    <name>request</name>
    <message>
      <source>This message would carry {size} MB of files, more than the {most} MB one message can take (every file of the conversation is sent again with each message). Remove some files, or start a new conversation.</source>
      <translation>Esta mensagem levaria {size} MB de arquivos, mais que os {most} MB que uma mensagem comporta (todos os arquivos da conversa são enviados de novo a cada mensagem). Remova alguns arquivos ou comece uma nova conversa.</translation>
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
      <translation>Solicitação</translation>
    </message>
    <message>
      <source>Request body</source>
      <translation>Corpo da solicitação</translation>
    </message>
    <message>
      <source>The API key is sent in the Authorization header and is not shown here.</source>
      <translation>A chave de API é enviada no cabeçalho Authorization e não aparece aqui.</translation>
    </message>
  </context>
  <context>
    <name>requests</name>
    <message>
      <source>A setting holds a value JSON cannot carry (such as NaN). Fix it first.</source>
      <translation>Uma configuração contém um valor que o JSON não consegue transportar (como NaN). Corrija-o primeiro.</translation>
    </message>
    <message>
      <source>Choose a model first.</source>
      <translation>Escolha um modelo primeiro.</translation>
    </message>
    <message>
      <source>Type a message first.</source>
      <translation>Digite uma mensagem primeiro.</translation>
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
      <translation>qualquer provedor</translation>
    </message>
    <message>
      <source>cheapest provider first</source>
      <translation>provedor mais barato primeiro</translation>
    </message>
    <message>
      <source>fastest provider first</source>
      <translation>provedor mais rápido primeiro</translation>
    </message>
    <message>
      <source>never {providers}</source>
      <translation>nunca {providers}</translation>
    </message>
    <message>
      <source>no other provider if the first one fails</source>
      <translation>nenhum outro provedor se o primeiro falhar</translation>
    </message>
    <message>
      <source>only providers that honour every setting</source>
      <translation>só provedores que respeitam todas as configurações</translation>
    </message>
    <message>
      <source>only providers that keep no data</source>
      <translation>só provedores que não guardam dados</translation>
    </message>
    <message>
      <source>only {providers}</source>
      <translation>só {providers}</translation>
    </message>
    <message>
      <source>other providers may step in if the first one fails</source>
      <translation>outros provedores podem assumir se o primeiro falhar</translation>
    </message>
    <message>
      <source>providers in a set order</source>
      <translation>provedores em uma ordem definida</translation>
    </message>
    <message>
      <source>providers that keep data allowed</source>
      <translation>provedores que guardam dados permitidos</translation>
    </message>
    <message>
      <source>quickest provider to start first</source>
      <translation>provedor que começa mais rápido primeiro</translation>
    </message>
    <message>
      <source>{earlier}, then {next}</source>
      <translation>{earlier}, depois {next}</translation>
    </message>
    <message>
      <source>{providers} first</source>
      <translation>{providers} primeiro</translation>
    </message>
    <message>
      <source>{providers} only</source>
      <translation>só {providers}</translation>
    </message>
  </context>
  <context>
    <name>run_dialog</name>
    <message>
      <source>Answers at once:</source>
      <translation>Respostas simultâneas:</translation>
    </message>
    <message>
      <source>Answers written at once</source>
      <translation>Respostas escritas ao mesmo tempo</translation>
    </message>
    <message>
      <source>Blind: hide the names and shuffle the answers until I pick the best of each prompt</source>
      <translation>Às cegas: ocultar os nomes e embaralhar as respostas até eu escolher a melhor de cada prompt</translation>
    </message>
    <message>
      <source>Fair: the same provider for each model, and only providers that take every setting</source>
      <translation>Justa: o mesmo provedor para cada modelo, e só provedores que aceitam todas as configurações</translation>
    </message>
    <message>
      <source>How many answers are written at the same time. Fewer is gentler on the provider's limits; more finishes sooner.</source>
      <translation>Quantas respostas são escritas ao mesmo tempo. Menos pesa menos nos limites do provedor; mais termina antes.</translation>
    </message>
    <message>
      <source>Presets to run the set with</source>
      <translation>Predefinições para executar o conjunto</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Executar</translation>
    </message>
    <message>
      <source>Run a prompt set</source>
      <translation>Executar um conjunto de prompts</translation>
    </message>
    <message numerus="yes">
      <source>Send the %n prompts of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</source>
      <comment>one: Send the %n prompt of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</comment>
      <translation>
        <numerusform>Enviar o %n prompt de {name} para duas a quatro predefinições com {model} (ou o modelo que a predefinição indicar). Você vê quanto pode custar antes de qualquer envio.</numerusform>
        <numerusform>Enviar os %n prompts de {name} para duas a quatro predefinições com {model} (ou o modelo que a predefinição indicar). Você vê quanto pode custar antes de qualquer envio.</numerusform>
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
      <translation>Uma boa resposta: {notes}</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Resposta</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Resposta {letter}</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Respostas</translation>
    </message>
    <message>
      <source>As CSV (for a spreadsheet)…</source>
      <translation>Como CSV (para planilhas)…</translation>
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
      <translation>Nenhuma resposta ainda.</translation>
    </message>
    <message>
      <source>Open as a comparison</source>
      <translation>Abrir como comparação</translation>
    </message>
    <message>
      <source>Open this prompt's answers in a comparison tab, where you can pick the best one.</source>
      <translation>Abrir as respostas deste prompt em uma aba de comparação, onde você pode escolher a melhor.</translation>
    </message>
    <message>
      <source>Picked</source>
      <translation>Escolhida</translation>
    </message>
    <message>
      <source>Progress of the run</source>
      <translation>Progresso da execução</translation>
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
      <translation>Resultados por predefinição</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Retomar</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Iniciar</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Parar</translation>
    </message>
    <message>
      <source>Stop the run: what arrived is kept, Resume sends the rest.</source>
      <translation>Parar a execução: o que chegou é mantido, Retomar envia o resto.</translation>
    </message>
    <message>
      <source>What is left to send: {estimate}.</source>
      <translation>O que falta enviar: {estimate}.</translation>
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
        <numerusform>… (mais %n caractere; use Copiar para obter tudo)</numerusform>
        <numerusform>… (mais %n caracteres; use Copiar para obter tudo)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>secrets</name>
    <message>
      <source>Desktop keyring</source>
      <translation>Chaveiro da área de trabalho</translation>
    </message>
    <message>
      <source>Keyring turned off</source>
      <translation>Chaveiro desativado</translation>
    </message>
    <message>
      <source>No desktop session bus (D-Bus) is running, so no keyring service such as GNOME Keyring or KWallet can be reached.</source>
      <translation>Nenhum barramento de sessão da área de trabalho (D-Bus) está em execução, então nenhum serviço de chaveiro como o GNOME Keyring ou o KWallet pode ser acessado.</translation>
    </message>
    <message>
      <source>No keyring</source>
      <translation>Sem chaveiro</translation>
    </message>
    <message>
      <source>No keyring service (such as GNOME Keyring or KWallet) is running.</source>
      <translation>Nenhum serviço de chaveiro (como o GNOME Keyring ou o KWallet) está em execução.</translation>
    </message>
    <message>
      <source>No keyring service is available.</source>
      <translation>Nenhum serviço de chaveiro está disponível.</translation>
    </message>
    <message>
      <source>No secure keyring</source>
      <translation>Sem chaveiro seguro</translation>
    </message>
    <message>
      <source>None of the keyrings available ({names}) keeps secrets safely, so Switchboard will not use them.</source>
      <translation>Nenhum dos chaveiros disponíveis ({names}) guarda segredos com segurança, então o Switchboard não vai usá-los.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer.</source>
      <translation>O Switchboard não tem um lugar seguro para guardar sua chave neste computador.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. You can paste a key to use for this session only.</source>
      <translation>O Switchboard não tem um lugar seguro para guardar sua chave neste computador. Você pode colar uma chave para usar só nesta sessão.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason}</source>
      <translation>O Switchboard não tem um lugar seguro para guardar sua chave neste computador. {reason}</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason} You can paste a key to use for this session only.</source>
      <translation>O Switchboard não tem um lugar seguro para guardar sua chave neste computador. {reason} Você pode colar uma chave para usar só nesta sessão.</translation>
    </message>
    <message>
      <source>Switchboard keeps your key only in the system's own keychain (Secret Service, KWallet, macOS Keychain or Windows Credential Manager), and none of them is in use.</source>
      <translation>O Switchboard guarda sua chave apenas no chaveiro do próprio sistema (Secret Service, KWallet, Chaves do macOS ou Gerenciador de Credenciais do Windows), e nenhum deles está em uso.</translation>
    </message>
    <message>
      <source>The keyring could not be set up ({error}).</source>
      <translation>Não foi possível configurar o chaveiro ({error}).</translation>
    </message>
    <message>
      <source>The only keyring available keeps secrets in a file on disk that is not properly protected, so Switchboard will not use it.</source>
      <translation>O único chaveiro disponível guarda segredos em um arquivo no disco que não está bem protegido, então o Switchboard não vai usá-lo.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so Switchboard cannot read your saved key. Try again later, or paste the key to use it for this session only.</source>
      <translation>O chaveiro do sistema não respondeu, então o Switchboard não consegue ler sua chave salva. Tente de novo mais tarde ou cole a chave para usá-la só nesta sessão.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be removed. Try again later.</source>
      <translation>O chaveiro do sistema não respondeu, então não foi possível remover a chave. Tente de novo mais tarde.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be saved. Try again, or use the key for this session only.</source>
      <translation>O chaveiro do sistema não respondeu, então não foi possível salvar a chave. Tente de novo ou use a chave só nesta sessão.</translation>
    </message>
    <message>
      <source>The system keyring is turned off for Python programs (keyring's null backend).</source>
      <translation>O chaveiro do sistema está desativado para programas Python (backend nulo do keyring).</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. You can use the key for this session only.</source>
      <translation>Não há um lugar seguro para guardar sua chave neste computador. Você pode usar a chave só nesta sessão.</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. {reason} You can use the key for this session only.</source>
      <translation>Não há um lugar seguro para guardar sua chave neste computador. {reason} Você pode usar a chave só nesta sessão.</translation>
    </message>
    <message>
      <source>Unrecognised keyring ({name})</source>
      <translation>Chaveiro não reconhecido ({name})</translation>
    </message>
    <message>
      <source>Your keyring is locked, so Switchboard cannot read your saved key. Unlock it (logging in again usually does), then restart Switchboard, or paste the key to use it for this session only.</source>
      <translation>Seu chaveiro está bloqueado, então o Switchboard não consegue ler sua chave salva. Desbloqueie-o (entrar de novo na sessão costuma resolver) e reinicie o Switchboard, ou cole a chave para usá-la só nesta sessão.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be removed. Unlock it (logging in again usually does) and try again.</source>
      <translation>Seu chaveiro está bloqueado, então não foi possível remover a chave. Desbloqueie-o (entrar de novo na sessão costuma resolver) e tente de novo.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be saved. Unlock it (logging in again usually does) and try again, or use the key for this session only.</source>
      <translation>Seu chaveiro está bloqueado, então não foi possível salvar a chave. Desbloqueie-o (entrar de novo na sessão costuma resolver) e tente de novo, ou use a chave só nesta sessão.</translation>
    </message>
  </context>
  <context>
    <name>send_gate</name>
    <message>
      <source>Not sent: your message is still in the box.</source>
      <translation>Não enviada: sua mensagem continua na caixa.</translation>
    </message>
    <message>
      <source>Send anyway</source>
      <translation>Enviar mesmo assim</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>An amount cannot be negative.</source>
      <translation>Um valor não pode ser negativo.</translation>
    </message>
    <message>
      <source>Caps go up to {amount}. Type a smaller amount, such as 20.</source>
      <translation>Os limites vão até {amount}. Digite um valor menor, como 20.</translation>
    </message>
    <message>
      <source>The smallest amount is {amount} (or 0 to allow no spending at all).</source>
      <translation>O menor valor é {amount} (ou 0 para não permitir nenhum gasto).</translation>
    </message>
  </context>
  <context>
    <name>settings_dialog</name>
    <message>
      <source>API address</source>
      <translation>Endereço da API</translation>
    </message>
    <message>
      <source>Address in use</source>
      <translation>Endereço em uso</translation>
    </message>
    <message>
      <source>App name given to OpenRouter</source>
      <translation>Nome do app informado ao OpenRouter</translation>
    </message>
    <message>
      <source>App web page given to OpenRouter</source>
      <translation>Página web do app informada ao OpenRouter</translation>
    </message>
    <message>
      <source>Ask before a send above ($)</source>
      <translation>Perguntar antes de envios acima de ($)</translation>
    </message>
    <message>
      <source>At 80% of a cap the meter turns orange. A send that could pass a cap waits for you to press “Send anyway”. Leave a box empty for no limit.</source>
      <translation>Com 80% de um limite, o medidor fica laranja. Um envio que possa ultrapassar um limite espera você pressionar “Enviar mesmo assim”. Deixe um campo vazio para não ter limite.</translation>
    </message>
    <message>
      <source>Change key…</source>
      <translation>Trocar chave…</translation>
    </message>
    <message>
      <source>Daily cap ($)</source>
      <translation>Limite diário ($)</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Escuro</translation>
    </message>
    <message>
      <source>Each request tells OpenRouter that it comes from Switchboard, so Switchboard can appear in the app rankings on openrouter.ai. Change the name or web page given, or leave them empty for Switchboard's own. Only plain ASCII is sent.</source>
      <translation>Cada solicitação informa ao OpenRouter que vem do Switchboard, para que o Switchboard possa aparecer no ranking de apps em openrouter.ai. Altere o nome ou a página web informados, ou deixe-os vazios para usar os do próprio Switchboard. Só texto ASCII simples é enviado.</translation>
    </message>
    <message>
      <source>Empty: OpenRouter ({address})</source>
      <translation>Vazio: OpenRouter ({address})</translation>
    </message>
    <message>
      <source>Enter sends the message (Shift+Enter for a new line)</source>
      <translation>Enter envia a mensagem (Shift+Enter para nova linha)</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}).</source>
      <translation>Em uso agora: {where} ({address}).</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}). Save to use the address above instead.</source>
      <translation>Em uso agora: {where} ({address}). Salve para usar o endereço acima.</translation>
    </message>
    <message>
      <source>Keep the saved key</source>
      <translation>Manter a chave salva</translation>
    </message>
    <message>
      <source>Key for this server</source>
      <translation>Chave para este servidor</translation>
    </message>
    <message>
      <source>Key for {host}</source>
      <translation>Chave para {host}</translation>
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
      <translation>Aparência e teclado</translation>
    </message>
    <message>
      <source>Monthly cap ($)</source>
      <translation>Limite mensal ($)</translation>
    </message>
    <message>
      <source>Never ask</source>
      <translation>Nunca perguntar</translation>
    </message>
    <message>
      <source>No daily cap</source>
      <translation>Sem limite diário</translation>
    </message>
    <message>
      <source>No key for {host}</source>
      <translation>Sem chave para {host}</translation>
    </message>
    <message>
      <source>No monthly cap</source>
      <translation>Sem limite mensal</translation>
    </message>
    <message>
      <source>Once a day Switchboard asks GitHub for its latest version. Nothing about you or your conversations is sent, and never your key.</source>
      <translation>Uma vez por dia, o Switchboard pergunta ao GitHub qual é a versão mais recente. Nada sobre você ou suas conversas é enviado, e nunca a sua chave.</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Abrir pasta</translation>
    </message>
    <message>
      <source>OpenRouter, or any OpenAI-compatible server such as a local model server.</source>
      <translation>O OpenRouter ou qualquer servidor compatível com a OpenAI, como um servidor de modelos local.</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>Remover chave</translation>
    </message>
    <message>
      <source>Requests go to OpenRouter, with your OpenRouter key.</source>
      <translation>As solicitações vão para o OpenRouter, com sua chave do OpenRouter.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key, if any, or send none.</source>
      <translation>As solicitações para {host} usam a chave abaixo, nunca sua chave do OpenRouter. Deixe vazio para manter a chave salva dele, se houver, ou não enviar nenhuma.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key.</source>
      <translation>As solicitações para {host} usam a chave abaixo, nunca sua chave do OpenRouter. Deixe vazio para manter a chave salva dele.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to send no key.</source>
      <translation>As solicitações para {host} usam a chave abaixo, nunca sua chave do OpenRouter. Deixe vazio para não enviar nenhuma chave.</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Igual ao sistema</translation>
    </message>
    <message>
      <source>Sent with each request (as the HTTP-Referer header).</source>
      <translation>Enviada com cada solicitação (no cabeçalho HTTP-Referer).</translation>
    </message>
    <message>
      <source>Sent with each request (as the X-Title header).</source>
      <translation>Enviado com cada solicitação (no cabeçalho X-Title).</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <source>Set by SWITCHBOARD_BASE_URL for this session, so it cannot be changed here. Without it, Switchboard uses the address saved in Settings.</source>
      <translation>Definido por SWITCHBOARD_BASE_URL nesta sessão, então não pode ser alterado aqui. Sem isso, o Switchboard usa o endereço salvo nas Configurações.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Configurações</translation>
    </message>
    <message>
      <source>Spending guard</source>
      <translation>Proteção de gastos</translation>
    </message>
    <message>
      <source>Switchboard uses the new language after a restart.</source>
      <translation>O Switchboard usa o novo idioma depois de reiniciar.</translation>
    </message>
    <message>
      <source>Tell me when a new version of Switchboard is out (asks GitHub once a day)</source>
      <translation>Avisar quando houver uma nova versão do Switchboard (consulta o GitHub uma vez por dia)</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Updates</source>
      <translation>Atualizações</translation>
    </message>
    <message>
      <source>Which key is sent</source>
      <translation>Qual chave é enviada</translation>
    </message>
    <message>
      <source>Why the address is fixed</source>
      <translation>Por que o endereço é fixo</translation>
    </message>
    <message>
      <source>Your data</source>
      <translation>Seus dados</translation>
    </message>
    <message>
      <source>Your key</source>
      <translation>Sua chave</translation>
    </message>
    <message>
      <source>“{text}” is not an amount in dollars, such as {example}.</source>
      <translation>“{text}” não é um valor em dólares, como {example}.</translation>
    </message>
  </context>
  <context>
    <name>settings_file</name>
    <message>
      <source>Your settings at {path} could not be read ({reason}), so default settings are used for now.</source>
      <translation>Não foi possível ler suas configurações em {path} ({reason}), então as configurações padrão estão sendo usadas por enquanto.</translation>
    </message>
    <message>
      <source>Your settings at {path} could not be read, so default settings are used for now.</source>
      <translation>Não foi possível ler suas configurações em {path}, então as configurações padrão estão sendo usadas por enquanto.</translation>
    </message>
    <message>
      <source>Your settings at {path} were saved by a newer version of Switchboard, so default settings are used for now.</source>
      <translation>Suas configurações em {path} foram salvas por uma versão mais nova do Switchboard, então as configurações padrão estão sendo usadas por enquanto.</translation>
    </message>
    <message>
      <source>Your settings could not be read ({reason}), so default settings are used. The old file is kept at {kept}.</source>
      <translation>Não foi possível ler suas configurações ({reason}), então as configurações padrão estão sendo usadas. O arquivo antigo foi guardado em {kept}.</translation>
    </message>
    <message>
      <source>Your settings could not be read, so default settings are used. The old file is kept at {kept}.</source>
      <translation>Não foi possível ler suas configurações, então as configurações padrão estão sendo usadas. O arquivo antigo foi guardado em {kept}.</translation>
    </message>
    <message>
      <source>Your settings were saved by a newer version of Switchboard, so default settings are used. The old file is kept at {kept}.</source>
      <translation>Suas configurações foram salvas por uma versão mais nova do Switchboard, então as configurações padrão estão sendo usadas. O arquivo antigo foi guardado em {kept}.</translation>
    </message>
    <message>
      <source>the file is damaged</source>
      <translation>o arquivo está danificado</translation>
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
        <numerusform>%n pesquisa, {cost}</numerusform>
        <numerusform>%n pesquisas, {cost}</numerusform>
      </translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>Abrir {name}</translation>
    </message>
    <message>
      <source>Sent at {width} × {height}, reduced from {original_width} × {original_height}</source>
      <translation>Enviada em {width} × {height}, reduzida de {original_width} × {original_height}</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Fontes</translation>
    </message>
    <message numerus="yes">
      <source>Up to %n results a search, about {price} per message (at most {most} if the model searches {searches} times).</source>
      <comment>one: Up to %n result a search, about {price} per message (at most {most} if the model searches {searches} times).</comment>
      <translation>
        <numerusform>Até %n resultado por pesquisa, cerca de {price} por mensagem (no máximo {most} se o modelo pesquisar {searches} vezes).</numerusform>
        <numerusform>Até %n resultados por pesquisa, cerca de {price} por mensagem (no máximo {most} se o modelo pesquisar {searches} vezes).</numerusform>
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
      <translation>Não me avisar de novo sobre esta versão</translation>
    </message>
    <message>
      <source>Open the release page.</source>
      <translation>Abrir a página da versão.</translation>
    </message>
    <message>
      <source>Status message</source>
      <translation>Mensagem de status</translation>
    </message>
  </context>
  <context>
    <name>streaming</name>
    <message>
      <source>Thinking</source>
      <translation>Raciocínio</translation>
    </message>
  </context>
  <context>
    <name>tabs</name>
    <message>
      <source>Conversations</source>
      <translation>Conversas</translation>
    </message>
    <message>
      <source>New conversation</source>
      <translation>Nova conversa</translation>
    </message>
    <message>
      <source>New conversation (Ctrl+T)</source>
      <translation>Nova conversa (Ctrl+T)</translation>
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
      <translation>Baixo</translation>
    </message>
    <message>
      <source>Maximum</source>
      <translation>Máximo</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than the thinking budget {budget}: the model may spend it all thinking and leave no answer.</source>
      <translation>O Tamanho máximo {length} não é maior que o orçamento de raciocínio {budget}: o modelo pode gastar tudo pensando e não deixar resposta.</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than {least} tokens, the least some models think even at {level} effort: the model may spend it all thinking and leave no answer.</source>
      <translation>O Tamanho máximo {length} não é maior que {least} tokens, o mínimo que alguns modelos pensam mesmo com esforço {level}: o modelo pode gastar tudo pensando e não deixar resposta.</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Médio</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>Mínimo</translation>
    </message>
    <message>
      <source>The thinking budget must be a whole number of tokens.</source>
      <translation>O orçamento de raciocínio deve ser um número inteiro de tokens.</translation>
    </message>
    <message>
      <source>The thinking budget must be between {least} and {most} tokens.</source>
      <translation>O orçamento de raciocínio deve estar entre {least} e {most} tokens.</translation>
    </message>
    <message>
      <source>The thinking effort must be one of {efforts}.</source>
      <translation>O esforço de raciocínio deve ser um destes: {efforts}.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Raciocínio</translation>
    </message>
    <message>
      <source>Thinking budget {tokens}</source>
      <translation>Orçamento de raciocínio {tokens}</translation>
    </message>
    <message>
      <source>Thinking high</source>
      <translation>Raciocínio alto</translation>
    </message>
    <message>
      <source>Thinking low</source>
      <translation>Raciocínio baixo</translation>
    </message>
    <message>
      <source>Thinking maximum</source>
      <translation>Raciocínio máximo</translation>
    </message>
    <message>
      <source>Thinking medium</source>
      <translation>Raciocínio médio</translation>
    </message>
    <message>
      <source>Thinking minimal</source>
      <translation>Raciocínio mínimo</translation>
    </message>
    <message>
      <source>Thinking must be a JSON object such as {"effort": "high"}.</source>
      <translation>O raciocínio deve ser um objeto JSON como {"effort": "high"}.</translation>
    </message>
    <message>
      <source>Thinking must be the model's default, off, an effort or a budget.</source>
      <translation>O raciocínio deve ser o padrão do modelo, desativado, um esforço ou um orçamento.</translation>
    </message>
    <message>
      <source>Thinking off</source>
      <translation>Raciocínio desativado</translation>
    </message>
    <message>
      <source>Thinking very high</source>
      <translation>Raciocínio muito alto</translation>
    </message>
    <message>
      <source>Thinking {level}</source>
      <translation>Raciocínio {level}</translation>
    </message>
    <message>
      <source>Thinking: model default</source>
      <translation>Raciocínio: padrão do modelo</translation>
    </message>
    <message>
      <source>Very high</source>
      <translation>Muito alto</translation>
    </message>
    <message>
      <source>budget {tokens}</source>
      <translation>orçamento {tokens}</translation>
    </message>
    <message>
      <source>cannot turn its thinking off</source>
      <translation>não consegue desativar o raciocínio</translation>
    </message>
    <message>
      <source>does not offer the {level} thinking effort</source>
      <translation>não oferece o esforço de raciocínio {level}</translation>
    </message>
    <message>
      <source>does not take a thinking budget</source>
      <translation>não aceita um orçamento de raciocínio</translation>
    </message>
    <message>
      <source>high</source>
      <translation>alto</translation>
    </message>
    <message>
      <source>low</source>
      <translation>baixo</translation>
    </message>
    <message>
      <source>maximum</source>
      <translation>máximo</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>médio</translation>
    </message>
    <message>
      <source>minimal</source>
      <translation>mínimo</translation>
    </message>
    <message>
      <source>model default</source>
      <translation>padrão do modelo</translation>
    </message>
    <message>
      <source>off</source>
      <translation>desativado</translation>
    </message>
    <message>
      <source>on</source>
      <translation>ativado</translation>
    </message>
    <message>
      <source>very high</source>
      <translation>muito alto</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off.</source>
      <translation>{model} não consegue desativar o raciocínio.</translation>
    </message>
    <message>
      <source>{model} does not offer the {level} thinking effort.</source>
      <translation>{model} não oferece o esforço de raciocínio {level}.</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget.</source>
      <translation>{model} não aceita um orçamento de raciocínio.</translation>
    </message>
    <message>
      <source>{setting} (hidden)</source>
      <translation>{setting} (oculto)</translation>
    </message>
    <message>
      <source>“Hide the thinking” must be on or off.</source>
      <translation>“Ocultar o raciocínio” deve estar ativado ou desativado.</translation>
    </message>
    <message>
      <source>“{name}” is not a thinking setting Switchboard knows.</source>
      <translation>“{name}” não é uma configuração de raciocínio que o Switchboard conheça.</translation>
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
      <translation>Conversa</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Tentar de novo</translation>
    </message>
    <message>
      <source>That link was not opened: only web and e-mail links open.</source>
      <translation>Esse link não foi aberto: só links da web e de e-mail são abertos.</translation>
    </message>
    <message>
      <source>That message was not sent.</source>
      <translation>Essa mensagem não foi enviada.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>Esperando o modelo…</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>Não foi possível abrir “{name}”.</translation>
    </message>
    <message>
      <source>“{name}” is no longer in Switchboard's data folder, so it cannot be opened.</source>
      <translation>“{name}” não está mais na pasta de dados do Switchboard, então não pode ser aberto.</translation>
    </message>
  </context>
  <context>
    <name>turn</name>
    <message>
      <source>The connection ended before the answer was finished.</source>
      <translation>A conexão terminou antes de a resposta ficar pronta.</translation>
    </message>
  </context>
  <context>
    <name>updates</name>
    <message>
      <source>Switchboard {version} is available — what's new</source>
      <translation>O Switchboard {version} está disponível — veja as novidades</translation>
    </message>
  </context>
  <context>
    <name>version_settings</name>
    <message>
      <source>Answered by</source>
      <translation>Respondida por</translation>
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
      <translation>Provedor</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Prompt do sistema</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nenhum</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>não definido</translation>
    </message>
    <message>
      <source>on</source>
      <translation>ativado</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>texto simples</translation>
    </message>
  </context>
  <context>
    <name>versions_flow</name>
    <message>
      <source>For this answer only: the conversation keeps its own settings</source>
      <translation>Só para esta resposta: a conversa mantém as próprias configurações</translation>
    </message>
    <message>
      <source>For this answer only: the conversation keeps its own settings.</source>
      <translation>Só para esta resposta: a conversa mantém as próprias configurações.</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Modelos</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Predefinições</translation>
    </message>
    <message>
      <source>Regenerate with</source>
      <translation>Gerar de novo com</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>Gerar de novo com…</translation>
    </message>
    <message>
      <source>This answer has only one version: Regenerate makes another.</source>
      <translation>Esta resposta tem só uma versão: Gerar de novo cria outra.</translation>
    </message>
    <message>
      <source>Wait until the answer being written has finished (or press Stop), then try again.</source>
      <translation>Espere a resposta que está sendo escrita terminar (ou pressione Parar) e tente de novo.</translation>
    </message>
    <message>
      <source>{model} (this conversation's)</source>
      <translation>{model} (desta conversa)</translation>
    </message>
  </context>
  <context>
    <name>versions_view</name>
    <message>
      <source>Answer, version {number}</source>
      <translation>Resposta, versão {number}</translation>
    </message>
    <message>
      <source>Compare these versions</source>
      <translation>Comparar estas versões</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>Destacar diferenças</translation>
    </message>
    <message>
      <source>Make this version the one the conversation shows</source>
      <translation>Fazer desta a versão que a conversa mostra</translation>
    </message>
    <message>
      <source>Mark the words where the answers differ</source>
      <translation>Marcar as palavras em que as respostas diferem</translation>
    </message>
    <message>
      <source>No figures were recorded.</source>
      <translation>Nenhum número foi registrado.</translation>
    </message>
    <message>
      <source>On screen</source>
      <translation>Na tela</translation>
    </message>
    <message>
      <source>Settings of version {number}</source>
      <translation>Configurações da versão {number}</translation>
    </message>
    <message>
      <source>Show this one</source>
      <translation>Mostrar esta</translation>
    </message>
    <message>
      <source>Show version {number}</source>
      <translation>Mostrar versão {number}</translation>
    </message>
    <message numerus="yes">
      <source>The same question, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: The same question, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>A mesma pergunta, respondida de %n forma, com as próprias configurações. Pressione “Mostrar esta” abaixo da resposta que você quer que a conversa mostre; as outras continuam.</numerusform>
        <numerusform>A mesma pergunta, respondida de %n formas, cada uma com as próprias configurações. Pressione “Mostrar esta” abaixo da resposta que você quer que a conversa mostre; as outras continuam.</numerusform>
      </translation>
    </message>
    <message>
      <source>Tokens and cost of version {number}</source>
      <translation>Tokens e custo da versão {number}</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>Versão {number} de {total}</translation>
    </message>
    <message numerus="yes">
      <source>“{question}”, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: “{question}”, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>“{question}”, respondida de %n forma, com as próprias configurações. Pressione “Mostrar esta” abaixo da resposta que você quer que a conversa mostre; as outras continuam.</numerusform>
        <numerusform>“{question}”, respondida de %n formas, cada uma com as próprias configurações. Pressione “Mostrar esta” abaixo da resposta que você quer que a conversa mostre; as outras continuam.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>welcome</name>
    <message>
      <source>&lt;b&gt;A key&lt;/b&gt; is like a password that lets Switchboard use your OpenRouter account. {keeping}</source>
      <translation>&lt;b&gt;Uma chave&lt;/b&gt; é como uma senha que permite ao Switchboard usar sua conta do OpenRouter. {keeping}</translation>
    </message>
    <message>
      <source>&lt;b&gt;OpenRouter&lt;/b&gt; is one account that reaches hundreds of AI models (from OpenAI, Anthropic, Google, Meta, Mistral and others). Switchboard is a window onto it: you chat, compare and keep your conversations on this computer.</source>
      <translation>&lt;b&gt;OpenRouter&lt;/b&gt; é uma única conta que dá acesso a centenas de modelos de IA (da OpenAI, Anthropic, Google, Meta, Mistral e outros). O Switchboard é uma janela para ele: você conversa, compara e guarda suas conversas neste computador.</translation>
    </message>
    <message>
      <source>&lt;b&gt;What it costs:&lt;/b&gt; OpenRouter charges per use, from your prepaid credit. A typical answer costs a fraction of a cent, some models are free, and Switchboard shows what every answer cost.</source>
      <translation>&lt;b&gt;Quanto custa:&lt;/b&gt; o OpenRouter cobra por uso, do seu crédito pré-pago. Uma resposta típica custa uma fração de centavo, alguns modelos são grátis, e o Switchboard mostra quanto cada resposta custou.</translation>
    </message>
    <message>
      <source>Switchboard keeps it in your computer's keychain, the same place your browser keeps passwords, and nowhere else.</source>
      <translation>O Switchboard a guarda no chaveiro do seu computador, o mesmo lugar onde seu navegador guarda senhas, e em nenhum outro lugar.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key is kept only until you close the app (and nowhere else): you will paste it or sign in again next time.</source>
      <translation>Este computador não tem um cofre de senhas que o Switchboard possa usar, então sua chave só fica guardada até você fechar o app (e em nenhum outro lugar): na próxima vez, você vai colá-la ou entrar de novo.</translation>
    </message>
    <message>
      <source>Welcome to Switchboard</source>
      <translation>Boas-vindas ao Switchboard</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>about</name>
    <message>
      <source>(not known until the app has started)</source>
      <translation>（应用启动后才能知道）</translation>
    </message>
    <message>
      <source>A desktop chat client for OpenRouter.</source>
      <translation>OpenRouter 桌面聊天客户端。</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>关于 {app}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Add a line to the message</source>
      <translation>在消息中换行</translation>
    </message>
    <message>
      <source>Enter (or Ctrl+Enter, when Enter adds a line)</source>
      <translation>Enter（当 Enter 用于换行时为 Ctrl+Enter）</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>按键</translation>
    </message>
    <message>
      <source>Licence: {licence}</source>
      <translation>许可证：{licence}</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>打开数据文件夹</translation>
    </message>
    <message>
      <source>Send the message</source>
      <translation>发送消息</translation>
    </message>
    <message>
      <source>Your conversations and settings are kept in:
{place}</source>
      <translation>你的对话和设置保存在：
{place}</translation>
    </message>
  </context>
  <context>
    <name>account</name>
    <message>
      <source>A key is one line without spaces. Copy it again, all of it, and paste it here.</source>
      <translation>密钥是一行不含空格的文字。请重新完整复制，然后粘贴到这里。</translation>
    </message>
    <message>
      <source>For this session only</source>
      <translation>仅限本次会话</translation>
    </message>
    <message>
      <source>For this session only (the key for {server}, not your OpenRouter key)</source>
      <translation>仅限本次会话（这是 {server} 的密钥，不是你的 OpenRouter 密钥）</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored</source>
      <translation>来自环境变量（{variable}），未保存</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored (the key for {server}, not your OpenRouter key)</source>
      <translation>来自环境变量（{variable}），未保存（这是 {server} 的密钥，不是你的 OpenRouter 密钥）</translation>
    </message>
    <message>
      <source>No key for {server}: requests to it are sent without one</source>
      <translation>没有 {server} 的密钥：发往它的请求将不带密钥</translation>
    </message>
    <message>
      <source>No key yet</source>
      <translation>尚无密钥</translation>
    </message>
    <message>
      <source>Not checked yet</source>
      <translation>尚未检查</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key, and it does not look like an OpenRouter key (those start with “sk-or-”). Copy the key again from openrouter.ai/keys.</source>
      <translation>OpenRouter 未接受此密钥，而且它看起来不像 OpenRouter 密钥（OpenRouter 密钥以“sk-or-”开头）。请从 openrouter.ai/keys 重新复制密钥。</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key. It may be mistyped, disabled or expired: check that you copied all of it, or create a new one at openrouter.ai/keys.</source>
      <translation>OpenRouter 未接受此密钥。它可能输错了、已停用或已过期：请确认你完整复制了它，或在 openrouter.ai/keys 创建一个新密钥。</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>请先粘贴你的密钥。</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter is only for the OpenRouter address. The API address in Settings is another server: enter that server's key in Settings, or set the address back to OpenRouter to sign in.</source>
      <translation>“使用 OpenRouter 登录”仅适用于 OpenRouter 地址。设置中的 API 地址是另一台服务器：请在设置中输入该服务器的密钥，或将地址改回 OpenRouter 后再登录。</translation>
    </message>
    <message>
      <source>Stored in: {store}</source>
      <translation>保存在：{store}</translation>
    </message>
    <message>
      <source>Stored in: {store} (the key for {server}, not your OpenRouter key)</source>
      <translation>保存在：{store}（这是 {server} 的密钥，不是你的 OpenRouter 密钥）</translation>
    </message>
    <message>
      <source>The key in {variable} cannot be used: {reason}</source>
      <translation>无法使用 {variable} 中的密钥：{reason}</translation>
    </message>
    <message>
      <source>The server at {server} did not accept this key. Check that you copied all of it, then try again.</source>
      <translation>{server} 上的服务器未接受此密钥。请确认你完整复制了它，然后重试。</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use</source>
      <translation>这台电脑没有 Switchboard 可用的密码库</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so a key can be kept only until you close the app. Paste your key to use it for this session only.</source>
      <translation>这台电脑没有 Switchboard 可用的密码库，因此密钥只能保留到你关闭应用为止。粘贴你的密钥，仅在本次会话中使用。</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key can be kept only until you close the app. You can use it for this session only (you will paste it again next time).</source>
      <translation>这台电脑没有 Switchboard 可用的密码库，因此你的密钥只能保留到你关闭应用为止。你可以仅在本次会话中使用它（下次需要重新粘贴）。</translation>
    </message>
    <message>
      <source>This key contains characters that keys never have. Copy it again from where you created it (for OpenRouter: openrouter.ai/keys).</source>
      <translation>此密钥包含密钥中不会出现的字符。请从创建它的地方重新复制（OpenRouter 密钥：openrouter.ai/keys）。</translation>
    </message>
    <message>
      <source>This server does not describe its keys, so the key was taken as it is.</source>
      <translation>此服务器没有说明其密钥格式，因此按原样使用该密钥。</translation>
    </message>
    <message>
      <source>Unnamed key</source>
      <translation>未命名密钥</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>每天</translation>
    </message>
    <message>
      <source>free tier</source>
      <translation>免费版</translation>
    </message>
    <message>
      <source>limit {limit}</source>
      <translation>限额 {limit}</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left)</source>
      <translation>限额 {limit}（剩余 {left}）</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left), resets {reset}</source>
      <translation>限额 {limit}（剩余 {left}），{reset} 重置</translation>
    </message>
    <message>
      <source>limit {limit}, resets {reset}</source>
      <translation>限额 {limit}，{reset} 重置</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <source>no spending limit</source>
      <translation>无支出限额</translation>
    </message>
    <message>
      <source>used {amount}</source>
      <translation>已用 {amount}</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>每周</translation>
    </message>
  </context>
  <context>
    <name>account_flow</name>
    <message>
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>移除密钥</translation>
    </message>
    <message>
      <source>Remove the key for {server} from this computer's keychain?</source>
      <translation>要从这台电脑的钥匙串中移除 {server} 的密钥吗？</translation>
    </message>
    <message>
      <source>Remove your OpenRouter key from this computer's keychain?</source>
      <translation>要从这台电脑的钥匙串中移除你的 OpenRouter 密钥吗？</translation>
    </message>
    <message>
      <source>You are ready: type a message and press Enter.</source>
      <translation>一切就绪：输入消息并按 Enter。</translation>
    </message>
  </context>
  <context>
    <name>attach_flow</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n 页</numerusform>
      </translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and each of the {columns} columns pays for its own reading ({pages} in all: about {about}). Read them?</source>
      <translation>你附加的 PDF 没有文字，只有页面图片。付费识别每 1,000 页收费 $2，而且 {columns} 列中的每一列都要各自付费识别（共 {pages}：约 {about}）。要识别吗？</translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and it then reads every PDF this message sends ({pdfs} PDFs, {pages}: about {about}). Read them?</source>
      <translation>你附加的 PDF 没有文字，只有页面图片。付费识别每 1,000 页收费 $2，而且会识别这条消息发送的所有 PDF（{pdfs} 个 PDF，{pages}：约 {about}）。要识别吗？</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and earlier messages of this conversation carry pictures ({names}) that every message sends again. Choose a model that can see pictures.</source>
      <translation>未发送：{model} 无法识别图片，而此对话之前的消息带有图片（{names}），每条消息都会重新发送它们。请选择能识别图片的模型。</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} are pictures. Choose a model that can, or remove the pictures.</source>
      <translation>未发送：{model} 无法识别图片，而 {names} 是图片。请选择能识别图片的模型，或移除这些图片。</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} is a picture. Choose a model that can, or remove the picture.</source>
      <translation>未发送：{model} 无法识别图片，而 {names} 是图片。请选择能识别图片的模型，或移除该图片。</translation>
    </message>
    <message>
      <source>The model list does not say whether this model can read pictures or files, so your attachments were sent as they are. If the answer ignores them, choose a model that reads them.</source>
      <translation>模型列表没有说明此模型能否读取图片或文件，因此附件已按原样发送。如果回答忽略了它们，请选择能读取它们的模型。</translation>
    </message>
    <message>
      <source>These PDFs have no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>这些 PDF 没有文字，只有页面图片。识别它们每 1,000 页收费 $2（这 {pages} 约 {about}）。要识别吗？</translation>
    </message>
    <message>
      <source>This PDF has no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>此 PDF 没有文字，只有页面图片。识别它们每 1,000 页收费 $2（这 {pages} 约 {about}）。要识别吗？</translation>
    </message>
    <message numerus="yes">
      <source>{names} and %n more</source>
      <comment>one: {names} and %n more</comment>
      <translation>
        <numerusform>{names} 及另外 %n 个</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attachment_chips</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n 页</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>A message can carry at most %n attachments. Remove one to attach another.</source>
      <comment>one: A message can carry at most %n attachment. Remove it to attach another.</comment>
      <translation>
        <numerusform>一条消息最多只能带 %n 个附件。请移除一个后再添加。</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach</source>
      <translation>附加</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>附加文件</translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>附加文件</translation>
    </message>
    <message>
      <source>Attach pictures, PDFs or text files (you can also drop them here or paste them). Pictures up to {image_mb} MB (larger than {side} pixels are reduced), PDFs up to {pdf_mb} MB, text files up to {text_mb} MB; at most {count} a message.</source>
      <translation>可附加图片、PDF 或文本文件（也可以拖放或粘贴到这里）。图片最大 {image_mb} MB（超过 {side} 像素会缩小），PDF 最大 {pdf_mb} MB，文本文件最大 {text_mb} MB；每条消息最多 {count} 个。</translation>
    </message>
    <message>
      <source>Attachment {name}</source>
      <translation>附件 {name}</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <source>Files cannot be attached here.</source>
      <translation>此处无法附加文件。</translation>
    </message>
    <message numerus="yes">
      <source>Not sent yet: %n files are still being read. Press Send again once they are attached, or remove them (✕) to send without them.</source>
      <comment>one: Not sent yet: %n file is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</comment>
      <translation>
        <numerusform>尚未发送：还有 %n 个文件正在读取。附加完成后再按一次“发送”，或将其移除（✕）后不带它们发送。</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent yet: “{name}” is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</source>
      <translation>尚未发送：“{name}”仍在读取中。附加完成后再按一次“发送”，或将其移除（✕）后不带它发送。</translation>
    </message>
    <message>
      <source>Pasted picture.png</source>
      <translation>粘贴的图片.png</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>图片 {name}</translation>
    </message>
    <message>
      <source>Pictures, PDFs and text files (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;All files (*)</source>
      <translation>图片、PDF 和文本文件 (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;所有文件 (*)</translation>
    </message>
    <message>
      <source>Reading {name}</source>
      <translation>正在读取 {name}</translation>
    </message>
    <message>
      <source>Reading “{name}”…</source>
      <translation>正在读取“{name}”…</translation>
    </message>
    <message>
      <source>Remove this attachment</source>
      <translation>移除此附件</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>移除 {name}</translation>
    </message>
    <message>
      <source>Stop reading this file (it is not attached)</source>
      <translation>停止读取此文件（不会附加）</translation>
    </message>
    <message>
      <source>Stop reading {name}</source>
      <translation>停止读取 {name}</translation>
    </message>
    <message>
      <source>reduced</source>
      <translation>已缩小</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>无法打开“{name}”。</translation>
    </message>
    <message>
      <source>“{name}” could not be opened: Switchboard could not write a copy of it to open (the disk may be full, or the temporary folder not writable).</source>
      <translation>无法打开“{name}”：Switchboard 无法写入用于打开的副本（磁盘可能已满，或临时文件夹不可写）。</translation>
    </message>
    <message>
      <source>“{name}” is attached already.</source>
      <translation>“{name}”已经附加。</translation>
    </message>
    <message numerus="yes">
      <source>“{name}” was not attached: a message can carry at most %n attachments.</source>
      <comment>one: “{name}” was not attached: a message can carry at most %n attachment.</comment>
      <translation>
        <numerusform>未附加“{name}”：一条消息最多只能带 %n 个附件。</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}”: {what}.</source>
      <translation>“{name}”：{what}。</translation>
    </message>
  </context>
  <context>
    <name>attachments</name>
    <message>
      <source>Switchboard cannot read PDFs: a part it needs is missing. Reinstall Switchboard.</source>
      <translation>Switchboard 无法读取 PDF：缺少所需的组件。请重新安装 Switchboard。</translation>
    </message>
    <message>
      <source>Switchboard cannot send “{name}”. It can send pictures (PNG, JPEG, WebP, GIF), PDFs and text files.</source>
      <translation>Switchboard 无法发送“{name}”。它可以发送图片（PNG、JPEG、WebP、GIF）、PDF 和文本文件。</translation>
    </message>
    <message>
      <source>Switchboard could not keep a copy of “{name}” in its data folder. Check that the disk is not full, then attach it again.</source>
      <translation>Switchboard 无法在其数据文件夹中保存“{name}”的副本。请确认磁盘未满，然后重新附加。</translation>
    </message>
    <message>
      <source>Switchboard is not allowed to read “{name}”. Check who may open the file, or copy it to your own folder and attach the copy.</source>
      <translation>Switchboard 无权读取“{name}”。请检查谁可以打开该文件，或将它复制到你自己的文件夹并附加副本。</translation>
    </message>
    <message>
      <source>a GIF picture</source>
      <translation>GIF 图片</translation>
    </message>
    <message>
      <source>a JPEG picture</source>
      <translation>JPEG 图片</translation>
    </message>
    <message>
      <source>a PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>a PNG picture</source>
      <translation>PNG 图片</translation>
    </message>
    <message>
      <source>a WebP picture</source>
      <translation>WebP 图片</translation>
    </message>
    <message>
      <source>a ZIP archive (Word, Excel and PowerPoint files are ZIP archives too)</source>
      <translation>ZIP 压缩包（Word、Excel 和 PowerPoint 文件也是 ZIP 压缩包）</translation>
    </message>
    <message>
      <source>text</source>
      <translation>文本</translation>
    </message>
    <message>
      <source>“{name}” could not be read. Try again, or copy it to another folder and attach the copy.</source>
      <translation>无法读取“{name}”。请重试，或将它复制到其他文件夹并附加副本。</translation>
    </message>
    <message>
      <source>“{name}” has no pages: there is nothing in it to send.</source>
      <translation>“{name}”没有页面：没有可发送的内容。</translation>
    </message>
    <message>
      <source>“{name}” has {pages:,} pages. Switchboard can send PDFs of at most {MAX_PDF_PAGES:,} pages: split it and attach the part you need.</source>
      <translation>“{name}”有 {pages:,} 页。Switchboard 只能发送最多 {MAX_PDF_PAGES:,} 页的 PDF：请拆分它并附加你需要的部分。</translation>
    </message>
    <message>
      <source>“{name}” is a damaged PDF that Switchboard could not open. Open it in a PDF reader and save or print it to a new PDF, then attach that.</source>
      <translation>“{name}”是已损坏的 PDF，Switchboard 无法打开。请在 PDF 阅读器中打开它，另存为或打印为新的 PDF，然后附加新文件。</translation>
    </message>
    <message>
      <source>“{name}” is empty: there is nothing in it to send.</source>
      <translation>“{name}”是空的：没有可发送的内容。</translation>
    </message>
    <message>
      <source>“{name}” is locked with a password or encryption, so the model could not read it. Save an unlocked copy (for example with “Print to PDF”) and attach that.</source>
      <translation>“{name}”受密码或加密保护，模型无法读取。请保存一份未加密的副本（例如使用“打印为 PDF”），然后附加该副本。</translation>
    </message>
    <message>
      <source>“{name}” is no longer there: it may have been moved or deleted. Attach it again from where it is now.</source>
      <translation>“{name}”已不在原处：它可能已被移动或删除。请从它现在的位置重新附加。</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF Switchboard can read. Attach the right file.</source>
      <translation>“{name}”不是 Switchboard 能读取的 PDF。请附加正确的文件。</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}”不是 PDF：其内容是{contents}。请重命名或附加正确的文件。</translation>
    </message>
    <message>
      <source>“{name}” is not a picture Switchboard can read. Attach a PNG, JPEG, WebP or GIF picture.</source>
      <translation>“{name}”不是 Switchboard 能读取的图片。请附加 PNG、JPEG、WebP 或 GIF 图片。</translation>
    </message>
    <message>
      <source>“{name}” is not a picture: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}”不是图片：其内容是{contents}。请重命名或附加正确的文件。</translation>
    </message>
    <message>
      <source>“{name}” is not a text file Switchboard can send.</source>
      <translation>“{name}”不是 Switchboard 能发送的文本文件。</translation>
    </message>
    <message>
      <source>“{name}” is not a text file: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}”不是文本文件：其内容是{contents}。请重命名或附加正确的文件。</translation>
    </message>
    <message>
      <source>“{name}” is not an ordinary file (it may be a folder, a pipe or a device), so it cannot be attached.</source>
      <translation>“{name}”不是普通文件（可能是文件夹、管道或设备），因此无法附加。</translation>
    </message>
    <message>
      <source>“{name}” is too large to open safely: {width:,} × {height:,} pixels. Make it smaller in another program and attach it again.</source>
      <translation>“{name}”太大，无法安全打开：{width:,} × {height:,} 像素。请在其他程序中将其缩小后重新附加。</translation>
    </message>
    <message>
      <source>“{name}” is too large: PDFs can be at most {size} MB.</source>
      <translation>“{name}”太大：PDF 最大为 {size} MB。</translation>
    </message>
    <message>
      <source>“{name}” is too large: files can be at most {limit} MB (pictures {image_limit} MB, text files {text_limit} MB).</source>
      <translation>“{name}”太大：文件最大为 {limit} MB（图片 {image_limit} MB，文本文件 {text_limit} MB）。</translation>
    </message>
    <message>
      <source>“{name}” is too large: pictures can be at most {size} MB.</source>
      <translation>“{name}”太大：图片最大为 {size} MB。</translation>
    </message>
    <message>
      <source>“{name}” is too large: text files can be at most {size} MB.</source>
      <translation>“{name}”太大：文本文件最大为 {size} MB。</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but could not be opened: it may be damaged, or too large to make smaller. Open it in another program, make it smaller or save it again, then attach it again.</source>
      <translation>“{name}”看起来是图片，但无法打开：它可能已损坏，或太大而无法缩小。请在其他程序中打开它，缩小或重新保存后再重新附加。</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but is damaged: Switchboard could not read its size. Open it in another program and save it again.</source>
      <translation>“{name}”看起来是图片，但已损坏：Switchboard 无法读取其尺寸。请在其他程序中打开并重新保存。</translation>
    </message>
  </context>
  <context>
    <name>blobs</name>
    <message>
      <source>The attached file “{name}” is no longer in Switchboard's data folder, so it cannot be sent again. Attach it once more.</source>
      <translation>附件“{name}”已不在 Switchboard 的数据文件夹中，因此无法再次发送。请重新附加。</translation>
    </message>
  </context>
  <context>
    <name>catalogue</name>
    <message>
      <source>The server listed no models, so the current list is kept.</source>
      <translation>服务器没有列出任何模型，因此保留当前列表。</translation>
    </message>
  </context>
  <context>
    <name>chat</name>
    <message>
      <source>Switchboard could not save this answer (the disk may be full), so it stopped here. What arrived is shown; free some space, then press Retry.</source>
      <translation>Switchboard 无法保存此回答（磁盘可能已满），因此在此停止。已收到的内容已显示；请释放一些空间，然后按“重试”。</translation>
    </message>
    <message>
      <source>The file “{name}” is no longer in Switchboard's data folder, so the model was told it is no longer available. Attach it again if the model needs it.</source>
      <translation>文件“{name}”已不在 Switchboard 的数据文件夹中，因此已告知模型该文件不再可用。如果模型需要它，请重新附加。</translation>
    </message>
  </context>
  <context>
    <name>chat_view</name>
    <message>
      <source>Answer status</source>
      <translation>回答状态</translation>
    </message>
    <message>
      <source>Attachments are sent again with every later message.</source>
      <translation>附件会随之后的每条消息再次发送。</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Deleted version</source>
      <translation>已删除的版本</translation>
    </message>
    <message>
      <source>Editing a message</source>
      <translation>正在编辑消息</translation>
    </message>
    <message>
      <source>Editing your message: sending adds a new version; the original stays. (Esc cancels)</source>
      <translation>正在编辑你的消息：发送后会添加一个新版本，原消息保留。（按 Esc 取消）</translation>
    </message>
    <message>
      <source>Estimated cost of this message</source>
      <translation>此消息的预估费用</translation>
    </message>
    <message>
      <source>Models that can read your attachments</source>
      <translation>能读取你的附件的模型</translation>
    </message>
    <message>
      <source>No model in the model list says it can; refresh the list and try again.</source>
      <translation>模型列表中没有模型表示支持；请刷新列表后重试。</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>未发送：你的消息及其附件仍在输入框中。移除 PDF 即可不带它发送。</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>识别页面图片？</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>识别</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>发送</translation>
    </message>
    <message>
      <source>Send message</source>
      <translation>发送消息</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>停止回答</translation>
    </message>
    <message>
      <source>Stop the answer (Esc)</source>
      <translation>停止回答 (Esc)</translation>
    </message>
    <message>
      <source>That version cannot come back: what it followed was deleted too.</source>
      <translation>该版本无法恢复：它所接续的内容也已删除。</translation>
    </message>
    <message>
      <source>The message you were editing is no longer shown, so nothing was sent. Switch back to it and edit it again, or send this as a new message.</source>
      <translation>你正在编辑的消息已不再显示，因此没有发送任何内容。请切换回该消息重新编辑，或将其作为新消息发送。</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>正在思考…</translation>
    </message>
    <message>
      <source>This conversation now uses {model}. Press Send to send your message.</source>
      <translation>此对话现在使用 {model}。按“发送”即可发送你的消息。</translation>
    </message>
    <message>
      <source>This message: {estimate}</source>
      <translation>此消息：{estimate}</translation>
    </message>
    <message>
      <source>This model cannot think any less than it did. Try again without a length limit, or choose a larger Maximum length in the Parameters panel.</source>
      <translation>此模型的思考已无法再少了。请去掉长度限制后重试，或在“参数”面板中选择更大的“最大长度”。</translation>
    </message>
    <message>
      <source>Type a message below to start.</source>
      <translation>在下方输入消息即可开始。</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>第 {number} 版，共 {total} 版</translation>
    </message>
    <message>
      <source>Version {number} of {total} deleted.</source>
      <translation>已删除第 {number} 版（共 {total} 版）。</translation>
    </message>
    <message>
      <source>Wait for the answer to finish (or stop it) before changing versions.</source>
      <translation>请等回答完成（或停止回答）后再切换版本。</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>正在等待模型…</translation>
    </message>
    <message>
      <source>Write a message to send with your attachments.</source>
      <translation>请输入要与附件一起发送的消息。</translation>
    </message>
    <message>
      <source>Writing…</source>
      <translation>正在输出…</translation>
    </message>
    <message>
      <source>Writing… {rate} tokens/s</source>
      <translation>正在输出… {rate} token/秒</translation>
    </message>
    <message>
      <source>about {cost}</source>
      <translation>约 {cost}</translation>
    </message>
  </context>
  <context>
    <name>column_settings</name>
    <message>
      <source>Column settings</source>
      <translation>列设置</translation>
    </message>
    <message>
      <source>Differs from another column: {settings}.</source>
      <translation>与其他列不同：{settings}。</translation>
    </message>
  </context>
  <context>
    <name>compare</name>
    <message numerus="yes">
      <source>%n requests, {estimate}</source>
      <comment>one: %n request, {estimate}</comment>
      <translation>
        <numerusform>%n 个请求，{estimate}</numerusform>
      </translation>
    </message>
    <message>
      <source>Something went wrong in Switchboard while this answer was written.</source>
      <translation>Switchboard 在生成此回答时出错了。</translation>
    </message>
    <message>
      <source>{estimate}. {reason}</source>
      <translation>{estimate}。{reason}</translation>
    </message>
    <message>
      <source>{first} vs {second}</source>
      <translation>{first} 对比 {second}</translation>
    </message>
  </context>
  <context>
    <name>compare_settings</name>
    <message numerus="yes">
      <source>%n answers</source>
      <comment>one: %n answer</comment>
      <translation>
        <numerusform>%n 个回答</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n 个 token</numerusform>
      </translation>
    </message>
    <message>
      <source>Blind comparison</source>
      <translation>盲测对比</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens}</source>
      <translation>合计：{answers} · {tokens}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · at least {cost}</source>
      <translation>合计：{answers} · {tokens} · 至少 {cost}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · {cost}</source>
      <translation>合计：{answers} · {tokens} · {cost}</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>符合架构的 JSON</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>提供商</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>系统提示词</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <source>on</source>
      <translation>开</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>纯文本</translation>
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
      <translation>（用“更换…”更换该列的模型。）</translation>
    </message>
    <message>
      <source>(your next message)</source>
      <translation>（你的下一条消息）</translation>
    </message>
    <message>
      <source>Another model…</source>
      <translation>其他模型…</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>回答 {letter}</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Costs show once you pick. Pick the best answer.</source>
      <translation>盲测：名称已隐藏，顺序已打乱。选择后才显示费用。请选出最佳回答。</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Thinking, times and costs show once you pick. Pick the best answer.</source>
      <translation>盲测：名称已隐藏，顺序已打乱。选择后才显示思考、用时和费用。请选出最佳回答。</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>更换…</translation>
    </message>
    <message>
      <source>Column statistics</source>
      <translation>列统计</translation>
    </message>
    <message>
      <source>Column totals</source>
      <translation>列合计</translation>
    </message>
    <message>
      <source>Comparison total</source>
      <translation>对比合计</translation>
    </message>
    <message>
      <source>Continue with this one</source>
      <translation>继续使用这个</translation>
    </message>
    <message>
      <source>Details show once you pick the best answer.</source>
      <translation>选出最佳回答后显示详细信息。</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>突出显示差异</translation>
    </message>
    <message>
      <source>Highlight differing</source>
      <translation>差异标记方式</translation>
    </message>
    <message>
      <source>Mark whole sentences that differ, or single words.</source>
      <translation>标记不同的整句或单个词语。</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>未发送：你的消息及其附件仍在输入框中。移除 PDF 即可不带它发送。</translation>
    </message>
    <message>
      <source>One prompt for every column (Enter to send)</source>
      <translation>对所有列使用同一提示词（按 Enter 发送）</translation>
    </message>
    <message>
      <source>Pick as best</source>
      <translation>选为最佳</translation>
    </message>
    <message>
      <source>Prompt for every column</source>
      <translation>所有列的提示词</translation>
    </message>
    <message>
      <source>Put another preset or model in this column.</source>
      <translation>在此列放入其他预设或模型。</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>识别页面图片？</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>识别</translation>
    </message>
    <message>
      <source>Request…</source>
      <translation>请求…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>重试</translation>
    </message>
    <message>
      <source>Send to all</source>
      <translation>全部发送</translation>
    </message>
    <message>
      <source>Sentences</source>
      <translation>句子</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Show or hide each column's settings.</source>
      <translation>显示或隐藏每列的设置。</translation>
    </message>
    <message>
      <source>Show the request this column's next answer would send.</source>
      <translation>显示此列下一个回答将发送的请求。</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>Stop all</source>
      <translation>全部停止</translation>
    </message>
    <message>
      <source>Stop every column (Esc)</source>
      <translation>停止所有列 (Esc)</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>停止回答</translation>
    </message>
    <message>
      <source>The prompt is in the box below: Send to all asks it again in every column, after the answers already there.</source>
      <translation>提示词在下方输入框中：“全部发送”会在每一列已有回答之后再次提问。</translation>
    </message>
    <message>
      <source>This column cannot change now. Try again once it has answered.</source>
      <translation>此列暂时无法更改。请在它回答完后重试。</translation>
    </message>
    <message>
      <source>This comparison cost at least {amount} (some costs are not known yet).</source>
      <translation>此次对比至少花费 {amount}（部分费用尚未确定）。</translation>
    </message>
    <message>
      <source>This comparison cost {amount} in all.</source>
      <translation>此次对比共花费 {amount}。</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>词语</translation>
    </message>
    <message>
      <source>You picked {name}.</source>
      <translation>你选择了 {name}。</translation>
    </message>
    <message>
      <source>finish: {reason}</source>
      <translation>结束：{reason}</translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>首字 {time}</translation>
    </message>
    <message>
      <source>hidden until you pick the best</source>
      <translation>选出最佳回答前隐藏</translation>
    </message>
    <message>
      <source>thinking… {time}</source>
      <translation>思考中… {time}</translation>
    </message>
    <message>
      <source>thought privately</source>
      <translation>已私下思考</translation>
    </message>
    <message>
      <source>thought privately: {tokens} billed</source>
      <translation>已私下思考：计费 {tokens}</translation>
    </message>
    <message>
      <source>thought {time}</source>
      <translation>思考了 {time}</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>约 {cost}</translation>
    </message>
    <message>
      <source>{cost} in all</source>
      <translation>共 {cost}</translation>
    </message>
    <message>
      <source>{count} answer tokens</source>
      <translation>{count} 个回答 token</translation>
    </message>
    <message>
      <source>{count} thinking tokens</source>
      <translation>{count} 个思考 token</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} 个 token</translation>
    </message>
    <message>
      <source>{model} via {provider}</source>
      <translation>{model}（通过 {provider}）</translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} token/秒</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} 秒</translation>
    </message>
  </context>
  <context>
    <name>comparisons</name>
    <message>
      <source>Column {number}</source>
      <translation>第 {number} 列</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>新建对比</translation>
    </message>
    <message>
      <source>No blind votes yet between {a} and {b}</source>
      <translation>{a} 与 {b} 之间尚无盲测投票</translation>
    </message>
    <message>
      <source>{a} and {b} are tied {a_wins} to {b_wins}</source>
      <translation>{a} 与 {b} 打平，{a_wins} 比 {b_wins}</translation>
    </message>
    <message>
      <source>{winner} beat {loser} {wins} to {losses}</source>
      <translation>{winner} 以 {wins} 比 {losses} 胜过 {loser}</translation>
    </message>
  </context>
  <context>
    <name>composer</name>
    <message>
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <source>Message  (Ctrl+Enter to send)</source>
      <translation>消息（Ctrl+Enter 发送）</translation>
    </message>
    <message>
      <source>Message  (Enter to send, Shift+Enter for a new line)</source>
      <translation>消息（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
      <source>Type your message. Enter sends, Shift+Enter adds a line.</source>
      <translation>输入你的消息。Enter 发送，Shift+Enter 换行。</translation>
    </message>
  </context>
  <context>
    <name>conversation</name>
    <message>
      <source>New conversation</source>
      <translation>新对话</translation>
    </message>
  </context>
  <context>
    <name>conversations</name>
    <message numerus="yes">
      <source>%n attached files were left out: the file did not contain them.</source>
      <comment>one: One attached file was left out: the file did not contain it.</comment>
      <translation>
        <numerusform>有 %n 个附件被略过：文件中不包含它们。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached files were left out: they are damaged, too large, or not what their names say.</source>
      <comment>one: One attached file was left out: it is damaged, too large, or not what its name says.</comment>
      <translation>
        <numerusform>有 %n 个附件被略过：它们已损坏、太大或与文件名不符。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n system messages from later in the conversation were added to its system prompt.</source>
      <comment>one: %n system message from later in the conversation was added to its system prompt.</comment>
      <translation>
        <numerusform>对话后面的 %n 条系统消息已添加到其系统提示词中。</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read {name}: {reason}. Nothing was imported.</source>
      <translation>无法读取 {name}：{reason}。未导入任何内容。</translation>
    </message>
    <message>
      <source>Could not save the attached files: {reason}. Nothing was imported.</source>
      <translation>无法保存附件：{reason}。未导入任何内容。</translation>
    </message>
    <message>
      <source>Could not save the export: {reason}.</source>
      <translation>无法保存导出的文件：{reason}。</translation>
    </message>
    <message>
      <source>Could not save the imported conversation to your history: {reason}. Nothing was imported.</source>
      <translation>无法将导入的对话保存到你的历史记录：{reason}。未导入任何内容。</translation>
    </message>
    <message>
      <source>Could not save the new conversation: {reason}.</source>
      <translation>无法保存新对话：{reason}。</translation>
    </message>
    <message>
      <source>Imported “{title}”.</source>
      <translation>已导入“{title}”。</translation>
    </message>
    <message>
      <source>This comparison no longer exists. Nothing was exported.</source>
      <translation>此对比已不存在。未导出任何内容。</translation>
    </message>
    <message>
      <source>This conversation no longer exists.</source>
      <translation>此对话已不存在。</translation>
    </message>
    <message>
      <source>This conversation no longer exists. Nothing was exported.</source>
      <translation>此对话已不存在。未导出任何内容。</translation>
    </message>
    <message>
      <source>This conversation with its attached files would make a file of about {size} MB, more than the {limit} MB Switchboard can import again, so nothing was exported. Export it as Markdown instead (the files are then named but not included).</source>
      <translation>此对话连同附件将生成约 {size} MB 的文件，超过 Switchboard 可重新导入的 {limit} MB，因此未导出任何内容。请改为导出为 Markdown（文件会列出名称，但不包含在内）。</translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation. Nothing was copied.</source>
      <translation>此消息已不在对话中显示。未复制任何内容。</translation>
    </message>
    <message>
      <source>it is not an ordinary file</source>
      <translation>它不是普通文件</translation>
    </message>
    <message>
      <source>up to {size} MB, {messages} messages</source>
      <translation>最多 {size} MB，{messages} 条消息</translation>
    </message>
    <message>
      <source>{names} and {last}</source>
      <translation>{names}和{last}</translation>
    </message>
    <message>
      <source>{names} were left out: their values in the file cannot be sent.</source>
      <translation>已略过 {names}：它们在文件中的值无法发送。</translation>
    </message>
    <message>
      <source>{name} was left out: its value in the file cannot be sent.</source>
      <translation>已略过 {name}：它在文件中的值无法发送。</translation>
    </message>
    <message>
      <source>{title} (continued)</source>
      <translation>{title}（续）</translation>
    </message>
  </context>
  <context>
    <name>cost</name>
    <message>
      <source>Add credits at {url}, then send again: your message is kept.</source>
      <translation>请在 {url} 充值额度，然后重新发送：你的消息已保留。</translation>
    </message>
    <message>
      <source>Confirm this send</source>
      <translation>确认本次发送</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>如果回答写满最大长度，本次发送可能使本月支出达到 {amount}，超过你的每月支出上限 {cap}。</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>如果回答写满最大长度，本次发送可能使今日支出达到 {amount}，超过你的每日支出上限 {cap}。</translation>
    </message>
    <message>
      <source>OpenRouter says your credits ran out (or this key reached its spending limit).</source>
      <translation>OpenRouter 表示你的额度已用完（或此密钥已达到其支出限额）。</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your daily cap.</source>
      <translation>请在每一列中将“最大长度”设为 {tokens} 或更少，以免超出每日支出上限。</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your monthly cap.</source>
      <translation>请在每一列中将“最大长度”设为 {tokens} 或更少，以免超出每月支出上限。</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your daily cap.</source>
      <translation>请将“最大长度”设为 {tokens} 或更少，以免超出每日支出上限。</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your monthly cap.</source>
      <translation>请将“最大长度”设为 {tokens} 或更少，以免超出每月支出上限。</translation>
    </message>
    <message>
      <source>Spending cap</source>
      <translation>支出上限</translation>
    </message>
    <message>
      <source>The cost of this send is unknown.</source>
      <translation>本次发送的费用未知。</translation>
    </message>
    <message>
      <source>The price of this model is unknown, so this send cannot be checked against your caps.</source>
      <translation>此模型的价格未知，因此无法根据你的支出上限检查本次发送。</translation>
    </message>
    <message>
      <source>This key has {left} left of its {limit} limit.</source>
      <translation>此密钥的 {limit} 限额还剩 {left}。</translation>
    </message>
    <message>
      <source>This key has {left} left.</source>
      <translation>此密钥还剩 {left}。</translation>
    </message>
    <message>
      <source>This send could bring this month's spending to {amount}, {percent}% of your monthly cap of {cap}.</source>
      <translation>本次发送可能使本月支出达到 {amount}，为你的每月支出上限 {cap} 的 {percent}%。</translation>
    </message>
    <message>
      <source>This send could bring today's spending to {amount}, {percent}% of your daily cap of {cap}.</source>
      <translation>本次发送可能使今日支出达到 {amount}，为你的每日支出上限 {cap} 的 {percent}%。</translation>
    </message>
    <message>
      <source>This send could cost about {amount} more.</source>
      <translation>本次发送可能再花费约 {amount}。</translation>
    </message>
    <message>
      <source>This send could cost about {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>本次发送可能花费约 {amount}。你要求在任何可能超过 {limit} 的发送前进行确认。</translation>
    </message>
    <message>
      <source>This send could cost up to {amount} more.</source>
      <translation>本次发送最多可能再花费 {amount}。</translation>
    </message>
    <message>
      <source>This send could cost up to {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>本次发送最多可能花费 {amount}。你要求在任何可能超过 {limit} 的发送前进行确认。</translation>
    </message>
    <message>
      <source>This send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>本次发送可能使本月支出达到 {amount}，超过你的每月支出上限 {cap}。</translation>
    </message>
    <message>
      <source>This send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>本次发送可能使今日支出达到 {amount}，超过你的每日支出上限 {cap}。</translation>
    </message>
    <message>
      <source>You have already spent {amount} this month, reaching your monthly cap of {cap}.</source>
      <translation>你本月已花费 {amount}，已达到每月支出上限 {cap}。</translation>
    </message>
    <message>
      <source>You have already spent {amount} today, reaching your daily cap of {cap}.</source>
      <translation>你今天已花费 {amount}，已达到每日支出上限 {cap}。</translation>
    </message>
    <message>
      <source>about {typical}</source>
      <translation>约 {typical}</translation>
    </message>
    <message>
      <source>about {typical}, at most {most}</source>
      <translation>约 {typical}，最多 {most}</translation>
    </message>
    <message>
      <source>at most {most}</source>
      <translation>最多 {most}</translation>
    </message>
    <message>
      <source>cost unknown for this model</source>
      <translation>此模型费用未知</translation>
    </message>
    <message>
      <source>free</source>
      <translation>免费</translation>
    </message>
    <message>
      <source>this month</source>
      <translation>本月</translation>
    </message>
    <message>
      <source>today</source>
      <translation>今天</translation>
    </message>
    <message>
      <source>{least}, at most {most}</source>
      <translation>{least}，最多 {most}</translation>
    </message>
  </context>
  <context>
    <name>cost_meter</name>
    <message>
      <source>Comparison: {cost}</source>
      <translation>对比：{cost}</translation>
    </message>
    <message>
      <source>Conversation: {cost}</source>
      <translation>对话：{cost}</translation>
    </message>
    <message>
      <source>Conversation: –</source>
      <translation>对话：–</translation>
    </message>
    <message>
      <source>Cost meter</source>
      <translation>费用统计</translation>
    </message>
    <message>
      <source>Credit: no limit on this key</source>
      <translation>额度：此密钥无限额</translation>
    </message>
    <message>
      <source>Credit: unknown</source>
      <translation>额度：未知</translation>
    </message>
    <message>
      <source>Credit: {cost} left</source>
      <translation>额度：剩余 {cost}</translation>
    </message>
    <message>
      <source>Credit: –</source>
      <translation>额度：–</translation>
    </message>
    <message>
      <source>Month: {cost}</source>
      <translation>本月：{cost}</translation>
    </message>
    <message>
      <source>Month: {cost} of {cap}</source>
      <translation>本月：{cost} / {cap}</translation>
    </message>
    <message>
      <source>Month: –</source>
      <translation>本月：–</translation>
    </message>
    <message>
      <source>Sent: no figure until the model starts writing</source>
      <translation>已发送：模型开始输出前没有数字</translation>
    </message>
    <message>
      <source>Stopped before the model wrote anything: OpenRouter may still bill the prompt</source>
      <translation>在模型输出任何内容前已停止：OpenRouter 仍可能对提示词计费</translation>
    </message>
    <message>
      <source>The answer being written now: an estimate until OpenRouter bills it</source>
      <translation>正在输出的回答：OpenRouter 计费前为估算值</translation>
    </message>
    <message>
      <source>The request failed before the model wrote anything, so it was not billed</source>
      <translation>请求在模型输出任何内容前就失败了，因此未计费</translation>
    </message>
    <message>
      <source>This answer: not charged</source>
      <translation>此回答：未收费</translation>
    </message>
    <message>
      <source>This answer: {cost}</source>
      <translation>此回答：{cost}</translation>
    </message>
    <message>
      <source>This answer: {cost} (est.)</source>
      <translation>此回答：{cost}（估算）</translation>
    </message>
    <message>
      <source>This answer: –</source>
      <translation>此回答：–</translation>
    </message>
    <message>
      <source>Today: {cost}</source>
      <translation>今天：{cost}</translation>
    </message>
    <message>
      <source>Today: {cost} of {cap}</source>
      <translation>今天：{cost} / {cap}</translation>
    </message>
    <message>
      <source>Today: –</source>
      <translation>今天：–</translation>
    </message>
    <message>
      <source>What OpenRouter billed for the latest answer</source>
      <translation>OpenRouter 对最新回答的计费</translation>
    </message>
    <message>
      <source>What your OpenRouter key may still spend (from openrouter.ai)</source>
      <translation>你的 OpenRouter 密钥还可以花费的金额（来自 openrouter.ai）</translation>
    </message>
    <message>
      <source>{percent}% of your daily cap</source>
      <translation>每日支出上限的 {percent}%</translation>
    </message>
    <message>
      <source>{percent}% of your monthly cap</source>
      <translation>每月支出上限的 {percent}%</translation>
    </message>
  </context>
  <context>
    <name>costs</name>
    <message>
      <source>{estimate}. {reason}</source>
      <translation>{estimate}。{reason}</translation>
    </message>
  </context>
  <context>
    <name>crash</name>
    <message>
      <source>Copy details</source>
      <translation>复制详细信息</translation>
    </message>
    <message>
      <source>Something went wrong inside Switchboard. Your conversations are saved. If it happens again, copy the details and send them to us; they contain no key.</source>
      <translation>Switchboard 内部出错了。你的对话已保存。如果再次发生，请复制详细信息并发送给我们；其中不包含密钥。</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <source>Check that the folder exists and can be written to, then restart Switchboard.</source>
      <translation>请确认该文件夹存在且可写入，然后重新启动 Switchboard。</translation>
    </message>
    <message>
      <source>Check the disk has free space, then restart Switchboard.</source>
      <translation>请确认磁盘有可用空间，然后重新启动 Switchboard。</translation>
    </message>
    <message>
      <source>Close any other copy of Switchboard, then restart it.</source>
      <translation>请关闭其他正在运行的 Switchboard，然后重新启动它。</translation>
    </message>
    <message>
      <source>Conversations will not be saved this session: Switchboard could not open its history file at {path} because {reason}. {advice}</source>
      <translation>本次会话将不会保存对话：Switchboard 无法打开位于 {path} 的历史记录文件，因为{reason}。{advice}</translation>
    </message>
    <message>
      <source>Free some disk space, then restart Switchboard.</source>
      <translation>请释放一些磁盘空间，然后重新启动 Switchboard。</translation>
    </message>
    <message>
      <source>Move that file out of the way, then restart Switchboard.</source>
      <translation>请将该文件移走，然后重新启动 Switchboard。</translation>
    </message>
    <message>
      <source>Restart Switchboard to try again.</source>
      <translation>请重新启动 Switchboard 再试一次。</translation>
    </message>
    <message>
      <source>Your conversation history at {path} could not be read, and Switchboard could not move it aside ({reason}). Conversations will not be saved this session.</source>
      <translation>无法读取位于 {path} 的对话历史记录，Switchboard 也无法将其移到一旁（{reason}）。本次会话将不会保存对话。</translation>
    </message>
    <message>
      <source>Your conversation history at {path} was saved by a newer version of Switchboard. Update Switchboard to see it. Until then, conversations will not be saved.</source>
      <translation>位于 {path} 的对话历史记录由更新版本的 Switchboard 保存。请更新 Switchboard 以查看它。在此之前，对话将不会被保存。</translation>
    </message>
    <message>
      <source>Your conversation history could not be read, so Switchboard started a new one. The old file is kept at {kept}.</source>
      <translation>无法读取你的对话历史记录，因此 Switchboard 新建了一个。旧文件保留在 {kept}。</translation>
    </message>
    <message>
      <source>Your conversation history could not be read; the old file is kept at {kept}. A new one could not be created either ({reason}), so conversations will not be saved this session.</source>
      <translation>无法读取你的对话历史记录；旧文件保留在 {kept}。也无法新建历史记录（{reason}），因此本次会话将不会保存对话。</translation>
    </message>
    <message>
      <source>another program is keeping it locked</source>
      <translation>另一个程序锁定了它</translation>
    </message>
    <message>
      <source>it is not allowed to create or change files in that folder</source>
      <translation>它无权在该文件夹中创建或更改文件</translation>
    </message>
    <message>
      <source>part of the folder path is a file, not a folder</source>
      <translation>文件夹路径中有一部分是文件，而不是文件夹</translation>
    </message>
    <message>
      <source>the database said: {error}</source>
      <translation>数据库报告：{error}</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>磁盘已满</translation>
    </message>
    <message>
      <source>the disk reported an error while writing (it may be full or failing)</source>
      <translation>磁盘在写入时报告错误（可能已满或出现故障）</translation>
    </message>
    <message>
      <source>the system said: {error}</source>
      <translation>系统报告：{error}</translation>
    </message>
  </context>
  <context>
    <name>dock_link</name>
    <message>
      <source>(your next message)</source>
      <translation>（你的下一条消息）</translation>
    </message>
    <message>
      <source>Built-in list</source>
      <translation>内置列表</translation>
    </message>
    <message>
      <source>Live list</source>
      <translation>实时列表</translation>
    </message>
    <message numerus="yes">
      <source>Model list refreshed: %n models.</source>
      <comment>one: Model list refreshed: %n model.</comment>
      <translation>
        <numerusform>模型列表已刷新：%n 个模型。</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent: {problem} Fix it in the Parameters panel.</source>
      <translation>未发送：{problem} 请在“参数”面板中修正。</translation>
    </message>
    <message>
      <source>Saved list</source>
      <translation>已保存的列表</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>已保存预设“{name}”。</translation>
    </message>
    <message>
      <source>The model list could not be refreshed: {reason}</source>
      <translation>无法刷新模型列表：{reason}</translation>
    </message>
    <message>
      <source>{problem} Fix it before saving a preset.</source>
      <translation>{problem} 请修正后再保存预设。</translation>
    </message>
    <message>
      <source>{problem} Fix it to see the request.</source>
      <translation>{problem} 请修正后查看请求。</translation>
    </message>
    <message>
      <source>{problem} Nothing is sent until this is fixed.</source>
      <translation>{problem} 修正之前不会发送任何内容。</translation>
    </message>
  </context>
  <context>
    <name>endpoint</name>
    <message>
      <source>Plain http is only allowed for a server on this computer (localhost). Use https for anything else, so your key cannot be read on the way.</source>
      <translation>明文 http 仅允许用于本机（localhost）上的服务器。其他情况请使用 https，以免你的密钥在传输中被读取。</translation>
    </message>
    <message>
      <source>The address should not contain ? or #.</source>
      <translation>地址中不应包含 ? 或 #。</translation>
    </message>
    <message>
      <source>The address should not contain a name or password (the part before @). Type only the server's address, such as {address}</source>
      <translation>地址中不应包含用户名或密码（@ 之前的部分）。只需输入服务器地址，例如 {address}</translation>
    </message>
    <message>
      <source>The port in the address (the number after the colon) is not valid.</source>
      <translation>地址中的端口（冒号后的数字）无效。</translation>
    </message>
    <message>
      <source>Type a full address starting with https://, such as {address}</source>
      <translation>请输入以 https:// 开头的完整地址，例如 {address}</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>服务器</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Could not reach OpenRouter. Check your internet connection, then press Retry.</source>
      <translation>无法连接 OpenRouter。请检查你的网络连接，然后按“重试”。</translation>
    </message>
    <message>
      <source>One of the settings is out of range. Check the parameter dock.</source>
      <translation>某项设置超出范围。请检查参数面板。</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the model or settings, then send again.</source>
      <translation>OpenRouter 无法接受此请求。请更改模型或设置，然后重新发送。</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the settings and retry.</source>
      <translation>OpenRouter 无法接受此请求。请更改设置后重试。</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason} Change the settings and retry.</source>
      <translation>OpenRouter 无法接受此请求：{reason} 请更改设置后重试。</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason}. Change the settings and retry.</source>
      <translation>OpenRouter 无法接受此请求：{reason}。请更改设置后重试。</translation>
    </message>
    <message>
      <source>OpenRouter could not process this request. Check the settings and retry.</source>
      <translation>OpenRouter 无法处理此请求。请检查设置后重试。</translation>
    </message>
    <message>
      <source>OpenRouter did not accept your API key. It may be mistyped, disabled or expired. Paste a new key in Settings.</source>
      <translation>OpenRouter 未接受你的 API 密钥。它可能输错了、已停用或已过期。请在设置中粘贴新的密钥。</translation>
    </message>
    <message>
      <source>OpenRouter does not know this model. Choose another one from the list.</source>
      <translation>OpenRouter 不认识此模型。请从列表中另选一个。</translation>
    </message>
    <message>
      <source>OpenRouter refused this request: the provider's moderation flagged it, or the model is not available to you. Rephrase it or choose another model.</source>
      <translation>OpenRouter 拒绝了此请求：提供商的内容审核标记了它，或者你无法使用该模型。请换个说法或选择其他模型。</translation>
    </message>
    <message>
      <source>OpenRouter took too long to answer. Press Retry.</source>
      <translation>OpenRouter 响应超时。请按“重试”。</translation>
    </message>
    <message>
      <source>Something went wrong talking to OpenRouter. Please try again.</source>
      <translation>与 OpenRouter 通信时出错。请重试。</translation>
    </message>
    <message>
      <source>That model is not available any more (or no provider matches your routing settings). Choose another model.</source>
      <translation>该模型已不再可用（或没有提供商符合你的路由设置）。请选择其他模型。</translation>
    </message>
    <message>
      <source>The connection dropped before the answer was finished. What arrived is kept and marked incomplete; press Retry to ask again.</source>
      <translation>连接在回答完成前中断。已收到的内容已保留并标记为不完整；按“重试”可重新提问。</translation>
    </message>
    <message>
      <source>The model stopped sending anything for too long, so the request was given up. Press Retry, or choose a faster model.</source>
      <translation>模型太长时间没有发送任何内容，因此已放弃该请求。请按“重试”，或选择更快的模型。</translation>
    </message>
    <message>
      <source>The model stopped with an error before finishing its answer. What arrived is kept; press Retry to ask again.</source>
      <translation>模型在完成回答前因错误而停止。已收到的内容已保留；按“重试”可重新提问。</translation>
    </message>
    <message>
      <source>The model's provider failed while answering ({reason}). What arrived is kept; press Retry to ask again.</source>
      <translation>模型的提供商在回答时出错（{reason}）。已收到的内容已保留；按“重试”可重新提问。</translation>
    </message>
    <message>
      <source>The model's provider failed while answering. What arrived is kept; press Retry to ask again.</source>
      <translation>模型的提供商在回答时出错。已收到的内容已保留；按“重试”可重新提问。</translation>
    </message>
    <message>
      <source>The model's provider is down or overloaded right now. Press Retry in a minute, or choose another model.</source>
      <translation>模型的提供商目前宕机或过载。请稍后按“重试”，或选择其他模型。</translation>
    </message>
    <message>
      <source>The network returned a web page instead of an answer. If you are on a hotel or café Wi-Fi, open a browser and sign in to the network, then press Retry.</source>
      <translation>网络返回了一个网页，而不是回答。如果你正在使用酒店或咖啡馆的 Wi-Fi，请打开浏览器登录该网络，然后按“重试”。</translation>
    </message>
    <message>
      <source>The server sent something far too large to be a real answer, so Switchboard stopped reading it. What arrived before is kept. Press Retry; if it happens again, the server or something on the network between is misbehaving.</source>
      <translation>服务器发送的内容过大，不可能是真正的回答，因此 Switchboard 停止了读取。之前收到的内容已保留。请按“重试”；如果再次发生，说明服务器或两者之间的网络出了问题。</translation>
    </message>
    <message>
      <source>This conversation is too long for the model's memory. Start a new conversation, shorten the text, or pick a model with a larger context.</source>
      <translation>此对话太长，超出了模型的记忆范围。请新建对话、缩短文本，或选择上下文更长的模型。</translation>
    </message>
    <message>
      <source>This message is too large to send. Shorten it or remove attachments.</source>
      <translation>此消息太大，无法发送。请缩短内容或移除附件。</translation>
    </message>
    <message>
      <source>Too many requests right now: this model or your account hit a rate limit. Wait a moment, then press Retry.</source>
      <translation>当前请求过多：此模型或你的账户达到了速率限制。请稍等片刻，然后按“重试”。</translation>
    </message>
    <message>
      <source>Your OpenRouter credits ran out (or this key reached its spending limit). Add credits at https://openrouter.ai/settings/credits, then press Retry.</source>
      <translation>你的 OpenRouter 额度已用完（或此密钥已达到其支出限额）。请在 https://openrouter.ai/settings/credits 充值额度，然后按“重试”。</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>This file is not a conversation Switchboard can read: {reason}.</source>
      <translation>此文件不是 Switchboard 能读取的对话：{reason}。</translation>
    </message>
    <message>
      <source>it has no list of messages</source>
      <translation>它没有消息列表</translation>
    </message>
    <message>
      <source>it holds a number with too many digits</source>
      <translation>它包含位数过多的数字</translation>
    </message>
    <message>
      <source>it holds more than {most} messages, the most Switchboard imports</source>
      <translation>它包含超过 {most} 条消息，超出 Switchboard 的导入上限</translation>
    </message>
    <message>
      <source>it holds more than {most} values (texts, numbers, lists and objects), the most Switchboard imports</source>
      <translation>它包含超过 {most} 个值（文本、数字、列表和对象），超出 Switchboard 的导入上限</translation>
    </message>
    <message>
      <source>it holds neither a conversation nor a list of messages</source>
      <translation>它既不包含对话，也不包含消息列表</translation>
    </message>
    <message>
      <source>it holds no messages</source>
      <translation>它不包含任何消息</translation>
    </message>
    <message>
      <source>it is larger than {limit} MB, the most Switchboard imports</source>
      <translation>它大于 {limit} MB，超出 Switchboard 的导入上限</translation>
    </message>
    <message>
      <source>it is nested too deeply</source>
      <translation>它的嵌套层级过深</translation>
    </message>
    <message>
      <source>it is not UTF-8 text</source>
      <translation>它不是 UTF-8 文本</translation>
    </message>
    <message>
      <source>it is not valid JSON</source>
      <translation>它不是有效的 JSON</translation>
    </message>
    <message>
      <source>it was made by a newer version of Switchboard (format {version}); update Switchboard to import it</source>
      <translation>它由更新版本的 Switchboard 创建（格式 {version}）；请更新 Switchboard 后再导入</translation>
    </message>
    <message>
      <source>its attached files are not in the expected form</source>
      <translation>它的附件格式不符合要求</translation>
    </message>
    <message>
      <source>its messages are not one branch of its versions</source>
      <translation>它的消息不是其版本中的同一分支</translation>
    </message>
    <message>
      <source>its version number is missing or invalid</source>
      <translation>它的版本号缺失或无效</translation>
    </message>
    <message>
      <source>its versions are not a list</source>
      <translation>它的版本不是列表</translation>
    </message>
    <message>
      <source>its versions go round in a circle</source>
      <translation>它的版本形成了循环</translation>
    </message>
    <message>
      <source>its versions have a missing or repeated id</source>
      <translation>它的版本缺少 ID 或 ID 重复</translation>
    </message>
    <message>
      <source>its versions name a parent that is not an id</source>
      <translation>它的版本所指的上级不是 ID</translation>
    </message>
    <message>
      <source>its versions name a parent that is not there</source>
      <translation>它的版本所指的上级不存在</translation>
    </message>
    <message>
      <source>message {number} has an attachment that is not valid</source>
      <translation>第 {number} 条消息有一个无效的附件</translation>
    </message>
    <message>
      <source>message {number} has more than {most} parts, the most Switchboard imports</source>
      <translation>第 {number} 条消息超过 {most} 个部分，超出 Switchboard 的导入上限</translation>
    </message>
    <message>
      <source>message {number} has no role</source>
      <translation>第 {number} 条消息没有角色</translation>
    </message>
    <message>
      <source>message {number} has no text content</source>
      <translation>第 {number} 条消息没有文本内容</translation>
    </message>
    <message>
      <source>message {number} has no text, only attachments</source>
      <translation>第 {number} 条消息没有文本，只有附件</translation>
    </message>
    <message>
      <source>message {number} has the role “{role}”, but only system, user and assistant messages can be imported</source>
      <translation>第 {number} 条消息的角色是“{role}”，但只能导入 system、user 和 assistant 消息</translation>
    </message>
    <message>
      <source>message {number} is not a message object</source>
      <translation>第 {number} 条消息不是消息对象</translation>
    </message>
    <message>
      <source>one of its attached files is damaged</source>
      <translation>它的某个附件已损坏</translation>
    </message>
    <message>
      <source>one of its attached files is larger than {limit} MB, the most Switchboard takes</source>
      <translation>它的某个附件大于 {limit} MB，超出 Switchboard 的上限</translation>
    </message>
    <message>
      <source>one of its attached files is not in the expected form</source>
      <translation>它的某个附件格式不符合要求</translation>
    </message>
    <message>
      <source>the attached file “{name}” is not the size it says or is larger than Switchboard takes</source>
      <translation>附件“{name}”的大小与声明的不符，或超出 Switchboard 的上限</translation>
    </message>
    <message>
      <source>the attachments of message {number} are not a short list</source>
      <translation>第 {number} 条消息的附件不是一个简短的列表</translation>
    </message>
    <message>
      <source>version {number} is a system message</source>
      <translation>第 {number} 版是系统消息</translation>
    </message>
  </context>
  <context>
    <name>figures</name>
    <message>
      <source>All presets</source>
      <translation>所有预设</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>回答</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>费用</translation>
    </message>
    <message>
      <source>Exactly {cost}.</source>
      <translation>正好 {cost}。</translation>
    </message>
    <message>
      <source>Figures count the prompts you have picked: {counted} of {prompts}.</source>
      <translation>数据统计的是你选中的提示词：{prompts} 个中的 {counted} 个。</translation>
    </message>
    <message>
      <source>Finished: every prompt has its answers.</source>
      <translation>已完成：每个提示词都已得到回答。</translation>
    </message>
    <message>
      <source>First word</source>
      <translation>首字</translation>
    </message>
    <message>
      <source>First word: how long the first word took to arrive. tok/s: tokens per second, how fast the answer came (a token is a short piece of a word).</source>
      <translation>首字：第一个字到达所用的时间。tok/s：每秒 token 数，即回答生成的速度（token 是词语的一小部分）。</translation>
    </message>
    <message>
      <source>How long the first word of an answer took to arrive, on average.</source>
      <translation>回答首字平均到达所用的时间。</translation>
    </message>
    <message>
      <source>How many tokens the answers have (a token is a short piece of a word).</source>
      <translation>回答包含的 token 数（token 是词语的一小部分）。</translation>
    </message>
    <message>
      <source>Not finished. Resume sends only what is missing.</source>
      <translation>尚未完成。“继续”只会发送缺少的部分。</translation>
    </message>
    <message>
      <source>Not started yet.</source>
      <translation>尚未开始。</translation>
    </message>
    <message>
      <source>Nothing is spent on this run yet.</source>
      <translation>此次运行尚未产生费用。</translation>
    </message>
    <message>
      <source>Open a prompt as a comparison to pick its best answer.</source>
      <translation>将提示词作为对比打开，以选出其最佳回答。</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>预设</translation>
    </message>
    <message>
      <source>Running.</source>
      <translation>运行中。</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>速度</translation>
    </message>
    <message>
      <source>Spent on this run in all, including answers that were stopped, failed or asked again: {cost}.</source>
      <translation>此次运行共花费（包括已停止、失败或重新提问的回答）：{cost}。</translation>
    </message>
    <message>
      <source>Stopped. Resume sends only what is missing.</source>
      <translation>已停止。“继续”只会发送缺少的部分。</translation>
    </message>
    <message>
      <source>The cost is not known.</source>
      <translation>费用未知。</translation>
    </message>
    <message>
      <source>The cost of the answers shown, one per prompt. Earlier attempts (stopped, failed or asked again) are not in it: the note under the table says what the run spent in all.</source>
      <translation>所显示回答的费用，每个提示词一个。不包括之前的尝试（已停止、失败或重新提问）：表格下方的说明列出了此次运行的总花费。</translation>
    </message>
    <message>
      <source>The others stay blind until you pick their best answer, so the All presets row is the only one that counts them.</source>
      <translation>其他预设在你选出最佳回答前保持盲测，因此只有“所有预设”一行会计入它们。</translation>
    </message>
    <message>
      <source>Tokens</source>
      <translation>token 数</translation>
    </message>
    <message>
      <source>Tokens per second: how fast the answer came, on average (a token is a short piece of a word).</source>
      <translation>每秒 token 数：回答生成的平均速度（token 是词语的一小部分）。</translation>
    </message>
    <message>
      <source>Wins</source>
      <translation>胜出</translation>
    </message>
    <message>
      <source>Wins count blind picks only; this run is not blind, so there are none.</source>
      <translation>胜出次数只统计盲测选择；此次运行不是盲测，因此没有胜出次数。</translation>
    </message>
    <message numerus="yes">
      <source>Wins count your picks: {picked} of %n prompts picked.</source>
      <comment>one: Wins count your picks: {picked} of %n prompt picked.</comment>
      <translation>
        <numerusform>胜出次数统计你的选择：已选 {picked} 个，共 %n 个提示词。</numerusform>
      </translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>首字 {time}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>{answers} ({failed} failed)</source>
      <translation>{answers}（{failed} 个失败）</translation>
    </message>
    <message>
      <source>{cost} (partly estimated)</source>
      <translation>{cost}（部分为估算）</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>约 {cost}</translation>
    </message>
    <message>
      <source>{count} picked</source>
      <translation>已选 {count} 个</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} 个 token</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed, {running} being written.</source>
      <comment>one: {done} of %n answer, {failed} failed, {running} being written.</comment>
      <translation>
        <numerusform>已完成 {done} 个回答，共 %n 个，{failed} 个失败，{running} 个正在输出。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed.</source>
      <comment>one: {done} of %n answer, {failed} failed.</comment>
      <translation>
        <numerusform>已完成 {done} 个回答，共 %n 个，{failed} 个失败。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {running} being written.</source>
      <comment>one: {done} of %n answer, {running} being written.</comment>
      <translation>
        <numerusform>已完成 {done} 个回答，共 %n 个，{running} 个正在输出。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers.</source>
      <comment>one: {done} of %n answer.</comment>
      <translation>
        <numerusform>已完成 {done} 个回答，共 %n 个。</numerusform>
      </translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} token/秒</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} 秒</translation>
    </message>
    <message>
      <source>{wins} of {judged}</source>
      <translation>{wins} / {judged}</translation>
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
      <translation>无法保存导出的文件：{reason}。</translation>
    </message>
    <message>
      <source>Could not save the spending export: {reason}.</source>
      <translation>无法保存支出导出文件：{reason}。</translation>
    </message>
    <message>
      <source>Export comparison</source>
      <translation>导出对比</translation>
    </message>
    <message>
      <source>Export conversation</source>
      <translation>导出对话</translation>
    </message>
    <message>
      <source>Export spending</source>
      <translation>导出支出</translation>
    </message>
    <message>
      <source>Export the run</source>
      <translation>导出此次运行</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n rows of spending to {path}.</source>
      <comment>one: Exported %n row of spending to {path}.</comment>
      <translation>
        <numerusform>已将 %n 行支出记录导出到 {path}。</numerusform>
      </translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>已导出到 {path}。</translation>
    </message>
    <message>
      <source>Import conversation ({limits})</source>
      <translation>导入对话（{limits}）</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>正在导入 {name}…</translation>
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
      <translation>它不是普通文件：可能是文件夹、管道或设备。</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} KB.</source>
      <translation>文件太大：上限为 {size} KB。</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} MB.</source>
      <translation>文件太大：上限为 {size} MB。</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>删除运行</translation>
    </message>
    <message>
      <source>Delete the run “{title}” and all its answers? This cannot be undone.</source>
      <translation>要删除运行“{title}”及其所有回答吗？此操作无法撤销。</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>已删除“{title}”。</translation>
    </message>
    <message>
      <source>Not started. Press Start when you are ready.</source>
      <translation>尚未开始。准备好后按“开始”。</translation>
    </message>
    <message>
      <source>Prompt sets are not available right now.</source>
      <translation>提示词集暂时不可用。</translation>
    </message>
    <message>
      <source>Run anyway</source>
      <translation>仍然运行</translation>
    </message>
    <message>
      <source>Started: {estimate}.</source>
      <translation>已开始：{estimate}。</translation>
    </message>
  </context>
  <context>
    <name>fork_flow</name>
    <message numerus="yes">
      <source>%n messages.</source>
      <comment>one: %n message.</comment>
      <translation>
        <numerusform>%n 条消息。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n turns</source>
      <comment>one: %n turn</comment>
      <translation>
        <numerusform>%n 轮</numerusform>
      </translation>
    </message>
    <message>
      <source>A new conversation starts with a copy of this one up to here. Everything it holds is sent again with each new message, so a shorter start costs less.</source>
      <translation>新对话将从此对话截至此处的副本开始。其中的全部内容都会随每条新消息再次发送，因此起点越短，费用越低。</translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens to send again with each message.</source>
      <comment>one: About %n token to send again with each message.</comment>
      <translation>
        <numerusform>每条消息约需再次发送 %n 个 token。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens, about {cost} to send again with each message.</source>
      <comment>one: About %n token, about {cost} to send again with each message.</comment>
      <translation>
        <numerusform>每条消息约需再次发送 %n 个 token，约 {cost}。</numerusform>
      </translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>在新标签页中继续</translation>
    </message>
    <message>
      <source>How many of the last turns to keep</source>
      <translation>要保留最后几轮</translation>
    </message>
    <message>
      <source>Only the last</source>
      <translation>只保留最后</translation>
    </message>
    <message numerus="yes">
      <source>The whole conversation up to here (%n messages)</source>
      <comment>one: The whole conversation up to here (%n message)</comment>
      <translation>
        <numerusform>截至此处的整个对话（%n 条消息）</numerusform>
      </translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation.</source>
      <translation>此消息已不在对话中显示。</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <source>New conversation</source>
      <translation>新对话</translation>
    </message>
  </context>
  <context>
    <name>key_dialog</name>
    <message>
      <source>Cancel sign-in</source>
      <translation>取消登录</translation>
    </message>
    <message>
      <source>Check and save</source>
      <translation>检查并保存</translation>
    </message>
    <message>
      <source>Checking the key with {server}…</source>
      <translation>正在通过 {server} 检查密钥…</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>已复制</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>复制链接</translation>
    </message>
    <message>
      <source>Finish signing in in your browser; Switchboard waits here. No browser window? Copy the sign-in link below into your browser.</source>
      <translation>请在浏览器中完成登录；Switchboard 会在此等待。没有打开浏览器窗口？请将下方的登录链接复制到浏览器中。</translation>
    </message>
    <message>
      <source>Key accepted: {description}</source>
      <translation>密钥已接受：{description}</translation>
    </message>
    <message>
      <source>Key for {name}</source>
      <translation>{name} 的密钥</translation>
    </message>
    <message>
      <source>Key status</source>
      <translation>密钥状态</translation>
    </message>
    <message>
      <source>OpenRouter key</source>
      <translation>OpenRouter 密钥</translation>
    </message>
    <message>
      <source>Opening your browser…</source>
      <translation>正在打开浏览器…</translation>
    </message>
    <message>
      <source>Or paste a key you created at {link}:</source>
      <translation>或粘贴你在 {link} 创建的密钥：</translation>
    </message>
    <message>
      <source>Paste the key for {name} (not your OpenRouter key):</source>
      <translation>粘贴 {name} 的密钥（不是你的 OpenRouter 密钥）：</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>请先粘贴你的密钥。</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>显示</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter</source>
      <translation>使用 OpenRouter 登录</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter (for this session only)</source>
      <translation>使用 OpenRouter 登录（仅限本次会话）</translation>
    </message>
    <message>
      <source>Sign-in cancelled.</source>
      <translation>已取消登录。</translation>
    </message>
    <message>
      <source>Sign-in link</source>
      <translation>登录链接</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. To sign in, copy the link below, open it in your browser and sign in there; Switchboard waits here. Or paste a key below.</source>
      <translation>Switchboard 无法打开你的网页浏览器。要登录，请复制下方的链接，在浏览器中打开并登录；Switchboard 会在此等待。也可以在下方粘贴密钥。</translation>
    </message>
    <message>
      <source>The API address in Settings is another server ({name}), so Sign in with OpenRouter is not offered here: it would hand your new OpenRouter key to that server. Set the address back to OpenRouter to sign in.</source>
      <translation>设置中的 API 地址是另一台服务器（{name}），因此这里不提供“使用 OpenRouter 登录”：否则会把你新的 OpenRouter 密钥交给该服务器。请将地址改回 OpenRouter 后再登录。</translation>
    </message>
    <message>
      <source>The key {name} gave you</source>
      <translation>{name} 给你的密钥</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so the key you get by signing in lasts only until you close Switchboard.</source>
      <translation>这台电脑没有 Switchboard 可用的密码库，因此登录获得的密钥只能保留到你关闭 Switchboard 为止。</translation>
    </message>
    <message>
      <source>Use this key for this session only</source>
      <translation>仅在本次会话中使用此密钥</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <source>A key is one line without spaces or line breaks, so this is not just the key. Copy the key alone and paste it here.</source>
      <translation>密钥是一行不含空格或换行的文字，因此这不只是密钥。请只复制密钥并粘贴到这里。</translation>
    </message>
    <message>
      <source>Switchboard needs an OpenRouter key: it starts with sk-or-…</source>
      <translation>Switchboard 需要 OpenRouter 密钥：它以 sk-or-… 开头</translation>
    </message>
    <message>
      <source>This looks like a GitHub token.</source>
      <translation>这看起来像 GitHub 令牌。</translation>
    </message>
    <message>
      <source>This looks like a Google key.</source>
      <translation>这看起来像 Google 密钥。</translation>
    </message>
    <message>
      <source>This looks like a Groq key.</source>
      <translation>这看起来像 Groq 密钥。</translation>
    </message>
    <message>
      <source>This looks like a Hugging Face token.</source>
      <translation>这看起来像 Hugging Face 令牌。</translation>
    </message>
    <message>
      <source>This looks like a Perplexity key.</source>
      <translation>这看起来像 Perplexity 密钥。</translation>
    </message>
    <message>
      <source>This looks like a Replicate token.</source>
      <translation>这看起来像 Replicate 令牌。</translation>
    </message>
    <message>
      <source>This looks like an Anthropic (Claude) key.</source>
      <translation>这看起来像 Anthropic (Claude) 密钥。</translation>
    </message>
    <message>
      <source>This looks like an NVIDIA key.</source>
      <translation>这看起来像 NVIDIA 密钥。</translation>
    </message>
    <message>
      <source>This looks like an OpenAI key.</source>
      <translation>这看起来像 OpenAI 密钥。</translation>
    </message>
    <message>
      <source>This looks like an xAI (Grok) key.</source>
      <translation>这看起来像 xAI (Grok) 密钥。</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message numerus="yes">
      <source>%n messages</source>
      <comment>one: %n message</comment>
      <translation>
        <numerusform>%n 条消息</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts</source>
      <comment>one: %n prompt</comment>
      <translation>
        <numerusform>%n 个提示词</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, finished</source>
      <comment>one: %n prompt, finished</comment>
      <translation>
        <numerusform>%n 个提示词，已完成</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, running</source>
      <comment>one: %n prompt, running</comment>
      <translation>
        <numerusform>%n 个提示词，运行中</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, stopped</source>
      <comment>one: %n prompt, stopped</comment>
      <translation>
        <numerusform>%n 个提示词，已停止</numerusform>
      </translation>
    </message>
    <message>
      <source>Conversations</source>
      <translation>对话</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>删除对话</translation>
    </message>
    <message>
      <source>Delete the chosen conversation (in the library)</source>
      <translation>删除所选对话（在资料库中）</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <source>Fold the library</source>
      <translation>收起资料库</translation>
    </message>
    <message>
      <source>Fold the library to a narrow strip</source>
      <translation>将资料库收起为窄条</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>资料库</translation>
    </message>
    <message>
      <source>No conversations match “{query}”.</source>
      <translation>没有与“{query}”匹配的对话。</translation>
    </message>
    <message>
      <source>No conversations yet. Type a message below to start one.</source>
      <translation>还没有对话。在下方输入消息即可开始。</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>打开</translation>
    </message>
    <message>
      <source>Search conversations</source>
      <translation>搜索对话</translation>
    </message>
    <message>
      <source>Show the library</source>
      <translation>显示资料库</translation>
    </message>
    <message numerus="yes">
      <source>comparison of %n answers, names hidden until you pick the best</source>
      <comment>one: comparison of %n answer, names hidden until you pick the best</comment>
      <translation>
        <numerusform>%n 个回答的对比，选出最佳回答前隐藏名称</numerusform>
      </translation>
    </message>
    <message>
      <source>comparison: {columns}</source>
      <translation>对比：{columns}</translation>
    </message>
    <message>
      <source>prompt set run: {columns}</source>
      <translation>提示词集运行：{columns}</translation>
    </message>
  </context>
  <context>
    <name>link_focus</name>
    <message>
      <source>{link}, link</source>
      <translation>{link}，链接</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Switchboard cannot use the folder {folder} ({reason}), so what you do now may not be saved. Check that the folder can be written to.</source>
      <translation>Switchboard 无法使用文件夹 {folder}（{reason}），因此你现在的操作可能无法保存。请确认该文件夹可写入。</translation>
    </message>
    <message>
      <source>Switchboard is damaged: {path} is missing. Reinstall it.</source>
      <translation>Switchboard 已损坏：缺少 {path}。请重新安装。</translation>
    </message>
    <message>
      <source>Switchboard will use the language you chose after you restart it.</source>
      <translation>Switchboard 将在重新启动后使用你选择的语言。</translation>
    </message>
    <message>
      <source>The address in SWITCHBOARD_BASE_URL cannot be used, so Switchboard uses the address from Settings instead. {reason}</source>
      <translation>SWITCHBOARD_BASE_URL 中的地址无法使用，因此 Switchboard 改用设置中的地址。{reason}</translation>
    </message>
    <message>
      <source>looking for your key…</source>
      <translation>正在查找你的密钥…</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete comparison</source>
      <translation>删除对比</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>删除对话</translation>
    </message>
    <message>
      <source>Delete the comparison “{title}” and all its answers?</source>
      <translation>要删除对比“{title}”及其所有回答吗？</translation>
    </message>
    <message>
      <source>Delete “{title}” and all its messages? This cannot be undone.</source>
      <translation>要删除“{title}”及其所有消息吗？此操作无法撤销。</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>已删除“{title}”。</translation>
    </message>
    <message>
      <source>Next tab</source>
      <translation>下一个标签页</translation>
    </message>
    <message>
      <source>Previous tab</source>
      <translation>上一个标签页</translation>
    </message>
    <message>
      <source>Rename conversation</source>
      <translation>重命名对话</translation>
    </message>
    <message>
      <source>Show the model and its settings (Ctrl+Shift+P)</source>
      <translation>显示模型及其设置 (Ctrl+Shift+P)</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>标题：</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <source>Add prompt</source>
      <translation>添加提示词</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Could not save the file: {reason}.</source>
      <translation>无法保存文件：{reason}。</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete prompt set</source>
      <translation>删除提示词集</translation>
    </message>
    <message>
      <source>Delete the prompt set “{name}”? Runs made with it keep their own copy.</source>
      <translation>要删除提示词集“{name}”吗？用它进行的运行会保留各自的副本。</translation>
    </message>
    <message>
      <source>Deleted “{name}”.</source>
      <translation>已删除“{name}”。</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>放弃</translation>
    </message>
    <message>
      <source>Discard your changes?</source>
      <translation>放弃你的更改？</translation>
    </message>
    <message>
      <source>Export the prompt set</source>
      <translation>导出提示词集</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>已导出到 {path}。</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Import a prompt set</source>
      <translation>导入提示词集</translation>
    </message>
    <message numerus="yes">
      <source>Imported “{name}” with %n prompts.</source>
      <comment>one: Imported “{name}” with %n prompt.</comment>
      <translation>
        <numerusform>已导入“{name}”，含 %n 个提示词。</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Name of the prompt set</source>
      <translation>提示词集名称</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <source>New prompt set</source>
      <translation>新建提示词集</translation>
    </message>
    <message>
      <source>Notes on a good answer</source>
      <translation>好回答的说明</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>提示词</translation>
    </message>
    <message>
      <source>Prompt sets</source>
      <translation>提示词集</translation>
    </message>
    <message>
      <source>Prompt sets (*.json)</source>
      <translation>提示词集 (*.json)</translation>
    </message>
    <message>
      <source>Prompts of the set</source>
      <translation>此集中的提示词</translation>
    </message>
    <message>
      <source>Prompts:</source>
      <translation>提示词：</translation>
    </message>
    <message>
      <source>Remove prompt</source>
      <translation>移除提示词</translation>
    </message>
    <message>
      <source>Run…</source>
      <translation>运行…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Saved “{name}”.</source>
      <translation>已保存“{name}”。</translation>
    </message>
    <message>
      <source>Send every prompt of this set to two to four presets.</source>
      <translation>将此集中的每个提示词发送给二到四个预设。</translation>
    </message>
    <message>
      <source>The chosen prompt:</source>
      <translation>所选提示词：</translation>
    </message>
    <message>
      <source>The prompt, as you would type it in a conversation</source>
      <translation>提示词，就像你在对话中输入的那样</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional)</source>
      <translation>好回答是什么样的（可选）</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional):</source>
      <translation>好回答是什么样的（可选）：</translation>
    </message>
    <message>
      <source>Your changes to this prompt set cannot be saved. {problem} Discard them and close?</source>
      <translation>你对此提示词集的更改无法保存。{problem} 要放弃更改并关闭吗？</translation>
    </message>
    <message>
      <source>{number}. (empty)</source>
      <translation>{number}.（空）</translation>
    </message>
  </context>
  <context>
    <name>markdown</name>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Copy this code</source>
      <translation>复制此代码</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>图片</translation>
    </message>
    <message>
      <source>Image: {alt}</source>
      <translation>图片：{alt}</translation>
    </message>
    <message>
      <source>code</source>
      <translation>代码</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <source>&amp;About Switchboard</source>
      <translation>关于 Switchboard(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Close conversation</source>
      <translation>关闭对话(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Conversation</source>
      <translation>对话(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Copy the newest answer</source>
      <translation>复制最新回答(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Enter sends (Shift+Enter for a new line)</source>
      <translation>Enter 发送（Shift+Enter 换行）(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import conversation…</source>
      <translation>导入对话(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;New conversation</source>
      <translation>新建对话(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Prompt sets…</source>
      <translation>提示词集(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Regenerate the newest answer</source>
      <translation>重新生成最新回答(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>Conversation &amp;library</source>
      <translation>对话资料库(&amp;L)</translation>
    </message>
    <message>
      <source>Export &amp;spending as CSV…</source>
      <translation>将支出导出为 CSV(&amp;S)…</translation>
    </message>
    <message>
      <source>Export as &amp;JSON…</source>
      <translation>导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
      <source>Export as &amp;Markdown…</source>
      <translation>导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
      <source>Go to the &amp;parameters</source>
      <translation>转到参数(&amp;P)</translation>
    </message>
    <message>
      <source>New c&amp;omparison…</source>
      <translation>新建对比(&amp;O)…</translation>
    </message>
    <message>
      <source>OpenRouter &amp;credits (web page)</source>
      <translation>OpenRouter 额度（网页）(&amp;C)</translation>
    </message>
    <message>
      <source>OpenRouter &amp;keys (web page)</source>
      <translation>OpenRouter 密钥（网页）(&amp;K)</translation>
    </message>
    <message>
      <source>Show &amp;parameters</source>
      <translation>显示参数(&amp;P)</translation>
    </message>
    <message>
      <source>There is no answer to copy here yet.</source>
      <translation>这里还没有可复制的回答。</translation>
    </message>
    <message>
      <source>There is no answer to regenerate here yet.</source>
      <translation>这里还没有可重新生成的回答。</translation>
    </message>
  </context>
  <context>
    <name>message_actions</name>
    <message>
      <source>Message copied.</source>
      <translation>消息已复制。</translation>
    </message>
    <message>
      <source>Message details</source>
      <translation>消息详细信息</translation>
    </message>
  </context>
  <context>
    <name>message_html</name>
    <message>
      <source>Answer</source>
      <translation>回答</translation>
    </message>
    <message>
      <source>Assistant</source>
      <translation>助手</translation>
    </message>
    <message>
      <source>Compare versions</source>
      <translation>比较版本</translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>在新标签页中继续</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Delete version</source>
      <translation>删除版本</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>详细信息</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>重新生成</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>换个设置重新生成…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>重试</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>正在思考…</translation>
    </message>
    <message>
      <source>Thinking… under a second</source>
      <translation>正在思考… 不到一秒</translation>
    </message>
    <message>
      <source>Thinking… {seconds} s</source>
      <translation>正在思考… {seconds} 秒</translation>
    </message>
    <message>
      <source>Thought</source>
      <translation>已思考</translation>
    </message>
    <message numerus="yes">
      <source>Thought %n tokens</source>
      <comment>one: Thought %n token</comment>
      <translation>
        <numerusform>思考了 %n 个 token</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for under a second</source>
      <translation>思考了不到一秒</translation>
    </message>
    <message numerus="yes">
      <source>Thought for under a second · %n tokens</source>
      <comment>one: Thought for under a second · %n token</comment>
      <translation>
        <numerusform>思考了不到一秒 · %n 个 token</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for {seconds} s</source>
      <translation>思考了 {seconds} 秒</translation>
    </message>
    <message numerus="yes">
      <source>Thought for {seconds} s · %n tokens</source>
      <comment>one: Thought for {seconds} s · %n token</comment>
      <translation>
        <numerusform>思考了 {seconds} 秒 · %n 个 token</numerusform>
      </translation>
    </message>
    <message>
      <source>Try again with less thinking</source>
      <translation>减少思考后重试</translation>
    </message>
    <message>
      <source>Try again without a length limit</source>
      <translation>去掉长度限制后重试</translation>
    </message>
    <message>
      <source>You</source>
      <translation>你</translation>
    </message>
    <message>
      <source>⚠ No answer: the model used its whole length limit thinking, so nothing was left for the answer. The thinking is billed.</source>
      <translation>⚠ 没有回答：模型把全部长度限制都用在了思考上，没有留给回答。思考部分仍会计费。</translation>
    </message>
  </context>
  <context>
    <name>meta</name>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n 个 token</numerusform>
      </translation>
    </message>
    <message>
      <source>Answer cost (with the prompt)</source>
      <translation>回答费用（含提示词）</translation>
    </message>
    <message>
      <source>Answer tokens</source>
      <translation>回答 token 数</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>费用</translation>
    </message>
    <message>
      <source>Finish reason</source>
      <translation>结束原因</translation>
    </message>
    <message>
      <source>Model requested</source>
      <translation>请求的模型</translation>
    </message>
    <message>
      <source>Model that answered</source>
      <translation>实际回答的模型</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>参数</translation>
    </message>
    <message>
      <source>Prompt tokens</source>
      <translation>提示词 token 数</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>提供商</translation>
    </message>
    <message>
      <source>Sources:</source>
      <translation>来源：</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>The model used its whole length limit thinking, so no answer was left. It was still billed.</source>
      <translation>模型把全部长度限制都用在了思考上，没有留下回答。仍然会计费。</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>思考</translation>
    </message>
    <message>
      <source>Thinking cost</source>
      <translation>思考费用</translation>
    </message>
    <message>
      <source>Thinking tokens</source>
      <translation>思考 token 数</translation>
    </message>
    <message>
      <source>Thought privately</source>
      <translation>已私下思考</translation>
    </message>
    <message numerus="yes">
      <source>Thought privately: %n thinking tokens billed</source>
      <comment>one: Thought privately: %n thinking token billed</comment>
      <translation>
        <numerusform>已私下思考：计费 %n 个思考 token</numerusform>
      </translation>
    </message>
    <message>
      <source>Time</source>
      <translation>用时</translation>
    </message>
    <message>
      <source>Time thinking</source>
      <translation>思考用时</translation>
    </message>
    <message>
      <source>Web searches</source>
      <translation>网页搜索</translation>
    </message>
    <message>
      <source>Your message</source>
      <translation>你的消息</translation>
    </message>
    <message>
      <source>about {count}</source>
      <translation>约 {count}</translation>
    </message>
    <message numerus="yes">
      <source>answer %n tokens</source>
      <comment>one: answer %n token</comment>
      <translation>
        <numerusform>回答 %n 个 token</numerusform>
      </translation>
    </message>
    <message>
      <source>complete</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>done privately: none of it came back, but it is billed</source>
      <translation>已私下完成：没有返回任何内容，但仍会计费</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>已中断</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>provider defaults</source>
      <translation>提供商默认值</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>已停止</translation>
    </message>
    <message>
      <source>streaming</source>
      <translation>正在接收</translation>
    </message>
    <message>
      <source>the answer did not finish.</source>
      <translation>回答未完成。</translation>
    </message>
    <message numerus="yes">
      <source>thinking %n tokens</source>
      <comment>one: thinking %n token</comment>
      <translation>
        <numerusform>思考 %n 个 token</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>thinking about %n tokens</source>
      <comment>one: thinking about %n token</comment>
      <translation>
        <numerusform>思考约 %n 个 token</numerusform>
      </translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>via {provider}</source>
      <translation>通过 {provider}</translation>
    </message>
    <message>
      <source>{answer} + {thinking}</source>
      <translation>{answer} + {thinking}</translation>
    </message>
    <message>
      <source>{cost} (billed by OpenRouter)</source>
      <translation>{cost}（OpenRouter 计费）</translation>
    </message>
    <message>
      <source>{cost} (estimated from the model's price)</source>
      <translation>{cost}（根据模型价格估算）</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>约 {cost}</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label}：{value}</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} 秒</translation>
    </message>
    <message>
      <source>{tokens} ({cost})</source>
      <translation>{tokens}（{cost}）</translation>
    </message>
    <message>
      <source>⚠ Cut off: the answer reached its maximum length (raise Maximum length).</source>
      <translation>⚠ 已截断：回答达到了最大长度（请调高“最大长度”）。</translation>
    </message>
    <message>
      <source>⚠ Filtered: the provider's content filter stopped this answer.</source>
      <translation>⚠ 已过滤：提供商的内容过滤器停止了此回答。</translation>
    </message>
    <message>
      <source>⚠ Incomplete: Switchboard closed while this answer was arriving.</source>
      <translation>⚠ 不完整：此回答接收期间 Switchboard 已关闭。</translation>
    </message>
    <message>
      <source>⚠ Incomplete: {error}</source>
      <translation>⚠ 不完整：{error}</translation>
    </message>
    <message>
      <source>⚠ Stopped: you stopped this answer; what arrived is kept.</source>
      <translation>⚠ 已停止：你停止了此回答；已收到的内容已保留。</translation>
    </message>
  </context>
  <context>
    <name>model_picker</name>
    <message>
      <source>Choose a model</source>
      <translation>选择模型</translation>
    </message>
    <message>
      <source>Context</source>
      <translation>上下文</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>输入</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>输出</translation>
    </message>
    <message>
      <source>Refresh list</source>
      <translation>刷新列表</translation>
    </message>
    <message>
      <source>Search by name or id, e.g. “llama 70b” or “free”</source>
      <translation>按名称或 ID 搜索，例如“llama 70b”或“free”</translation>
    </message>
    <message>
      <source>Search models</source>
      <translation>搜索模型</translation>
    </message>
    <message>
      <source>Use this model</source>
      <translation>使用此模型</translation>
    </message>
    <message>
      <source>free</source>
      <translation>免费</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n models</source>
      <comment>one: {shown} of %n model</comment>
      <translation>
        <numerusform>显示 {shown} 个，共 %n 个模型</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>free</source>
      <translation>免费</translation>
    </message>
    <message>
      <source>price unknown</source>
      <translation>价格未知</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>unknown context</source>
      <translation>上下文未知</translation>
    </message>
    <message>
      <source>{fee} per request</source>
      <translation>每次请求 {fee}</translation>
    </message>
    <message>
      <source>{model} cannot be held to a JSON schema.</source>
      <translation>{model} 无法严格遵循 JSON 架构。</translation>
    </message>
    <message>
      <source>{model} does not accept a JSON schema.</source>
      <translation>{model} 不接受 JSON 架构。</translation>
    </message>
    <message>
      <source>{model} does not accept a Min P value.</source>
      <translation>{model} 不接受 Min P 值。</translation>
    </message>
    <message>
      <source>{model} does not accept a Top A value.</source>
      <translation>{model} 不接受 Top A 值。</translation>
    </message>
    <message>
      <source>{model} does not accept a Top K value.</source>
      <translation>{model} 不接受 Top K 值。</translation>
    </message>
    <message>
      <source>{model} does not accept a Top P value.</source>
      <translation>{model} 不接受 Top P 值。</translation>
    </message>
    <message>
      <source>{model} does not accept a frequency penalty.</source>
      <translation>{model} 不接受频率惩罚。</translation>
    </message>
    <message>
      <source>{model} does not accept a maximum length.</source>
      <translation>{model} 不接受最大长度。</translation>
    </message>
    <message>
      <source>{model} does not accept a presence penalty.</source>
      <translation>{model} 不接受存在惩罚。</translation>
    </message>
    <message>
      <source>{model} does not accept a repetition penalty.</source>
      <translation>{model} 不接受重复惩罚。</translation>
    </message>
    <message>
      <source>{model} does not accept a response format.</source>
      <translation>{model} 不接受回复格式。</translation>
    </message>
    <message>
      <source>{model} does not accept a seed.</source>
      <translation>{model} 不接受随机种子。</translation>
    </message>
    <message>
      <source>{model} does not accept a temperature.</source>
      <translation>{model} 不接受温度。</translation>
    </message>
    <message>
      <source>{model} does not accept log probabilities.</source>
      <translation>{model} 不接受对数概率。</translation>
    </message>
    <message>
      <source>{model} does not accept reasoning settings.</source>
      <translation>{model} 不接受思考设置。</translation>
    </message>
    <message>
      <source>{model} does not accept stop sequences.</source>
      <translation>{model} 不接受停止序列。</translation>
    </message>
    <message>
      <source>{model} does not accept tools.</source>
      <translation>{model} 不接受工具。</translation>
    </message>
    <message>
      <source>{model} does not accept “{name}”.</source>
      <translation>{model} 不接受“{name}”。</translation>
    </message>
    <message>
      <source>{model} does not think before answering.</source>
      <translation>{model} 在回答前不会思考。</translation>
    </message>
    <message>
      <source>{model} has no JSON mode.</source>
      <translation>{model} 没有 JSON 模式。</translation>
    </message>
    <message>
      <source>{prices} · {fee}</source>
      <translation>{prices} · {fee}</translation>
    </message>
    <message>
      <source>{prompt} in · {completion} out</source>
      <translation>输入 {prompt} · 输出 {completion}</translation>
    </message>
    <message>
      <source>{tokens} context</source>
      <translation>{tokens} 上下文</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <source>free</source>
      <translation>免费</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
  </context>
  <context>
    <name>new_comparison</name>
    <message>
      <source>Blind: hide the names and shuffle the columns until I pick the best</source>
      <translation>盲测：在我选出最佳回答前隐藏名称并打乱列的顺序</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>对比</translation>
    </message>
    <message>
      <source>Fair: the same provider for every column of a model, and every setting must be honoured</source>
      <translation>公平：同一模型的每一列使用相同的提供商，且必须遵循每项设置</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>新建对比</translation>
    </message>
    <message>
      <source>Otherwise the answers may come from different companies running the model, and one of them may quietly ignore a setting, so you would compare those instead.</source>
      <translation>否则，回答可能来自运行该模型的不同公司，其中某家可能悄悄忽略某项设置，那你比较的就是这些差异了。</translation>
    </message>
    <message>
      <source>Presets to compare</source>
      <translation>要对比的预设</translation>
    </message>
    <message>
      <source>Tick between {least} and {most} presets (now {ticked}).</source>
      <translation>请勾选 {least} 到 {most} 个预设（当前 {ticked} 个）。</translation>
    </message>
    <message>
      <source>Tick two to four presets. One prompt goes to all of them with {model} (or the model a preset names); the answers stream side by side.</source>
      <translation>勾选二到四个预设。同一提示词会通过 {model}（或预设指定的模型）发送给所有预设；回答会并排实时显示。</translation>
    </message>
    <message>
      <source>Title (optional)</source>
      <translation>标题（可选）</translation>
    </message>
    <message>
      <source>{left} vs {right}</source>
      <translation>{left} 对比 {right}</translation>
    </message>
  </context>
  <context>
    <name>oauth</name>
    <message>
      <source>Bad request</source>
      <translation>请求无效</translation>
    </message>
    <message>
      <source>Could not reach OpenRouter to finish signing in. Check your internet connection, then try again.</source>
      <translation>无法连接 OpenRouter 以完成登录。请检查你的网络连接，然后重试。</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>不允许</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>未找到</translation>
    </message>
    <message>
      <source>OpenRouter could not finish the sign-in right now. Please try again in a minute.</source>
      <translation>OpenRouter 目前无法完成登录。请稍后重试。</translation>
    </message>
    <message>
      <source>Return to Switchboard and try again, or paste a key there instead.</source>
      <translation>请返回 Switchboard 重试，或改为在那里粘贴密钥。</translation>
    </message>
    <message>
      <source>Sign-in already finished</source>
      <translation>登录已完成</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>已登录</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. Paste a key instead, or try again once a browser is set up.</source>
      <translation>Switchboard 无法打开你的网页浏览器。请改为粘贴密钥，或在设置好浏览器后重试。</translation>
    </message>
    <message>
      <source>Switchboard was not given access to your OpenRouter account. Sign in again whenever you are ready.</source>
      <translation>Switchboard 未获得访问你 OpenRouter 账户的权限。准备好后可随时重新登录。</translation>
    </message>
    <message>
      <source>The sign-in did not complete</source>
      <translation>登录未完成</translation>
    </message>
    <message>
      <source>The sign-in did not complete. Please try again.</source>
      <translation>登录未完成。请重试。</translation>
    </message>
    <message>
      <source>The sign-in took too long, so Switchboard stopped waiting for the browser. Please try again.</source>
      <translation>登录耗时太长，Switchboard 已停止等待浏览器。请重试。</translation>
    </message>
    <message>
      <source>This address only answers sign-ins.</source>
      <translation>此地址仅用于登录。</translation>
    </message>
    <message>
      <source>Too many sign-in attempts right now. Wait a minute, then try again.</source>
      <translation>登录尝试次数过多。请稍等一分钟后重试。</translation>
    </message>
    <message>
      <source>You can close this tab and return to Switchboard.</source>
      <translation>你可以关闭此标签页并返回 Switchboard。</translation>
    </message>
  </context>
  <context>
    <name>param_rows</name>
    <message>
      <source> tokens</source>
      <comment>after the budget's number</comment>
      <translation> token</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <source>Give the most tokens it may spend thinking</source>
      <translation>设置思考最多可使用的 token 数</translation>
    </message>
    <message>
      <source>Hidden thinking is still done, and still billed.</source>
      <translation>隐藏思考时仍会思考，也仍会计费。</translation>
    </message>
    <message>
      <source>Hide the thinking</source>
      <translation>隐藏思考过程</translation>
    </message>
    <message>
      <source>How much the model thinks before it answers</source>
      <translation>模型在回答前思考的程度</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>符合架构的 JSON</translation>
    </message>
    <message>
      <source>JSON object</source>
      <translation>JSON 对象</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>JSON 架构</translation>
    </message>
    <message>
      <source>Model's choice</source>
      <translation>由模型决定</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>关</translation>
    </message>
    <message>
      <source>One per line, up to 4. Write \n for a new line.</source>
      <translation>每行一个，最多 4 个。输入 \n 表示换行。</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>纯文本</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>重置</translation>
    </message>
    <message>
      <source>Reset {name}</source>
      <translation>重置 {name}</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>回复格式</translation>
    </message>
    <message>
      <source>Schema name</source>
      <translation>架构名称</translation>
    </message>
    <message>
      <source>Send this parameter. Off: the provider's default applies.</source>
      <translation>发送此参数。关闭时使用提供商的默认值。</translation>
    </message>
    <message>
      <source>Send {name}</source>
      <translation>发送 {name}</translation>
    </message>
    <message>
      <source>Switch it off and go back to the provider's default</source>
      <translation>关闭它并恢复提供商的默认值</translation>
    </message>
    <message>
      <source>The model answers straight away, without thinking first</source>
      <translation>模型直接回答，不先思考</translation>
    </message>
    <message>
      <source>The model still thinks, and it is still billed; only the text stays away</source>
      <translation>模型仍会思考，也仍会计费；只是不显示思考文本</translation>
    </message>
    <message>
      <source>The model thinks as much as it usually does (with Hide the thinking: hidden)</source>
      <translation>模型按其通常程度思考（若开启“隐藏思考过程”则隐藏）</translation>
    </message>
    <message>
      <source>The most tokens the model may spend thinking</source>
      <translation>模型思考最多可使用的 token 数</translation>
    </message>
    <message>
      <source>Thinking amount</source>
      <translation>思考程度</translation>
    </message>
    <message>
      <source>Thinking budget in tokens</source>
      <translation>思考预算（token）</translation>
    </message>
    <message>
      <source>This model</source>
      <translation>此模型</translation>
    </message>
    <message>
      <source>Token budget</source>
      <translation>token 预算</translation>
    </message>
    <message>
      <source>Type at least one stop sequence, or switch it off.</source>
      <translation>请至少输入一个停止序列，或将其关闭。</translation>
    </message>
    <message>
      <source>{choice} (not offered)</source>
      <translation>{choice}（不提供）</translation>
    </message>
    <message>
      <source>{label} ({api_name})</source>
      <translation>{label}（{api_name}）</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} 无法关闭思考。请选择其他程度，或按“重置”交给模型决定。</translation>
    </message>
    <message>
      <source>{model} does not offer the {effort} thinking effort. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} 不提供“{effort}”思考程度。请选择其他程度，或按“重置”交给模型决定。</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} 不接受思考预算。请选择其他程度，或按“重置”交给模型决定。</translation>
    </message>
    <message>
      <source>{name} slider</source>
      <translation>{name} 滑块</translation>
    </message>
    <message>
      <source>{what} {when}</source>
      <translation>{what}{when}</translation>
    </message>
  </context>
  <context>
    <name>parameter_dock</name>
    <message>
      <source>Allow other providers when the first fails</source>
      <translation>首选提供商失败时允许使用其他提供商</translation>
    </message>
    <message>
      <source>Allowed</source>
      <translation>允许</translation>
    </message>
    <message>
      <source>Change model…</source>
      <translation>更换模型…</translation>
    </message>
    <message>
      <source>Changed since you chose “{name}”. Reset to go back to its values, or Save as… to keep these as a preset of your own.</source>
      <translation>自你选择“{name}”后已更改。按“重置”恢复其值，或按“另存为…”将当前值保存为你自己的预设。</translation>
    </message>
    <message>
      <source>Choosing a preset applies its values at once.</source>
      <translation>选择预设会立即应用其值。</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>自定义</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>数据</translation>
    </message>
    <message>
      <source>Data collection</source>
      <translation>数据收集</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>默认</translation>
    </message>
    <message>
      <source>Fall back</source>
      <translation>备用</translation>
    </message>
    <message>
      <source>Fastest output</source>
      <translation>输出最快</translation>
    </message>
    <message>
      <source>For models that cannot read PDFs themselves. Reading pictures of pages (for scanned PDFs) costs $2 per 1,000 pages.</source>
      <translation>适用于本身无法读取 PDF 的模型。识别页面图片（用于扫描的 PDF）每 1,000 页收费 $2。</translation>
    </message>
    <message>
      <source>Free to use</source>
      <translation>免费使用</translation>
    </message>
    <message>
      <source>Go back to the values of “{name}”</source>
      <translation>恢复为“{name}”的值</translation>
    </message>
    <message>
      <source>How PDFs are read</source>
      <translation>PDF 读取方式</translation>
    </message>
    <message>
      <source>How it answers</source>
      <translation>回答方式</translation>
    </message>
    <message>
      <source>In effect: {preset}. Choosing a preset applies its values at once.</source>
      <translation>当前生效：{preset}。选择预设会立即应用其值。</translation>
    </message>
    <message>
      <source>Instructions the model follows for the whole conversation (optional)</source>
      <translation>模型在整个对话中遵循的指示（可选）</translation>
    </message>
    <message>
      <source>Lowest price</source>
      <translation>价格最低</translation>
    </message>
    <message>
      <source>Manage…</source>
      <translation>管理…</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>模型默认值</translation>
    </message>
    <message>
      <source>Models are paid by the token. A token is a piece of a word: on average about three quarters of a word, so a million tokens is roughly 750,000 words.
“In” is everything sent with your message: the system prompt, the conversation so far and what you typed. “Out” is what the model writes back.</source>
      <translation>模型按 token 计费。token 是词语的一部分：平均约为四分之三个英文单词，因此一百万个 token 大约相当于 75 万个英文单词。
“输入”是随你的消息一起发送的所有内容：系统提示词、此前的对话以及你输入的内容。“输出”是模型写回的内容。</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>Not in the model list yet: every parameter stays available.</source>
      <translation>尚未在模型列表中：所有参数均可使用。</translation>
    </message>
    <message>
      <source>Off. {price}</source>
      <translation>关。{price}</translation>
    </message>
    <message>
      <source>Only providers that honour every parameter set here. Without this, a provider that does not support a parameter silently ignores it.</source>
      <translation>只使用遵循此处所设每个参数的提供商。否则，不支持某参数的提供商会悄悄忽略它。</translation>
    </message>
    <message>
      <source>Only providers that keep no data</source>
      <translation>只使用不保留数据的提供商</translation>
    </message>
    <message>
      <source>PDFs</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>参数</translation>
    </message>
    <message>
      <source>Prefer</source>
      <translation>优先</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>预设</translation>
    </message>
    <message>
      <source>Price unknown</source>
      <translation>价格未知</translation>
    </message>
    <message>
      <source>Providers</source>
      <translation>提供商</translation>
    </message>
    <message>
      <source>Quickest start</source>
      <translation>启动最快</translation>
    </message>
    <message>
      <source>Read pictures of pages too ($2 per 1,000 pages)</source>
      <translation>同时识别页面图片（每 1,000 页 $2）</translation>
    </message>
    <message>
      <source>Read their text (free)</source>
      <translation>读取其中的文字（免费）</translation>
    </message>
    <message>
      <source>Require every parameter</source>
      <translation>要求支持所有参数</translation>
    </message>
    <message>
      <source>Reset to {name}</source>
      <translation>重置为 {name}</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>结果数</translation>
    </message>
    <message>
      <source>Results per search</source>
      <translation>每次搜索的结果数</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>另存为…</translation>
    </message>
    <message>
      <source>Search the web</source>
      <translation>搜索网页</translation>
    </message>
    <message>
      <source>Show request…</source>
      <translation>显示请求…</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>系统提示词</translation>
    </message>
    <message>
      <source>The exact JSON that the next message will send</source>
      <translation>下一条消息将发送的确切 JSON</translation>
    </message>
    <message>
      <source>The model may search the web before it answers, and lists the pages it used. Each search costs extra.</source>
      <translation>模型可在回答前搜索网页，并列出所用的网页。每次搜索需额外付费。</translation>
    </message>
    <message>
      <source>These values match no preset. Save as… keeps them as a preset of your own.</source>
      <translation>这些值与任何预设都不匹配。按“另存为…”可将其保存为你自己的预设。</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · out: {completion}</source>
      <translation>token 输入：{prompt} · 输出：{completion}</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · {completion} per million out</source>
      <translation>token 输入：{prompt} · 输出：每百万 {completion}</translation>
    </message>
    <message>
      <source>Web search and PDFs</source>
      <translation>网页搜索和 PDF</translation>
    </message>
    <message>
      <source>What this conversation sends. Parameters that are off use the model's own defaults.</source>
      <translation>此对话发送的内容。关闭的参数使用模型自身的默认值。</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>free</source>
      <translation>免费</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <source>unknown context: the tokens of conversation and answer it handles at once</source>
      <translation>上下文未知：模型一次能处理的对话和回答的 token 数</translation>
    </message>
    <message>
      <source>{model} cannot search the web. Choose another model to search.</source>
      <translation>{model} 无法搜索网页。请选择其他模型来搜索。</translation>
    </message>
    <message>
      <source>{name}  (yours)</source>
      <translation>{name}（我的）</translation>
    </message>
    <message>
      <source>{name} (modified)</source>
      <translation>{name}（已修改）</translation>
    </message>
    <message>
      <source>{price} per request</source>
      <translation>每次请求 {price}</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · out: {completion}</source>
      <translation>输入每百万 token {prompt} · 输出：{completion}</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · {completion} per million out</source>
      <translation>输入每百万 token {prompt} · 输出每百万 {completion}</translation>
    </message>
    <message>
      <source>{tokens} context: the tokens of conversation and answer it handles at once</source>
      <translation>{tokens} 上下文：模型一次能处理的对话和回答的 token 数</translation>
    </message>
  </context>
  <context>
    <name>params</name>
    <message numerus="yes">
      <source>%n stop sequences</source>
      <comment>one: %n stop sequence</comment>
      <translation>
        <numerusform>%n 个停止序列</numerusform>
      </translation>
    </message>
    <message>
      <source>A JSON schema format needs a schema object.</source>
      <translation>JSON 架构格式需要一个架构对象。</translation>
    </message>
    <message>
      <source>A fixed number that makes answers repeatable on models that support it.</source>
      <translation>一个固定数字，可让支持它的模型给出可重复的回答。</translation>
    </message>
    <message>
      <source>A small value (0.05 to 0.1) keeps creative settings coherent.</source>
      <translation>较小的值（0.05 到 0.1）可让富有创意的设置保持连贯。</translation>
    </message>
    <message>
      <source>A stop sequence cannot be empty.</source>
      <translation>停止序列不能为空。</translation>
    </message>
    <message>
      <source>Asks for plain text, any JSON object, or JSON that matches a schema you give.</source>
      <translation>要求输出纯文本、任意 JSON 对象，或符合你所给架构的 JSON。</translation>
    </message>
    <message>
      <source>Data collection must be allow or deny.</source>
      <translation>数据收集必须是 allow 或 deny。</translation>
    </message>
    <message>
      <source>Discourages any word that has already appeared, however often.</source>
      <translation>抑制已出现过的任何词语，不论出现了多少次。</translation>
    </message>
    <message>
      <source>Discourages words the more often they have already appeared.</source>
      <translation>词语出现得越多，越会被抑制。</translation>
    </message>
    <message>
      <source>Drops unlikely words, more strictly when the model is confident.</source>
      <translation>舍弃不太可能的词语，模型越有把握时越严格。</translation>
    </message>
    <message>
      <source>Drops words whose chance is below this share of the most likely word's chance.</source>
      <translation>舍弃概率低于最可能词语概率这一比例的词语。</translation>
    </message>
    <message>
      <source>Frequency penalty</source>
      <translation>频率惩罚</translation>
    </message>
    <message>
      <source>How adventurous the wording is: low values pick the most likely words, high values take more chances.</source>
      <translation>措辞的大胆程度：值低时选择最可能的词语，值高时更敢于冒险。</translation>
    </message>
    <message>
      <source>How much a thinking model reasons before it answers. Thinking is billed like answer words, even when it is hidden.</source>
      <translation>思考型模型在回答前推理的程度。思考与回答文字一样计费，即使被隐藏也是如此。</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>符合架构的 JSON</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>JSON 输出</translation>
    </message>
    <message>
      <source>Less thinking is quicker and cheaper; more helps with maths, code and tricky questions.</source>
      <translation>思考越少越快越便宜；思考越多越有助于数学、代码和难题。</translation>
    </message>
    <message>
      <source>Lower it (e.g. 0.9) to cut off unlikely words; usually change this or temperature, not both.</source>
      <translation>调低（例如 0.9）可舍弃不太可能的词语；通常只调整它或 temperature 之一，不要同时调整。</translation>
    </message>
    <message>
      <source>Lower it for facts and code; raise it for brainstorming and stories.</source>
      <translation>事实和代码请调低；头脑风暴和写故事请调高。</translation>
    </message>
    <message>
      <source>Makes the model less likely to repeat text from the conversation; 1 means no penalty.</source>
      <translation>让模型不太会重复对话中的文字；1 表示不惩罚。</translation>
    </message>
    <message>
      <source>Maximum length</source>
      <translation>最大长度</translation>
    </message>
    <message>
      <source>Min P</source>
      <translation>Min P</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>模型默认值</translation>
    </message>
    <message>
      <source>Only considers the most likely words whose chances add up to this share.</source>
      <translation>只考虑累计概率达到这一比例的最可能词语。</translation>
    </message>
    <message>
      <source>Only considers this many of the most likely next words (0 means no limit).</source>
      <translation>只考虑这么多个最可能的下一个词（0 表示不限）。</translation>
    </message>
    <message>
      <source>OpenRouter accepts at most 4 stop sequences.</source>
      <translation>OpenRouter 最多接受 4 个停止序列。</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>纯文本</translation>
    </message>
    <message>
      <source>Presence penalty</source>
      <translation>存在惩罚</translation>
    </message>
    <message>
      <source>Raise it a little if answers repeat the same words or phrases.</source>
      <translation>如果回答总是重复相同的词语或短语，可稍微调高。</translation>
    </message>
    <message>
      <source>Raise it slightly (1.1) if the model loops; too high makes odd wording.</source>
      <translation>如果模型陷入循环，可稍微调高（1.1）；太高会导致措辞怪异。</translation>
    </message>
    <message>
      <source>Raise it to push the model toward new topics.</source>
      <translation>调高可促使模型转向新话题。</translation>
    </message>
    <message>
      <source>Rarely needed; try a small value if high temperatures produce nonsense.</source>
      <translation>很少需要；如果高温度产生胡言乱语，可以试试较小的值。</translation>
    </message>
    <message>
      <source>Repetition penalty</source>
      <translation>重复惩罚</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>回复格式</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>随机种子</translation>
    </message>
    <message>
      <source>Set a small number (e.g. 40) for safer, more predictable text.</source>
      <translation>设为较小的数字（例如 40）可让文字更稳妥、更可预测。</translation>
    </message>
    <message>
      <source>Set it to cap cost or keep answers short; too low cuts answers off.</source>
      <translation>设置它可控制费用或让回答保持简短；太低会截断回答。</translation>
    </message>
    <message>
      <source>Set it when you want the same answer twice, for example to compare settings fairly.</source>
      <translation>当你希望两次得到相同回答时设置它，例如为了公平比较设置。</translation>
    </message>
    <message>
      <source>Sort providers by price, throughput or latency.</source>
      <translation>按价格、吞吐量或延迟对提供商排序。</translation>
    </message>
    <message>
      <source>Stop sequences</source>
      <translation>停止序列</translation>
    </message>
    <message>
      <source>Stop sequences must be a list of texts.</source>
      <translation>停止序列必须是文本列表。</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>温度</translation>
    </message>
    <message>
      <source>Text that makes the model stop writing as soon as it produces it (up to 4).</source>
      <translation>模型一旦输出这些文字就会停止输出（最多 4 个）。</translation>
    </message>
    <message>
      <source>The longest answer allowed, in tokens (a token is about three quarters of a word).</source>
      <translation>允许的最长回答，以 token 计（一个 token 约为四分之三个英文单词）。</translation>
    </message>
    <message>
      <source>The response format holds a value that cannot be sent (NaN).</source>
      <translation>回复格式包含一个无法发送的值 (NaN)。</translation>
    </message>
    <message>
      <source>The response format must be a JSON object.</source>
      <translation>回复格式必须是 JSON 对象。</translation>
    </message>
    <message>
      <source>The response format must be text, json_object or json_schema.</source>
      <translation>回复格式必须是 text、json_object 或 json_schema。</translation>
    </message>
    <message>
      <source>The schema is not valid JSON (line {line}).</source>
      <translation>架构不是有效的 JSON（第 {line} 行）。</translation>
    </message>
    <message>
      <source>The schema must be a JSON object: { … }.</source>
      <translation>架构必须是 JSON 对象：{ … }。</translation>
    </message>
    <message>
      <source>The schema needs a name of up to 64 letters, digits, '_' or '-'.</source>
      <translation>架构需要一个名称，最多 64 个字母、数字、“_”或“-”。</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>思考</translation>
    </message>
    <message>
      <source>Thinking must be a thinking setting.</source>
      <translation>思考必须是一项思考设置。</translation>
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
      <translation>请为 {name} 输入一个值，或将其关闭。</translation>
    </message>
    <message>
      <source>Use JSON when another program will read the answer.</source>
      <translation>当回答将由另一个程序读取时，请使用 JSON。</translation>
    </message>
    <message>
      <source>Use it to end answers at a marker, such as a blank line or 'User:'.</source>
      <translation>用它在某个标记处结束回答，例如空行或“User:”。</translation>
    </message>
    <message>
      <source>{name} must be a finite number.</source>
      <translation>{name} 必须是有限的数字。</translation>
    </message>
    <message>
      <source>{name} must be a number.</source>
      <translation>{name} 必须是数字。</translation>
    </message>
    <message>
      <source>{name} must be a whole number.</source>
      <translation>{name} 必须是整数。</translation>
    </message>
    <message>
      <source>{name} must be above {low} and at most {high}.</source>
      <translation>{name} 必须大于 {low} 且不超过 {high}。</translation>
    </message>
    <message>
      <source>{name} must be at least {low}.</source>
      <translation>{name} 必须至少为 {low}。</translation>
    </message>
    <message>
      <source>{name} must be between {low} and {high}.</source>
      <translation>{name} 必须介于 {low} 和 {high} 之间。</translation>
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
      <translation>未知错误</translation>
    </message>
  </context>
  <context>
    <name>preset_store</name>
    <message>
      <source>The file could not be opened.</source>
      <translation>无法打开该文件。</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>此文件不是 Switchboard 预设文件。</translation>
    </message>
    <message>
      <source>This file is too large to be a Switchboard presets file.</source>
      <translation>此文件太大，不可能是 Switchboard 预设文件。</translation>
    </message>
    <message>
      <source>This presets file is damaged: it holds a number with too many digits.</source>
      <translation>此预设文件已损坏：它包含位数过多的数字。</translation>
    </message>
    <message>
      <source>Your saved presets at {path} could not be used, so only the built-in presets are available. {why}</source>
      <translation>无法使用位于 {path} 的已保存预设，因此只能使用内置预设。{why}</translation>
    </message>
    <message>
      <source>Your saved presets could not be used, so only the built-in presets are available. {why} The old file is kept at {kept}.</source>
      <translation>无法使用你已保存的预设，因此只能使用内置预设。{why} 旧文件保留在 {kept}。</translation>
    </message>
  </context>
  <context>
    <name>presets</name>
    <message>
      <source>A higher temperature (1.1) with Min P 0.05 gives more varied wording that still stays on track; use it for brainstorming and stories.</source>
      <translation>较高的温度（1.1）加上 Min P 0.05，让措辞更多样又不跑题；适用于头脑风暴和写故事。</translation>
    </message>
    <message>
      <source>A low temperature (0.2) with Top P 0.9 keeps answers focused and consistent; use it for facts, code and step-by-step work.</source>
      <translation>较低的温度（0.2）加上 Top P 0.9，让回答专注而一致；适用于事实、代码和分步骤的工作。</translation>
    </message>
    <message>
      <source>A model ID such as microsoft/wizardlm-2-8x22b</source>
      <translation>模型 ID，例如 microsoft/wizardlm-2-8x22b</translation>
    </message>
    <message>
      <source>A preset name can be at most {most} characters long.</source>
      <translation>预设名称最多 {most} 个字符。</translation>
    </message>
    <message>
      <source>A preset name must be a single line of text.</source>
      <translation>预设名称必须是单行文字。</translation>
    </message>
    <message>
      <source>A preset needs a name.</source>
      <translation>预设需要一个名称。</translation>
    </message>
    <message>
      <source>Asks a thinking model to think hard (high effort) before it answers: slower and costlier, but better at maths, code and tricky questions.</source>
      <translation>让思考型模型在回答前认真思考（高强度）：更慢、更贵，但更擅长数学、代码和棘手的问题。</translation>
    </message>
    <message>
      <source>Asks a thinking model to think only a little (low effort) before it answers: quicker and cheaper; models that do not think answer as usual.</source>
      <translation>让思考型模型在回答前只稍作思考（低强度）：更快、更便宜；不思考的模型照常回答。</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>均衡</translation>
    </message>
    <message>
      <source>Caps every answer at 300 tokens (about 225 words), so longer answers are cut off mid-way; use it to keep replies short and cheap.</source>
      <translation>每个回答最多 300 个 token（约 225 个英文单词），更长的回答会被中途截断；适合让回复简短又省钱。</translation>
    </message>
    <message>
      <source>Careful</source>
      <translation>周全</translation>
    </message>
    <message>
      <source>Concise</source>
      <translation>简洁</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>无法打开“{name}”（{reason}）。</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>无法写入“{name}”（{reason}）。请选择其他文件夹后重试。</translation>
    </message>
    <message>
      <source>Creative</source>
      <translation>创意</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>删除预设</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”?</source>
      <translation>要删除预设“{name}”吗？</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>删除…</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>描述</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>放弃</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>放弃更改？</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>创建副本</translation>
    </message>
    <message>
      <source>Empty: conversations that use this preset have none</source>
      <translation>空：使用此预设的对话没有系统提示词</translation>
    </message>
    <message>
      <source>Export preset</source>
      <translation>导出预设</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {path}.</source>
      <comment>one: Exported %n preset to {path}.</comment>
      <translation>
        <numerusform>已将 %n 个预设导出到 {path}。</numerusform>
      </translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>导入预设</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n presets.</source>
      <comment>one: Imported %n preset.</comment>
      <translation>
        <numerusform>已导入 %n 个预设。</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>导入…</translation>
    </message>
    <message>
      <source>Include the model</source>
      <translation>包含模型</translation>
    </message>
    <message>
      <source>Include the system prompt</source>
      <translation>包含系统提示词</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>JSON 输出</translation>
    </message>
    <message numerus="yes">
      <source>Kept your %n existing presets.</source>
      <comment>one: Kept your %n existing preset.</comment>
      <translation>
        <numerusform>已保留你现有的 %n 个预设。</numerusform>
      </translation>
    </message>
    <message>
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <source>Model ID</source>
      <translation>模型 ID</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Name of the new preset:</source>
      <translation>新预设的名称：</translation>
    </message>
    <message>
      <source>Nothing was saved. Choose another name first.</source>
      <translation>未保存任何内容。请先换一个名称。</translation>
    </message>
    <message>
      <source>Nothing was saved. Fix the value marked in red first.</source>
      <translation>未保存任何内容。请先修正标为红色的值。</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>参数</translation>
    </message>
    <message>
      <source>Precise</source>
      <translation>精确</translation>
    </message>
    <message>
      <source>Preset description</source>
      <translation>预设描述</translation>
    </message>
    <message>
      <source>Preset name</source>
      <translation>预设名称</translation>
    </message>
    <message>
      <source>Preset number {number} in this file has no name.</source>
      <translation>此文件中的第 {number} 个预设没有名称。</translation>
    </message>
    <message>
      <source>Preset number {number} in this file is not a preset.</source>
      <translation>此文件中的第 {number} 个预设不是预设。</translation>
    </message>
    <message>
      <source>Preset number {number}: {problem}</source>
      <translation>第 {number} 个预设：{problem}</translation>
    </message>
    <message>
      <source>Preset “{name}”: {problem}</source>
      <translation>预设“{name}”：{problem}</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>预设</translation>
    </message>
    <message>
      <source>Presets (*.json)</source>
      <translation>预设 (*.json)</translation>
    </message>
    <message>
      <source>Provider choices</source>
      <translation>提供商选项</translation>
    </message>
    <message>
      <source>Providers (kept as they are when you save):</source>
      <translation>提供商（保存时保持不变）：</translation>
    </message>
    <message>
      <source>Quick</source>
      <translation>快速</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>替换</translation>
    </message>
    <message>
      <source>Replace presets?</source>
      <translation>替换预设？</translation>
    </message>
    <message>
      <source>Replace the system prompt</source>
      <translation>替换系统提示词</translation>
    </message>
    <message>
      <source>Reproducible</source>
      <translation>可复现</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Save as a copy</source>
      <translation>另存为副本</translation>
    </message>
    <message>
      <source>Save as a copy…</source>
      <translation>另存为副本…</translation>
    </message>
    <message>
      <source>Save as preset</source>
      <translation>另存为预设</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>已保存预设“{name}”。</translation>
    </message>
    <message>
      <source>Saved your changes as the preset “{name}”.</source>
      <translation>已将你的更改保存为预设“{name}”。</translation>
    </message>
    <message>
      <source>Sends no sampling settings at all, so the provider's own defaults apply; a good start for everyday chat.</source>
      <translation>不发送任何采样设置，使用服务商自己的默认值；适合日常聊天的起点。</translation>
    </message>
    <message>
      <source>Set another parameter…</source>
      <translation>设置其他参数…</translation>
    </message>
    <message>
      <source>Sets: {summary}</source>
      <translation>设置：{summary}</translation>
    </message>
    <message>
      <source>Skipped {names}: a built-in preset has that name.</source>
      <translation>已跳过 {names}：已有同名的内置预设。</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own model.</source>
      <translation>关闭时，每个对话保留自己的模型。</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own system prompt.</source>
      <translation>关闭时，每个对话保留自己的系统提示词。</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>系统提示词</translation>
    </message>
    <message>
      <source>Temperature 0 and a fixed seed (42) make the same prompt give the same answer as far as the model allows, though not every model or provider guarantees it; use it to compare settings fairly.</source>
      <translation>温度 0 加上固定的随机种子（42），让同一个提示尽量得到同样的回答，但并非每个模型或服务商都能保证；适合公平地比较设置。</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>文件“{name}”已不存在。</translation>
    </message>
    <message>
      <source>The model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>模型必须是模型 ID，例如 microsoft/wizardlm-2-8x22b。</translation>
    </message>
    <message>
      <source>The parameters must be a JSON object.</source>
      <translation>参数必须是 JSON 对象。</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be a list of provider names such as deepinfra or google-vertex/us-east5.</source>
      <translation>提供商设置“{name}”必须是提供商名称列表，例如 deepinfra 或 google-vertex/us-east5。</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be true or false.</source>
      <translation>提供商设置“{name}”必须是 true 或 false。</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be {choices}.</source>
      <translation>提供商设置“{name}”必须是 {choices}。</translation>
    </message>
    <message>
      <source>The provider settings must be a JSON object.</source>
      <translation>提供商设置必须是 JSON 对象。</translation>
    </message>
    <message>
      <source>There is no preset named “{name}”.</source>
      <translation>没有名为“{name}”的预设。</translation>
    </message>
    <message>
      <source>This file has two presets named “{name}”.</source>
      <translation>此文件中有两个名为“{name}”的预设。</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>此文件不是 Switchboard 预设文件。</translation>
    </message>
    <message>
      <source>This is a built-in preset, so it cannot be changed. Save as a copy… keeps your changes as a preset of your own.</source>
      <translation>这是内置预设，无法更改。按“另存为副本…”可将你的更改保存为你自己的预设。</translation>
    </message>
    <message>
      <source>This preset cannot be saved: {reason}</source>
      <translation>无法保存此预设：{reason}</translation>
    </message>
    <message>
      <source>This preset sets no parameters, so each provider's own defaults apply.</source>
      <translation>此预设未设置任何参数，因此使用各提供商自己的默认值。</translation>
    </message>
    <message>
      <source>This presets file is damaged: it has no list of presets.</source>
      <translation>此预设文件已损坏：没有预设列表。</translation>
    </message>
    <message>
      <source>This presets file is damaged: its version is missing.</source>
      <translation>此预设文件已损坏：缺少版本号。</translation>
    </message>
    <message>
      <source>This presets file is from a newer version of Switchboard (version {version}); update Switchboard to import it.</source>
      <translation>此预设文件来自更新版本的 Switchboard（版本 {version}）；请更新 Switchboard 后再导入。</translation>
    </message>
    <message>
      <source>Turns on JSON mode and replaces the system prompt with one that asks for a single JSON object; use it when a program will read the answer.</source>
      <translation>开启 JSON 模式，并把系统提示词换成要求只回复一个 JSON 对象的提示词；适用于由程序读取回答的场合。</translation>
    </message>
    <message>
      <source>Type a model ID such as microsoft/wizardlm-2-8x22b, or switch this off.</source>
      <translation>请输入模型 ID，例如 microsoft/wizardlm-2-8x22b，或将其关闭。</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>撤销更改</translation>
    </message>
    <message>
      <source>Use a particular model</source>
      <translation>使用特定模型</translation>
    </message>
    <message>
      <source>Web search must be a JSON object.</source>
      <translation>网页搜索必须是 JSON 对象。</translation>
    </message>
    <message>
      <source>Web search needs “enabled”: true or false.</source>
      <translation>网页搜索需要“enabled”：true 或 false。</translation>
    </message>
    <message>
      <source>Web search results must be a whole number from 1 to {most}.</source>
      <translation>网页搜索结果数必须是 1 到 {most} 之间的整数。</translation>
    </message>
    <message>
      <source>What it does and when to use it</source>
      <translation>它的作用以及何时使用</translation>
    </message>
    <message>
      <source>What the preset sets</source>
      <translation>预设设置的内容</translation>
    </message>
    <message>
      <source>You already have a preset named “{name}”.</source>
      <translation>你已有名为“{name}”的预设。</translation>
    </message>
    <message>
      <source>You already have presets named {names}. Replace them with the imported ones?</source>
      <translation>你已有名为 {names} 的预设。要用导入的预设替换它们吗？</translation>
    </message>
    <message>
      <source>Your changes to “{name}” are not saved. Discard them?</source>
      <translation>你对“{name}”的更改尚未保存。要放弃吗？</translation>
    </message>
    <message>
      <source>Your preset “{name}” has the name of a built-in preset now, so it is shown as “{new_name}”.</source>
      <translation>你的预设“{name}”现在与一个内置预设同名，因此显示为“{new_name}”。</translation>
    </message>
    <message>
      <source>Your presets could not be saved ({reason}). Nothing was changed.</source>
      <translation>无法保存你的预设（{reason}）。未做任何更改。</translation>
    </message>
    <message>
      <source>its own system prompt</source>
      <translation>自己的系统提示词</translation>
    </message>
    <message>
      <source>model {model}</source>
      <translation>模型 {model}</translation>
    </message>
    <message>
      <source>no system prompt</source>
      <translation>无系统提示词</translation>
    </message>
    <message>
      <source>no web search</source>
      <translation>不搜索网页</translation>
    </message>
    <message numerus="yes">
      <source>searches the web (up to %n results)</source>
      <comment>one: searches the web (up to %n result)</comment>
      <translation>
        <numerusform>搜索网页（最多 %n 个结果）</numerusform>
      </translation>
    </message>
    <message>
      <source>the description must be text.</source>
      <translation>描述必须是文本。</translation>
    </message>
    <message>
      <source>the model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>模型必须是模型 ID，例如 microsoft/wizardlm-2-8x22b。</translation>
    </message>
    <message>
      <source>the system prompt must be text.</source>
      <translation>系统提示词必须是文本。</translation>
    </message>
    <message>
      <source>{choices} or {last}</source>
      <translation>{choices}或{last}</translation>
    </message>
    <message>
      <source>{name}  (built in)</source>
      <translation>{name}（内置）</translation>
    </message>
    <message>
      <source>{name} (copy {number})</source>
      <translation>{name}（副本 {number}）</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name}（副本）</translation>
    </message>
    <message>
      <source>{name} (mine {number})</source>
      <translation>{name}（我的 {number}）</translation>
    </message>
    <message>
      <source>{name} (mine)</source>
      <translation>{name}（我的）</translation>
    </message>
    <message>
      <source>{problem} Nothing was saved.</source>
      <translation>{problem} 未保存任何内容。</translation>
    </message>
    <message>
      <source>“{key}” is not a parameter Switchboard knows.</source>
      <translation>“{key}”不是 Switchboard 认识的参数。</translation>
    </message>
    <message>
      <source>“{key}” is not a provider setting Switchboard knows.</source>
      <translation>“{key}”不是 Switchboard 认识的提供商设置。</translation>
    </message>
    <message>
      <source>“{key}” is not a web search setting.</source>
      <translation>“{key}”不是网页搜索设置。</translation>
    </message>
    <message>
      <source>“{key}” is not something a preset can hold.</source>
      <translation>“{key}”不是预设可以包含的内容。</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be changed. Duplicate it to make a copy you can change.</source>
      <translation>“{name}”是内置预设，无法更改。请创建副本以获得可更改的版本。</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be deleted. Duplicate it to make a copy you can change.</source>
      <translation>“{name}”是内置预设，无法删除。请创建副本以获得可更改的版本。</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be renamed. Duplicate it to make a copy you can change.</source>
      <translation>“{name}”是内置预设，无法重命名。请创建副本以获得可更改的版本。</translation>
    </message>
    <message>
      <source>“{name}” is the name of a built-in preset. Choose another name.</source>
      <translation>“{name}”是内置预设的名称。请换一个名称。</translation>
    </message>
  </context>
  <context>
    <name>prompt_sets</name>
    <message>
      <source>A prompt set can hold at most {most} prompts.</source>
      <translation>一个提示词集最多可包含 {most} 个提示词。</translation>
    </message>
    <message>
      <source>A prompt set needs at least one prompt.</source>
      <translation>提示词集至少需要一个提示词。</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>回答 {letter}</translation>
    </message>
    <message>
      <source>Column {number}</source>
      <translation>第 {number} 列</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>无法打开“{name}”（{reason}）。</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>无法写入“{name}”（{reason}）。请选择其他文件夹后重试。</translation>
    </message>
    <message>
      <source>Every answer is in, so nothing is left to send.</source>
      <translation>所有回答都已收到，没有需要发送的内容了。</translation>
    </message>
    <message>
      <source>Give the prompt set a name.</source>
      <translation>请为提示词集命名。</translation>
    </message>
    <message>
      <source>Prompt set run</source>
      <translation>提示词集运行</translation>
    </message>
    <message>
      <source>Prompt {number} has a broken character that is not text. Retype it.</source>
      <translation>第 {number} 个提示词中有一个不是文本的损坏字符。请重新输入。</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>此文件中的第 {number} 个提示词有一个不是文本的损坏字符。请在文件中修正后重新导入。</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has no text.</source>
      <translation>此文件中的第 {number} 个提示词没有文本。</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has something Switchboard does not know: “{key}”.</source>
      <translation>此文件中的第 {number} 个提示词包含 Switchboard 不认识的内容：“{key}”。</translation>
    </message>
    <message>
      <source>Prompt {number} in this file is not a prompt.</source>
      <translation>此文件中的第 {number} 个提示词不是提示词。</translation>
    </message>
    <message>
      <source>Prompt {number} is empty. Write it or remove it.</source>
      <translation>第 {number} 个提示词为空。请填写或移除它。</translation>
    </message>
    <message>
      <source>Prompt {number} is too long: keep it under {most} characters.</source>
      <translation>第 {number} 个提示词太长：请保持在 {most} 个字符以内。</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>文件“{name}”已不存在。</translation>
    </message>
    <message>
      <source>The name has a broken character that is not text. Retype it.</source>
      <translation>名称中有一个不是文本的损坏字符。请重新输入。</translation>
    </message>
    <message>
      <source>The name is too long: keep it under {most} characters.</source>
      <translation>名称太长：请保持在 {most} 个字符以内。</translation>
    </message>
    <message>
      <source>The name of the set in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>此文件中提示词集的名称有一个不是文本的损坏字符。请在文件中修正后重新导入。</translation>
    </message>
    <message>
      <source>The notes of prompt {number} are too long: keep them under {most} characters.</source>
      <translation>第 {number} 个提示词的说明太长：请保持在 {most} 个字符以内。</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file are not text.</source>
      <translation>此文件中第 {number} 个提示词的说明不是文本。</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>此文件中第 {number} 个提示词的说明有一个不是文本的损坏字符。请在文件中修正后重新导入。</translation>
    </message>
    <message>
      <source>This file is not a Switchboard prompt set.</source>
      <translation>此文件不是 Switchboard 提示词集。</translation>
    </message>
    <message>
      <source>This file is too large to be a prompt set (more than {size} MB).</source>
      <translation>此文件太大，不可能是提示词集（超过 {size} MB）。</translation>
    </message>
    <message>
      <source>This prompt set file has no list of prompts.</source>
      <translation>此提示词集文件没有提示词列表。</translation>
    </message>
    <message>
      <source>This prompt set file has no name for the set.</source>
      <translation>此提示词集文件没有提示词集名称。</translation>
    </message>
    <message>
      <source>This prompt set file has something Switchboard does not know: “{key}”.</source>
      <translation>此提示词集文件包含 Switchboard 不认识的内容：“{key}”。</translation>
    </message>
    <message>
      <source>This prompt set file is damaged: its version is not a number.</source>
      <translation>此提示词集文件已损坏：其版本不是数字。</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers</source>
      <comment>one: {done} of %n answer</comment>
      <translation>
        <numerusform>已完成 {done} 个回答，共 %n 个</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}” is too large to be a prompt set (more than {size} MB).</source>
      <translation>“{name}”太大，不可能是提示词集（超过 {size} MB）。</translation>
    </message>
  </context>
  <context>
    <name>providers</name>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>符合架构的 JSON</translation>
    </message>
    <message>
      <source>No provider of {model} is working normally right now; each column may be served by a different provider.</source>
      <translation>{model} 目前没有正常运行的提供商；每一列可能由不同的提供商提供服务。</translation>
    </message>
    <message>
      <source>No provider of {model} take {names}, so a column that sets them will be refused; each column may be served by a different provider.</source>
      <translation>{model} 没有提供商接受 {names}，因此设置了这些参数的列会被拒绝；每一列可能由不同的提供商提供服务。</translation>
    </message>
    <message>
      <source>No provider of {model} takes {names}, so a column that sets it will be refused; each column may be served by a different provider.</source>
      <translation>{model} 没有提供商接受 {names}，因此设置了该参数的列会被拒绝；每一列可能由不同的提供商提供服务。</translation>
    </message>
    <message>
      <source>No single provider of {model} takes {names} together; each column may be served by a different provider.</source>
      <translation>{model} 没有任何一个提供商同时接受 {names}；每一列可能由不同的提供商提供服务。</translation>
    </message>
    <message>
      <source>The preset of a column of {model} allows only providers that do not serve this model, so that column will be refused. Choose another preset or model for it.</source>
      <translation>{model} 某一列的预设只允许不提供此模型的提供商，因此该列会被拒绝。请为它选择其他预设或模型。</translation>
    </message>
    <message>
      <source>The providers of {model} could not be looked up, so none was chosen; each column may be served by a different provider, and every setting is still required.</source>
      <translation>无法查询 {model} 的提供商，因此未选择任何提供商；每一列可能由不同的提供商提供服务，且仍要求支持每项设置。</translation>
    </message>
    <message>
      <source>{items} and {last}</source>
      <translation>{items}和{last}</translation>
    </message>
  </context>
  <context>
    <name>request</name>
    <message>
      <source>This message would carry {size} MB of files, more than the {most} MB one message can take (every file of the conversation is sent again with each message). Remove some files, or start a new conversation.</source>
      <translation>这条消息将携带 {size} MB 的文件，超过单条消息 {most} MB 的上限（对话中的每个文件都会随每条消息再次发送）。请移除一些文件，或新建对话。</translation>
    </message>
  </context>
  <context>
    <name>request_preview</name>
    <message>
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>请求</translation>
    </message>
    <message>
      <source>Request body</source>
      <translation>请求正文</translation>
    </message>
    <message>
      <source>The API key is sent in the Authorization header and is not shown here.</source>
      <translation>API 密钥在 Authorization 标头中发送，不在此处显示。</translation>
    </message>
  </context>
  <context>
    <name>requests</name>
    <message>
      <source>A setting holds a value JSON cannot carry (such as NaN). Fix it first.</source>
      <translation>某项设置包含 JSON 无法表示的值（例如 NaN）。请先修正。</translation>
    </message>
    <message>
      <source>Choose a model first.</source>
      <translation>请先选择模型。</translation>
    </message>
    <message>
      <source>Type a message first.</source>
      <translation>请先输入消息。</translation>
    </message>
  </context>
  <context>
    <name>routing_words</name>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>any provider</source>
      <translation>任意提供商</translation>
    </message>
    <message>
      <source>cheapest provider first</source>
      <translation>最便宜的提供商优先</translation>
    </message>
    <message>
      <source>fastest provider first</source>
      <translation>最快的提供商优先</translation>
    </message>
    <message>
      <source>never {providers}</source>
      <translation>从不使用 {providers}</translation>
    </message>
    <message>
      <source>no other provider if the first one fails</source>
      <translation>首选提供商失败时不使用其他提供商</translation>
    </message>
    <message>
      <source>only providers that honour every setting</source>
      <translation>只使用遵循每项设置的提供商</translation>
    </message>
    <message>
      <source>only providers that keep no data</source>
      <translation>只使用不保留数据的提供商</translation>
    </message>
    <message>
      <source>only {providers}</source>
      <translation>只使用 {providers}</translation>
    </message>
    <message>
      <source>other providers may step in if the first one fails</source>
      <translation>首选提供商失败时可由其他提供商接替</translation>
    </message>
    <message>
      <source>providers in a set order</source>
      <translation>按指定顺序使用提供商</translation>
    </message>
    <message>
      <source>providers that keep data allowed</source>
      <translation>允许保留数据的提供商</translation>
    </message>
    <message>
      <source>quickest provider to start first</source>
      <translation>启动最快的提供商优先</translation>
    </message>
    <message>
      <source>{earlier}, then {next}</source>
      <translation>{earlier}，然后{next}</translation>
    </message>
    <message>
      <source>{providers} first</source>
      <translation>{providers} 优先</translation>
    </message>
    <message>
      <source>{providers} only</source>
      <translation>仅 {providers}</translation>
    </message>
  </context>
  <context>
    <name>run_dialog</name>
    <message>
      <source>Answers at once:</source>
      <translation>同时生成的回答数：</translation>
    </message>
    <message>
      <source>Answers written at once</source>
      <translation>同时生成的回答数</translation>
    </message>
    <message>
      <source>Blind: hide the names and shuffle the answers until I pick the best of each prompt</source>
      <translation>盲测：在我为每个提示词选出最佳回答前，隐藏名称并打乱回答顺序</translation>
    </message>
    <message>
      <source>Fair: the same provider for each model, and only providers that take every setting</source>
      <translation>公平：每个模型使用相同的提供商，且只使用接受每项设置的提供商</translation>
    </message>
    <message>
      <source>How many answers are written at the same time. Fewer is gentler on the provider's limits; more finishes sooner.</source>
      <translation>同时生成多少个回答。越少对提供商的限制越友好；越多完成得越快。</translation>
    </message>
    <message>
      <source>Presets to run the set with</source>
      <translation>用于运行此集的预设</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>运行</translation>
    </message>
    <message>
      <source>Run a prompt set</source>
      <translation>运行提示词集</translation>
    </message>
    <message numerus="yes">
      <source>Send the %n prompts of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</source>
      <comment>one: Send the %n prompt of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</comment>
      <translation>
        <numerusform>将 {name} 中的 %n 个提示词通过 {model}（或预设指定的模型）发送给二到四个预设。发送任何内容之前，你会先看到可能的费用。</numerusform>
      </translation>
    </message>
    <message>
      <source>{set}: {presets}</source>
      <translation>{set}：{presets}</translation>
    </message>
  </context>
  <context>
    <name>run_view</name>
    <message>
      <source>A good answer: {notes}</source>
      <translation>好回答：{notes}</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>回答</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>回答 {letter}</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>回答</translation>
    </message>
    <message>
      <source>As CSV (for a spreadsheet)…</source>
      <translation>导出为 CSV（用于电子表格）…</translation>
    </message>
    <message>
      <source>As Markdown…</source>
      <translation>导出为 Markdown…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>导出…</translation>
    </message>
    <message>
      <source>No answer yet.</source>
      <translation>尚无回答。</translation>
    </message>
    <message>
      <source>Open as a comparison</source>
      <translation>作为对比打开</translation>
    </message>
    <message>
      <source>Open this prompt's answers in a comparison tab, where you can pick the best one.</source>
      <translation>在对比标签页中打开此提示词的回答，你可以在那里选出最佳回答。</translation>
    </message>
    <message>
      <source>Picked</source>
      <translation>已选</translation>
    </message>
    <message>
      <source>Progress of the run</source>
      <translation>运行进度</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>提示词</translation>
    </message>
    <message>
      <source>Prompts</source>
      <translation>提示词</translation>
    </message>
    <message>
      <source>Results per preset</source>
      <translation>各预设的结果</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>Stop the run: what arrived is kept, Resume sends the rest.</source>
      <translation>停止运行：已收到的内容会保留，按“继续”发送其余部分。</translation>
    </message>
    <message>
      <source>What is left to send: {estimate}.</source>
      <translation>剩余待发送：{estimate}。</translation>
    </message>
    <message>
      <source>{answered} of {columns}</source>
      <translation>{answered} / {columns}</translation>
    </message>
  </context>
  <context>
    <name>safe_text</name>
    <message numerus="yes">
      <source>… (%n more characters; Copy to get all)</source>
      <comment>one: … (%n more character; Copy to get all)</comment>
      <translation>
        <numerusform>…（还有 %n 个字符；复制即可获取全部内容）</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>secrets</name>
    <message>
      <source>Desktop keyring</source>
      <translation>桌面钥匙串</translation>
    </message>
    <message>
      <source>Keyring turned off</source>
      <translation>钥匙串已关闭</translation>
    </message>
    <message>
      <source>No desktop session bus (D-Bus) is running, so no keyring service such as GNOME Keyring or KWallet can be reached.</source>
      <translation>没有运行桌面会话总线 (D-Bus)，因此无法连接 GNOME Keyring 或 KWallet 等钥匙串服务。</translation>
    </message>
    <message>
      <source>No keyring</source>
      <translation>无钥匙串</translation>
    </message>
    <message>
      <source>No keyring service (such as GNOME Keyring or KWallet) is running.</source>
      <translation>没有运行钥匙串服务（例如 GNOME Keyring 或 KWallet）。</translation>
    </message>
    <message>
      <source>No keyring service is available.</source>
      <translation>没有可用的钥匙串服务。</translation>
    </message>
    <message>
      <source>No secure keyring</source>
      <translation>无安全钥匙串</translation>
    </message>
    <message>
      <source>None of the keyrings available ({names}) keeps secrets safely, so Switchboard will not use them.</source>
      <translation>可用的钥匙串（{names}）都不能安全地保存机密信息，因此 Switchboard 不会使用它们。</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer.</source>
      <translation>Switchboard 在这台电脑上没有安全的地方保存你的密钥。</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. You can paste a key to use for this session only.</source>
      <translation>Switchboard 在这台电脑上没有安全的地方保存你的密钥。你可以粘贴密钥，仅在本次会话中使用。</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason}</source>
      <translation>Switchboard 在这台电脑上没有安全的地方保存你的密钥。{reason}</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason} You can paste a key to use for this session only.</source>
      <translation>Switchboard 在这台电脑上没有安全的地方保存你的密钥。{reason} 你可以粘贴密钥，仅在本次会话中使用。</translation>
    </message>
    <message>
      <source>Switchboard keeps your key only in the system's own keychain (Secret Service, KWallet, macOS Keychain or Windows Credential Manager), and none of them is in use.</source>
      <translation>Switchboard 只会将你的密钥保存在系统自带的钥匙串中（Secret Service、KWallet、macOS 钥匙串或 Windows 凭据管理器），而这些都未在使用。</translation>
    </message>
    <message>
      <source>The keyring could not be set up ({error}).</source>
      <translation>无法设置钥匙串（{error}）。</translation>
    </message>
    <message>
      <source>The only keyring available keeps secrets in a file on disk that is not properly protected, so Switchboard will not use it.</source>
      <translation>唯一可用的钥匙串将机密信息保存在未受妥善保护的磁盘文件中，因此 Switchboard 不会使用它。</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so Switchboard cannot read your saved key. Try again later, or paste the key to use it for this session only.</source>
      <translation>系统钥匙串没有响应，因此 Switchboard 无法读取你保存的密钥。请稍后重试，或粘贴密钥仅在本次会话中使用。</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be removed. Try again later.</source>
      <translation>系统钥匙串没有响应，因此无法移除密钥。请稍后重试。</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be saved. Try again, or use the key for this session only.</source>
      <translation>系统钥匙串没有响应，因此无法保存密钥。请重试，或仅在本次会话中使用该密钥。</translation>
    </message>
    <message>
      <source>The system keyring is turned off for Python programs (keyring's null backend).</source>
      <translation>系统钥匙串已对 Python 程序关闭（keyring 的 null 后端）。</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. You can use the key for this session only.</source>
      <translation>这台电脑上没有安全的地方保存你的密钥。你可以仅在本次会话中使用该密钥。</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. {reason} You can use the key for this session only.</source>
      <translation>这台电脑上没有安全的地方保存你的密钥。{reason} 你可以仅在本次会话中使用该密钥。</translation>
    </message>
    <message>
      <source>Unrecognised keyring ({name})</source>
      <translation>无法识别的钥匙串（{name}）</translation>
    </message>
    <message>
      <source>Your keyring is locked, so Switchboard cannot read your saved key. Unlock it (logging in again usually does), then restart Switchboard, or paste the key to use it for this session only.</source>
      <translation>你的钥匙串已锁定，因此 Switchboard 无法读取你保存的密钥。请解锁它（通常重新登录即可），然后重新启动 Switchboard，或粘贴密钥仅在本次会话中使用。</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be removed. Unlock it (logging in again usually does) and try again.</source>
      <translation>你的钥匙串已锁定，因此无法移除密钥。请解锁它（通常重新登录即可）后重试。</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be saved. Unlock it (logging in again usually does) and try again, or use the key for this session only.</source>
      <translation>你的钥匙串已锁定，因此无法保存密钥。请解锁它（通常重新登录即可）后重试，或仅在本次会话中使用该密钥。</translation>
    </message>
  </context>
  <context>
    <name>send_gate</name>
    <message>
      <source>Not sent: your message is still in the box.</source>
      <translation>未发送：你的消息仍在输入框中。</translation>
    </message>
    <message>
      <source>Send anyway</source>
      <translation>仍然发送</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>An amount cannot be negative.</source>
      <translation>金额不能为负数。</translation>
    </message>
    <message>
      <source>Caps go up to {amount}. Type a smaller amount, such as 20.</source>
      <translation>上限最高为 {amount}。请输入较小的金额，例如 20。</translation>
    </message>
    <message>
      <source>The smallest amount is {amount} (or 0 to allow no spending at all).</source>
      <translation>最小金额为 {amount}（或填 0 表示完全不允许支出）。</translation>
    </message>
  </context>
  <context>
    <name>settings_dialog</name>
    <message>
      <source>API address</source>
      <translation>API 地址</translation>
    </message>
    <message>
      <source>Address in use</source>
      <translation>当前使用的地址</translation>
    </message>
    <message>
      <source>App name given to OpenRouter</source>
      <translation>提供给 OpenRouter 的应用名称</translation>
    </message>
    <message>
      <source>App web page given to OpenRouter</source>
      <translation>提供给 OpenRouter 的应用网页</translation>
    </message>
    <message>
      <source>Ask before a send above ($)</source>
      <translation>发送费用超过此值时询问 ($)</translation>
    </message>
    <message>
      <source>At 80% of a cap the meter turns orange. A send that could pass a cap waits for you to press “Send anyway”. Leave a box empty for no limit.</source>
      <translation>达到上限的 80% 时，计量条会变为橙色。可能超出上限的发送会等待你按“仍然发送”。留空表示不设限制。</translation>
    </message>
    <message>
      <source>Change key…</source>
      <translation>更换密钥…</translation>
    </message>
    <message>
      <source>Daily cap ($)</source>
      <translation>每日支出上限 ($)</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>深色</translation>
    </message>
    <message>
      <source>Each request tells OpenRouter that it comes from Switchboard, so Switchboard can appear in the app rankings on openrouter.ai. Change the name or web page given, or leave them empty for Switchboard's own. Only plain ASCII is sent.</source>
      <translation>每个请求都会告诉 OpenRouter 它来自 Switchboard，这样 Switchboard 就能出现在 openrouter.ai 的应用排行榜中。你可以更改提供的名称或网页，或留空以使用 Switchboard 自己的。只会发送纯 ASCII 字符。</translation>
    </message>
    <message>
      <source>Empty: OpenRouter ({address})</source>
      <translation>留空：OpenRouter（{address}）</translation>
    </message>
    <message>
      <source>Enter sends the message (Shift+Enter for a new line)</source>
      <translation>按 Enter 发送消息（Shift+Enter 换行）</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}).</source>
      <translation>当前使用：{where}（{address}）。</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}). Save to use the address above instead.</source>
      <translation>当前使用：{where}（{address}）。保存后将改用上面的地址。</translation>
    </message>
    <message>
      <source>Keep the saved key</source>
      <translation>保留已保存的密钥</translation>
    </message>
    <message>
      <source>Key for this server</source>
      <translation>此服务器的密钥</translation>
    </message>
    <message>
      <source>Key for {host}</source>
      <translation>{host} 的密钥</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>浅色</translation>
    </message>
    <message>
      <source>Look and keyboard</source>
      <translation>外观和键盘</translation>
    </message>
    <message>
      <source>Monthly cap ($)</source>
      <translation>每月支出上限 ($)</translation>
    </message>
    <message>
      <source>Never ask</source>
      <translation>从不询问</translation>
    </message>
    <message>
      <source>No daily cap</source>
      <translation>无每日支出上限</translation>
    </message>
    <message>
      <source>No key for {host}</source>
      <translation>没有 {host} 的密钥</translation>
    </message>
    <message>
      <source>No monthly cap</source>
      <translation>无每月支出上限</translation>
    </message>
    <message>
      <source>Once a day Switchboard asks GitHub for its latest version. Nothing about you or your conversations is sent, and never your key.</source>
      <translation>Switchboard 每天会向 GitHub 查询一次最新版本。不会发送任何关于你或你的对话的信息，也绝不会发送你的密钥。</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>打开文件夹</translation>
    </message>
    <message>
      <source>OpenRouter, or any OpenAI-compatible server such as a local model server.</source>
      <translation>OpenRouter，或任何兼容 OpenAI 的服务器，例如本地模型服务器。</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>移除密钥</translation>
    </message>
    <message>
      <source>Requests go to OpenRouter, with your OpenRouter key.</source>
      <translation>请求发往 OpenRouter，使用你的 OpenRouter 密钥。</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key, if any, or send none.</source>
      <translation>发往 {host} 的请求使用下方的密钥，绝不使用你的 OpenRouter 密钥。留空则保留其已保存的密钥（如有），否则不发送密钥。</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key.</source>
      <translation>发往 {host} 的请求使用下方的密钥，绝不使用你的 OpenRouter 密钥。留空则保留其已保存的密钥。</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to send no key.</source>
      <translation>发往 {host} 的请求使用下方的密钥，绝不使用你的 OpenRouter 密钥。留空则不发送密钥。</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <source>Sent with each request (as the HTTP-Referer header).</source>
      <translation>随每个请求发送（作为 HTTP-Referer 标头）。</translation>
    </message>
    <message>
      <source>Sent with each request (as the X-Title header).</source>
      <translation>随每个请求发送（作为 X-Title 标头）。</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>服务器</translation>
    </message>
    <message>
      <source>Set by SWITCHBOARD_BASE_URL for this session, so it cannot be changed here. Without it, Switchboard uses the address saved in Settings.</source>
      <translation>本次会话由 SWITCHBOARD_BASE_URL 设置，因此无法在此更改。没有它时，Switchboard 使用设置中保存的地址。</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Spending guard</source>
      <translation>支出保护</translation>
    </message>
    <message>
      <source>Switchboard uses the new language after a restart.</source>
      <translation>Switchboard 会在重新启动后使用新语言。</translation>
    </message>
    <message>
      <source>Tell me when a new version of Switchboard is out (asks GitHub once a day)</source>
      <translation>Switchboard 有新版本时通知我（每天向 GitHub 查询一次）</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Updates</source>
      <translation>更新</translation>
    </message>
    <message>
      <source>Which key is sent</source>
      <translation>发送哪个密钥</translation>
    </message>
    <message>
      <source>Why the address is fixed</source>
      <translation>为什么地址是固定的</translation>
    </message>
    <message>
      <source>Your data</source>
      <translation>你的数据</translation>
    </message>
    <message>
      <source>Your key</source>
      <translation>你的密钥</translation>
    </message>
    <message>
      <source>“{text}” is not an amount in dollars, such as {example}.</source>
      <translation>“{text}”不是美元金额，例如 {example}。</translation>
    </message>
  </context>
  <context>
    <name>settings_file</name>
    <message>
      <source>Your settings at {path} could not be read ({reason}), so default settings are used for now.</source>
      <translation>无法读取位于 {path} 的设置（{reason}），因此暂时使用默认设置。</translation>
    </message>
    <message>
      <source>Your settings at {path} could not be read, so default settings are used for now.</source>
      <translation>无法读取位于 {path} 的设置，因此暂时使用默认设置。</translation>
    </message>
    <message>
      <source>Your settings at {path} were saved by a newer version of Switchboard, so default settings are used for now.</source>
      <translation>位于 {path} 的设置由更新版本的 Switchboard 保存，因此暂时使用默认设置。</translation>
    </message>
    <message>
      <source>Your settings could not be read ({reason}), so default settings are used. The old file is kept at {kept}.</source>
      <translation>无法读取你的设置（{reason}），因此使用默认设置。旧文件保留在 {kept}。</translation>
    </message>
    <message>
      <source>Your settings could not be read, so default settings are used. The old file is kept at {kept}.</source>
      <translation>无法读取你的设置，因此使用默认设置。旧文件保留在 {kept}。</translation>
    </message>
    <message>
      <source>Your settings were saved by a newer version of Switchboard, so default settings are used. The old file is kept at {kept}.</source>
      <translation>你的设置由更新版本的 Switchboard 保存，因此使用默认设置。旧文件保留在 {kept}。</translation>
    </message>
    <message>
      <source>the file is damaged</source>
      <translation>文件已损坏</translation>
    </message>
  </context>
  <context>
    <name>sources</name>
    <message numerus="yes">
      <source>%n bytes</source>
      <comment>one: %n byte</comment>
      <translation>
        <numerusform>%n 字节</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n searches, {cost}</source>
      <comment>one: %n search, {cost}</comment>
      <translation>
        <numerusform>%n 次搜索，{cost}</numerusform>
      </translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>打开 {name}</translation>
    </message>
    <message>
      <source>Sent at {width} × {height}, reduced from {original_width} × {original_height}</source>
      <translation>以 {width} × {height} 发送，由 {original_width} × {original_height} 缩小</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>来源</translation>
    </message>
    <message numerus="yes">
      <source>Up to %n results a search, about {price} per message (at most {most} if the model searches {searches} times).</source>
      <comment>one: Up to %n result a search, about {price} per message (at most {most} if the model searches {searches} times).</comment>
      <translation>
        <numerusform>每次搜索最多 %n 个结果，每条消息约 {price}（如果模型搜索 {searches} 次，最多 {most}）。</numerusform>
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
      <translation>不再提醒此版本</translation>
    </message>
    <message>
      <source>Open the release page.</source>
      <translation>打开发布页面。</translation>
    </message>
    <message>
      <source>Status message</source>
      <translation>状态消息</translation>
    </message>
  </context>
  <context>
    <name>streaming</name>
    <message>
      <source>Thinking</source>
      <translation>思考</translation>
    </message>
  </context>
  <context>
    <name>tabs</name>
    <message>
      <source>Conversations</source>
      <translation>对话</translation>
    </message>
    <message>
      <source>New conversation</source>
      <translation>新对话</translation>
    </message>
    <message>
      <source>New conversation (Ctrl+T)</source>
      <translation>新对话 (Ctrl+T)</translation>
    </message>
  </context>
  <context>
    <name>thinking</name>
    <message>
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>低</translation>
    </message>
    <message>
      <source>Maximum</source>
      <translation>最高</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than the thinking budget {budget}: the model may spend it all thinking and leave no answer.</source>
      <translation>最大长度 {length} 不超过思考预算 {budget}：模型可能把它全部用于思考，而没有留下回答。</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than {least} tokens, the least some models think even at {level} effort: the model may spend it all thinking and leave no answer.</source>
      <translation>最大长度 {length} 不超过 {least} 个 token，而某些模型即使在“{level}”思考程度下也至少会思考这么多：模型可能把它全部用于思考，而没有留下回答。</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>中</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>极低</translation>
    </message>
    <message>
      <source>The thinking budget must be a whole number of tokens.</source>
      <translation>思考预算必须是整数个 token。</translation>
    </message>
    <message>
      <source>The thinking budget must be between {least} and {most} tokens.</source>
      <translation>思考预算必须介于 {least} 和 {most} 个 token 之间。</translation>
    </message>
    <message>
      <source>The thinking effort must be one of {efforts}.</source>
      <translation>思考程度必须是 {efforts} 之一。</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>思考</translation>
    </message>
    <message>
      <source>Thinking budget {tokens}</source>
      <translation>思考预算 {tokens}</translation>
    </message>
    <message>
      <source>Thinking high</source>
      <translation>思考：高</translation>
    </message>
    <message>
      <source>Thinking low</source>
      <translation>思考：低</translation>
    </message>
    <message>
      <source>Thinking maximum</source>
      <translation>思考：最高</translation>
    </message>
    <message>
      <source>Thinking medium</source>
      <translation>思考：中</translation>
    </message>
    <message>
      <source>Thinking minimal</source>
      <translation>思考：极低</translation>
    </message>
    <message>
      <source>Thinking must be a JSON object such as {"effort": "high"}.</source>
      <translation>思考必须是 JSON 对象，例如 {"effort": "high"}。</translation>
    </message>
    <message>
      <source>Thinking must be the model's default, off, an effort or a budget.</source>
      <translation>思考必须是模型默认、关闭、某个程度或某个预算。</translation>
    </message>
    <message>
      <source>Thinking off</source>
      <translation>思考：关</translation>
    </message>
    <message>
      <source>Thinking very high</source>
      <translation>思考：很高</translation>
    </message>
    <message>
      <source>Thinking {level}</source>
      <translation>思考：{level}</translation>
    </message>
    <message>
      <source>Thinking: model default</source>
      <translation>思考：模型默认</translation>
    </message>
    <message>
      <source>Very high</source>
      <translation>很高</translation>
    </message>
    <message>
      <source>budget {tokens}</source>
      <translation>预算 {tokens}</translation>
    </message>
    <message>
      <source>cannot turn its thinking off</source>
      <translation>无法关闭思考</translation>
    </message>
    <message>
      <source>does not offer the {level} thinking effort</source>
      <translation>不提供“{level}”思考程度</translation>
    </message>
    <message>
      <source>does not take a thinking budget</source>
      <translation>不接受思考预算</translation>
    </message>
    <message>
      <source>high</source>
      <translation>高</translation>
    </message>
    <message>
      <source>low</source>
      <translation>低</translation>
    </message>
    <message>
      <source>maximum</source>
      <translation>最高</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>中</translation>
    </message>
    <message>
      <source>minimal</source>
      <translation>极低</translation>
    </message>
    <message>
      <source>model default</source>
      <translation>模型默认</translation>
    </message>
    <message>
      <source>off</source>
      <translation>关</translation>
    </message>
    <message>
      <source>on</source>
      <translation>开</translation>
    </message>
    <message>
      <source>very high</source>
      <translation>很高</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off.</source>
      <translation>{model} 无法关闭思考。</translation>
    </message>
    <message>
      <source>{model} does not offer the {level} thinking effort.</source>
      <translation>{model} 不提供“{level}”思考程度。</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget.</source>
      <translation>{model} 不接受思考预算。</translation>
    </message>
    <message>
      <source>{setting} (hidden)</source>
      <translation>{setting}（隐藏）</translation>
    </message>
    <message>
      <source>“Hide the thinking” must be on or off.</source>
      <translation>“隐藏思考过程”必须是开或关。</translation>
    </message>
    <message>
      <source>“{name}” is not a thinking setting Switchboard knows.</source>
      <translation>“{name}”不是 Switchboard 认识的思考设置。</translation>
    </message>
  </context>
  <context>
    <name>transcript</name>
    <message>
      <source>Code copied.</source>
      <translation>代码已复制。</translation>
    </message>
    <message>
      <source>Conversation</source>
      <translation>对话</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>重试</translation>
    </message>
    <message>
      <source>That link was not opened: only web and e-mail links open.</source>
      <translation>未打开该链接：只能打开网页和电子邮件链接。</translation>
    </message>
    <message>
      <source>That message was not sent.</source>
      <translation>该消息未发送。</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>正在等待模型…</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>无法打开“{name}”。</translation>
    </message>
    <message>
      <source>“{name}” is no longer in Switchboard's data folder, so it cannot be opened.</source>
      <translation>“{name}”已不在 Switchboard 的数据文件夹中，因此无法打开。</translation>
    </message>
  </context>
  <context>
    <name>turn</name>
    <message>
      <source>The connection ended before the answer was finished.</source>
      <translation>连接在回答完成前已断开。</translation>
    </message>
  </context>
  <context>
    <name>updates</name>
    <message>
      <source>Switchboard {version} is available — what's new</source>
      <translation>Switchboard {version} 已发布 — 查看新功能</translation>
    </message>
  </context>
  <context>
    <name>version_settings</name>
    <message>
      <source>Answered by</source>
      <translation>回答者</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>JSON 架构</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>提供商</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>系统提示词</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>未设置</translation>
    </message>
    <message>
      <source>on</source>
      <translation>开</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>纯文本</translation>
    </message>
  </context>
  <context>
    <name>versions_flow</name>
    <message>
      <source>For this answer only: the conversation keeps its own settings</source>
      <translation>仅用于此回答：对话保留其自己的设置</translation>
    </message>
    <message>
      <source>For this answer only: the conversation keeps its own settings.</source>
      <translation>仅用于此回答：对话保留其自己的设置。</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>模型</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>预设</translation>
    </message>
    <message>
      <source>Regenerate with</source>
      <translation>重新生成所用</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>换个设置重新生成…</translation>
    </message>
    <message>
      <source>This answer has only one version: Regenerate makes another.</source>
      <translation>此回答只有一个版本：按“重新生成”可再生成一个。</translation>
    </message>
    <message>
      <source>Wait until the answer being written has finished (or press Stop), then try again.</source>
      <translation>请等正在输出的回答完成（或按“停止”）后再试。</translation>
    </message>
    <message>
      <source>{model} (this conversation's)</source>
      <translation>{model}（此对话的模型）</translation>
    </message>
  </context>
  <context>
    <name>versions_view</name>
    <message>
      <source>Answer, version {number}</source>
      <translation>回答，第 {number} 版</translation>
    </message>
    <message>
      <source>Compare these versions</source>
      <translation>比较这些版本</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>突出显示差异</translation>
    </message>
    <message>
      <source>Make this version the one the conversation shows</source>
      <translation>让对话显示此版本</translation>
    </message>
    <message>
      <source>Mark the words where the answers differ</source>
      <translation>标记回答不同的词语</translation>
    </message>
    <message>
      <source>No figures were recorded.</source>
      <translation>没有记录任何数据。</translation>
    </message>
    <message>
      <source>On screen</source>
      <translation>当前显示</translation>
    </message>
    <message>
      <source>Settings of version {number}</source>
      <translation>第 {number} 版的设置</translation>
    </message>
    <message>
      <source>Show this one</source>
      <translation>显示这个</translation>
    </message>
    <message>
      <source>Show version {number}</source>
      <translation>显示第 {number} 版</translation>
    </message>
    <message numerus="yes">
      <source>The same question, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: The same question, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>同一个问题，以 %n 种方式回答，每种都有各自的设置。在你希望对话显示的回答下方按“显示这个”；其他回答会保留。</numerusform>
      </translation>
    </message>
    <message>
      <source>Tokens and cost of version {number}</source>
      <translation>第 {number} 版的 token 数和费用</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>第 {number} 版，共 {total} 版</translation>
    </message>
    <message numerus="yes">
      <source>“{question}”, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: “{question}”, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>“{question}”，以 %n 种方式回答，每种都有各自的设置。在你希望对话显示的回答下方按“显示这个”；其他回答会保留。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>welcome</name>
    <message>
      <source>&lt;b&gt;A key&lt;/b&gt; is like a password that lets Switchboard use your OpenRouter account. {keeping}</source>
      <translation>&lt;b&gt;密钥&lt;/b&gt;就像密码，让 Switchboard 可以使用你的 OpenRouter 账户。{keeping}</translation>
    </message>
    <message>
      <source>&lt;b&gt;OpenRouter&lt;/b&gt; is one account that reaches hundreds of AI models (from OpenAI, Anthropic, Google, Meta, Mistral and others). Switchboard is a window onto it: you chat, compare and keep your conversations on this computer.</source>
      <translation>&lt;b&gt;OpenRouter&lt;/b&gt; 是一个账户，可以使用数百个 AI 模型（来自 OpenAI、Anthropic、Google、Meta、Mistral 等）。Switchboard 是通往它的窗口：你可以在这台电脑上聊天、对比和保存对话。</translation>
    </message>
    <message>
      <source>&lt;b&gt;What it costs:&lt;/b&gt; OpenRouter charges per use, from your prepaid credit. A typical answer costs a fraction of a cent, some models are free, and Switchboard shows what every answer cost.</source>
      <translation>&lt;b&gt;费用：&lt;/b&gt;OpenRouter 按使用量从你预付的额度中扣费。一个普通回答的费用不到一美分，有些模型是免费的，而且 Switchboard 会显示每个回答的费用。</translation>
    </message>
    <message>
      <source>Switchboard keeps it in your computer's keychain, the same place your browser keeps passwords, and nowhere else.</source>
      <translation>Switchboard 会把它保存在你电脑的钥匙串中，也就是浏览器保存密码的地方，不会保存在其他任何地方。</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key is kept only until you close the app (and nowhere else): you will paste it or sign in again next time.</source>
      <translation>这台电脑没有 Switchboard 可用的密码库，因此你的密钥只会保留到你关闭应用为止（不会保存在其他地方）：下次需要重新粘贴或重新登录。</translation>
    </message>
    <message>
      <source>Welcome to Switchboard</source>
      <translation>欢迎使用 Switchboard</translation>
    </message>
  </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
  <context>
    <name>about</name>
    <message>
      <source>(not known until the app has started)</source>
      <translation>（アプリの起動後にわかります）</translation>
    </message>
    <message>
      <source>A desktop chat client for OpenRouter.</source>
      <translation>OpenRouter 用のデスクトップチャットクライアントです。</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>{app} について</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Add a line to the message</source>
      <translation>メッセージに改行を追加</translation>
    </message>
    <message>
      <source>Enter (or Ctrl+Enter, when Enter adds a line)</source>
      <translation>Enter（Enter で改行する設定の場合は Ctrl+Enter）</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>キーボードショートカット</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>キー</translation>
    </message>
    <message>
      <source>Licence: {licence}</source>
      <translation>ライセンス: {licence}</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>データフォルダーを開く</translation>
    </message>
    <message>
      <source>Send the message</source>
      <translation>メッセージを送信</translation>
    </message>
    <message>
      <source>Your conversations and settings are kept in:
{place}</source>
      <translation>会話と設定の保存場所:
{place}</translation>
    </message>
  </context>
  <context>
    <name>account</name>
    <message>
      <source>A key is one line without spaces. Copy it again, all of it, and paste it here.</source>
      <translation>キーはスペースを含まない 1 行です。もう一度すべてをコピーして、ここに貼り付けてください。</translation>
    </message>
    <message>
      <source>For this session only</source>
      <translation>このセッションのみ</translation>
    </message>
    <message>
      <source>For this session only (the key for {server}, not your OpenRouter key)</source>
      <translation>このセッションのみ（OpenRouter のキーではなく、{server} 用のキー）</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored</source>
      <translation>環境変数（{variable}）から取得、保存されません</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored (the key for {server}, not your OpenRouter key)</source>
      <translation>環境変数（{variable}）から取得、保存されません（OpenRouter のキーではなく、{server} 用のキー）</translation>
    </message>
    <message>
      <source>No key for {server}: requests to it are sent without one</source>
      <translation>{server} 用のキーがありません: リクエストはキーなしで送信されます</translation>
    </message>
    <message>
      <source>No key yet</source>
      <translation>キーがまだありません</translation>
    </message>
    <message>
      <source>Not checked yet</source>
      <translation>未確認</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key, and it does not look like an OpenRouter key (those start with “sk-or-”). Copy the key again from openrouter.ai/keys.</source>
      <translation>OpenRouter はこのキーを受け付けませんでした。また、OpenRouter のキー（「sk-or-」で始まります）ではないようです。openrouter.ai/keys からキーをもう一度コピーしてください。</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key. It may be mistyped, disabled or expired: check that you copied all of it, or create a new one at openrouter.ai/keys.</source>
      <translation>OpenRouter はこのキーを受け付けませんでした。入力ミス、無効化、または期限切れの可能性があります。すべてをコピーしたか確認するか、openrouter.ai/keys で新しいキーを作成してください。</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>先にキーを貼り付けてください。</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter is only for the OpenRouter address. The API address in Settings is another server: enter that server's key in Settings, or set the address back to OpenRouter to sign in.</source>
      <translation>OpenRouter でのサインインは OpenRouter のアドレスでのみ使えます。設定の API アドレスは別のサーバーです。設定でそのサーバーのキーを入力するか、アドレスを OpenRouter に戻してからサインインしてください。</translation>
    </message>
    <message>
      <source>Stored in: {store}</source>
      <translation>保存場所: {store}</translation>
    </message>
    <message>
      <source>Stored in: {store} (the key for {server}, not your OpenRouter key)</source>
      <translation>保存場所: {store}（OpenRouter のキーではなく、{server} 用のキー）</translation>
    </message>
    <message>
      <source>The key in {variable} cannot be used: {reason}</source>
      <translation>{variable} のキーは使用できません: {reason}</translation>
    </message>
    <message>
      <source>The server at {server} did not accept this key. Check that you copied all of it, then try again.</source>
      <translation>{server} のサーバーはこのキーを受け付けませんでした。すべてをコピーしたか確認してから、もう一度お試しください。</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use</source>
      <translation>このコンピューターには Switchboard が使えるパスワード保管庫がありません</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so a key can be kept only until you close the app. Paste your key to use it for this session only.</source>
      <translation>このコンピューターには Switchboard が使えるパスワード保管庫がないため、キーはアプリを閉じるまでしか保持できません。このセッションだけ使うには、キーを貼り付けてください。</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key can be kept only until you close the app. You can use it for this session only (you will paste it again next time).</source>
      <translation>このコンピューターには Switchboard が使えるパスワード保管庫がないため、キーはアプリを閉じるまでしか保持できません。このセッションだけ使うことができます（次回はもう一度貼り付けてください）。</translation>
    </message>
    <message>
      <source>This key contains characters that keys never have. Copy it again from where you created it (for OpenRouter: openrouter.ai/keys).</source>
      <translation>このキーには、キーに含まれることのない文字が入っています。作成した場所からもう一度コピーしてください（OpenRouter の場合: openrouter.ai/keys）。</translation>
    </message>
    <message>
      <source>This server does not describe its keys, so the key was taken as it is.</source>
      <translation>このサーバーはキーの形式を示していないため、キーはそのまま使用されました。</translation>
    </message>
    <message>
      <source>Unnamed key</source>
      <translation>名前のないキー</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>毎日</translation>
    </message>
    <message>
      <source>free tier</source>
      <translation>無料枠</translation>
    </message>
    <message>
      <source>limit {limit}</source>
      <translation>上限 {limit}</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left)</source>
      <translation>上限 {limit}（残り {left}）</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left), resets {reset}</source>
      <translation>上限 {limit}（残り {left}）、{reset} にリセット</translation>
    </message>
    <message>
      <source>limit {limit}, resets {reset}</source>
      <translation>上限 {limit}、{reset} にリセット</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>毎月</translation>
    </message>
    <message>
      <source>no spending limit</source>
      <translation>支出上限なし</translation>
    </message>
    <message>
      <source>used {amount}</source>
      <translation>使用済み {amount}</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>毎週</translation>
    </message>
  </context>
  <context>
    <name>account_flow</name>
    <message>
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>キーを削除</translation>
    </message>
    <message>
      <source>Remove the key for {server} from this computer's keychain?</source>
      <translation>{server} 用のキーをこのコンピューターのキーチェーンから削除しますか？</translation>
    </message>
    <message>
      <source>Remove your OpenRouter key from this computer's keychain?</source>
      <translation>OpenRouter のキーをこのコンピューターのキーチェーンから削除しますか？</translation>
    </message>
    <message>
      <source>You are ready: type a message and press Enter.</source>
      <translation>準備ができました。メッセージを入力して Enter を押してください。</translation>
    </message>
  </context>
  <context>
    <name>attach_flow</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n ページ</numerusform>
      </translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and each of the {columns} columns pays for its own reading ({pages} in all: about {about}). Read them?</source>
      <translation>添付した PDF にはテキストがなく、ページの画像だけです。有料の読み取りは 1,000 ページあたり $2 かかり、{columns} 列それぞれが読み取り料金を支払います（合計 {pages}: 約 {about}）。読み取りますか？</translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and it then reads every PDF this message sends ({pdfs} PDFs, {pages}: about {about}). Read them?</source>
      <translation>添付した PDF にはテキストがなく、ページの画像だけです。有料の読み取りは 1,000 ページあたり $2 かかり、このメッセージで送信するすべての PDF が読み取られます（{pdfs} 個の PDF、{pages}: 約 {about}）。読み取りますか？</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and earlier messages of this conversation carry pictures ({names}) that every message sends again. Choose a model that can see pictures.</source>
      <translation>送信されていません: {model} は画像を認識できません。この会話の以前のメッセージには画像（{names}）が含まれており、メッセージのたびに再送信されます。画像を認識できるモデルを選んでください。</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} are pictures. Choose a model that can, or remove the pictures.</source>
      <translation>送信されていません: {model} は画像を認識できませんが、{names} は画像です。画像を認識できるモデルを選ぶか、画像を削除してください。</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} is a picture. Choose a model that can, or remove the picture.</source>
      <translation>送信されていません: {model} は画像を認識できませんが、{names} は画像です。画像を認識できるモデルを選ぶか、画像を削除してください。</translation>
    </message>
    <message>
      <source>The model list does not say whether this model can read pictures or files, so your attachments were sent as they are. If the answer ignores them, choose a model that reads them.</source>
      <translation>モデル一覧には、このモデルが画像やファイルを読めるかどうかが記載されていないため、添付ファイルはそのまま送信されました。回答が添付ファイルを無視する場合は、読み取れるモデルを選んでください。</translation>
    </message>
    <message>
      <source>These PDFs have no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>これらの PDF にはテキストがなく、ページの画像だけです。読み取りには 1,000 ページあたり $2 かかります（この {pages} で約 {about}）。読み取りますか？</translation>
    </message>
    <message>
      <source>This PDF has no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>この PDF にはテキストがなく、ページの画像だけです。読み取りには 1,000 ページあたり $2 かかります（この {pages} で約 {about}）。読み取りますか？</translation>
    </message>
    <message numerus="yes">
      <source>{names} and %n more</source>
      <comment>one: {names} and %n more</comment>
      <translation>
        <numerusform>{names} ほか %n 件</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attachment_chips</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n ページ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>A message can carry at most %n attachments. Remove one to attach another.</source>
      <comment>one: A message can carry at most %n attachment. Remove it to attach another.</comment>
      <translation>
        <numerusform>1 つのメッセージに添付できるのは最大 %n 個です。別のファイルを添付するには、1 つ削除してください。</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach</source>
      <translation>添付</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>ファイルを添付</translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>ファイルを添付</translation>
    </message>
    <message>
      <source>Attach pictures, PDFs or text files (you can also drop them here or paste them). Pictures up to {image_mb} MB (larger than {side} pixels are reduced), PDFs up to {pdf_mb} MB, text files up to {text_mb} MB; at most {count} a message.</source>
      <translation>画像、PDF、テキストファイルを添付します（ここにドロップまたは貼り付けることもできます）。画像は {image_mb} MB まで（{side} ピクセルより大きいものは縮小されます）、PDF は {pdf_mb} MB まで、テキストファイルは {text_mb} MB まで、1 つのメッセージにつき最大 {count} 個です。</translation>
    </message>
    <message>
      <source>Attachment {name}</source>
      <translation>添付ファイル {name}</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>添付ファイル</translation>
    </message>
    <message>
      <source>Files cannot be attached here.</source>
      <translation>ここにはファイルを添付できません。</translation>
    </message>
    <message numerus="yes">
      <source>Not sent yet: %n files are still being read. Press Send again once they are attached, or remove them (✕) to send without them.</source>
      <comment>one: Not sent yet: %n file is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</comment>
      <translation>
        <numerusform>まだ送信されていません: %n 個のファイルを読み込み中です。添付が完了したらもう一度送信を押すか、削除（✕）して添付なしで送信してください。</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent yet: “{name}” is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</source>
      <translation>まだ送信されていません: 「{name}」を読み込み中です。添付が完了したらもう一度送信を押すか、削除（✕）して添付なしで送信してください。</translation>
    </message>
    <message>
      <source>Pasted picture.png</source>
      <translation>貼り付けた画像.png</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>画像 {name}</translation>
    </message>
    <message>
      <source>Pictures, PDFs and text files (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;All files (*)</source>
      <translation>画像、PDF、テキストファイル (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;すべてのファイル (*)</translation>
    </message>
    <message>
      <source>Reading {name}</source>
      <translation>{name} を読み込み中</translation>
    </message>
    <message>
      <source>Reading “{name}”…</source>
      <translation>「{name}」を読み込み中…</translation>
    </message>
    <message>
      <source>Remove this attachment</source>
      <translation>この添付ファイルを削除</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>{name} を削除</translation>
    </message>
    <message>
      <source>Stop reading this file (it is not attached)</source>
      <translation>このファイルの読み込みを中止（添付されません）</translation>
    </message>
    <message>
      <source>Stop reading {name}</source>
      <translation>{name} の読み込みを中止</translation>
    </message>
    <message>
      <source>reduced</source>
      <translation>縮小済み</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>「{name}」を開けませんでした。</translation>
    </message>
    <message>
      <source>“{name}” could not be opened: Switchboard could not write a copy of it to open (the disk may be full, or the temporary folder not writable).</source>
      <translation>「{name}」を開けませんでした: 開くためのコピーを Switchboard が書き込めませんでした（ディスクがいっぱいか、一時フォルダーに書き込めない可能性があります）。</translation>
    </message>
    <message>
      <source>“{name}” is attached already.</source>
      <translation>「{name}」はすでに添付されています。</translation>
    </message>
    <message numerus="yes">
      <source>“{name}” was not attached: a message can carry at most %n attachments.</source>
      <comment>one: “{name}” was not attached: a message can carry at most %n attachment.</comment>
      <translation>
        <numerusform>「{name}」は添付されませんでした: 1 つのメッセージに添付できるのは最大 %n 個です。</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}”: {what}.</source>
      <translation>「{name}」: {what}。</translation>
    </message>
  </context>
  <context>
    <name>attachments</name>
    <message>
      <source>Switchboard cannot read PDFs: a part it needs is missing. Reinstall Switchboard.</source>
      <translation>Switchboard は PDF を読み取れません: 必要な部品が見つかりません。Switchboard を再インストールしてください。</translation>
    </message>
    <message>
      <source>Switchboard cannot send “{name}”. It can send pictures (PNG, JPEG, WebP, GIF), PDFs and text files.</source>
      <translation>Switchboard は「{name}」を送信できません。送信できるのは画像（PNG、JPEG、WebP、GIF）、PDF、テキストファイルです。</translation>
    </message>
    <message>
      <source>Switchboard could not keep a copy of “{name}” in its data folder. Check that the disk is not full, then attach it again.</source>
      <translation>Switchboard はデータフォルダーに「{name}」のコピーを保存できませんでした。ディスクがいっぱいでないか確認してから、もう一度添付してください。</translation>
    </message>
    <message>
      <source>Switchboard is not allowed to read “{name}”. Check who may open the file, or copy it to your own folder and attach the copy.</source>
      <translation>Switchboard には「{name}」を読み取る権限がありません。ファイルのアクセス権を確認するか、自分のフォルダーにコピーしてそのコピーを添付してください。</translation>
    </message>
    <message>
      <source>a GIF picture</source>
      <translation>GIF 画像</translation>
    </message>
    <message>
      <source>a JPEG picture</source>
      <translation>JPEG 画像</translation>
    </message>
    <message>
      <source>a PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>a PNG picture</source>
      <translation>PNG 画像</translation>
    </message>
    <message>
      <source>a WebP picture</source>
      <translation>WebP 画像</translation>
    </message>
    <message>
      <source>a ZIP archive (Word, Excel and PowerPoint files are ZIP archives too)</source>
      <translation>ZIP アーカイブ（Word、Excel、PowerPoint のファイルも ZIP アーカイブです）</translation>
    </message>
    <message>
      <source>text</source>
      <translation>テキスト</translation>
    </message>
    <message>
      <source>“{name}” could not be read. Try again, or copy it to another folder and attach the copy.</source>
      <translation>「{name}」を読み取れませんでした。もう一度試すか、別のフォルダーにコピーしてそのコピーを添付してください。</translation>
    </message>
    <message>
      <source>“{name}” has no pages: there is nothing in it to send.</source>
      <translation>「{name}」にはページがありません: 送信する内容がありません。</translation>
    </message>
    <message>
      <source>“{name}” has {pages:,} pages. Switchboard can send PDFs of at most {MAX_PDF_PAGES:,} pages: split it and attach the part you need.</source>
      <translation>「{name}」は {pages:,} ページあります。Switchboard が送信できる PDF は最大 {MAX_PDF_PAGES:,} ページです。分割して必要な部分を添付してください。</translation>
    </message>
    <message>
      <source>“{name}” is a damaged PDF that Switchboard could not open. Open it in a PDF reader and save or print it to a new PDF, then attach that.</source>
      <translation>「{name}」は破損した PDF で、Switchboard は開けませんでした。PDF ビューアーで開いて新しい PDF として保存または印刷し、それを添付してください。</translation>
    </message>
    <message>
      <source>“{name}” is empty: there is nothing in it to send.</source>
      <translation>「{name}」は空です: 送信する内容がありません。</translation>
    </message>
    <message>
      <source>“{name}” is locked with a password or encryption, so the model could not read it. Save an unlocked copy (for example with “Print to PDF”) and attach that.</source>
      <translation>「{name}」はパスワードまたは暗号化で保護されているため、モデルが読み取れませんでした。保護されていないコピーを保存して（例:「PDF に印刷」）、それを添付してください。</translation>
    </message>
    <message>
      <source>“{name}” is no longer there: it may have been moved or deleted. Attach it again from where it is now.</source>
      <translation>「{name}」が見つかりません: 移動または削除された可能性があります。現在の場所からもう一度添付してください。</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF Switchboard can read. Attach the right file.</source>
      <translation>「{name}」は Switchboard が読み取れる PDF ではありません。正しいファイルを添付してください。</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>「{name}」は PDF ではありません: 内容は {contents} です。名前を変更するか、正しいファイルを添付してください。</translation>
    </message>
    <message>
      <source>“{name}” is not a picture Switchboard can read. Attach a PNG, JPEG, WebP or GIF picture.</source>
      <translation>「{name}」は Switchboard が読み取れる画像ではありません。PNG、JPEG、WebP、GIF のいずれかの画像を添付してください。</translation>
    </message>
    <message>
      <source>“{name}” is not a picture: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>「{name}」は画像ではありません: 内容は {contents} です。名前を変更するか、正しいファイルを添付してください。</translation>
    </message>
    <message>
      <source>“{name}” is not a text file Switchboard can send.</source>
      <translation>「{name}」は Switchboard が送信できるテキストファイルではありません。</translation>
    </message>
    <message>
      <source>“{name}” is not a text file: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>「{name}」はテキストファイルではありません: 内容は {contents} です。名前を変更するか、正しいファイルを添付してください。</translation>
    </message>
    <message>
      <source>“{name}” is not an ordinary file (it may be a folder, a pipe or a device), so it cannot be attached.</source>
      <translation>「{name}」は通常のファイルではない（フォルダー、パイプ、デバイスなどの可能性があります）ため、添付できません。</translation>
    </message>
    <message>
      <source>“{name}” is too large to open safely: {width:,} × {height:,} pixels. Make it smaller in another program and attach it again.</source>
      <translation>「{name}」は大きすぎて安全に開けません: {width:,} × {height:,} ピクセル。別のプログラムで小さくしてから、もう一度添付してください。</translation>
    </message>
    <message>
      <source>“{name}” is too large: PDFs can be at most {size} MB.</source>
      <translation>「{name}」は大きすぎます: PDF は最大 {size} MB です。</translation>
    </message>
    <message>
      <source>“{name}” is too large: files can be at most {limit} MB (pictures {image_limit} MB, text files {text_limit} MB).</source>
      <translation>「{name}」は大きすぎます: ファイルは最大 {limit} MB です（画像は {image_limit} MB、テキストファイルは {text_limit} MB）。</translation>
    </message>
    <message>
      <source>“{name}” is too large: pictures can be at most {size} MB.</source>
      <translation>「{name}」は大きすぎます: 画像は最大 {size} MB です。</translation>
    </message>
    <message>
      <source>“{name}” is too large: text files can be at most {size} MB.</source>
      <translation>「{name}」は大きすぎます: テキストファイルは最大 {size} MB です。</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but could not be opened: it may be damaged, or too large to make smaller. Open it in another program, make it smaller or save it again, then attach it again.</source>
      <translation>「{name}」は画像のようですが、開けませんでした: 破損しているか、大きすぎて縮小できない可能性があります。別のプログラムで開いて小さくするか保存し直してから、もう一度添付してください。</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but is damaged: Switchboard could not read its size. Open it in another program and save it again.</source>
      <translation>「{name}」は画像のようですが、破損しています: Switchboard はサイズを読み取れませんでした。別のプログラムで開いて保存し直してください。</translation>
    </message>
  </context>
  <context>
    <name>blobs</name>
    <message>
      <source>The attached file “{name}” is no longer in Switchboard's data folder, so it cannot be sent again. Attach it once more.</source>
      <translation>添付ファイル「{name}」は Switchboard のデータフォルダーにもうないため、再送信できません。もう一度添付してください。</translation>
    </message>
  </context>
  <context>
    <name>catalogue</name>
    <message>
      <source>The server listed no models, so the current list is kept.</source>
      <translation>サーバーからモデルが返されなかったため、現在の一覧を維持します。</translation>
    </message>
  </context>
  <context>
    <name>chat</name>
    <message>
      <source>Switchboard could not save this answer (the disk may be full), so it stopped here. What arrived is shown; free some space, then press Retry.</source>
      <translation>Switchboard はこの回答を保存できなかった（ディスクがいっぱいの可能性があります）ため、ここで停止しました。受信した部分は表示されています。空き容量を確保してから、再試行を押してください。</translation>
    </message>
    <message>
      <source>The file “{name}” is no longer in Switchboard's data folder, so the model was told it is no longer available. Attach it again if the model needs it.</source>
      <translation>ファイル「{name}」は Switchboard のデータフォルダーにもうないため、モデルにはもう利用できないことが伝えられました。モデルに必要な場合はもう一度添付してください。</translation>
    </message>
  </context>
  <context>
    <name>chat_view</name>
    <message>
      <source>Answer status</source>
      <translation>回答の状態</translation>
    </message>
    <message>
      <source>Attachments are sent again with every later message.</source>
      <translation>添付ファイルは、以降のメッセージのたびに再送信されます。</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <source>Deleted version</source>
      <translation>削除されたバージョン</translation>
    </message>
    <message>
      <source>Editing a message</source>
      <translation>メッセージを編集中</translation>
    </message>
    <message>
      <source>Editing your message: sending adds a new version; the original stays. (Esc cancels)</source>
      <translation>メッセージを編集中: 送信すると新しいバージョンが追加され、元のメッセージは残ります。（Esc でキャンセル）</translation>
    </message>
    <message>
      <source>Estimated cost of this message</source>
      <translation>このメッセージの推定コスト</translation>
    </message>
    <message>
      <source>Models that can read your attachments</source>
      <translation>添付ファイルを読み取れるモデル</translation>
    </message>
    <message>
      <source>No model in the model list says it can; refresh the list and try again.</source>
      <translation>モデル一覧に対応しているモデルがありません。一覧を更新してもう一度お試しください。</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>送信されていません: メッセージと添付ファイルは入力欄に残っています。PDF なしで送信するには PDF を削除してください。</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>ページの画像を読み取りますか？</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>読み取る</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>送信</translation>
    </message>
    <message>
      <source>Send message</source>
      <translation>メッセージを送信</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>回答を停止</translation>
    </message>
    <message>
      <source>Stop the answer (Esc)</source>
      <translation>回答を停止 (Esc)</translation>
    </message>
    <message>
      <source>That version cannot come back: what it followed was deleted too.</source>
      <translation>このバージョンは戻せません: 前の部分も削除されています。</translation>
    </message>
    <message>
      <source>The message you were editing is no longer shown, so nothing was sent. Switch back to it and edit it again, or send this as a new message.</source>
      <translation>編集中のメッセージが表示されなくなったため、何も送信されませんでした。そのメッセージに戻ってもう一度編集するか、新しいメッセージとして送信してください。</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>思考中…</translation>
    </message>
    <message>
      <source>This conversation now uses {model}. Press Send to send your message.</source>
      <translation>この会話では {model} を使うようになりました。送信を押してメッセージを送信してください。</translation>
    </message>
    <message>
      <source>This message: {estimate}</source>
      <translation>このメッセージ: {estimate}</translation>
    </message>
    <message>
      <source>This model cannot think any less than it did. Try again without a length limit, or choose a larger Maximum length in the Parameters panel.</source>
      <translation>このモデルはこれ以上思考を短くできません。長さの制限なしでもう一度試すか、パラメーターパネルで「最大長」を大きくしてください。</translation>
    </message>
    <message>
      <source>Type a message below to start.</source>
      <translation>下にメッセージを入力して始めましょう。</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>元に戻す</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>バージョン {number}/{total}</translation>
    </message>
    <message>
      <source>Version {number} of {total} deleted.</source>
      <translation>バージョン {number}/{total} を削除しました。</translation>
    </message>
    <message>
      <source>Wait for the answer to finish (or stop it) before changing versions.</source>
      <translation>バージョンを切り替える前に、回答が終わるまで待つか停止してください。</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>モデルを待っています…</translation>
    </message>
    <message>
      <source>Write a message to send with your attachments.</source>
      <translation>添付ファイルと一緒に送信するメッセージを入力してください。</translation>
    </message>
    <message>
      <source>Writing…</source>
      <translation>書き込み中…</translation>
    </message>
    <message>
      <source>Writing… {rate} tokens/s</source>
      <translation>書き込み中… {rate} トークン/秒</translation>
    </message>
    <message>
      <source>about {cost}</source>
      <translation>約 {cost}</translation>
    </message>
  </context>
  <context>
    <name>column_settings</name>
    <message>
      <source>Column settings</source>
      <translation>列の設定</translation>
    </message>
    <message>
      <source>Differs from another column: {settings}.</source>
      <translation>他の列との違い: {settings}。</translation>
    </message>
  </context>
  <context>
    <name>compare</name>
    <message numerus="yes">
      <source>%n requests, {estimate}</source>
      <comment>one: %n request, {estimate}</comment>
      <translation>
        <numerusform>%n 件のリクエスト、{estimate}</numerusform>
      </translation>
    </message>
    <message>
      <source>Something went wrong in Switchboard while this answer was written.</source>
      <translation>この回答の作成中に Switchboard で問題が発生しました。</translation>
    </message>
    <message>
      <source>{estimate}. {reason}</source>
      <translation>{estimate}。{reason}</translation>
    </message>
    <message>
      <source>{first} vs {second}</source>
      <translation>{first} 対 {second}</translation>
    </message>
  </context>
  <context>
    <name>compare_settings</name>
    <message numerus="yes">
      <source>%n answers</source>
      <comment>one: %n answer</comment>
      <translation>
        <numerusform>%n 件の回答</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n トークン</numerusform>
      </translation>
    </message>
    <message>
      <source>Blind comparison</source>
      <translation>ブラインド比較</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens}</source>
      <translation>合計: {answers} · {tokens}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · at least {cost}</source>
      <translation>合計: {answers} · {tokens} · {cost} 以上</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · {cost}</source>
      <translation>合計: {answers} · {tokens} · {cost}</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>スキーマに沿った JSON</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>モデル</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>プロバイダー</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>システムプロンプト</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <source>on</source>
      <translation>オン</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>プレーンテキスト</translation>
    </message>
    <message>
      <source>“{text}”</source>
      <translation>「{text}」</translation>
    </message>
  </context>
  <context>
    <name>compare_view</name>
    <message>
      <source>(Change that column's model with Change….)</source>
      <translation>（その列のモデルは「変更…」で変更できます。）</translation>
    </message>
    <message>
      <source>(your next message)</source>
      <translation>（次のメッセージ）</translation>
    </message>
    <message>
      <source>Another model…</source>
      <translation>別のモデル…</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>回答 {letter}</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Costs show once you pick. Pick the best answer.</source>
      <translation>ブラインド: 名前は隠され、順番はシャッフルされています。コストは選んだ後に表示されます。最も良い回答を選んでください。</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Thinking, times and costs show once you pick. Pick the best answer.</source>
      <translation>ブラインド: 名前は隠され、順番はシャッフルされています。思考、時間、コストは選んだ後に表示されます。最も良い回答を選んでください。</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>変更…</translation>
    </message>
    <message>
      <source>Column statistics</source>
      <translation>列の統計</translation>
    </message>
    <message>
      <source>Column totals</source>
      <translation>列の合計</translation>
    </message>
    <message>
      <source>Comparison total</source>
      <translation>比較の合計</translation>
    </message>
    <message>
      <source>Continue with this one</source>
      <translation>これで続ける</translation>
    </message>
    <message>
      <source>Details show once you pick the best answer.</source>
      <translation>詳細は最も良い回答を選んだ後に表示されます。</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>エクスポート…</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>違いを強調表示</translation>
    </message>
    <message>
      <source>Highlight differing</source>
      <translation>違いを強調</translation>
    </message>
    <message>
      <source>Mark whole sentences that differ, or single words.</source>
      <translation>異なる文全体、または単語単位で強調します。</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>送信されていません: メッセージと添付ファイルは入力欄に残っています。PDF なしで送信するには PDF を削除してください。</translation>
    </message>
    <message>
      <source>One prompt for every column (Enter to send)</source>
      <translation>すべての列に同じプロンプト（Enter で送信）</translation>
    </message>
    <message>
      <source>Pick as best</source>
      <translation>ベストに選ぶ</translation>
    </message>
    <message>
      <source>Prompt for every column</source>
      <translation>すべての列へのプロンプト</translation>
    </message>
    <message>
      <source>Put another preset or model in this column.</source>
      <translation>この列に別のプリセットまたはモデルを入れます。</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>ページの画像を読み取りますか？</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>読み取る</translation>
    </message>
    <message>
      <source>Request…</source>
      <translation>リクエスト…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>再試行</translation>
    </message>
    <message>
      <source>Send to all</source>
      <translation>すべてに送信</translation>
    </message>
    <message>
      <source>Sentences</source>
      <translation>文</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Show or hide each column's settings.</source>
      <translation>各列の設定を表示または非表示にします。</translation>
    </message>
    <message>
      <source>Show the request this column's next answer would send.</source>
      <translation>この列の次の回答で送信されるリクエストを表示します。</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>Stop all</source>
      <translation>すべて停止</translation>
    </message>
    <message>
      <source>Stop every column (Esc)</source>
      <translation>すべての列を停止 (Esc)</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>回答を停止</translation>
    </message>
    <message>
      <source>The prompt is in the box below: Send to all asks it again in every column, after the answers already there.</source>
      <translation>プロンプトは下の入力欄にあります。「すべてに送信」を押すと、既存の回答の後に、すべての列でもう一度質問します。</translation>
    </message>
    <message>
      <source>This column cannot change now. Try again once it has answered.</source>
      <translation>この列は今は変更できません。回答が終わってからもう一度お試しください。</translation>
    </message>
    <message>
      <source>This comparison cost at least {amount} (some costs are not known yet).</source>
      <translation>この比較のコストは {amount} 以上です（一部のコストはまだわかっていません）。</translation>
    </message>
    <message>
      <source>This comparison cost {amount} in all.</source>
      <translation>この比較のコストは合計 {amount} です。</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>単語</translation>
    </message>
    <message>
      <source>You picked {name}.</source>
      <translation>{name} を選びました。</translation>
    </message>
    <message>
      <source>finish: {reason}</source>
      <translation>終了: {reason}</translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>最初の語 {time}</translation>
    </message>
    <message>
      <source>hidden until you pick the best</source>
      <translation>ベストを選ぶまで非表示</translation>
    </message>
    <message>
      <source>thinking… {time}</source>
      <translation>思考中… {time}</translation>
    </message>
    <message>
      <source>thought privately</source>
      <translation>非公開で思考</translation>
    </message>
    <message>
      <source>thought privately: {tokens} billed</source>
      <translation>非公開で思考: {tokens} を請求</translation>
    </message>
    <message>
      <source>thought {time}</source>
      <translation>思考 {time}</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost}（推定）</translation>
    </message>
    <message>
      <source>{cost} in all</source>
      <translation>合計 {cost}</translation>
    </message>
    <message>
      <source>{count} answer tokens</source>
      <translation>回答トークン {count}</translation>
    </message>
    <message>
      <source>{count} thinking tokens</source>
      <translation>思考トークン {count}</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} トークン</translation>
    </message>
    <message>
      <source>{model} via {provider}</source>
      <translation>{model}（{provider} 経由）</translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} トークン/秒</translation>
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
      <translation>列 {number}</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>新しい比較</translation>
    </message>
    <message>
      <source>No blind votes yet between {a} and {b}</source>
      <translation>{a} と {b} のブラインド投票はまだありません</translation>
    </message>
    <message>
      <source>{a} and {b} are tied {a_wins} to {b_wins}</source>
      <translation>{a} と {b} は {a_wins} 対 {b_wins} で引き分けです</translation>
    </message>
    <message>
      <source>{winner} beat {loser} {wins} to {losses}</source>
      <translation>{winner} が {loser} に {wins} 対 {losses} で勝ちました</translation>
    </message>
  </context>
  <context>
    <name>composer</name>
    <message>
      <source>Message</source>
      <translation>メッセージ</translation>
    </message>
    <message>
      <source>Message  (Ctrl+Enter to send)</source>
      <translation>メッセージ（Ctrl+Enter で送信）</translation>
    </message>
    <message>
      <source>Message  (Enter to send, Shift+Enter for a new line)</source>
      <translation>メッセージ（Enter で送信、Shift+Enter で改行）</translation>
    </message>
    <message>
      <source>Type your message. Enter sends, Shift+Enter adds a line.</source>
      <translation>メッセージを入力してください。Enter で送信、Shift+Enter で改行します。</translation>
    </message>
  </context>
  <context>
    <name>conversation</name>
    <message>
      <source>New conversation</source>
      <translation>新しい会話</translation>
    </message>
  </context>
  <context>
    <name>conversations</name>
    <message numerus="yes">
      <source>%n attached files were left out: the file did not contain them.</source>
      <comment>one: One attached file was left out: the file did not contain it.</comment>
      <translation>
        <numerusform>添付ファイル %n 個が除外されました: ファイルに含まれていませんでした。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached files were left out: they are damaged, too large, or not what their names say.</source>
      <comment>one: One attached file was left out: it is damaged, too large, or not what its name says.</comment>
      <translation>
        <numerusform>添付ファイル %n 個が除外されました: 破損している、大きすぎる、または名前と内容が一致しません。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n system messages from later in the conversation were added to its system prompt.</source>
      <comment>one: %n system message from later in the conversation was added to its system prompt.</comment>
      <translation>
        <numerusform>会話の後半にあったシステムメッセージ %n 件をシステムプロンプトに追加しました。</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read {name}: {reason}. Nothing was imported.</source>
      <translation>{name} を読み取れませんでした: {reason}。何もインポートされませんでした。</translation>
    </message>
    <message>
      <source>Could not save the attached files: {reason}. Nothing was imported.</source>
      <translation>添付ファイルを保存できませんでした: {reason}。何もインポートされませんでした。</translation>
    </message>
    <message>
      <source>Could not save the export: {reason}.</source>
      <translation>エクスポートを保存できませんでした: {reason}。</translation>
    </message>
    <message>
      <source>Could not save the imported conversation to your history: {reason}. Nothing was imported.</source>
      <translation>インポートした会話を履歴に保存できませんでした: {reason}。何もインポートされませんでした。</translation>
    </message>
    <message>
      <source>Could not save the new conversation: {reason}.</source>
      <translation>新しい会話を保存できませんでした: {reason}。</translation>
    </message>
    <message>
      <source>Imported “{title}”.</source>
      <translation>「{title}」をインポートしました。</translation>
    </message>
    <message>
      <source>This comparison no longer exists. Nothing was exported.</source>
      <translation>この比較はもう存在しません。何もエクスポートされませんでした。</translation>
    </message>
    <message>
      <source>This conversation no longer exists.</source>
      <translation>この会話はもう存在しません。</translation>
    </message>
    <message>
      <source>This conversation no longer exists. Nothing was exported.</source>
      <translation>この会話はもう存在しません。何もエクスポートされませんでした。</translation>
    </message>
    <message>
      <source>This conversation with its attached files would make a file of about {size} MB, more than the {limit} MB Switchboard can import again, so nothing was exported. Export it as Markdown instead (the files are then named but not included).</source>
      <translation>この会話を添付ファイルと一緒にエクスポートすると約 {size} MB になり、Switchboard が再インポートできる {limit} MB を超えるため、何もエクスポートされませんでした。代わりに Markdown でエクスポートしてください（その場合、ファイルは名前だけが記載され、含まれません）。</translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation. Nothing was copied.</source>
      <translation>このメッセージは会話に表示されなくなりました。何もコピーされませんでした。</translation>
    </message>
    <message>
      <source>it is not an ordinary file</source>
      <translation>通常のファイルではありません</translation>
    </message>
    <message>
      <source>up to {size} MB, {messages} messages</source>
      <translation>最大 {size} MB、{messages} 件のメッセージ</translation>
    </message>
    <message>
      <source>{names} and {last}</source>
      <translation>{names}、{last}</translation>
    </message>
    <message>
      <source>{names} were left out: their values in the file cannot be sent.</source>
      <translation>{names} は除外されました: ファイル内の値を送信できません。</translation>
    </message>
    <message>
      <source>{name} was left out: its value in the file cannot be sent.</source>
      <translation>{name} は除外されました: ファイル内の値を送信できません。</translation>
    </message>
    <message>
      <source>{title} (continued)</source>
      <translation>{title}（続き）</translation>
    </message>
  </context>
  <context>
    <name>cost</name>
    <message>
      <source>Add credits at {url}, then send again: your message is kept.</source>
      <translation>{url} でクレジットを追加してから、もう一度送信してください。メッセージは残っています。</translation>
    </message>
    <message>
      <source>Confirm this send</source>
      <translation>この送信を確認</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>回答が最大の長さまで続いた場合、この送信で今月の支出が {amount} になり、月間の支出上限 {cap} を超える可能性があります。</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>回答が最大の長さまで続いた場合、この送信で今日の支出が {amount} になり、1 日の支出上限 {cap} を超える可能性があります。</translation>
    </message>
    <message>
      <source>OpenRouter says your credits ran out (or this key reached its spending limit).</source>
      <translation>OpenRouter によると、クレジットがなくなりました（またはこのキーが支出上限に達しました）。</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your daily cap.</source>
      <translation>1 日の支出上限内に収めるには、すべての列で「最大長」を {tokens} 以下にしてください。</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your monthly cap.</source>
      <translation>月間の支出上限内に収めるには、すべての列で「最大長」を {tokens} 以下にしてください。</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your daily cap.</source>
      <translation>1 日の支出上限内に収めるには、「最大長」を {tokens} 以下にしてください。</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your monthly cap.</source>
      <translation>月間の支出上限内に収めるには、「最大長」を {tokens} 以下にしてください。</translation>
    </message>
    <message>
      <source>Spending cap</source>
      <translation>支出上限</translation>
    </message>
    <message>
      <source>The cost of this send is unknown.</source>
      <translation>この送信のコストは不明です。</translation>
    </message>
    <message>
      <source>The price of this model is unknown, so this send cannot be checked against your caps.</source>
      <translation>このモデルの料金が不明なため、この送信が支出上限内かどうかを確認できません。</translation>
    </message>
    <message>
      <source>This key has {left} left of its {limit} limit.</source>
      <translation>このキーの上限 {limit} のうち、残りは {left} です。</translation>
    </message>
    <message>
      <source>This key has {left} left.</source>
      <translation>このキーの残りは {left} です。</translation>
    </message>
    <message>
      <source>This send could bring this month's spending to {amount}, {percent}% of your monthly cap of {cap}.</source>
      <translation>この送信で今月の支出が {amount} になる可能性があります（月間の支出上限 {cap} の {percent}%）。</translation>
    </message>
    <message>
      <source>This send could bring today's spending to {amount}, {percent}% of your daily cap of {cap}.</source>
      <translation>この送信で今日の支出が {amount} になる可能性があります（1 日の支出上限 {cap} の {percent}%）。</translation>
    </message>
    <message>
      <source>This send could cost about {amount} more.</source>
      <translation>この送信で、さらに約 {amount} かかる可能性があります。</translation>
    </message>
    <message>
      <source>This send could cost about {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>この送信には約 {amount} かかる可能性があります。{limit} を超える可能性のある送信は確認するよう設定されています。</translation>
    </message>
    <message>
      <source>This send could cost up to {amount} more.</source>
      <translation>この送信で、さらに最大 {amount} かかる可能性があります。</translation>
    </message>
    <message>
      <source>This send could cost up to {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>この送信には最大 {amount} かかる可能性があります。{limit} を超える可能性のある送信は確認するよう設定されています。</translation>
    </message>
    <message>
      <source>This send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>この送信で今月の支出が {amount} になり、月間の支出上限 {cap} を超える可能性があります。</translation>
    </message>
    <message>
      <source>This send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>この送信で今日の支出が {amount} になり、1 日の支出上限 {cap} を超える可能性があります。</translation>
    </message>
    <message>
      <source>You have already spent {amount} this month, reaching your monthly cap of {cap}.</source>
      <translation>今月はすでに {amount} を支出し、月間の支出上限 {cap} に達しています。</translation>
    </message>
    <message>
      <source>You have already spent {amount} today, reaching your daily cap of {cap}.</source>
      <translation>今日はすでに {amount} を支出し、1 日の支出上限 {cap} に達しています。</translation>
    </message>
    <message>
      <source>about {typical}</source>
      <translation>約 {typical}</translation>
    </message>
    <message>
      <source>about {typical}, at most {most}</source>
      <translation>約 {typical}、最大 {most}</translation>
    </message>
    <message>
      <source>at most {most}</source>
      <translation>最大 {most}</translation>
    </message>
    <message>
      <source>cost unknown for this model</source>
      <translation>このモデルのコストは不明</translation>
    </message>
    <message>
      <source>free</source>
      <translation>無料</translation>
    </message>
    <message>
      <source>this month</source>
      <translation>今月</translation>
    </message>
    <message>
      <source>today</source>
      <translation>今日</translation>
    </message>
    <message>
      <source>{least}, at most {most}</source>
      <translation>{least}、最大 {most}</translation>
    </message>
  </context>
  <context>
    <name>cost_meter</name>
    <message>
      <source>Comparison: {cost}</source>
      <translation>比較: {cost}</translation>
    </message>
    <message>
      <source>Conversation: {cost}</source>
      <translation>会話: {cost}</translation>
    </message>
    <message>
      <source>Conversation: –</source>
      <translation>会話: –</translation>
    </message>
    <message>
      <source>Cost meter</source>
      <translation>コストメーター</translation>
    </message>
    <message>
      <source>Credit: no limit on this key</source>
      <translation>クレジット: このキーに上限なし</translation>
    </message>
    <message>
      <source>Credit: unknown</source>
      <translation>クレジット: 不明</translation>
    </message>
    <message>
      <source>Credit: {cost} left</source>
      <translation>クレジット: 残り {cost}</translation>
    </message>
    <message>
      <source>Credit: –</source>
      <translation>クレジット: –</translation>
    </message>
    <message>
      <source>Month: {cost}</source>
      <translation>今月: {cost}</translation>
    </message>
    <message>
      <source>Month: {cost} of {cap}</source>
      <translation>今月: {cost} / {cap}</translation>
    </message>
    <message>
      <source>Month: –</source>
      <translation>今月: –</translation>
    </message>
    <message>
      <source>Sent: no figure until the model starts writing</source>
      <translation>送信済み: モデルが書き始めるまで金額は表示されません</translation>
    </message>
    <message>
      <source>Stopped before the model wrote anything: OpenRouter may still bill the prompt</source>
      <translation>モデルが何も書く前に停止しました: OpenRouter がプロンプト分を請求する場合があります</translation>
    </message>
    <message>
      <source>The answer being written now: an estimate until OpenRouter bills it</source>
      <translation>現在作成中の回答: OpenRouter が請求するまでは推定値です</translation>
    </message>
    <message>
      <source>The request failed before the model wrote anything, so it was not billed</source>
      <translation>モデルが何も書く前にリクエストが失敗したため、請求されていません</translation>
    </message>
    <message>
      <source>This answer: not charged</source>
      <translation>この回答: 請求なし</translation>
    </message>
    <message>
      <source>This answer: {cost}</source>
      <translation>この回答: {cost}</translation>
    </message>
    <message>
      <source>This answer: {cost} (est.)</source>
      <translation>この回答: {cost}（推定）</translation>
    </message>
    <message>
      <source>This answer: –</source>
      <translation>この回答: –</translation>
    </message>
    <message>
      <source>Today: {cost}</source>
      <translation>今日: {cost}</translation>
    </message>
    <message>
      <source>Today: {cost} of {cap}</source>
      <translation>今日: {cost} / {cap}</translation>
    </message>
    <message>
      <source>Today: –</source>
      <translation>今日: –</translation>
    </message>
    <message>
      <source>What OpenRouter billed for the latest answer</source>
      <translation>最新の回答に対して OpenRouter が請求した金額</translation>
    </message>
    <message>
      <source>What your OpenRouter key may still spend (from openrouter.ai)</source>
      <translation>OpenRouter のキーでまだ使える金額（openrouter.ai より）</translation>
    </message>
    <message>
      <source>{percent}% of your daily cap</source>
      <translation>1 日の支出上限の {percent}%</translation>
    </message>
    <message>
      <source>{percent}% of your monthly cap</source>
      <translation>月間の支出上限の {percent}%</translation>
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
      <translation>詳細をコピー</translation>
    </message>
    <message>
      <source>Something went wrong inside Switchboard. Your conversations are saved. If it happens again, copy the details and send them to us; they contain no key.</source>
      <translation>Switchboard の内部で問題が発生しました。会話は保存されています。再び発生する場合は、詳細をコピーして私たちに送ってください（キーは含まれていません）。</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <source>Check that the folder exists and can be written to, then restart Switchboard.</source>
      <translation>フォルダーが存在し、書き込み可能であることを確認してから、Switchboard を再起動してください。</translation>
    </message>
    <message>
      <source>Check the disk has free space, then restart Switchboard.</source>
      <translation>ディスクに空き容量があることを確認してから、Switchboard を再起動してください。</translation>
    </message>
    <message>
      <source>Close any other copy of Switchboard, then restart it.</source>
      <translation>ほかに開いている Switchboard を閉じてから、再起動してください。</translation>
    </message>
    <message>
      <source>Conversations will not be saved this session: Switchboard could not open its history file at {path} because {reason}. {advice}</source>
      <translation>このセッションでは会話が保存されません: Switchboard は {path} の履歴ファイルを開けませんでした（理由: {reason}）。{advice}</translation>
    </message>
    <message>
      <source>Free some disk space, then restart Switchboard.</source>
      <translation>ディスクの空き容量を確保してから、Switchboard を再起動してください。</translation>
    </message>
    <message>
      <source>Move that file out of the way, then restart Switchboard.</source>
      <translation>そのファイルを別の場所に移動してから、Switchboard を再起動してください。</translation>
    </message>
    <message>
      <source>Restart Switchboard to try again.</source>
      <translation>もう一度試すには Switchboard を再起動してください。</translation>
    </message>
    <message>
      <source>Your conversation history at {path} could not be read, and Switchboard could not move it aside ({reason}). Conversations will not be saved this session.</source>
      <translation>{path} の会話履歴を読み取れず、Switchboard はそれを別の場所に移動することもできませんでした（{reason}）。このセッションでは会話が保存されません。</translation>
    </message>
    <message>
      <source>Your conversation history at {path} was saved by a newer version of Switchboard. Update Switchboard to see it. Until then, conversations will not be saved.</source>
      <translation>{path} の会話履歴は、より新しいバージョンの Switchboard で保存されています。表示するには Switchboard を更新してください。それまでは会話が保存されません。</translation>
    </message>
    <message>
      <source>Your conversation history could not be read, so Switchboard started a new one. The old file is kept at {kept}.</source>
      <translation>会話履歴を読み取れなかったため、Switchboard は新しい履歴を作成しました。古いファイルは {kept} に保存されています。</translation>
    </message>
    <message>
      <source>Your conversation history could not be read; the old file is kept at {kept}. A new one could not be created either ({reason}), so conversations will not be saved this session.</source>
      <translation>会話履歴を読み取れませんでした。古いファイルは {kept} に保存されています。新しい履歴も作成できなかった（{reason}）ため、このセッションでは会話が保存されません。</translation>
    </message>
    <message>
      <source>another program is keeping it locked</source>
      <translation>別のプログラムがロックしています</translation>
    </message>
    <message>
      <source>it is not allowed to create or change files in that folder</source>
      <translation>そのフォルダーでファイルを作成または変更する権限がありません</translation>
    </message>
    <message>
      <source>part of the folder path is a file, not a folder</source>
      <translation>フォルダーのパスの一部がフォルダーではなくファイルです</translation>
    </message>
    <message>
      <source>the database said: {error}</source>
      <translation>データベースのメッセージ: {error}</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
      <source>the disk reported an error while writing (it may be full or failing)</source>
      <translation>書き込み中にディスクがエラーを報告しました（いっぱいか、故障しかけている可能性があります）</translation>
    </message>
    <message>
      <source>the system said: {error}</source>
      <translation>システムのメッセージ: {error}</translation>
    </message>
  </context>
  <context>
    <name>dock_link</name>
    <message>
      <source>(your next message)</source>
      <translation>（次のメッセージ）</translation>
    </message>
    <message>
      <source>Built-in list</source>
      <translation>組み込みの一覧</translation>
    </message>
    <message>
      <source>Live list</source>
      <translation>最新の一覧</translation>
    </message>
    <message numerus="yes">
      <source>Model list refreshed: %n models.</source>
      <comment>one: Model list refreshed: %n model.</comment>
      <translation>
        <numerusform>モデル一覧を更新しました: %n 個のモデル。</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent: {problem} Fix it in the Parameters panel.</source>
      <translation>送信されていません: {problem} パラメーターパネルで修正してください。</translation>
    </message>
    <message>
      <source>Saved list</source>
      <translation>保存済みの一覧</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>プリセット「{name}」を保存しました。</translation>
    </message>
    <message>
      <source>The model list could not be refreshed: {reason}</source>
      <translation>モデル一覧を更新できませんでした: {reason}</translation>
    </message>
    <message>
      <source>{problem} Fix it before saving a preset.</source>
      <translation>{problem} プリセットを保存する前に修正してください。</translation>
    </message>
    <message>
      <source>{problem} Fix it to see the request.</source>
      <translation>{problem} リクエストを表示するには修正してください。</translation>
    </message>
    <message>
      <source>{problem} Nothing is sent until this is fixed.</source>
      <translation>{problem} 修正されるまで何も送信されません。</translation>
    </message>
  </context>
  <context>
    <name>endpoint</name>
    <message>
      <source>Plain http is only allowed for a server on this computer (localhost). Use https for anything else, so your key cannot be read on the way.</source>
      <translation>暗号化なしの http は、このコンピューター上のサーバー（localhost）でのみ使用できます。キーが途中で読み取られないよう、それ以外には https を使用してください。</translation>
    </message>
    <message>
      <source>The address should not contain ? or #.</source>
      <translation>アドレスに ? や # を含めることはできません。</translation>
    </message>
    <message>
      <source>The address should not contain a name or password (the part before @). Type only the server's address, such as {address}</source>
      <translation>アドレスに名前やパスワード（@ より前の部分）を含めることはできません。{address} のように、サーバーのアドレスだけを入力してください</translation>
    </message>
    <message>
      <source>The port in the address (the number after the colon) is not valid.</source>
      <translation>アドレス内のポート番号（コロンの後の数字）が正しくありません。</translation>
    </message>
    <message>
      <source>Type a full address starting with https://, such as {address}</source>
      <translation>{address} のように、https:// で始まる完全なアドレスを入力してください</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>サーバー</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Could not reach OpenRouter. Check your internet connection, then press Retry.</source>
      <translation>OpenRouter に接続できませんでした。インターネット接続を確認してから、再試行を押してください。</translation>
    </message>
    <message>
      <source>One of the settings is out of range. Check the parameter dock.</source>
      <translation>設定のいずれかが範囲外です。パラメーターパネルを確認してください。</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the model or settings, then send again.</source>
      <translation>OpenRouter はこのリクエストを受け付けられませんでした。モデルまたは設定を変更してから、もう一度送信してください。</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the settings and retry.</source>
      <translation>OpenRouter はこのリクエストを受け付けられませんでした。設定を変更して再試行してください。</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason} Change the settings and retry.</source>
      <translation>OpenRouter はこのリクエストを受け付けられませんでした: {reason} 設定を変更して再試行してください。</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason}. Change the settings and retry.</source>
      <translation>OpenRouter はこのリクエストを受け付けられませんでした: {reason}。設定を変更して再試行してください。</translation>
    </message>
    <message>
      <source>OpenRouter could not process this request. Check the settings and retry.</source>
      <translation>OpenRouter はこのリクエストを処理できませんでした。設定を確認して再試行してください。</translation>
    </message>
    <message>
      <source>OpenRouter did not accept your API key. It may be mistyped, disabled or expired. Paste a new key in Settings.</source>
      <translation>OpenRouter は API キーを受け付けませんでした。入力ミス、無効化、または期限切れの可能性があります。設定で新しいキーを貼り付けてください。</translation>
    </message>
    <message>
      <source>OpenRouter does not know this model. Choose another one from the list.</source>
      <translation>OpenRouter はこのモデルを認識していません。一覧から別のモデルを選んでください。</translation>
    </message>
    <message>
      <source>OpenRouter refused this request: the provider's moderation flagged it, or the model is not available to you. Rephrase it or choose another model.</source>
      <translation>OpenRouter はこのリクエストを拒否しました: プロバイダーのモデレーションで問題とされたか、このモデルを利用できません。表現を変えるか、別のモデルを選んでください。</translation>
    </message>
    <message>
      <source>OpenRouter took too long to answer. Press Retry.</source>
      <translation>OpenRouter の応答に時間がかかりすぎました。再試行を押してください。</translation>
    </message>
    <message>
      <source>Something went wrong talking to OpenRouter. Please try again.</source>
      <translation>OpenRouter との通信中に問題が発生しました。もう一度お試しください。</translation>
    </message>
    <message>
      <source>That model is not available any more (or no provider matches your routing settings). Choose another model.</source>
      <translation>このモデルはもう利用できません（またはルーティング設定に合うプロバイダーがありません）。別のモデルを選んでください。</translation>
    </message>
    <message>
      <source>The connection dropped before the answer was finished. What arrived is kept and marked incomplete; press Retry to ask again.</source>
      <translation>回答が終わる前に接続が切れました。受信した部分は保持され、未完了として示されます。もう一度質問するには再試行を押してください。</translation>
    </message>
    <message>
      <source>The model stopped sending anything for too long, so the request was given up. Press Retry, or choose a faster model.</source>
      <translation>モデルからの送信が長時間止まったため、リクエストを中止しました。再試行を押すか、より速いモデルを選んでください。</translation>
    </message>
    <message>
      <source>The model stopped with an error before finishing its answer. What arrived is kept; press Retry to ask again.</source>
      <translation>モデルは回答を終える前にエラーで停止しました。受信した部分は保持されています。もう一度質問するには再試行を押してください。</translation>
    </message>
    <message>
      <source>The model's provider failed while answering ({reason}). What arrived is kept; press Retry to ask again.</source>
      <translation>回答中にモデルのプロバイダーで障害が発生しました（{reason}）。受信した部分は保持されています。もう一度質問するには再試行を押してください。</translation>
    </message>
    <message>
      <source>The model's provider failed while answering. What arrived is kept; press Retry to ask again.</source>
      <translation>回答中にモデルのプロバイダーで障害が発生しました。受信した部分は保持されています。もう一度質問するには再試行を押してください。</translation>
    </message>
    <message>
      <source>The model's provider is down or overloaded right now. Press Retry in a minute, or choose another model.</source>
      <translation>モデルのプロバイダーは現在停止中または混雑しています。少し待ってから再試行を押すか、別のモデルを選んでください。</translation>
    </message>
    <message>
      <source>The network returned a web page instead of an answer. If you are on a hotel or café Wi-Fi, open a browser and sign in to the network, then press Retry.</source>
      <translation>ネットワークが回答の代わりに Web ページを返しました。ホテルやカフェの Wi-Fi を使っている場合は、ブラウザーを開いてネットワークにサインインしてから、再試行を押してください。</translation>
    </message>
    <message>
      <source>The server sent something far too large to be a real answer, so Switchboard stopped reading it. What arrived before is kept. Press Retry; if it happens again, the server or something on the network between is misbehaving.</source>
      <translation>サーバーが実際の回答とは思えないほど大きなデータを送ってきたため、Switchboard は読み取りを停止しました。それまでに受信した部分は保持されています。再試行を押してください。再び発生する場合は、サーバーまたは途中のネットワークに問題があります。</translation>
    </message>
    <message>
      <source>This conversation is too long for the model's memory. Start a new conversation, shorten the text, or pick a model with a larger context.</source>
      <translation>この会話はモデルの記憶容量に対して長すぎます。新しい会話を始めるか、テキストを短くするか、コンテキストの大きいモデルを選んでください。</translation>
    </message>
    <message>
      <source>This message is too large to send. Shorten it or remove attachments.</source>
      <translation>このメッセージは大きすぎて送信できません。短くするか、添付ファイルを削除してください。</translation>
    </message>
    <message>
      <source>Too many requests right now: this model or your account hit a rate limit. Wait a moment, then press Retry.</source>
      <translation>現在リクエストが多すぎます: このモデルまたはアカウントがレート制限に達しました。少し待ってから再試行を押してください。</translation>
    </message>
    <message>
      <source>Your OpenRouter credits ran out (or this key reached its spending limit). Add credits at https://openrouter.ai/settings/credits, then press Retry.</source>
      <translation>OpenRouter のクレジットがなくなりました（またはこのキーが支出上限に達しました）。https://openrouter.ai/settings/credits でクレジットを追加してから、再試行を押してください。</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>This file is not a conversation Switchboard can read: {reason}.</source>
      <translation>このファイルは Switchboard が読み取れる会話ではありません: {reason}。</translation>
    </message>
    <message>
      <source>it has no list of messages</source>
      <translation>メッセージの一覧がありません</translation>
    </message>
    <message>
      <source>it holds a number with too many digits</source>
      <translation>桁数が多すぎる数値が含まれています</translation>
    </message>
    <message>
      <source>it holds more than {most} messages, the most Switchboard imports</source>
      <translation>Switchboard がインポートできる上限の {most} 件を超えるメッセージが含まれています</translation>
    </message>
    <message>
      <source>it holds more than {most} values (texts, numbers, lists and objects), the most Switchboard imports</source>
      <translation>Switchboard がインポートできる上限の {most} 個を超える値（テキスト、数値、リスト、オブジェクト）が含まれています</translation>
    </message>
    <message>
      <source>it holds neither a conversation nor a list of messages</source>
      <translation>会話もメッセージの一覧も含まれていません</translation>
    </message>
    <message>
      <source>it holds no messages</source>
      <translation>メッセージが含まれていません</translation>
    </message>
    <message>
      <source>it is larger than {limit} MB, the most Switchboard imports</source>
      <translation>Switchboard がインポートできる上限の {limit} MB を超えています</translation>
    </message>
    <message>
      <source>it is nested too deeply</source>
      <translation>入れ子が深すぎます</translation>
    </message>
    <message>
      <source>it is not UTF-8 text</source>
      <translation>UTF-8 のテキストではありません</translation>
    </message>
    <message>
      <source>it is not valid JSON</source>
      <translation>有効な JSON ではありません</translation>
    </message>
    <message>
      <source>it was made by a newer version of Switchboard (format {version}); update Switchboard to import it</source>
      <translation>より新しいバージョンの Switchboard で作成されています（形式 {version}）。インポートするには Switchboard を更新してください</translation>
    </message>
    <message>
      <source>its attached files are not in the expected form</source>
      <translation>添付ファイルが想定された形式ではありません</translation>
    </message>
    <message>
      <source>its messages are not one branch of its versions</source>
      <translation>メッセージがバージョンの 1 つの流れになっていません</translation>
    </message>
    <message>
      <source>its version number is missing or invalid</source>
      <translation>バージョン番号がないか、正しくありません</translation>
    </message>
    <message>
      <source>its versions are not a list</source>
      <translation>バージョンがリストではありません</translation>
    </message>
    <message>
      <source>its versions go round in a circle</source>
      <translation>バージョンが循環しています</translation>
    </message>
    <message>
      <source>its versions have a missing or repeated id</source>
      <translation>バージョンの ID がないか、重複しています</translation>
    </message>
    <message>
      <source>its versions name a parent that is not an id</source>
      <translation>バージョンの親が ID ではありません</translation>
    </message>
    <message>
      <source>its versions name a parent that is not there</source>
      <translation>バージョンの親が存在しません</translation>
    </message>
    <message>
      <source>message {number} has an attachment that is not valid</source>
      <translation>メッセージ {number} に無効な添付ファイルがあります</translation>
    </message>
    <message>
      <source>message {number} has more than {most} parts, the most Switchboard imports</source>
      <translation>メッセージ {number} は Switchboard がインポートできる上限の {most} 個を超えるパートを含んでいます</translation>
    </message>
    <message>
      <source>message {number} has no role</source>
      <translation>メッセージ {number} にロールがありません</translation>
    </message>
    <message>
      <source>message {number} has no text content</source>
      <translation>メッセージ {number} にテキストの内容がありません</translation>
    </message>
    <message>
      <source>message {number} has no text, only attachments</source>
      <translation>メッセージ {number} にはテキストがなく、添付ファイルだけです</translation>
    </message>
    <message>
      <source>message {number} has the role “{role}”, but only system, user and assistant messages can be imported</source>
      <translation>メッセージ {number} のロールは「{role}」ですが、インポートできるのは system、user、assistant のメッセージだけです</translation>
    </message>
    <message>
      <source>message {number} is not a message object</source>
      <translation>メッセージ {number} はメッセージのオブジェクトではありません</translation>
    </message>
    <message>
      <source>one of its attached files is damaged</source>
      <translation>添付ファイルの 1 つが破損しています</translation>
    </message>
    <message>
      <source>one of its attached files is larger than {limit} MB, the most Switchboard takes</source>
      <translation>添付ファイルの 1 つが Switchboard の上限の {limit} MB を超えています</translation>
    </message>
    <message>
      <source>one of its attached files is not in the expected form</source>
      <translation>添付ファイルの 1 つが想定された形式ではありません</translation>
    </message>
    <message>
      <source>the attached file “{name}” is not the size it says or is larger than Switchboard takes</source>
      <translation>添付ファイル「{name}」は記載されたサイズと異なるか、Switchboard が扱える上限を超えています</translation>
    </message>
    <message>
      <source>the attachments of message {number} are not a short list</source>
      <translation>メッセージ {number} の添付ファイルが短いリストになっていません</translation>
    </message>
    <message>
      <source>version {number} is a system message</source>
      <translation>バージョン {number} はシステムメッセージです</translation>
    </message>
  </context>
  <context>
    <name>figures</name>
    <message>
      <source>All presets</source>
      <translation>すべてのプリセット</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>回答</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>コスト</translation>
    </message>
    <message>
      <source>Exactly {cost}.</source>
      <translation>ちょうど {cost}。</translation>
    </message>
    <message>
      <source>Figures count the prompts you have picked: {counted} of {prompts}.</source>
      <translation>数値は選んだプロンプトを集計しています: {prompts} 件中 {counted} 件。</translation>
    </message>
    <message>
      <source>Finished: every prompt has its answers.</source>
      <translation>完了: すべてのプロンプトに回答があります。</translation>
    </message>
    <message>
      <source>First word</source>
      <translation>最初の語</translation>
    </message>
    <message>
      <source>First word: how long the first word took to arrive. tok/s: tokens per second, how fast the answer came (a token is a short piece of a word).</source>
      <translation>最初の語: 最初の語が届くまでの時間。トークン/秒: 1 秒あたりのトークン数で、回答の速さを示します（トークンは単語の短い断片です）。</translation>
    </message>
    <message>
      <source>How long the first word of an answer took to arrive, on average.</source>
      <translation>回答の最初の語が届くまでの平均時間。</translation>
    </message>
    <message>
      <source>How many tokens the answers have (a token is a short piece of a word).</source>
      <translation>回答に含まれるトークン数（トークンは単語の短い断片です）。</translation>
    </message>
    <message>
      <source>Not finished. Resume sends only what is missing.</source>
      <translation>未完了です。再開すると、足りない分だけを送信します。</translation>
    </message>
    <message>
      <source>Not started yet.</source>
      <translation>まだ開始していません。</translation>
    </message>
    <message>
      <source>Nothing is spent on this run yet.</source>
      <translation>この実行ではまだ支出がありません。</translation>
    </message>
    <message>
      <source>Open a prompt as a comparison to pick its best answer.</source>
      <translation>最も良い回答を選ぶには、プロンプトを比較として開いてください。</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <source>Running.</source>
      <translation>実行中です。</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>速度</translation>
    </message>
    <message>
      <source>Spent on this run in all, including answers that were stopped, failed or asked again: {cost}.</source>
      <translation>この実行での支出の合計（停止、失敗、再質問した回答を含む）: {cost}。</translation>
    </message>
    <message>
      <source>Stopped. Resume sends only what is missing.</source>
      <translation>停止しました。再開すると、足りない分だけを送信します。</translation>
    </message>
    <message>
      <source>The cost is not known.</source>
      <translation>コストは不明です。</translation>
    </message>
    <message>
      <source>The cost of the answers shown, one per prompt. Earlier attempts (stopped, failed or asked again) are not in it: the note under the table says what the run spent in all.</source>
      <translation>表示されている回答のコスト（プロンプトごとに 1 つ）。以前の試行（停止、失敗、再質問）は含まれません。実行全体の支出は表の下の注記をご覧ください。</translation>
    </message>
    <message>
      <source>The others stay blind until you pick their best answer, so the All presets row is the only one that counts them.</source>
      <translation>ほかのプリセットは最も良い回答を選ぶまでブラインドのままなので、それらを集計するのは「すべてのプリセット」の行だけです。</translation>
    </message>
    <message>
      <source>Tokens</source>
      <translation>トークン</translation>
    </message>
    <message>
      <source>Tokens per second: how fast the answer came, on average (a token is a short piece of a word).</source>
      <translation>1 秒あたりのトークン数: 回答の平均の速さ（トークンは単語の短い断片です）。</translation>
    </message>
    <message>
      <source>Wins</source>
      <translation>勝ち</translation>
    </message>
    <message>
      <source>Wins count blind picks only; this run is not blind, so there are none.</source>
      <translation>勝ちはブラインドで選んだものだけを数えます。この実行はブラインドではないため、ありません。</translation>
    </message>
    <message numerus="yes">
      <source>Wins count your picks: {picked} of %n prompts picked.</source>
      <comment>one: Wins count your picks: {picked} of %n prompt picked.</comment>
      <translation>
        <numerusform>勝ちは選んだものを数えます: %n 件のプロンプトのうち {picked} 件を選択済み。</numerusform>
      </translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>最初の語 {time}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>{answers} ({failed} failed)</source>
      <translation>{answers}（{failed} 件失敗）</translation>
    </message>
    <message>
      <source>{cost} (partly estimated)</source>
      <translation>{cost}（一部推定）</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost}（推定）</translation>
    </message>
    <message>
      <source>{count} picked</source>
      <translation>{count} 件選択済み</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} トークン</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed, {running} being written.</source>
      <comment>one: {done} of %n answer, {failed} failed, {running} being written.</comment>
      <translation>
        <numerusform>%n 件中 {done} 件の回答、{failed} 件失敗、{running} 件作成中。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed.</source>
      <comment>one: {done} of %n answer, {failed} failed.</comment>
      <translation>
        <numerusform>%n 件中 {done} 件の回答、{failed} 件失敗。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {running} being written.</source>
      <comment>one: {done} of %n answer, {running} being written.</comment>
      <translation>
        <numerusform>%n 件中 {done} 件の回答、{running} 件作成中。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers.</source>
      <comment>one: {done} of %n answer.</comment>
      <translation>
        <numerusform>%n 件中 {done} 件の回答。</numerusform>
      </translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} トークン/秒</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} 秒</translation>
    </message>
    <message>
      <source>{wins} of {judged}</source>
      <translation>{judged} 件中 {wins} 件</translation>
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
      <translation>エクスポートを保存できませんでした: {reason}。</translation>
    </message>
    <message>
      <source>Could not save the spending export: {reason}.</source>
      <translation>支出のエクスポートを保存できませんでした: {reason}。</translation>
    </message>
    <message>
      <source>Export comparison</source>
      <translation>比較をエクスポート</translation>
    </message>
    <message>
      <source>Export conversation</source>
      <translation>会話をエクスポート</translation>
    </message>
    <message>
      <source>Export spending</source>
      <translation>支出をエクスポート</translation>
    </message>
    <message>
      <source>Export the run</source>
      <translation>実行をエクスポート</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n rows of spending to {path}.</source>
      <comment>one: Exported %n row of spending to {path}.</comment>
      <translation>
        <numerusform>支出 %n 行を {path} にエクスポートしました。</numerusform>
      </translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>{path} にエクスポートしました。</translation>
    </message>
    <message>
      <source>Import conversation ({limits})</source>
      <translation>会話をインポート（{limits}）</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>{name} をインポート中…</translation>
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
      <translation>通常のファイルではありません: フォルダー、パイプ、デバイスなどの可能性があります。</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} KB.</source>
      <translation>大きすぎます: 上限は {size} KB です。</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} MB.</source>
      <translation>大きすぎます: 上限は {size} MB です。</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>実行を削除</translation>
    </message>
    <message>
      <source>Delete the run “{title}” and all its answers? This cannot be undone.</source>
      <translation>実行「{title}」とそのすべての回答を削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>「{title}」を削除しました。</translation>
    </message>
    <message>
      <source>Not started. Press Start when you are ready.</source>
      <translation>未開始です。準備ができたら開始を押してください。</translation>
    </message>
    <message>
      <source>Prompt sets are not available right now.</source>
      <translation>プロンプトセットは現在利用できません。</translation>
    </message>
    <message>
      <source>Run anyway</source>
      <translation>このまま実行</translation>
    </message>
    <message>
      <source>Started: {estimate}.</source>
      <translation>開始しました: {estimate}。</translation>
    </message>
  </context>
  <context>
    <name>fork_flow</name>
    <message numerus="yes">
      <source>%n messages.</source>
      <comment>one: %n message.</comment>
      <translation>
        <numerusform>%n 件のメッセージ。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n turns</source>
      <comment>one: %n turn</comment>
      <translation>
        <numerusform>%n ターン</numerusform>
      </translation>
    </message>
    <message>
      <source>A new conversation starts with a copy of this one up to here. Everything it holds is sent again with each new message, so a shorter start costs less.</source>
      <translation>ここまでのこの会話のコピーで新しい会話を始めます。含まれる内容はすべて新しいメッセージのたびに再送信されるため、始まりが短いほどコストが抑えられます。</translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens to send again with each message.</source>
      <comment>one: About %n token to send again with each message.</comment>
      <translation>
        <numerusform>メッセージのたびに約 %n トークンを再送信します。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens, about {cost} to send again with each message.</source>
      <comment>one: About %n token, about {cost} to send again with each message.</comment>
      <translation>
        <numerusform>メッセージのたびに約 %n トークン（約 {cost}）を再送信します。</numerusform>
      </translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>新しいタブで続ける</translation>
    </message>
    <message>
      <source>How many of the last turns to keep</source>
      <translation>残す直近のターン数</translation>
    </message>
    <message>
      <source>Only the last</source>
      <translation>直近のみ</translation>
    </message>
    <message numerus="yes">
      <source>The whole conversation up to here (%n messages)</source>
      <comment>one: The whole conversation up to here (%n message)</comment>
      <translation>
        <numerusform>ここまでの会話全体（%n 件のメッセージ）</numerusform>
      </translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation.</source>
      <translation>このメッセージは会話に表示されなくなりました。</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <source>New conversation</source>
      <translation>新しい会話</translation>
    </message>
  </context>
  <context>
    <name>key_dialog</name>
    <message>
      <source>Cancel sign-in</source>
      <translation>サインインをキャンセル</translation>
    </message>
    <message>
      <source>Check and save</source>
      <translation>確認して保存</translation>
    </message>
    <message>
      <source>Checking the key with {server}…</source>
      <translation>{server} でキーを確認中…</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>コピーしました</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>リンクをコピー</translation>
    </message>
    <message>
      <source>Finish signing in in your browser; Switchboard waits here. No browser window? Copy the sign-in link below into your browser.</source>
      <translation>ブラウザーでサインインを完了してください。Switchboard はここで待機します。ブラウザーのウィンドウが開かない場合は、下のサインインリンクをコピーしてブラウザーに貼り付けてください。</translation>
    </message>
    <message>
      <source>Key accepted: {description}</source>
      <translation>キーが承認されました: {description}</translation>
    </message>
    <message>
      <source>Key for {name}</source>
      <translation>{name} 用のキー</translation>
    </message>
    <message>
      <source>Key status</source>
      <translation>キーの状態</translation>
    </message>
    <message>
      <source>OpenRouter key</source>
      <translation>OpenRouter のキー</translation>
    </message>
    <message>
      <source>Opening your browser…</source>
      <translation>ブラウザーを開いています…</translation>
    </message>
    <message>
      <source>Or paste a key you created at {link}:</source>
      <translation>または、{link} で作成したキーを貼り付けてください:</translation>
    </message>
    <message>
      <source>Paste the key for {name} (not your OpenRouter key):</source>
      <translation>{name} 用のキーを貼り付けてください（OpenRouter のキーではありません）:</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>先にキーを貼り付けてください。</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>表示</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter</source>
      <translation>OpenRouter でサインイン</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter (for this session only)</source>
      <translation>OpenRouter でサインイン（このセッションのみ）</translation>
    </message>
    <message>
      <source>Sign-in cancelled.</source>
      <translation>サインインをキャンセルしました。</translation>
    </message>
    <message>
      <source>Sign-in link</source>
      <translation>サインインリンク</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. To sign in, copy the link below, open it in your browser and sign in there; Switchboard waits here. Or paste a key below.</source>
      <translation>Switchboard は Web ブラウザーを開けませんでした。サインインするには、下のリンクをコピーしてブラウザーで開き、そこでサインインしてください。Switchboard はここで待機します。または、下にキーを貼り付けてください。</translation>
    </message>
    <message>
      <source>The API address in Settings is another server ({name}), so Sign in with OpenRouter is not offered here: it would hand your new OpenRouter key to that server. Set the address back to OpenRouter to sign in.</source>
      <translation>設定の API アドレスは別のサーバー（{name}）のため、ここでは OpenRouter でのサインインを利用できません。新しい OpenRouter のキーがそのサーバーに渡ってしまうためです。サインインするには、アドレスを OpenRouter に戻してください。</translation>
    </message>
    <message>
      <source>The key {name} gave you</source>
      <translation>{name} から発行されたキー</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so the key you get by signing in lasts only until you close Switchboard.</source>
      <translation>このコンピューターには Switchboard が使えるパスワード保管庫がないため、サインインで取得したキーは Switchboard を閉じるまでしか使えません。</translation>
    </message>
    <message>
      <source>Use this key for this session only</source>
      <translation>このキーをこのセッションだけで使用</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <source>A key is one line without spaces or line breaks, so this is not just the key. Copy the key alone and paste it here.</source>
      <translation>キーはスペースや改行を含まない 1 行なので、これはキーだけではありません。キーだけをコピーして、ここに貼り付けてください。</translation>
    </message>
    <message>
      <source>Switchboard needs an OpenRouter key: it starts with sk-or-…</source>
      <translation>Switchboard には OpenRouter のキーが必要です: sk-or-… で始まるキーです</translation>
    </message>
    <message>
      <source>This looks like a GitHub token.</source>
      <translation>これは GitHub のトークンのようです。</translation>
    </message>
    <message>
      <source>This looks like a Google key.</source>
      <translation>これは Google のキーのようです。</translation>
    </message>
    <message>
      <source>This looks like a Groq key.</source>
      <translation>これは Groq のキーのようです。</translation>
    </message>
    <message>
      <source>This looks like a Hugging Face token.</source>
      <translation>これは Hugging Face のトークンのようです。</translation>
    </message>
    <message>
      <source>This looks like a Perplexity key.</source>
      <translation>これは Perplexity のキーのようです。</translation>
    </message>
    <message>
      <source>This looks like a Replicate token.</source>
      <translation>これは Replicate のトークンのようです。</translation>
    </message>
    <message>
      <source>This looks like an Anthropic (Claude) key.</source>
      <translation>これは Anthropic（Claude）のキーのようです。</translation>
    </message>
    <message>
      <source>This looks like an NVIDIA key.</source>
      <translation>これは NVIDIA のキーのようです。</translation>
    </message>
    <message>
      <source>This looks like an OpenAI key.</source>
      <translation>これは OpenAI のキーのようです。</translation>
    </message>
    <message>
      <source>This looks like an xAI (Grok) key.</source>
      <translation>これは xAI（Grok）のキーのようです。</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message numerus="yes">
      <source>%n messages</source>
      <comment>one: %n message</comment>
      <translation>
        <numerusform>%n 件のメッセージ</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts</source>
      <comment>one: %n prompt</comment>
      <translation>
        <numerusform>%n 件のプロンプト</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, finished</source>
      <comment>one: %n prompt, finished</comment>
      <translation>
        <numerusform>%n 件のプロンプト、完了</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, running</source>
      <comment>one: %n prompt, running</comment>
      <translation>
        <numerusform>%n 件のプロンプト、実行中</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, stopped</source>
      <comment>one: %n prompt, stopped</comment>
      <translation>
        <numerusform>%n 件のプロンプト、停止</numerusform>
      </translation>
    </message>
    <message>
      <source>Conversations</source>
      <translation>会話</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>会話を削除</translation>
    </message>
    <message>
      <source>Delete the chosen conversation (in the library)</source>
      <translation>選択した会話を削除（ライブラリ内）</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>削除…</translation>
    </message>
    <message>
      <source>Fold the library</source>
      <translation>ライブラリを折りたたむ</translation>
    </message>
    <message>
      <source>Fold the library to a narrow strip</source>
      <translation>ライブラリを細い帯に折りたたむ</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>ライブラリ</translation>
    </message>
    <message>
      <source>No conversations match “{query}”.</source>
      <translation>「{query}」に一致する会話はありません。</translation>
    </message>
    <message>
      <source>No conversations yet. Type a message below to start one.</source>
      <translation>会話はまだありません。下にメッセージを入力して始めましょう。</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>開く</translation>
    </message>
    <message>
      <source>Search conversations</source>
      <translation>会話を検索</translation>
    </message>
    <message>
      <source>Show the library</source>
      <translation>ライブラリを表示</translation>
    </message>
    <message numerus="yes">
      <source>comparison of %n answers, names hidden until you pick the best</source>
      <comment>one: comparison of %n answer, names hidden until you pick the best</comment>
      <translation>
        <numerusform>%n 件の回答の比較、ベストを選ぶまで名前は非表示</numerusform>
      </translation>
    </message>
    <message>
      <source>comparison: {columns}</source>
      <translation>比較: {columns}</translation>
    </message>
    <message>
      <source>prompt set run: {columns}</source>
      <translation>プロンプトセットの実行: {columns}</translation>
    </message>
  </context>
  <context>
    <name>link_focus</name>
    <message>
      <source>{link}, link</source>
      <translation>{link}、リンク</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Switchboard cannot use the folder {folder} ({reason}), so what you do now may not be saved. Check that the folder can be written to.</source>
      <translation>Switchboard はフォルダー {folder} を使用できない（{reason}）ため、これからの操作は保存されない可能性があります。フォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
      <source>Switchboard is damaged: {path} is missing. Reinstall it.</source>
      <translation>Switchboard が破損しています: {path} が見つかりません。再インストールしてください。</translation>
    </message>
    <message>
      <source>Switchboard will use the language you chose after you restart it.</source>
      <translation>選択した言語は、Switchboard の再起動後に使用されます。</translation>
    </message>
    <message>
      <source>The address in SWITCHBOARD_BASE_URL cannot be used, so Switchboard uses the address from Settings instead. {reason}</source>
      <translation>SWITCHBOARD_BASE_URL のアドレスは使用できないため、代わりに設定のアドレスを使用します。{reason}</translation>
    </message>
    <message>
      <source>looking for your key…</source>
      <translation>キーを探しています…</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Delete comparison</source>
      <translation>比較を削除</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>会話を削除</translation>
    </message>
    <message>
      <source>Delete the comparison “{title}” and all its answers?</source>
      <translation>比較「{title}」とそのすべての回答を削除しますか？</translation>
    </message>
    <message>
      <source>Delete “{title}” and all its messages? This cannot be undone.</source>
      <translation>「{title}」とそのすべてのメッセージを削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>「{title}」を削除しました。</translation>
    </message>
    <message>
      <source>Next tab</source>
      <translation>次のタブ</translation>
    </message>
    <message>
      <source>Previous tab</source>
      <translation>前のタブ</translation>
    </message>
    <message>
      <source>Rename conversation</source>
      <translation>会話の名前を変更</translation>
    </message>
    <message>
      <source>Show the model and its settings (Ctrl+Shift+P)</source>
      <translation>モデルとその設定を表示 (Ctrl+Shift+P)</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>タイトル:</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <source>Add prompt</source>
      <translation>プロンプトを追加</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <source>Could not save the file: {reason}.</source>
      <translation>ファイルを保存できませんでした: {reason}。</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Delete prompt set</source>
      <translation>プロンプトセットを削除</translation>
    </message>
    <message>
      <source>Delete the prompt set “{name}”? Runs made with it keep their own copy.</source>
      <translation>プロンプトセット「{name}」を削除しますか？これを使った実行には、それぞれのコピーが残ります。</translation>
    </message>
    <message>
      <source>Deleted “{name}”.</source>
      <translation>「{name}」を削除しました。</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>削除…</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>破棄</translation>
    </message>
    <message>
      <source>Discard your changes?</source>
      <translation>変更を破棄しますか？</translation>
    </message>
    <message>
      <source>Export the prompt set</source>
      <translation>プロンプトセットをエクスポート</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>{path} にエクスポートしました。</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>エクスポート…</translation>
    </message>
    <message>
      <source>Import a prompt set</source>
      <translation>プロンプトセットをインポート</translation>
    </message>
    <message numerus="yes">
      <source>Imported “{name}” with %n prompts.</source>
      <comment>one: Imported “{name}” with %n prompt.</comment>
      <translation>
        <numerusform>「{name}」（%n 件のプロンプト）をインポートしました。</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>インポート…</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>下へ移動</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>上へ移動</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <source>Name of the prompt set</source>
      <translation>プロンプトセットの名前</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>名前:</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新規</translation>
    </message>
    <message>
      <source>New prompt set</source>
      <translation>新しいプロンプトセット</translation>
    </message>
    <message>
      <source>Notes on a good answer</source>
      <translation>良い回答についてのメモ</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>プロンプト</translation>
    </message>
    <message>
      <source>Prompt sets</source>
      <translation>プロンプトセット</translation>
    </message>
    <message>
      <source>Prompt sets (*.json)</source>
      <translation>プロンプトセット (*.json)</translation>
    </message>
    <message>
      <source>Prompts of the set</source>
      <translation>セットのプロンプト</translation>
    </message>
    <message>
      <source>Prompts:</source>
      <translation>プロンプト:</translation>
    </message>
    <message>
      <source>Remove prompt</source>
      <translation>プロンプトを削除</translation>
    </message>
    <message>
      <source>Run…</source>
      <translation>実行…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Saved “{name}”.</source>
      <translation>「{name}」を保存しました。</translation>
    </message>
    <message>
      <source>Send every prompt of this set to two to four presets.</source>
      <translation>このセットのすべてのプロンプトを 2～4 個のプリセットに送信します。</translation>
    </message>
    <message>
      <source>The chosen prompt:</source>
      <translation>選択したプロンプト:</translation>
    </message>
    <message>
      <source>The prompt, as you would type it in a conversation</source>
      <translation>会話で入力するとおりのプロンプト</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional)</source>
      <translation>良い回答の例（任意）</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional):</source>
      <translation>良い回答の例（任意）:</translation>
    </message>
    <message>
      <source>Your changes to this prompt set cannot be saved. {problem} Discard them and close?</source>
      <translation>このプロンプトセットへの変更を保存できません。{problem} 変更を破棄して閉じますか？</translation>
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
      <translation>コピー</translation>
    </message>
    <message>
      <source>Copy this code</source>
      <translation>このコードをコピー</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>画像</translation>
    </message>
    <message>
      <source>Image: {alt}</source>
      <translation>画像: {alt}</translation>
    </message>
    <message>
      <source>code</source>
      <translation>コード</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <source>&amp;About Switchboard</source>
      <translation>Switchboard について(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Close conversation</source>
      <translation>会話を閉じる(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Conversation</source>
      <translation>会話(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Copy the newest answer</source>
      <translation>最新の回答をコピー(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Enter sends (Shift+Enter for a new line)</source>
      <translation>Enter で送信（Shift+Enter で改行）(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;Import conversation…</source>
      <translation>会話をインポート(&amp;I)…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;New conversation</source>
      <translation>新しい会話(&amp;N)</translation>
    </message>
    <message>
      <source>&amp;Prompt sets…</source>
      <translation>プロンプトセット(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Regenerate the newest answer</source>
      <translation>最新の回答を再生成(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>設定(&amp;S)…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <source>Conversation &amp;library</source>
      <translation>会話ライブラリ(&amp;L)</translation>
    </message>
    <message>
      <source>Export &amp;spending as CSV…</source>
      <translation>支出を CSV でエクスポート(&amp;S)…</translation>
    </message>
    <message>
      <source>Export as &amp;JSON…</source>
      <translation>JSON でエクスポート(&amp;J)…</translation>
    </message>
    <message>
      <source>Export as &amp;Markdown…</source>
      <translation>Markdown でエクスポート(&amp;M)…</translation>
    </message>
    <message>
      <source>Go to the &amp;parameters</source>
      <translation>パラメーターへ移動(&amp;P)</translation>
    </message>
    <message>
      <source>New c&amp;omparison…</source>
      <translation>新しい比較(&amp;O)…</translation>
    </message>
    <message>
      <source>OpenRouter &amp;credits (web page)</source>
      <translation>OpenRouter のクレジット（Web ページ）(&amp;C)</translation>
    </message>
    <message>
      <source>OpenRouter &amp;keys (web page)</source>
      <translation>OpenRouter のキー（Web ページ）(&amp;K)</translation>
    </message>
    <message>
      <source>Show &amp;parameters</source>
      <translation>パラメーターを表示(&amp;P)</translation>
    </message>
    <message>
      <source>There is no answer to copy here yet.</source>
      <translation>ここにはまだコピーできる回答がありません。</translation>
    </message>
    <message>
      <source>There is no answer to regenerate here yet.</source>
      <translation>ここにはまだ再生成できる回答がありません。</translation>
    </message>
  </context>
  <context>
    <name>message_actions</name>
    <message>
      <source>Message copied.</source>
      <translation>メッセージをコピーしました。</translation>
    </message>
    <message>
      <source>Message details</source>
      <translation>メッセージの詳細</translation>
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
      <translation>アシスタント</translation>
    </message>
    <message>
      <source>Compare versions</source>
      <translation>バージョンを比較</translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>新しいタブで続ける</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>コピー</translation>
    </message>
    <message>
      <source>Delete version</source>
      <translation>バージョンを削除</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>詳細</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>編集</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>再生成</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>別の設定で再生成…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>再試行</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>思考中…</translation>
    </message>
    <message>
      <source>Thinking… under a second</source>
      <translation>思考中… 1 秒未満</translation>
    </message>
    <message>
      <source>Thinking… {seconds} s</source>
      <translation>思考中… {seconds} 秒</translation>
    </message>
    <message>
      <source>Thought</source>
      <translation>思考</translation>
    </message>
    <message numerus="yes">
      <source>Thought %n tokens</source>
      <comment>one: Thought %n token</comment>
      <translation>
        <numerusform>%n トークン思考しました</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for under a second</source>
      <translation>1 秒未満思考しました</translation>
    </message>
    <message numerus="yes">
      <source>Thought for under a second · %n tokens</source>
      <comment>one: Thought for under a second · %n token</comment>
      <translation>
        <numerusform>1 秒未満思考しました · %n トークン</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for {seconds} s</source>
      <translation>{seconds} 秒思考しました</translation>
    </message>
    <message numerus="yes">
      <source>Thought for {seconds} s · %n tokens</source>
      <comment>one: Thought for {seconds} s · %n token</comment>
      <translation>
        <numerusform>{seconds} 秒思考しました · %n トークン</numerusform>
      </translation>
    </message>
    <message>
      <source>Try again with less thinking</source>
      <translation>思考を減らして再試行</translation>
    </message>
    <message>
      <source>Try again without a length limit</source>
      <translation>長さの制限なしで再試行</translation>
    </message>
    <message>
      <source>You</source>
      <translation>あなた</translation>
    </message>
    <message>
      <source>⚠ No answer: the model used its whole length limit thinking, so nothing was left for the answer. The thinking is billed.</source>
      <translation>⚠ 回答なし: モデルが長さの上限をすべて思考に使ったため、回答に使える分が残りませんでした。思考分は請求されます。</translation>
    </message>
  </context>
  <context>
    <name>meta</name>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n トークン</numerusform>
      </translation>
    </message>
    <message>
      <source>Answer cost (with the prompt)</source>
      <translation>回答のコスト（プロンプトを含む）</translation>
    </message>
    <message>
      <source>Answer tokens</source>
      <translation>回答トークン</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>コスト</translation>
    </message>
    <message>
      <source>Finish reason</source>
      <translation>終了理由</translation>
    </message>
    <message>
      <source>Model requested</source>
      <translation>リクエストしたモデル</translation>
    </message>
    <message>
      <source>Model that answered</source>
      <translation>回答したモデル</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>パラメーター</translation>
    </message>
    <message>
      <source>Prompt tokens</source>
      <translation>プロンプトトークン</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>プロバイダー</translation>
    </message>
    <message>
      <source>Sources:</source>
      <translation>ソース:</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <source>The model used its whole length limit thinking, so no answer was left. It was still billed.</source>
      <translation>モデルが長さの上限をすべて思考に使ったため、回答が残りませんでした。それでも請求されています。</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>思考</translation>
    </message>
    <message>
      <source>Thinking cost</source>
      <translation>思考のコスト</translation>
    </message>
    <message>
      <source>Thinking tokens</source>
      <translation>思考トークン</translation>
    </message>
    <message>
      <source>Thought privately</source>
      <translation>非公開で思考</translation>
    </message>
    <message numerus="yes">
      <source>Thought privately: %n thinking tokens billed</source>
      <comment>one: Thought privately: %n thinking token billed</comment>
      <translation>
        <numerusform>非公開で思考: 思考トークン %n 個を請求</numerusform>
      </translation>
    </message>
    <message>
      <source>Time</source>
      <translation>時間</translation>
    </message>
    <message>
      <source>Time thinking</source>
      <translation>思考時間</translation>
    </message>
    <message>
      <source>Web searches</source>
      <translation>Web 検索</translation>
    </message>
    <message>
      <source>Your message</source>
      <translation>あなたのメッセージ</translation>
    </message>
    <message>
      <source>about {count}</source>
      <translation>約 {count}</translation>
    </message>
    <message numerus="yes">
      <source>answer %n tokens</source>
      <comment>one: answer %n token</comment>
      <translation>
        <numerusform>回答 %n トークン</numerusform>
      </translation>
    </message>
    <message>
      <source>complete</source>
      <translation>完了</translation>
    </message>
    <message>
      <source>done privately: none of it came back, but it is billed</source>
      <translation>非公開で実行: 内容は返されませんが、請求されます</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>失敗</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>中断</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>provider defaults</source>
      <translation>プロバイダーの既定値</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>streaming</source>
      <translation>受信中</translation>
    </message>
    <message>
      <source>the answer did not finish.</source>
      <translation>回答は完了しませんでした。</translation>
    </message>
    <message numerus="yes">
      <source>thinking %n tokens</source>
      <comment>one: thinking %n token</comment>
      <translation>
        <numerusform>思考 %n トークン</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>thinking about %n tokens</source>
      <comment>one: thinking about %n token</comment>
      <translation>
        <numerusform>思考 約 %n トークン</numerusform>
      </translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>via {provider}</source>
      <translation>{provider} 経由</translation>
    </message>
    <message>
      <source>{answer} + {thinking}</source>
      <translation>{answer} + {thinking}</translation>
    </message>
    <message>
      <source>{cost} (billed by OpenRouter)</source>
      <translation>{cost}（OpenRouter による請求）</translation>
    </message>
    <message>
      <source>{cost} (estimated from the model's price)</source>
      <translation>{cost}（モデルの料金からの推定）</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost}（推定）</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
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
      <translation>⚠ 途中で終了: 回答が最大長に達しました（「最大長」を増やしてください）。</translation>
    </message>
    <message>
      <source>⚠ Filtered: the provider's content filter stopped this answer.</source>
      <translation>⚠ フィルター: プロバイダーのコンテンツフィルターがこの回答を停止しました。</translation>
    </message>
    <message>
      <source>⚠ Incomplete: Switchboard closed while this answer was arriving.</source>
      <translation>⚠ 未完了: この回答の受信中に Switchboard が終了しました。</translation>
    </message>
    <message>
      <source>⚠ Incomplete: {error}</source>
      <translation>⚠ 未完了: {error}</translation>
    </message>
    <message>
      <source>⚠ Stopped: you stopped this answer; what arrived is kept.</source>
      <translation>⚠ 停止: この回答を停止しました。受信した部分は保持されています。</translation>
    </message>
  </context>
  <context>
    <name>model_picker</name>
    <message>
      <source>Choose a model</source>
      <translation>モデルを選択</translation>
    </message>
    <message>
      <source>Context</source>
      <translation>コンテキスト</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>入力</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>モデル</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>モデル</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>出力</translation>
    </message>
    <message>
      <source>Refresh list</source>
      <translation>一覧を更新</translation>
    </message>
    <message>
      <source>Search by name or id, e.g. “llama 70b” or “free”</source>
      <translation>名前または ID で検索（例:「llama 70b」や「free」）</translation>
    </message>
    <message>
      <source>Search models</source>
      <translation>モデルを検索</translation>
    </message>
    <message>
      <source>Use this model</source>
      <translation>このモデルを使用</translation>
    </message>
    <message>
      <source>free</source>
      <translation>無料</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n models</source>
      <comment>one: {shown} of %n model</comment>
      <translation>
        <numerusform>%n 個中 {shown} 個のモデル</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>free</source>
      <translation>無料</translation>
    </message>
    <message>
      <source>price unknown</source>
      <translation>料金不明</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>unknown context</source>
      <translation>コンテキスト不明</translation>
    </message>
    <message>
      <source>{fee} per request</source>
      <translation>リクエストごとに {fee}</translation>
    </message>
    <message>
      <source>{model} cannot be held to a JSON schema.</source>
      <translation>{model} は JSON スキーマに従わせることができません。</translation>
    </message>
    <message>
      <source>{model} does not accept a JSON schema.</source>
      <translation>{model} は JSON スキーマを受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept a Min P value.</source>
      <translation>{model} は Min P の値を受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept a Top A value.</source>
      <translation>{model} は Top A の値を受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept a Top K value.</source>
      <translation>{model} は Top K の値を受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept a Top P value.</source>
      <translation>{model} は Top P の値を受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept a frequency penalty.</source>
      <translation>{model} は頻度ペナルティを受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept a maximum length.</source>
      <translation>{model} は最大長を受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept a presence penalty.</source>
      <translation>{model} は存在ペナルティを受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept a repetition penalty.</source>
      <translation>{model} は繰り返しペナルティを受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept a response format.</source>
      <translation>{model} は応答形式を受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept a seed.</source>
      <translation>{model} はシードを受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept a temperature.</source>
      <translation>{model} は温度を受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept log probabilities.</source>
      <translation>{model} は対数確率を受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept reasoning settings.</source>
      <translation>{model} は思考の設定を受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept stop sequences.</source>
      <translation>{model} は停止シーケンスを受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept tools.</source>
      <translation>{model} はツールを受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not accept “{name}”.</source>
      <translation>{model} は「{name}」を受け付けません。</translation>
    </message>
    <message>
      <source>{model} does not think before answering.</source>
      <translation>{model} は回答の前に思考しません。</translation>
    </message>
    <message>
      <source>{model} has no JSON mode.</source>
      <translation>{model} には JSON モードがありません。</translation>
    </message>
    <message>
      <source>{prices} · {fee}</source>
      <translation>{prices} · {fee}</translation>
    </message>
    <message>
      <source>{prompt} in · {completion} out</source>
      <translation>入力 {prompt} · 出力 {completion}</translation>
    </message>
    <message>
      <source>{tokens} context</source>
      <translation>コンテキスト {tokens}</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <source>free</source>
      <translation>無料</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
  </context>
  <context>
    <name>new_comparison</name>
    <message>
      <source>Blind: hide the names and shuffle the columns until I pick the best</source>
      <translation>ブラインド: ベストを選ぶまで名前を隠し、列をシャッフルする</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>比較</translation>
    </message>
    <message>
      <source>Fair: the same provider for every column of a model, and every setting must be honoured</source>
      <translation>公平: モデルの各列に同じプロバイダーを使い、すべての設定が守られることを必須にする</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>新しい比較</translation>
    </message>
    <message>
      <source>Otherwise the answers may come from different companies running the model, and one of them may quietly ignore a setting, so you would compare those instead.</source>
      <translation>そうしないと、回答がモデルを運用する別々の会社から返される可能性があり、そのうちのどれかが設定を黙って無視することもあるため、比較の対象がずれてしまいます。</translation>
    </message>
    <message>
      <source>Presets to compare</source>
      <translation>比較するプリセット</translation>
    </message>
    <message>
      <source>Tick between {least} and {most} presets (now {ticked}).</source>
      <translation>{least}～{most} 個のプリセットにチェックを入れてください（現在 {ticked} 個）。</translation>
    </message>
    <message>
      <source>Tick two to four presets. One prompt goes to all of them with {model} (or the model a preset names); the answers stream side by side.</source>
      <translation>2～4 個のプリセットにチェックを入れてください。1 つのプロンプトが {model}（またはプリセットで指定されたモデル）ですべてに送信され、回答が並んで表示されます。</translation>
    </message>
    <message>
      <source>Title (optional)</source>
      <translation>タイトル（任意）</translation>
    </message>
    <message>
      <source>{left} vs {right}</source>
      <translation>{left} 対 {right}</translation>
    </message>
  </context>
  <context>
    <name>oauth</name>
    <message>
      <source>Bad request</source>
      <translation>不正なリクエスト</translation>
    </message>
    <message>
      <source>Could not reach OpenRouter to finish signing in. Check your internet connection, then try again.</source>
      <translation>サインインを完了するために OpenRouter に接続できませんでした。インターネット接続を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>許可されていません</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>見つかりません</translation>
    </message>
    <message>
      <source>OpenRouter could not finish the sign-in right now. Please try again in a minute.</source>
      <translation>OpenRouter は現在サインインを完了できませんでした。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
      <source>Return to Switchboard and try again, or paste a key there instead.</source>
      <translation>Switchboard に戻ってもう一度試すか、代わりにそこでキーを貼り付けてください。</translation>
    </message>
    <message>
      <source>Sign-in already finished</source>
      <translation>サインインはすでに完了しています</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>サインインしました</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. Paste a key instead, or try again once a browser is set up.</source>
      <translation>Switchboard は Web ブラウザーを開けませんでした。代わりにキーを貼り付けるか、ブラウザーを設定してからもう一度お試しください。</translation>
    </message>
    <message>
      <source>Switchboard was not given access to your OpenRouter account. Sign in again whenever you are ready.</source>
      <translation>Switchboard に OpenRouter アカウントへのアクセスが許可されませんでした。準備ができたら、もう一度サインインしてください。</translation>
    </message>
    <message>
      <source>The sign-in did not complete</source>
      <translation>サインインが完了しませんでした</translation>
    </message>
    <message>
      <source>The sign-in did not complete. Please try again.</source>
      <translation>サインインが完了しませんでした。もう一度お試しください。</translation>
    </message>
    <message>
      <source>The sign-in took too long, so Switchboard stopped waiting for the browser. Please try again.</source>
      <translation>サインインに時間がかかりすぎたため、Switchboard はブラウザーの待機を終了しました。もう一度お試しください。</translation>
    </message>
    <message>
      <source>This address only answers sign-ins.</source>
      <translation>このアドレスはサインイン専用です。</translation>
    </message>
    <message>
      <source>Too many sign-in attempts right now. Wait a minute, then try again.</source>
      <translation>現在サインインの試行が多すぎます。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
      <source>You can close this tab and return to Switchboard.</source>
      <translation>このタブを閉じて Switchboard に戻ってください。</translation>
    </message>
  </context>
  <context>
    <name>param_rows</name>
    <message>
      <source> tokens</source>
      <comment>after the budget's number</comment>
      <translation> トークン</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>予算</translation>
    </message>
    <message>
      <source>Give the most tokens it may spend thinking</source>
      <translation>思考に使えるトークンの上限を指定</translation>
    </message>
    <message>
      <source>Hidden thinking is still done, and still billed.</source>
      <translation>非表示でも思考は行われ、請求もされます。</translation>
    </message>
    <message>
      <source>Hide the thinking</source>
      <translation>思考を非表示</translation>
    </message>
    <message>
      <source>How much the model thinks before it answers</source>
      <translation>回答前にモデルが思考する量</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>スキーマに沿った JSON</translation>
    </message>
    <message>
      <source>JSON object</source>
      <translation>JSON オブジェクト</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>JSON スキーマ</translation>
    </message>
    <message>
      <source>Model's choice</source>
      <translation>モデルに任せる</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>オフ</translation>
    </message>
    <message>
      <source>One per line, up to 4. Write \n for a new line.</source>
      <translation>1 行に 1 つ、最大 4 つ。改行は \n と入力します。</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>プレーンテキスト</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>リセット</translation>
    </message>
    <message>
      <source>Reset {name}</source>
      <translation>{name} をリセット</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>応答形式</translation>
    </message>
    <message>
      <source>Schema name</source>
      <translation>スキーマ名</translation>
    </message>
    <message>
      <source>Send this parameter. Off: the provider's default applies.</source>
      <translation>このパラメーターを送信します。オフの場合はプロバイダーの既定値が適用されます。</translation>
    </message>
    <message>
      <source>Send {name}</source>
      <translation>{name} を送信</translation>
    </message>
    <message>
      <source>Switch it off and go back to the provider's default</source>
      <translation>オフにしてプロバイダーの既定値に戻す</translation>
    </message>
    <message>
      <source>The model answers straight away, without thinking first</source>
      <translation>モデルは思考せずにすぐ回答します</translation>
    </message>
    <message>
      <source>The model still thinks, and it is still billed; only the text stays away</source>
      <translation>モデルは思考し、請求もされます。テキストが表示されないだけです</translation>
    </message>
    <message>
      <source>The model thinks as much as it usually does (with Hide the thinking: hidden)</source>
      <translation>モデルは通常どおり思考します（「思考を非表示」の場合は非表示）</translation>
    </message>
    <message>
      <source>The most tokens the model may spend thinking</source>
      <translation>モデルが思考に使えるトークンの上限</translation>
    </message>
    <message>
      <source>Thinking amount</source>
      <translation>思考の量</translation>
    </message>
    <message>
      <source>Thinking budget in tokens</source>
      <translation>思考の予算（トークン）</translation>
    </message>
    <message>
      <source>This model</source>
      <translation>このモデル</translation>
    </message>
    <message>
      <source>Token budget</source>
      <translation>トークン予算</translation>
    </message>
    <message>
      <source>Type at least one stop sequence, or switch it off.</source>
      <translation>停止シーケンスを 1 つ以上入力するか、オフにしてください。</translation>
    </message>
    <message>
      <source>{choice} (not offered)</source>
      <translation>{choice}（提供なし）</translation>
    </message>
    <message>
      <source>{label} ({api_name})</source>
      <translation>{label}（{api_name}）</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} は思考をオフにできません。別の量を選ぶか、リセットしてモデルに任せてください。</translation>
    </message>
    <message>
      <source>{model} does not offer the {effort} thinking effort. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} には思考の強さ「{effort}」がありません。別の量を選ぶか、リセットしてモデルに任せてください。</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} は思考の予算を受け付けません。別の量を選ぶか、リセットしてモデルに任せてください。</translation>
    </message>
    <message>
      <source>{name} slider</source>
      <translation>{name} のスライダー</translation>
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
      <translation>最初のプロバイダーが失敗したらほかのプロバイダーを許可</translation>
    </message>
    <message>
      <source>Allowed</source>
      <translation>許可</translation>
    </message>
    <message>
      <source>Change model…</source>
      <translation>モデルを変更…</translation>
    </message>
    <message>
      <source>Changed since you chose “{name}”. Reset to go back to its values, or Save as… to keep these as a preset of your own.</source>
      <translation>「{name}」を選んだ後に変更されています。元の値に戻すにはリセットを、これらを自分のプリセットとして残すには「名前を付けて保存…」を押してください。</translation>
    </message>
    <message>
      <source>Choosing a preset applies its values at once.</source>
      <translation>プリセットを選ぶと、その値がすぐに適用されます。</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>カスタム</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>データ</translation>
    </message>
    <message>
      <source>Data collection</source>
      <translation>データ収集</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>既定</translation>
    </message>
    <message>
      <source>Fall back</source>
      <translation>フォールバック</translation>
    </message>
    <message>
      <source>Fastest output</source>
      <translation>出力が最速</translation>
    </message>
    <message>
      <source>For models that cannot read PDFs themselves. Reading pictures of pages (for scanned PDFs) costs $2 per 1,000 pages.</source>
      <translation>PDF を自分で読めないモデル向けです。ページの画像の読み取り（スキャンした PDF 用）は 1,000 ページあたり $2 かかります。</translation>
    </message>
    <message>
      <source>Free to use</source>
      <translation>無料で使用可</translation>
    </message>
    <message>
      <source>Go back to the values of “{name}”</source>
      <translation>「{name}」の値に戻す</translation>
    </message>
    <message>
      <source>How PDFs are read</source>
      <translation>PDF の読み取り方法</translation>
    </message>
    <message>
      <source>How it answers</source>
      <translation>回答のしかた</translation>
    </message>
    <message>
      <source>In effect: {preset}. Choosing a preset applies its values at once.</source>
      <translation>適用中: {preset}。プリセットを選ぶと、その値がすぐに適用されます。</translation>
    </message>
    <message>
      <source>Instructions the model follows for the whole conversation (optional)</source>
      <translation>会話全体でモデルが従う指示（任意）</translation>
    </message>
    <message>
      <source>Lowest price</source>
      <translation>最低価格</translation>
    </message>
    <message>
      <source>Manage…</source>
      <translation>管理…</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>モデル</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>モデルの既定値</translation>
    </message>
    <message>
      <source>Models are paid by the token. A token is a piece of a word: on average about three quarters of a word, so a million tokens is roughly 750,000 words.
“In” is everything sent with your message: the system prompt, the conversation so far and what you typed. “Out” is what the model writes back.</source>
      <translation>モデルはトークン単位で課金されます。トークンは単語の断片で、平均して単語の約 4 分の 3 にあたるため、100 万トークンはおよそ 75 万語です。
「入力」はメッセージと一緒に送信されるすべてのもの（システムプロンプト、これまでの会話、入力した内容）です。「出力」はモデルが返す内容です。</translation>
    </message>
    <message>
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <source>Not in the model list yet: every parameter stays available.</source>
      <translation>まだモデル一覧にありません: すべてのパラメーターが使用可能なままです。</translation>
    </message>
    <message>
      <source>Off. {price}</source>
      <translation>オフ。{price}</translation>
    </message>
    <message>
      <source>Only providers that honour every parameter set here. Without this, a provider that does not support a parameter silently ignores it.</source>
      <translation>ここで設定したすべてのパラメーターを守るプロバイダーのみ。これがないと、パラメーターに対応していないプロバイダーはそれを黙って無視します。</translation>
    </message>
    <message>
      <source>Only providers that keep no data</source>
      <translation>データを保持しないプロバイダーのみ</translation>
    </message>
    <message>
      <source>PDFs</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>パラメーター</translation>
    </message>
    <message>
      <source>Prefer</source>
      <translation>優先</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <source>Price unknown</source>
      <translation>料金不明</translation>
    </message>
    <message>
      <source>Providers</source>
      <translation>プロバイダー</translation>
    </message>
    <message>
      <source>Quickest start</source>
      <translation>開始が最速</translation>
    </message>
    <message>
      <source>Read pictures of pages too ($2 per 1,000 pages)</source>
      <translation>ページの画像も読み取る（1,000 ページあたり $2）</translation>
    </message>
    <message>
      <source>Read their text (free)</source>
      <translation>テキストを読み取る（無料）</translation>
    </message>
    <message>
      <source>Require every parameter</source>
      <translation>すべてのパラメーターを必須にする</translation>
    </message>
    <message>
      <source>Reset to {name}</source>
      <translation>{name} にリセット</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>結果</translation>
    </message>
    <message>
      <source>Results per search</source>
      <translation>1 回の検索あたりの結果数</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>名前を付けて保存…</translation>
    </message>
    <message>
      <source>Search the web</source>
      <translation>Web を検索</translation>
    </message>
    <message>
      <source>Show request…</source>
      <translation>リクエストを表示…</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>システムプロンプト</translation>
    </message>
    <message>
      <source>The exact JSON that the next message will send</source>
      <translation>次のメッセージで送信される正確な JSON</translation>
    </message>
    <message>
      <source>The model may search the web before it answers, and lists the pages it used. Each search costs extra.</source>
      <translation>モデルは回答の前に Web を検索し、使用したページを一覧表示できます。検索ごとに追加料金がかかります。</translation>
    </message>
    <message>
      <source>These values match no preset. Save as… keeps them as a preset of your own.</source>
      <translation>これらの値に一致するプリセットはありません。「名前を付けて保存…」で自分のプリセットとして残せます。</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · out: {completion}</source>
      <translation>トークン 入力: {prompt} · 出力: {completion}</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · {completion} per million out</source>
      <translation>トークン 入力: {prompt} · 出力 100 万あたり {completion}</translation>
    </message>
    <message>
      <source>Web search and PDFs</source>
      <translation>Web 検索と PDF</translation>
    </message>
    <message>
      <source>What this conversation sends. Parameters that are off use the model's own defaults.</source>
      <translation>この会話で送信される内容です。オフのパラメーターには、モデル自身の既定値が使われます。</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <source>free</source>
      <translation>無料</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>不明</translation>
    </message>
    <message>
      <source>unknown context: the tokens of conversation and answer it handles at once</source>
      <translation>コンテキスト不明: 一度に扱える会話と回答のトークン数</translation>
    </message>
    <message>
      <source>{model} cannot search the web. Choose another model to search.</source>
      <translation>{model} は Web を検索できません。検索するには別のモデルを選んでください。</translation>
    </message>
    <message>
      <source>{name}  (yours)</source>
      <translation>{name}（自分用）</translation>
    </message>
    <message>
      <source>{name} (modified)</source>
      <translation>{name}（変更済み）</translation>
    </message>
    <message>
      <source>{price} per request</source>
      <translation>リクエストごとに {price}</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · out: {completion}</source>
      <translation>入力 100 万トークンあたり {prompt} · 出力: {completion}</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · {completion} per million out</source>
      <translation>入力 100 万トークンあたり {prompt} · 出力 100 万あたり {completion}</translation>
    </message>
    <message>
      <source>{tokens} context: the tokens of conversation and answer it handles at once</source>
      <translation>コンテキスト {tokens}: 一度に扱える会話と回答のトークン数</translation>
    </message>
  </context>
  <context>
    <name>params</name>
    <message numerus="yes">
      <source>%n stop sequences</source>
      <comment>one: %n stop sequence</comment>
      <translation>
        <numerusform>%n 個の停止シーケンス</numerusform>
      </translation>
    </message>
    <message>
      <source>A JSON schema format needs a schema object.</source>
      <translation>JSON スキーマ形式にはスキーマオブジェクトが必要です。</translation>
    </message>
    <message>
      <source>A fixed number that makes answers repeatable on models that support it.</source>
      <translation>対応するモデルで回答を再現可能にする固定の数値です。</translation>
    </message>
    <message>
      <source>A small value (0.05 to 0.1) keeps creative settings coherent.</source>
      <translation>小さな値（0.05～0.1）にすると、創造的な設定でも一貫性が保たれます。</translation>
    </message>
    <message>
      <source>A stop sequence cannot be empty.</source>
      <translation>停止シーケンスは空にできません。</translation>
    </message>
    <message>
      <source>Asks for plain text, any JSON object, or JSON that matches a schema you give.</source>
      <translation>プレーンテキスト、任意の JSON オブジェクト、または指定したスキーマに沿った JSON を求めます。</translation>
    </message>
    <message>
      <source>Data collection must be allow or deny.</source>
      <translation>データ収集は allow か deny でなければなりません。</translation>
    </message>
    <message>
      <source>Discourages any word that has already appeared, however often.</source>
      <translation>すでに出た単語を、回数にかかわらず使われにくくします。</translation>
    </message>
    <message>
      <source>Discourages words the more often they have already appeared.</source>
      <translation>すでに出た回数が多い単語ほど使われにくくします。</translation>
    </message>
    <message>
      <source>Drops unlikely words, more strictly when the model is confident.</source>
      <translation>可能性の低い単語を除外します。モデルの確信度が高いほど厳しくなります。</translation>
    </message>
    <message>
      <source>Drops words whose chance is below this share of the most likely word's chance.</source>
      <translation>最も可能性の高い単語に対する確率の割合がこの値を下回る単語を除外します。</translation>
    </message>
    <message>
      <source>Frequency penalty</source>
      <translation>頻度ペナルティ</translation>
    </message>
    <message>
      <source>How adventurous the wording is: low values pick the most likely words, high values take more chances.</source>
      <translation>言葉選びの大胆さです。低い値では最も可能性の高い単語を選び、高い値ではより冒険します。</translation>
    </message>
    <message>
      <source>How much a thinking model reasons before it answers. Thinking is billed like answer words, even when it is hidden.</source>
      <translation>思考するモデルが回答前にどれだけ推論するかです。思考は非表示でも、回答の単語と同様に請求されます。</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>スキーマに沿った JSON</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>JSON 出力</translation>
    </message>
    <message>
      <source>Less thinking is quicker and cheaper; more helps with maths, code and tricky questions.</source>
      <translation>思考が少ないほど速く安くなり、多いほど数学、コード、難しい質問に役立ちます。</translation>
    </message>
    <message>
      <source>Lower it (e.g. 0.9) to cut off unlikely words; usually change this or temperature, not both.</source>
      <translation>下げると（例: 0.9）可能性の低い単語を除外します。通常はこれか温度のどちらか一方だけを変更します。</translation>
    </message>
    <message>
      <source>Lower it for facts and code; raise it for brainstorming and stories.</source>
      <translation>事実やコードには低く、アイデア出しや物語には高くします。</translation>
    </message>
    <message>
      <source>Makes the model less likely to repeat text from the conversation; 1 means no penalty.</source>
      <translation>モデルが会話中のテキストを繰り返しにくくします。1 はペナルティなしです。</translation>
    </message>
    <message>
      <source>Maximum length</source>
      <translation>最大長</translation>
    </message>
    <message>
      <source>Min P</source>
      <translation>Min P</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>モデルの既定値</translation>
    </message>
    <message>
      <source>Only considers the most likely words whose chances add up to this share.</source>
      <translation>確率の合計がこの割合に達するまでの、最も可能性の高い単語だけを考慮します。</translation>
    </message>
    <message>
      <source>Only considers this many of the most likely next words (0 means no limit).</source>
      <translation>次に来る可能性の高い単語をこの数だけ考慮します（0 は制限なし）。</translation>
    </message>
    <message>
      <source>OpenRouter accepts at most 4 stop sequences.</source>
      <translation>OpenRouter で使える停止シーケンスは最大 4 個です。</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>プレーンテキスト</translation>
    </message>
    <message>
      <source>Presence penalty</source>
      <translation>存在ペナルティ</translation>
    </message>
    <message>
      <source>Raise it a little if answers repeat the same words or phrases.</source>
      <translation>回答で同じ単語や言い回しが繰り返される場合は、少し上げてください。</translation>
    </message>
    <message>
      <source>Raise it slightly (1.1) if the model loops; too high makes odd wording.</source>
      <translation>モデルが同じことを繰り返す場合は少し（1.1）上げてください。高すぎると不自然な言葉になります。</translation>
    </message>
    <message>
      <source>Raise it to push the model toward new topics.</source>
      <translation>上げると、モデルが新しい話題に向かいやすくなります。</translation>
    </message>
    <message>
      <source>Rarely needed; try a small value if high temperatures produce nonsense.</source>
      <translation>めったに必要ありません。高い温度で意味不明な文になる場合に小さな値を試してください。</translation>
    </message>
    <message>
      <source>Repetition penalty</source>
      <translation>繰り返しペナルティ</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>応答形式</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>シード</translation>
    </message>
    <message>
      <source>Set a small number (e.g. 40) for safer, more predictable text.</source>
      <translation>小さな数値（例: 40）にすると、より安全で予測しやすいテキストになります。</translation>
    </message>
    <message>
      <source>Set it to cap cost or keep answers short; too low cuts answers off.</source>
      <translation>コストを抑えたり回答を短くしたりするときに設定します。低すぎると回答が途中で切れます。</translation>
    </message>
    <message>
      <source>Set it when you want the same answer twice, for example to compare settings fairly.</source>
      <translation>同じ回答を 2 回得たいとき（設定を公平に比較する場合など）に設定します。</translation>
    </message>
    <message>
      <source>Sort providers by price, throughput or latency.</source>
      <translation>プロバイダーを価格、スループット、またはレイテンシーで並べ替えます。</translation>
    </message>
    <message>
      <source>Stop sequences</source>
      <translation>停止シーケンス</translation>
    </message>
    <message>
      <source>Stop sequences must be a list of texts.</source>
      <translation>停止シーケンスはテキストのリストでなければなりません。</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>温度</translation>
    </message>
    <message>
      <source>Text that makes the model stop writing as soon as it produces it (up to 4).</source>
      <translation>モデルが出力した時点で書くのを止めるテキスト（最大 4 個）。</translation>
    </message>
    <message>
      <source>The longest answer allowed, in tokens (a token is about three quarters of a word).</source>
      <translation>許可される最長の回答（トークン単位。1 トークンは単語の約 4 分の 3）。</translation>
    </message>
    <message>
      <source>The response format holds a value that cannot be sent (NaN).</source>
      <translation>応答形式に送信できない値（NaN）が含まれています。</translation>
    </message>
    <message>
      <source>The response format must be a JSON object.</source>
      <translation>応答形式は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
      <source>The response format must be text, json_object or json_schema.</source>
      <translation>応答形式は text、json_object、json_schema のいずれかでなければなりません。</translation>
    </message>
    <message>
      <source>The schema is not valid JSON (line {line}).</source>
      <translation>スキーマが有効な JSON ではありません（{line} 行目）。</translation>
    </message>
    <message>
      <source>The schema must be a JSON object: { … }.</source>
      <translation>スキーマは JSON オブジェクト { … } でなければなりません。</translation>
    </message>
    <message>
      <source>The schema needs a name of up to 64 letters, digits, '_' or '-'.</source>
      <translation>スキーマには、英字、数字、'_'、'-' からなる 64 文字以内の名前が必要です。</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>思考</translation>
    </message>
    <message>
      <source>Thinking must be a thinking setting.</source>
      <translation>思考には思考の設定を指定してください。</translation>
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
      <translation>{name} の値を入力するか、オフにしてください。</translation>
    </message>
    <message>
      <source>Use JSON when another program will read the answer.</source>
      <translation>別のプログラムが回答を読み取る場合は JSON を使用します。</translation>
    </message>
    <message>
      <source>Use it to end answers at a marker, such as a blank line or 'User:'.</source>
      <translation>空行や 'User:' などの目印で回答を終わらせるときに使います。</translation>
    </message>
    <message>
      <source>{name} must be a finite number.</source>
      <translation>{name} は有限の数値でなければなりません。</translation>
    </message>
    <message>
      <source>{name} must be a number.</source>
      <translation>{name} は数値でなければなりません。</translation>
    </message>
    <message>
      <source>{name} must be a whole number.</source>
      <translation>{name} は整数でなければなりません。</translation>
    </message>
    <message>
      <source>{name} must be above {low} and at most {high}.</source>
      <translation>{name} は {low} より大きく {high} 以下でなければなりません。</translation>
    </message>
    <message>
      <source>{name} must be at least {low}.</source>
      <translation>{name} は {low} 以上でなければなりません。</translation>
    </message>
    <message>
      <source>{name} must be between {low} and {high}.</source>
      <translation>{name} は {low} から {high} の間でなければなりません。</translation>
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
      <translation>不明なエラー</translation>
    </message>
  </context>
  <context>
    <name>preset_store</name>
    <message>
      <source>The file could not be opened.</source>
      <translation>ファイルを開けませんでした。</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>このファイルは Switchboard のプリセットファイルではありません。</translation>
    </message>
    <message>
      <source>This file is too large to be a Switchboard presets file.</source>
      <translation>このファイルは大きすぎるため、Switchboard のプリセットファイルではありません。</translation>
    </message>
    <message>
      <source>This presets file is damaged: it holds a number with too many digits.</source>
      <translation>このプリセットファイルは破損しています: 桁数が多すぎる数値が含まれています。</translation>
    </message>
    <message>
      <source>Your saved presets at {path} could not be used, so only the built-in presets are available. {why}</source>
      <translation>{path} の保存済みプリセットを使用できないため、組み込みのプリセットだけが利用できます。{why}</translation>
    </message>
    <message>
      <source>Your saved presets could not be used, so only the built-in presets are available. {why} The old file is kept at {kept}.</source>
      <translation>保存済みプリセットを使用できないため、組み込みのプリセットだけが利用できます。{why} 古いファイルは {kept} に保存されています。</translation>
    </message>
  </context>
  <context>
    <name>presets</name>
    <message>
      <source>A higher temperature (1.1) with Min P 0.05 gives more varied wording that still stays on track; use it for brainstorming and stories.</source>
      <translation>高めの温度（1.1）と Min P 0.05 で、話題からそれずに多彩な言い回しにします。ブレインストーミングや物語に。</translation>
    </message>
    <message>
      <source>A low temperature (0.2) with Top P 0.9 keeps answers focused and consistent; use it for facts, code and step-by-step work.</source>
      <translation>低い温度（0.2）と Top P 0.9 で、回答をぶれずに一貫したものにします。事実、コード、段階的な作業に。</translation>
    </message>
    <message>
      <source>A model ID such as microsoft/wizardlm-2-8x22b</source>
      <translation>microsoft/wizardlm-2-8x22b のようなモデル ID</translation>
    </message>
    <message>
      <source>A preset name can be at most {most} characters long.</source>
      <translation>プリセット名は最大 {most} 文字です。</translation>
    </message>
    <message>
      <source>A preset name must be a single line of text.</source>
      <translation>プリセット名は 1 行のテキストでなければなりません。</translation>
    </message>
    <message>
      <source>A preset needs a name.</source>
      <translation>プリセットには名前が必要です。</translation>
    </message>
    <message>
      <source>Asks a thinking model to think hard (high effort) before it answers: slower and costlier, but better at maths, code and tricky questions.</source>
      <translation>思考モデルに、回答前にじっくり考える（高）よう求めます。遅く高くなりますが、数学、コード、難しい質問に強くなります。</translation>
    </message>
    <message>
      <source>Asks a thinking model to think only a little (low effort) before it answers: quicker and cheaper; models that do not think answer as usual.</source>
      <translation>思考モデルに、回答前の思考を少しだけ（低）にするよう求めます。速く安くなります。思考しないモデルは普段どおり回答します。</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>バランス</translation>
    </message>
    <message>
      <source>Caps every answer at 300 tokens (about 225 words), so longer answers are cut off mid-way; use it to keep replies short and cheap.</source>
      <translation>回答を最大 300 トークン（英語で約 225 語）に制限します。長い回答は途中で切れます。返信を短く安く抑えたいときに。</translation>
    </message>
    <message>
      <source>Careful</source>
      <translation>じっくり</translation>
    </message>
    <message>
      <source>Concise</source>
      <translation>簡潔</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>「{name}」を開けませんでした（{reason}）。</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>「{name}」を書き込めませんでした（{reason}）。別のフォルダーを選んでもう一度お試しください。</translation>
    </message>
    <message>
      <source>Creative</source>
      <translation>創造的</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>プリセットを削除</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”?</source>
      <translation>プリセット「{name}」を削除しますか？</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>削除…</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>説明</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>破棄</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>変更を破棄しますか？</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>複製</translation>
    </message>
    <message>
      <source>Empty: conversations that use this preset have none</source>
      <translation>空: このプリセットを使う会話にはありません</translation>
    </message>
    <message>
      <source>Export preset</source>
      <translation>プリセットをエクスポート</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {path}.</source>
      <comment>one: Exported %n preset to {path}.</comment>
      <translation>
        <numerusform>%n 個のプリセットを {path} にエクスポートしました。</numerusform>
      </translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>エクスポート…</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>プリセットをインポート</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n presets.</source>
      <comment>one: Imported %n preset.</comment>
      <translation>
        <numerusform>%n 個のプリセットをインポートしました。</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>インポート…</translation>
    </message>
    <message>
      <source>Include the model</source>
      <translation>モデルを含める</translation>
    </message>
    <message>
      <source>Include the system prompt</source>
      <translation>システムプロンプトを含める</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>JSON 出力</translation>
    </message>
    <message numerus="yes">
      <source>Kept your %n existing presets.</source>
      <comment>one: Kept your %n existing preset.</comment>
      <translation>
        <numerusform>既存の %n 個のプリセットを残しました。</numerusform>
      </translation>
    </message>
    <message>
      <source>Message</source>
      <translation>メッセージ</translation>
    </message>
    <message>
      <source>Model ID</source>
      <translation>モデル ID</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名前</translation>
    </message>
    <message>
      <source>Name of the new preset:</source>
      <translation>新しいプリセットの名前:</translation>
    </message>
    <message>
      <source>Nothing was saved. Choose another name first.</source>
      <translation>何も保存されませんでした。先に別の名前を選んでください。</translation>
    </message>
    <message>
      <source>Nothing was saved. Fix the value marked in red first.</source>
      <translation>何も保存されませんでした。先に赤で示された値を修正してください。</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>パラメーター</translation>
    </message>
    <message>
      <source>Precise</source>
      <translation>正確</translation>
    </message>
    <message>
      <source>Preset description</source>
      <translation>プリセットの説明</translation>
    </message>
    <message>
      <source>Preset name</source>
      <translation>プリセット名</translation>
    </message>
    <message>
      <source>Preset number {number} in this file has no name.</source>
      <translation>このファイルの {number} 番目のプリセットに名前がありません。</translation>
    </message>
    <message>
      <source>Preset number {number} in this file is not a preset.</source>
      <translation>このファイルの {number} 番目はプリセットではありません。</translation>
    </message>
    <message>
      <source>Preset number {number}: {problem}</source>
      <translation>{number} 番目のプリセット: {problem}</translation>
    </message>
    <message>
      <source>Preset “{name}”: {problem}</source>
      <translation>プリセット「{name}」: {problem}</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <source>Presets (*.json)</source>
      <translation>プリセット (*.json)</translation>
    </message>
    <message>
      <source>Provider choices</source>
      <translation>プロバイダーの選択</translation>
    </message>
    <message>
      <source>Providers (kept as they are when you save):</source>
      <translation>プロバイダー（保存時もそのまま残ります）:</translation>
    </message>
    <message>
      <source>Quick</source>
      <translation>すばやく</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>置き換え</translation>
    </message>
    <message>
      <source>Replace presets?</source>
      <translation>プリセットを置き換えますか？</translation>
    </message>
    <message>
      <source>Replace the system prompt</source>
      <translation>システムプロンプトを置き換える</translation>
    </message>
    <message>
      <source>Reproducible</source>
      <translation>再現性</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <source>Save as a copy</source>
      <translation>コピーとして保存</translation>
    </message>
    <message>
      <source>Save as a copy…</source>
      <translation>コピーとして保存…</translation>
    </message>
    <message>
      <source>Save as preset</source>
      <translation>プリセットとして保存</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>プリセット「{name}」を保存しました。</translation>
    </message>
    <message>
      <source>Saved your changes as the preset “{name}”.</source>
      <translation>変更をプリセット「{name}」として保存しました。</translation>
    </message>
    <message>
      <source>Sends no sampling settings at all, so the provider's own defaults apply; a good start for everyday chat.</source>
      <translation>サンプリング設定を何も送らず、プロバイダー自身の既定値を使います。普段のチャットの出発点に。</translation>
    </message>
    <message>
      <source>Set another parameter…</source>
      <translation>ほかのパラメーターを設定…</translation>
    </message>
    <message>
      <source>Sets: {summary}</source>
      <translation>設定内容: {summary}</translation>
    </message>
    <message>
      <source>Skipped {names}: a built-in preset has that name.</source>
      <translation>{names} をスキップしました: 組み込みのプリセットに同じ名前があります。</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own model.</source>
      <translation>オフの場合、各会話はそれぞれのモデルを使い続けます。</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own system prompt.</source>
      <translation>オフの場合、各会話はそれぞれのシステムプロンプトを使い続けます。</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>システムプロンプト</translation>
    </message>
    <message>
      <source>Temperature 0 and a fixed seed (42) make the same prompt give the same answer as far as the model allows, though not every model or provider guarantees it; use it to compare settings fairly.</source>
      <translation>温度 0 と固定シード（42）で、モデルが許す限り同じプロンプトに同じ回答を返します。ただし、すべてのモデルやプロバイダーが保証するわけではありません。設定を公平に比べるときに。</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>ファイル「{name}」はもう存在しません。</translation>
    </message>
    <message>
      <source>The model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>モデルは microsoft/wizardlm-2-8x22b のようなモデル ID でなければなりません。</translation>
    </message>
    <message>
      <source>The parameters must be a JSON object.</source>
      <translation>パラメーターは JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be a list of provider names such as deepinfra or google-vertex/us-east5.</source>
      <translation>プロバイダーの設定「{name}」は、deepinfra や google-vertex/us-east5 のようなプロバイダー名のリストでなければなりません。</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be true or false.</source>
      <translation>プロバイダーの設定「{name}」は true か false でなければなりません。</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be {choices}.</source>
      <translation>プロバイダーの設定「{name}」は {choices} でなければなりません。</translation>
    </message>
    <message>
      <source>The provider settings must be a JSON object.</source>
      <translation>プロバイダーの設定は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
      <source>There is no preset named “{name}”.</source>
      <translation>「{name}」という名前のプリセットはありません。</translation>
    </message>
    <message>
      <source>This file has two presets named “{name}”.</source>
      <translation>このファイルには「{name}」という名前のプリセットが 2 つあります。</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>このファイルは Switchboard のプリセットファイルではありません。</translation>
    </message>
    <message>
      <source>This is a built-in preset, so it cannot be changed. Save as a copy… keeps your changes as a preset of your own.</source>
      <translation>これは組み込みのプリセットのため、変更できません。「コピーとして保存…」で変更内容を自分のプリセットとして残せます。</translation>
    </message>
    <message>
      <source>This preset cannot be saved: {reason}</source>
      <translation>このプリセットは保存できません: {reason}</translation>
    </message>
    <message>
      <source>This preset sets no parameters, so each provider's own defaults apply.</source>
      <translation>このプリセットはパラメーターを設定しないため、各プロバイダーの既定値が適用されます。</translation>
    </message>
    <message>
      <source>This presets file is damaged: it has no list of presets.</source>
      <translation>このプリセットファイルは破損しています: プリセットの一覧がありません。</translation>
    </message>
    <message>
      <source>This presets file is damaged: its version is missing.</source>
      <translation>このプリセットファイルは破損しています: バージョンがありません。</translation>
    </message>
    <message>
      <source>This presets file is from a newer version of Switchboard (version {version}); update Switchboard to import it.</source>
      <translation>このプリセットファイルは、より新しいバージョンの Switchboard（バージョン {version}）のものです。インポートするには Switchboard を更新してください。</translation>
    </message>
    <message>
      <source>Turns on JSON mode and replaces the system prompt with one that asks for a single JSON object; use it when a program will read the answer.</source>
      <translation>JSON モードをオンにし、システムプロンプトを JSON オブジェクトを 1 つだけ求めるものに置き換えます。プログラムが回答を読むときに。</translation>
    </message>
    <message>
      <source>Type a model ID such as microsoft/wizardlm-2-8x22b, or switch this off.</source>
      <translation>microsoft/wizardlm-2-8x22b のようなモデル ID を入力するか、これをオフにしてください。</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>変更を元に戻す</translation>
    </message>
    <message>
      <source>Use a particular model</source>
      <translation>特定のモデルを使用</translation>
    </message>
    <message>
      <source>Web search must be a JSON object.</source>
      <translation>Web 検索は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
      <source>Web search needs “enabled”: true or false.</source>
      <translation>Web 検索には「enabled」（true または false）が必要です。</translation>
    </message>
    <message>
      <source>Web search results must be a whole number from 1 to {most}.</source>
      <translation>Web 検索の結果数は 1 から {most} までの整数でなければなりません。</translation>
    </message>
    <message>
      <source>What it does and when to use it</source>
      <translation>内容と使いどころ</translation>
    </message>
    <message>
      <source>What the preset sets</source>
      <translation>プリセットで設定する内容</translation>
    </message>
    <message>
      <source>You already have a preset named “{name}”.</source>
      <translation>「{name}」という名前のプリセットはすでにあります。</translation>
    </message>
    <message>
      <source>You already have presets named {names}. Replace them with the imported ones?</source>
      <translation>{names} という名前のプリセットはすでにあります。インポートしたもので置き換えますか？</translation>
    </message>
    <message>
      <source>Your changes to “{name}” are not saved. Discard them?</source>
      <translation>「{name}」への変更は保存されていません。破棄しますか？</translation>
    </message>
    <message>
      <source>Your preset “{name}” has the name of a built-in preset now, so it is shown as “{new_name}”.</source>
      <translation>プリセット「{name}」は組み込みのプリセットと同じ名前になったため、「{new_name}」として表示されます。</translation>
    </message>
    <message>
      <source>Your presets could not be saved ({reason}). Nothing was changed.</source>
      <translation>プリセットを保存できませんでした（{reason}）。何も変更されていません。</translation>
    </message>
    <message>
      <source>its own system prompt</source>
      <translation>独自のシステムプロンプト</translation>
    </message>
    <message>
      <source>model {model}</source>
      <translation>モデル {model}</translation>
    </message>
    <message>
      <source>no system prompt</source>
      <translation>システムプロンプトなし</translation>
    </message>
    <message>
      <source>no web search</source>
      <translation>Web 検索なし</translation>
    </message>
    <message numerus="yes">
      <source>searches the web (up to %n results)</source>
      <comment>one: searches the web (up to %n result)</comment>
      <translation>
        <numerusform>Web を検索（最大 %n 件の結果）</numerusform>
      </translation>
    </message>
    <message>
      <source>the description must be text.</source>
      <translation>説明はテキストでなければなりません。</translation>
    </message>
    <message>
      <source>the model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>モデルは microsoft/wizardlm-2-8x22b のようなモデル ID でなければなりません。</translation>
    </message>
    <message>
      <source>the system prompt must be text.</source>
      <translation>システムプロンプトはテキストでなければなりません。</translation>
    </message>
    <message>
      <source>{choices} or {last}</source>
      <translation>{choices} または {last}</translation>
    </message>
    <message>
      <source>{name}  (built in)</source>
      <translation>{name}（組み込み）</translation>
    </message>
    <message>
      <source>{name} (copy {number})</source>
      <translation>{name}（コピー {number}）</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name}（コピー）</translation>
    </message>
    <message>
      <source>{name} (mine {number})</source>
      <translation>{name}（自分用 {number}）</translation>
    </message>
    <message>
      <source>{name} (mine)</source>
      <translation>{name}（自分用）</translation>
    </message>
    <message>
      <source>{problem} Nothing was saved.</source>
      <translation>{problem} 何も保存されませんでした。</translation>
    </message>
    <message>
      <source>“{key}” is not a parameter Switchboard knows.</source>
      <translation>「{key}」は Switchboard が認識できるパラメーターではありません。</translation>
    </message>
    <message>
      <source>“{key}” is not a provider setting Switchboard knows.</source>
      <translation>「{key}」は Switchboard が認識できるプロバイダーの設定ではありません。</translation>
    </message>
    <message>
      <source>“{key}” is not a web search setting.</source>
      <translation>「{key}」は Web 検索の設定ではありません。</translation>
    </message>
    <message>
      <source>“{key}” is not something a preset can hold.</source>
      <translation>「{key}」はプリセットに含められる項目ではありません。</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be changed. Duplicate it to make a copy you can change.</source>
      <translation>「{name}」は組み込みのプリセットのため、変更できません。複製すると、変更できるコピーが作成されます。</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be deleted. Duplicate it to make a copy you can change.</source>
      <translation>「{name}」は組み込みのプリセットのため、削除できません。複製すると、変更できるコピーが作成されます。</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be renamed. Duplicate it to make a copy you can change.</source>
      <translation>「{name}」は組み込みのプリセットのため、名前を変更できません。複製すると、変更できるコピーが作成されます。</translation>
    </message>
    <message>
      <source>“{name}” is the name of a built-in preset. Choose another name.</source>
      <translation>「{name}」は組み込みのプリセットの名前です。別の名前を選んでください。</translation>
    </message>
  </context>
  <context>
    <name>prompt_sets</name>
    <message>
      <source>A prompt set can hold at most {most} prompts.</source>
      <translation>プロンプトセットに含められるプロンプトは最大 {most} 件です。</translation>
    </message>
    <message>
      <source>A prompt set needs at least one prompt.</source>
      <translation>プロンプトセットには少なくとも 1 件のプロンプトが必要です。</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>回答 {letter}</translation>
    </message>
    <message>
      <source>Column {number}</source>
      <translation>列 {number}</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>「{name}」を開けませんでした（{reason}）。</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>「{name}」を書き込めませんでした（{reason}）。別のフォルダーを選んでもう一度お試しください。</translation>
    </message>
    <message>
      <source>Every answer is in, so nothing is left to send.</source>
      <translation>すべての回答がそろっているため、送信するものはありません。</translation>
    </message>
    <message>
      <source>Give the prompt set a name.</source>
      <translation>プロンプトセットに名前を付けてください。</translation>
    </message>
    <message>
      <source>Prompt set run</source>
      <translation>プロンプトセットの実行</translation>
    </message>
    <message>
      <source>Prompt {number} has a broken character that is not text. Retype it.</source>
      <translation>プロンプト {number} にテキストではない壊れた文字があります。入力し直してください。</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>このファイルのプロンプト {number} にテキストではない壊れた文字があります。ファイルで修正してから、もう一度インポートしてください。</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has no text.</source>
      <translation>このファイルのプロンプト {number} にテキストがありません。</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has something Switchboard does not know: “{key}”.</source>
      <translation>このファイルのプロンプト {number} に Switchboard が認識できない項目があります: 「{key}」。</translation>
    </message>
    <message>
      <source>Prompt {number} in this file is not a prompt.</source>
      <translation>このファイルのプロンプト {number} はプロンプトではありません。</translation>
    </message>
    <message>
      <source>Prompt {number} is empty. Write it or remove it.</source>
      <translation>プロンプト {number} が空です。入力するか削除してください。</translation>
    </message>
    <message>
      <source>Prompt {number} is too long: keep it under {most} characters.</source>
      <translation>プロンプト {number} が長すぎます: {most} 文字未満にしてください。</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>ファイル「{name}」はもう存在しません。</translation>
    </message>
    <message>
      <source>The name has a broken character that is not text. Retype it.</source>
      <translation>名前にテキストではない壊れた文字があります。入力し直してください。</translation>
    </message>
    <message>
      <source>The name is too long: keep it under {most} characters.</source>
      <translation>名前が長すぎます: {most} 文字未満にしてください。</translation>
    </message>
    <message>
      <source>The name of the set in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>このファイルのセット名にテキストではない壊れた文字があります。ファイルで修正してから、もう一度インポートしてください。</translation>
    </message>
    <message>
      <source>The notes of prompt {number} are too long: keep them under {most} characters.</source>
      <translation>プロンプト {number} のメモが長すぎます: {most} 文字未満にしてください。</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file are not text.</source>
      <translation>このファイルのプロンプト {number} のメモがテキストではありません。</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>このファイルのプロンプト {number} のメモにテキストではない壊れた文字があります。ファイルで修正してから、もう一度インポートしてください。</translation>
    </message>
    <message>
      <source>This file is not a Switchboard prompt set.</source>
      <translation>このファイルは Switchboard のプロンプトセットではありません。</translation>
    </message>
    <message>
      <source>This file is too large to be a prompt set (more than {size} MB).</source>
      <translation>このファイルは大きすぎるため（{size} MB 超）、プロンプトセットではありません。</translation>
    </message>
    <message>
      <source>This prompt set file has no list of prompts.</source>
      <translation>このプロンプトセットファイルにはプロンプトの一覧がありません。</translation>
    </message>
    <message>
      <source>This prompt set file has no name for the set.</source>
      <translation>このプロンプトセットファイルにはセットの名前がありません。</translation>
    </message>
    <message>
      <source>This prompt set file has something Switchboard does not know: “{key}”.</source>
      <translation>このプロンプトセットファイルに Switchboard が認識できない項目があります: 「{key}」。</translation>
    </message>
    <message>
      <source>This prompt set file is damaged: its version is not a number.</source>
      <translation>このプロンプトセットファイルは破損しています: バージョンが数値ではありません。</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers</source>
      <comment>one: {done} of %n answer</comment>
      <translation>
        <numerusform>%n 件中 {done} 件の回答</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}” is too large to be a prompt set (more than {size} MB).</source>
      <translation>「{name}」は大きすぎるため（{size} MB 超）、プロンプトセットではありません。</translation>
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
      <translation>スキーマに沿った JSON</translation>
    </message>
    <message>
      <source>No provider of {model} is working normally right now; each column may be served by a different provider.</source>
      <translation>現在、{model} のプロバイダーで正常に動作しているものはありません。列ごとに別のプロバイダーが使われる可能性があります。</translation>
    </message>
    <message>
      <source>No provider of {model} take {names}, so a column that sets them will be refused; each column may be served by a different provider.</source>
      <translation>{model} のプロバイダーはどれも {names} を受け付けないため、これらを設定した列は拒否されます。列ごとに別のプロバイダーが使われる可能性があります。</translation>
    </message>
    <message>
      <source>No provider of {model} takes {names}, so a column that sets it will be refused; each column may be served by a different provider.</source>
      <translation>{model} のプロバイダーはどれも {names} を受け付けないため、これを設定した列は拒否されます。列ごとに別のプロバイダーが使われる可能性があります。</translation>
    </message>
    <message>
      <source>No single provider of {model} takes {names} together; each column may be served by a different provider.</source>
      <translation>{model} のプロバイダーで {names} をすべて同時に受け付けるものはありません。列ごとに別のプロバイダーが使われる可能性があります。</translation>
    </message>
    <message>
      <source>The preset of a column of {model} allows only providers that do not serve this model, so that column will be refused. Choose another preset or model for it.</source>
      <translation>{model} の列のプリセットは、このモデルを提供していないプロバイダーだけを許可しているため、その列は拒否されます。その列には別のプリセットかモデルを選んでください。</translation>
    </message>
    <message>
      <source>The providers of {model} could not be looked up, so none was chosen; each column may be served by a different provider, and every setting is still required.</source>
      <translation>{model} のプロバイダーを調べられなかったため、どれも選ばれていません。列ごとに別のプロバイダーが使われる可能性があり、すべての設定は引き続き必須です。</translation>
    </message>
    <message>
      <source>{items} and {last}</source>
      <translation>{items}、{last}</translation>
    </message>
  </context>
  <context>
    <name>request</name>
    <message>
      <source>This message would carry {size} MB of files, more than the {most} MB one message can take (every file of the conversation is sent again with each message). Remove some files, or start a new conversation.</source>
      <translation>このメッセージには {size} MB のファイルが含まれ、1 つのメッセージの上限 {most} MB を超えます（会話のすべてのファイルがメッセージのたびに再送信されます）。ファイルをいくつか削除するか、新しい会話を始めてください。</translation>
    </message>
  </context>
  <context>
    <name>request_preview</name>
    <message>
      <source>Copy</source>
      <translation>コピー</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>リクエスト</translation>
    </message>
    <message>
      <source>Request body</source>
      <translation>リクエスト本文</translation>
    </message>
    <message>
      <source>The API key is sent in the Authorization header and is not shown here.</source>
      <translation>API キーは Authorization ヘッダーで送信され、ここには表示されません。</translation>
    </message>
  </context>
  <context>
    <name>requests</name>
    <message>
      <source>A setting holds a value JSON cannot carry (such as NaN). Fix it first.</source>
      <translation>設定に JSON で送れない値（NaN など）が含まれています。先に修正してください。</translation>
    </message>
    <message>
      <source>Choose a model first.</source>
      <translation>先にモデルを選んでください。</translation>
    </message>
    <message>
      <source>Type a message first.</source>
      <translation>先にメッセージを入力してください。</translation>
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
      <translation>任意のプロバイダー</translation>
    </message>
    <message>
      <source>cheapest provider first</source>
      <translation>最も安いプロバイダーを優先</translation>
    </message>
    <message>
      <source>fastest provider first</source>
      <translation>最も速いプロバイダーを優先</translation>
    </message>
    <message>
      <source>never {providers}</source>
      <translation>{providers} は使用しない</translation>
    </message>
    <message>
      <source>no other provider if the first one fails</source>
      <translation>最初のプロバイダーが失敗してもほかは使わない</translation>
    </message>
    <message>
      <source>only providers that honour every setting</source>
      <translation>すべての設定を守るプロバイダーのみ</translation>
    </message>
    <message>
      <source>only providers that keep no data</source>
      <translation>データを保持しないプロバイダーのみ</translation>
    </message>
    <message>
      <source>only {providers}</source>
      <translation>{providers} のみ</translation>
    </message>
    <message>
      <source>other providers may step in if the first one fails</source>
      <translation>最初のプロバイダーが失敗したら、ほかのプロバイダーが代わる場合あり</translation>
    </message>
    <message>
      <source>providers in a set order</source>
      <translation>決まった順序のプロバイダー</translation>
    </message>
    <message>
      <source>providers that keep data allowed</source>
      <translation>データを保持するプロバイダーも許可</translation>
    </message>
    <message>
      <source>quickest provider to start first</source>
      <translation>開始が最も速いプロバイダーを優先</translation>
    </message>
    <message>
      <source>{earlier}, then {next}</source>
      <translation>{earlier}、次に {next}</translation>
    </message>
    <message>
      <source>{providers} first</source>
      <translation>{providers} を優先</translation>
    </message>
    <message>
      <source>{providers} only</source>
      <translation>{providers} のみ</translation>
    </message>
  </context>
  <context>
    <name>run_dialog</name>
    <message>
      <source>Answers at once:</source>
      <translation>同時に作成する回答:</translation>
    </message>
    <message>
      <source>Answers written at once</source>
      <translation>同時に作成する回答の数</translation>
    </message>
    <message>
      <source>Blind: hide the names and shuffle the answers until I pick the best of each prompt</source>
      <translation>ブラインド: 各プロンプトのベストを選ぶまで名前を隠し、回答をシャッフルする</translation>
    </message>
    <message>
      <source>Fair: the same provider for each model, and only providers that take every setting</source>
      <translation>公平: モデルごとに同じプロバイダーを使い、すべての設定を受け付けるプロバイダーのみにする</translation>
    </message>
    <message>
      <source>How many answers are written at the same time. Fewer is gentler on the provider's limits; more finishes sooner.</source>
      <translation>同時に作成する回答の数です。少ないほどプロバイダーの制限に優しく、多いほど早く終わります。</translation>
    </message>
    <message>
      <source>Presets to run the set with</source>
      <translation>セットを実行するプリセット</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>実行</translation>
    </message>
    <message>
      <source>Run a prompt set</source>
      <translation>プロンプトセットを実行</translation>
    </message>
    <message numerus="yes">
      <source>Send the %n prompts of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</source>
      <comment>one: Send the %n prompt of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</comment>
      <translation>
        <numerusform>{name} の %n 件のプロンプトを、{model}（またはプリセットで指定されたモデル）で 2～4 個のプリセットに送信します。何かを送信する前に、かかる可能性のあるコストを確認できます。</numerusform>
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
      <translation>良い回答: {notes}</translation>
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
      <translation>CSV 形式（スプレッドシート用）…</translation>
    </message>
    <message>
      <source>As Markdown…</source>
      <translation>Markdown 形式…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>エクスポート…</translation>
    </message>
    <message>
      <source>No answer yet.</source>
      <translation>まだ回答がありません。</translation>
    </message>
    <message>
      <source>Open as a comparison</source>
      <translation>比較として開く</translation>
    </message>
    <message>
      <source>Open this prompt's answers in a comparison tab, where you can pick the best one.</source>
      <translation>このプロンプトの回答を比較タブで開き、最も良いものを選べるようにします。</translation>
    </message>
    <message>
      <source>Picked</source>
      <translation>選択済み</translation>
    </message>
    <message>
      <source>Progress of the run</source>
      <translation>実行の進み具合</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>プロンプト</translation>
    </message>
    <message>
      <source>Prompts</source>
      <translation>プロンプト</translation>
    </message>
    <message>
      <source>Results per preset</source>
      <translation>プリセットごとの結果</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>再開</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>開始</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>Stop the run: what arrived is kept, Resume sends the rest.</source>
      <translation>実行を停止: 受信した部分は保持され、再開すると残りを送信します。</translation>
    </message>
    <message>
      <source>What is left to send: {estimate}.</source>
      <translation>残りの送信分: {estimate}。</translation>
    </message>
    <message>
      <source>{answered} of {columns}</source>
      <translation>{columns} 列中 {answered} 列</translation>
    </message>
  </context>
  <context>
    <name>safe_text</name>
    <message numerus="yes">
      <source>… (%n more characters; Copy to get all)</source>
      <comment>one: … (%n more character; Copy to get all)</comment>
      <translation>
        <numerusform>…（あと %n 文字。すべて取得するにはコピーしてください）</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>secrets</name>
    <message>
      <source>Desktop keyring</source>
      <translation>デスクトップのキーリング</translation>
    </message>
    <message>
      <source>Keyring turned off</source>
      <translation>キーリングはオフです</translation>
    </message>
    <message>
      <source>No desktop session bus (D-Bus) is running, so no keyring service such as GNOME Keyring or KWallet can be reached.</source>
      <translation>デスクトップのセッションバス（D-Bus）が動作していないため、GNOME キーリングや KWallet などのキーリングサービスに接続できません。</translation>
    </message>
    <message>
      <source>No keyring</source>
      <translation>キーリングなし</translation>
    </message>
    <message>
      <source>No keyring service (such as GNOME Keyring or KWallet) is running.</source>
      <translation>キーリングサービス（GNOME キーリングや KWallet など）が動作していません。</translation>
    </message>
    <message>
      <source>No keyring service is available.</source>
      <translation>利用できるキーリングサービスがありません。</translation>
    </message>
    <message>
      <source>No secure keyring</source>
      <translation>安全なキーリングなし</translation>
    </message>
    <message>
      <source>None of the keyrings available ({names}) keeps secrets safely, so Switchboard will not use them.</source>
      <translation>利用できるキーリング（{names}）はどれも秘密情報を安全に保管しないため、Switchboard は使用しません。</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer.</source>
      <translation>このコンピューターには、Switchboard がキーを安全に保管できる場所がありません。</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. You can paste a key to use for this session only.</source>
      <translation>このコンピューターには、Switchboard がキーを安全に保管できる場所がありません。キーを貼り付けて、このセッションだけ使うことができます。</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason}</source>
      <translation>このコンピューターには、Switchboard がキーを安全に保管できる場所がありません。{reason}</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason} You can paste a key to use for this session only.</source>
      <translation>このコンピューターには、Switchboard がキーを安全に保管できる場所がありません。{reason} キーを貼り付けて、このセッションだけ使うことができます。</translation>
    </message>
    <message>
      <source>Switchboard keeps your key only in the system's own keychain (Secret Service, KWallet, macOS Keychain or Windows Credential Manager), and none of them is in use.</source>
      <translation>Switchboard はキーをシステム自身のキーチェーン（Secret Service、KWallet、macOS キーチェーン、Windows 資格情報マネージャー）にのみ保管しますが、どれも使用されていません。</translation>
    </message>
    <message>
      <source>The keyring could not be set up ({error}).</source>
      <translation>キーリングを設定できませんでした（{error}）。</translation>
    </message>
    <message>
      <source>The only keyring available keeps secrets in a file on disk that is not properly protected, so Switchboard will not use it.</source>
      <translation>利用できる唯一のキーリングは、十分に保護されていないディスク上のファイルに秘密情報を保管するため、Switchboard は使用しません。</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so Switchboard cannot read your saved key. Try again later, or paste the key to use it for this session only.</source>
      <translation>システムのキーリングが応答しないため、Switchboard は保存されたキーを読み取れません。後でもう一度試すか、キーを貼り付けてこのセッションだけ使用してください。</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be removed. Try again later.</source>
      <translation>システムのキーリングが応答しないため、キーを削除できませんでした。後でもう一度お試しください。</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be saved. Try again, or use the key for this session only.</source>
      <translation>システムのキーリングが応答しないため、キーを保存できませんでした。もう一度試すか、このセッションだけキーを使用してください。</translation>
    </message>
    <message>
      <source>The system keyring is turned off for Python programs (keyring's null backend).</source>
      <translation>Python プログラム向けのシステムキーリングがオフになっています（keyring の null バックエンド）。</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. You can use the key for this session only.</source>
      <translation>このコンピューターにはキーを安全に保管できる場所がありません。このセッションだけキーを使用できます。</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. {reason} You can use the key for this session only.</source>
      <translation>このコンピューターにはキーを安全に保管できる場所がありません。{reason} このセッションだけキーを使用できます。</translation>
    </message>
    <message>
      <source>Unrecognised keyring ({name})</source>
      <translation>認識できないキーリング（{name}）</translation>
    </message>
    <message>
      <source>Your keyring is locked, so Switchboard cannot read your saved key. Unlock it (logging in again usually does), then restart Switchboard, or paste the key to use it for this session only.</source>
      <translation>キーリングがロックされているため、Switchboard は保存されたキーを読み取れません。ロックを解除して（通常はログインし直すと解除されます）Switchboard を再起動するか、キーを貼り付けてこのセッションだけ使用してください。</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be removed. Unlock it (logging in again usually does) and try again.</source>
      <translation>キーリングがロックされているため、キーを削除できませんでした。ロックを解除して（通常はログインし直すと解除されます）もう一度お試しください。</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be saved. Unlock it (logging in again usually does) and try again, or use the key for this session only.</source>
      <translation>キーリングがロックされているため、キーを保存できませんでした。ロックを解除して（通常はログインし直すと解除されます）もう一度試すか、このセッションだけキーを使用してください。</translation>
    </message>
  </context>
  <context>
    <name>send_gate</name>
    <message>
      <source>Not sent: your message is still in the box.</source>
      <translation>送信されていません: メッセージは入力欄に残っています。</translation>
    </message>
    <message>
      <source>Send anyway</source>
      <translation>このまま送信</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>An amount cannot be negative.</source>
      <translation>金額を負の値にすることはできません。</translation>
    </message>
    <message>
      <source>Caps go up to {amount}. Type a smaller amount, such as 20.</source>
      <translation>上限は {amount} までです。20 のような小さい金額を入力してください。</translation>
    </message>
    <message>
      <source>The smallest amount is {amount} (or 0 to allow no spending at all).</source>
      <translation>最小の金額は {amount} です（支出をまったく許可しない場合は 0）。</translation>
    </message>
  </context>
  <context>
    <name>settings_dialog</name>
    <message>
      <source>API address</source>
      <translation>API アドレス</translation>
    </message>
    <message>
      <source>Address in use</source>
      <translation>使用中のアドレス</translation>
    </message>
    <message>
      <source>App name given to OpenRouter</source>
      <translation>OpenRouter に伝えるアプリ名</translation>
    </message>
    <message>
      <source>App web page given to OpenRouter</source>
      <translation>OpenRouter に伝えるアプリの Web ページ</translation>
    </message>
    <message>
      <source>Ask before a send above ($)</source>
      <translation>確認する送信金額の下限 ($)</translation>
    </message>
    <message>
      <source>At 80% of a cap the meter turns orange. A send that could pass a cap waits for you to press “Send anyway”. Leave a box empty for no limit.</source>
      <translation>上限の 80% に達するとメーターがオレンジ色になります。上限を超える可能性のある送信は、「このまま送信」を押すまで待機します。上限を設けない場合は空欄のままにしてください。</translation>
    </message>
    <message>
      <source>Change key…</source>
      <translation>キーを変更…</translation>
    </message>
    <message>
      <source>Daily cap ($)</source>
      <translation>1 日の支出上限 ($)</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>ダーク</translation>
    </message>
    <message>
      <source>Each request tells OpenRouter that it comes from Switchboard, so Switchboard can appear in the app rankings on openrouter.ai. Change the name or web page given, or leave them empty for Switchboard's own. Only plain ASCII is sent.</source>
      <translation>各リクエストは Switchboard から送られたことを OpenRouter に伝えるため、Switchboard が openrouter.ai のアプリランキングに表示されることがあります。伝える名前や Web ページを変更するか、空欄にして Switchboard 自身のものを使ってください。送信されるのは ASCII 文字だけです。</translation>
    </message>
    <message>
      <source>Empty: OpenRouter ({address})</source>
      <translation>空欄: OpenRouter（{address}）</translation>
    </message>
    <message>
      <source>Enter sends the message (Shift+Enter for a new line)</source>
      <translation>Enter でメッセージを送信（Shift+Enter で改行）</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}).</source>
      <translation>現在使用中: {where}（{address}）。</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}). Save to use the address above instead.</source>
      <translation>現在使用中: {where}（{address}）。上のアドレスを使うには保存してください。</translation>
    </message>
    <message>
      <source>Keep the saved key</source>
      <translation>保存済みのキーを使い続ける</translation>
    </message>
    <message>
      <source>Key for this server</source>
      <translation>このサーバー用のキー</translation>
    </message>
    <message>
      <source>Key for {host}</source>
      <translation>{host} 用のキー</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>言語</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>ライト</translation>
    </message>
    <message>
      <source>Look and keyboard</source>
      <translation>外観とキーボード</translation>
    </message>
    <message>
      <source>Monthly cap ($)</source>
      <translation>月間の支出上限 ($)</translation>
    </message>
    <message>
      <source>Never ask</source>
      <translation>確認しない</translation>
    </message>
    <message>
      <source>No daily cap</source>
      <translation>1 日の支出上限なし</translation>
    </message>
    <message>
      <source>No key for {host}</source>
      <translation>{host} 用のキーなし</translation>
    </message>
    <message>
      <source>No monthly cap</source>
      <translation>月間の支出上限なし</translation>
    </message>
    <message>
      <source>Once a day Switchboard asks GitHub for its latest version. Nothing about you or your conversations is sent, and never your key.</source>
      <translation>Switchboard は 1 日に 1 回、最新バージョンを GitHub に問い合わせます。あなたや会話に関する情報は送信されず、キーも決して送信されません。</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>フォルダーを開く</translation>
    </message>
    <message>
      <source>OpenRouter, or any OpenAI-compatible server such as a local model server.</source>
      <translation>OpenRouter、またはローカルのモデルサーバーなど OpenAI 互換の任意のサーバー。</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>キーを削除</translation>
    </message>
    <message>
      <source>Requests go to OpenRouter, with your OpenRouter key.</source>
      <translation>リクエストは OpenRouter のキーを使って OpenRouter に送信されます。</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key, if any, or send none.</source>
      <translation>{host} へのリクエストには、OpenRouter のキーではなく、下のキーが使われます。空欄の場合は、保存済みのキーがあればそれを使い、なければキーを送信しません。</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key.</source>
      <translation>{host} へのリクエストには、OpenRouter のキーではなく、下のキーが使われます。空欄の場合は保存済みのキーを使い続けます。</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to send no key.</source>
      <translation>{host} へのリクエストには、OpenRouter のキーではなく、下のキーが使われます。空欄の場合はキーを送信しません。</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>システムと同じ</translation>
    </message>
    <message>
      <source>Sent with each request (as the HTTP-Referer header).</source>
      <translation>各リクエストと一緒に送信されます（HTTP-Referer ヘッダーとして）。</translation>
    </message>
    <message>
      <source>Sent with each request (as the X-Title header).</source>
      <translation>各リクエストと一緒に送信されます（X-Title ヘッダーとして）。</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>サーバー</translation>
    </message>
    <message>
      <source>Set by SWITCHBOARD_BASE_URL for this session, so it cannot be changed here. Without it, Switchboard uses the address saved in Settings.</source>
      <translation>このセッションでは SWITCHBOARD_BASE_URL で設定されているため、ここでは変更できません。設定されていない場合、Switchboard は設定に保存されたアドレスを使用します。</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>設定</translation>
    </message>
    <message>
      <source>Spending guard</source>
      <translation>支出の管理</translation>
    </message>
    <message>
      <source>Switchboard uses the new language after a restart.</source>
      <translation>新しい言語は Switchboard の再起動後に使用されます。</translation>
    </message>
    <message>
      <source>Tell me when a new version of Switchboard is out (asks GitHub once a day)</source>
      <translation>Switchboard の新しいバージョンが出たら知らせる（1 日に 1 回 GitHub に問い合わせます）</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>テーマ</translation>
    </message>
    <message>
      <source>Updates</source>
      <translation>アップデート</translation>
    </message>
    <message>
      <source>Which key is sent</source>
      <translation>送信するキー</translation>
    </message>
    <message>
      <source>Why the address is fixed</source>
      <translation>アドレスが固定されている理由</translation>
    </message>
    <message>
      <source>Your data</source>
      <translation>あなたのデータ</translation>
    </message>
    <message>
      <source>Your key</source>
      <translation>あなたのキー</translation>
    </message>
    <message>
      <source>“{text}” is not an amount in dollars, such as {example}.</source>
      <translation>「{text}」はドル金額ではありません（例: {example}）。</translation>
    </message>
  </context>
  <context>
    <name>settings_file</name>
    <message>
      <source>Your settings at {path} could not be read ({reason}), so default settings are used for now.</source>
      <translation>{path} の設定を読み取れなかった（{reason}）ため、当面は既定の設定を使用します。</translation>
    </message>
    <message>
      <source>Your settings at {path} could not be read, so default settings are used for now.</source>
      <translation>{path} の設定を読み取れなかったため、当面は既定の設定を使用します。</translation>
    </message>
    <message>
      <source>Your settings at {path} were saved by a newer version of Switchboard, so default settings are used for now.</source>
      <translation>{path} の設定は、より新しいバージョンの Switchboard で保存されているため、当面は既定の設定を使用します。</translation>
    </message>
    <message>
      <source>Your settings could not be read ({reason}), so default settings are used. The old file is kept at {kept}.</source>
      <translation>設定を読み取れなかった（{reason}）ため、既定の設定を使用します。古いファイルは {kept} に保存されています。</translation>
    </message>
    <message>
      <source>Your settings could not be read, so default settings are used. The old file is kept at {kept}.</source>
      <translation>設定を読み取れなかったため、既定の設定を使用します。古いファイルは {kept} に保存されています。</translation>
    </message>
    <message>
      <source>Your settings were saved by a newer version of Switchboard, so default settings are used. The old file is kept at {kept}.</source>
      <translation>設定は、より新しいバージョンの Switchboard で保存されているため、既定の設定を使用します。古いファイルは {kept} に保存されています。</translation>
    </message>
    <message>
      <source>the file is damaged</source>
      <translation>ファイルが破損しています</translation>
    </message>
  </context>
  <context>
    <name>sources</name>
    <message numerus="yes">
      <source>%n bytes</source>
      <comment>one: %n byte</comment>
      <translation>
        <numerusform>%n バイト</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n searches, {cost}</source>
      <comment>one: %n search, {cost}</comment>
      <translation>
        <numerusform>%n 回の検索、{cost}</numerusform>
      </translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>{name} を開く</translation>
    </message>
    <message>
      <source>Sent at {width} × {height}, reduced from {original_width} × {original_height}</source>
      <translation>{original_width} × {original_height} から縮小し、{width} × {height} で送信</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>ソース</translation>
    </message>
    <message numerus="yes">
      <source>Up to %n results a search, about {price} per message (at most {most} if the model searches {searches} times).</source>
      <comment>one: Up to %n result a search, about {price} per message (at most {most} if the model searches {searches} times).</comment>
      <translation>
        <numerusform>1 回の検索あたり最大 %n 件の結果、メッセージごとに約 {price}（モデルが {searches} 回検索した場合は最大 {most}）。</numerusform>
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
      <translation>このバージョンについては今後知らせない</translation>
    </message>
    <message>
      <source>Open the release page.</source>
      <translation>リリースページを開きます。</translation>
    </message>
    <message>
      <source>Status message</source>
      <translation>ステータスメッセージ</translation>
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
      <translation>会話</translation>
    </message>
    <message>
      <source>New conversation</source>
      <translation>新しい会話</translation>
    </message>
    <message>
      <source>New conversation (Ctrl+T)</source>
      <translation>新しい会話 (Ctrl+T)</translation>
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
      <translation>最大</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than the thinking budget {budget}: the model may spend it all thinking and leave no answer.</source>
      <translation>最大長 {length} が思考の予算 {budget} を超えていません: モデルがすべてを思考に使い、回答が残らない可能性があります。</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than {least} tokens, the least some models think even at {level} effort: the model may spend it all thinking and leave no answer.</source>
      <translation>最大長 {length} が {least} トークンを超えていません。これは一部のモデルが思考の強さ「{level}」でも使う最小量です: モデルがすべてを思考に使い、回答が残らない可能性があります。</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>中</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>最小</translation>
    </message>
    <message>
      <source>The thinking budget must be a whole number of tokens.</source>
      <translation>思考の予算はトークンの整数でなければなりません。</translation>
    </message>
    <message>
      <source>The thinking budget must be between {least} and {most} tokens.</source>
      <translation>思考の予算は {least}～{most} トークンでなければなりません。</translation>
    </message>
    <message>
      <source>The thinking effort must be one of {efforts}.</source>
      <translation>思考の強さは {efforts} のいずれかでなければなりません。</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>思考</translation>
    </message>
    <message>
      <source>Thinking budget {tokens}</source>
      <translation>思考の予算 {tokens}</translation>
    </message>
    <message>
      <source>Thinking high</source>
      <translation>思考: 高</translation>
    </message>
    <message>
      <source>Thinking low</source>
      <translation>思考: 低</translation>
    </message>
    <message>
      <source>Thinking maximum</source>
      <translation>思考: 最大</translation>
    </message>
    <message>
      <source>Thinking medium</source>
      <translation>思考: 中</translation>
    </message>
    <message>
      <source>Thinking minimal</source>
      <translation>思考: 最小</translation>
    </message>
    <message>
      <source>Thinking must be a JSON object such as {"effort": "high"}.</source>
      <translation>思考は {"effort": "high"} のような JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
      <source>Thinking must be the model's default, off, an effort or a budget.</source>
      <translation>思考は、モデルの既定値、オフ、強さ、予算のいずれかでなければなりません。</translation>
    </message>
    <message>
      <source>Thinking off</source>
      <translation>思考: オフ</translation>
    </message>
    <message>
      <source>Thinking very high</source>
      <translation>思考: 非常に高</translation>
    </message>
    <message>
      <source>Thinking {level}</source>
      <translation>思考: {level}</translation>
    </message>
    <message>
      <source>Thinking: model default</source>
      <translation>思考: モデルの既定値</translation>
    </message>
    <message>
      <source>Very high</source>
      <translation>非常に高</translation>
    </message>
    <message>
      <source>budget {tokens}</source>
      <translation>予算 {tokens}</translation>
    </message>
    <message>
      <source>cannot turn its thinking off</source>
      <translation>思考をオフにできません</translation>
    </message>
    <message>
      <source>does not offer the {level} thinking effort</source>
      <translation>思考の強さ「{level}」がありません</translation>
    </message>
    <message>
      <source>does not take a thinking budget</source>
      <translation>思考の予算を受け付けません</translation>
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
      <translation>最大</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>中</translation>
    </message>
    <message>
      <source>minimal</source>
      <translation>最小</translation>
    </message>
    <message>
      <source>model default</source>
      <translation>モデルの既定値</translation>
    </message>
    <message>
      <source>off</source>
      <translation>オフ</translation>
    </message>
    <message>
      <source>on</source>
      <translation>オン</translation>
    </message>
    <message>
      <source>very high</source>
      <translation>非常に高</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off.</source>
      <translation>{model} は思考をオフにできません。</translation>
    </message>
    <message>
      <source>{model} does not offer the {level} thinking effort.</source>
      <translation>{model} には思考の強さ「{level}」がありません。</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget.</source>
      <translation>{model} は思考の予算を受け付けません。</translation>
    </message>
    <message>
      <source>{setting} (hidden)</source>
      <translation>{setting}（非表示）</translation>
    </message>
    <message>
      <source>“Hide the thinking” must be on or off.</source>
      <translation>「思考を非表示」はオンかオフでなければなりません。</translation>
    </message>
    <message>
      <source>“{name}” is not a thinking setting Switchboard knows.</source>
      <translation>「{name}」は Switchboard が認識できる思考の設定ではありません。</translation>
    </message>
  </context>
  <context>
    <name>transcript</name>
    <message>
      <source>Code copied.</source>
      <translation>コードをコピーしました。</translation>
    </message>
    <message>
      <source>Conversation</source>
      <translation>会話</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>再試行</translation>
    </message>
    <message>
      <source>That link was not opened: only web and e-mail links open.</source>
      <translation>そのリンクは開かれませんでした: 開けるのは Web とメールのリンクだけです。</translation>
    </message>
    <message>
      <source>That message was not sent.</source>
      <translation>そのメッセージは送信されませんでした。</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>モデルを待っています…</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>「{name}」を開けませんでした。</translation>
    </message>
    <message>
      <source>“{name}” is no longer in Switchboard's data folder, so it cannot be opened.</source>
      <translation>「{name}」は Switchboard のデータフォルダーにもうないため、開けません。</translation>
    </message>
  </context>
  <context>
    <name>turn</name>
    <message>
      <source>The connection ended before the answer was finished.</source>
      <translation>回答が終わる前に接続が切れました。</translation>
    </message>
  </context>
  <context>
    <name>updates</name>
    <message>
      <source>Switchboard {version} is available — what's new</source>
      <translation>Switchboard {version} が利用可能です — 新機能</translation>
    </message>
  </context>
  <context>
    <name>version_settings</name>
    <message>
      <source>Answered by</source>
      <translation>回答したモデル</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>JSON スキーマ</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>モデル</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>プロバイダー</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>システムプロンプト</translation>
    </message>
    <message>
      <source>none</source>
      <translation>なし</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <source>on</source>
      <translation>オン</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>プレーンテキスト</translation>
    </message>
  </context>
  <context>
    <name>versions_flow</name>
    <message>
      <source>For this answer only: the conversation keeps its own settings</source>
      <translation>この回答のみ: 会話の設定はそのまま</translation>
    </message>
    <message>
      <source>For this answer only: the conversation keeps its own settings.</source>
      <translation>この回答のみ: 会話の設定はそのままです。</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>モデル</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>プリセット</translation>
    </message>
    <message>
      <source>Regenerate with</source>
      <translation>再生成に使用</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>別の設定で再生成…</translation>
    </message>
    <message>
      <source>This answer has only one version: Regenerate makes another.</source>
      <translation>この回答にはバージョンが 1 つしかありません: 再生成すると別のバージョンが作成されます。</translation>
    </message>
    <message>
      <source>Wait until the answer being written has finished (or press Stop), then try again.</source>
      <translation>作成中の回答が終わるまで待つか（または停止を押して）、もう一度お試しください。</translation>
    </message>
    <message>
      <source>{model} (this conversation's)</source>
      <translation>{model}（この会話のモデル）</translation>
    </message>
  </context>
  <context>
    <name>versions_view</name>
    <message>
      <source>Answer, version {number}</source>
      <translation>回答、バージョン {number}</translation>
    </message>
    <message>
      <source>Compare these versions</source>
      <translation>これらのバージョンを比較</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>違いを強調表示</translation>
    </message>
    <message>
      <source>Make this version the one the conversation shows</source>
      <translation>このバージョンを会話に表示するバージョンにする</translation>
    </message>
    <message>
      <source>Mark the words where the answers differ</source>
      <translation>回答が異なる単語を強調します</translation>
    </message>
    <message>
      <source>No figures were recorded.</source>
      <translation>数値は記録されていません。</translation>
    </message>
    <message>
      <source>On screen</source>
      <translation>表示中</translation>
    </message>
    <message>
      <source>Settings of version {number}</source>
      <translation>バージョン {number} の設定</translation>
    </message>
    <message>
      <source>Show this one</source>
      <translation>これを表示</translation>
    </message>
    <message>
      <source>Show version {number}</source>
      <translation>バージョン {number} を表示</translation>
    </message>
    <message numerus="yes">
      <source>The same question, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: The same question, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>同じ質問に、それぞれ異なる設定で %n 通りに回答しています。会話に表示したい回答の下にある「これを表示」を押してください。ほかの回答も残ります。</numerusform>
      </translation>
    </message>
    <message>
      <source>Tokens and cost of version {number}</source>
      <translation>バージョン {number} のトークンとコスト</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>バージョン {number}/{total}</translation>
    </message>
    <message numerus="yes">
      <source>“{question}”, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: “{question}”, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>「{question}」に、それぞれ異なる設定で %n 通りに回答しています。会話に表示したい回答の下にある「これを表示」を押してください。ほかの回答も残ります。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>welcome</name>
    <message>
      <source>&lt;b&gt;A key&lt;/b&gt; is like a password that lets Switchboard use your OpenRouter account. {keeping}</source>
      <translation>&lt;b&gt;キー&lt;/b&gt;は、Switchboard が OpenRouter アカウントを使えるようにするパスワードのようなものです。{keeping}</translation>
    </message>
    <message>
      <source>&lt;b&gt;OpenRouter&lt;/b&gt; is one account that reaches hundreds of AI models (from OpenAI, Anthropic, Google, Meta, Mistral and others). Switchboard is a window onto it: you chat, compare and keep your conversations on this computer.</source>
      <translation>&lt;b&gt;OpenRouter&lt;/b&gt; は、1 つのアカウントで数百の AI モデル（OpenAI、Anthropic、Google、Meta、Mistral など）を利用できるサービスです。Switchboard はその窓口で、チャットや比較を行い、会話をこのコンピューターに保存できます。</translation>
    </message>
    <message>
      <source>&lt;b&gt;What it costs:&lt;/b&gt; OpenRouter charges per use, from your prepaid credit. A typical answer costs a fraction of a cent, some models are free, and Switchboard shows what every answer cost.</source>
      <translation>&lt;b&gt;料金:&lt;/b&gt; OpenRouter は前払いのクレジットから使った分だけ課金します。一般的な回答は 1 セントにも満たず、無料のモデルもあります。Switchboard はすべての回答のコストを表示します。</translation>
    </message>
    <message>
      <source>Switchboard keeps it in your computer's keychain, the same place your browser keeps passwords, and nowhere else.</source>
      <translation>Switchboard はキーをコンピューターのキーチェーン（ブラウザーがパスワードを保管するのと同じ場所）にのみ保管します。</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key is kept only until you close the app (and nowhere else): you will paste it or sign in again next time.</source>
      <translation>このコンピューターには Switchboard が使えるパスワード保管庫がないため、キーはアプリを閉じるまでしか保持されません（ほかの場所にも保存されません）。次回はもう一度貼り付けるかサインインしてください。</translation>
    </message>
    <message>
      <source>Welcome to Switchboard</source>
      <translation>Switchboard へようこそ</translation>
    </message>
  </context>
</TS>

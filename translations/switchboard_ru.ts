<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>about</name>
    <message>
      <source>(not known until the app has started)</source>
      <translation>(станет известно после запуска приложения)</translation>
    </message>
    <message>
      <source>A desktop chat client for OpenRouter.</source>
      <translation>Настольный чат-клиент для OpenRouter.</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>О программе {app}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Add a line to the message</source>
      <translation>Новая строка в сообщении</translation>
    </message>
    <message>
      <source>Enter (or Ctrl+Enter, when Enter adds a line)</source>
      <translation>Enter (или Ctrl+Enter, если Enter добавляет строку)</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <source>Licence: {licence}</source>
      <translation>Лицензия: {licence}</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Открыть папку данных</translation>
    </message>
    <message>
      <source>Send the message</source>
      <translation>Отправить сообщение</translation>
    </message>
    <message>
      <source>Your conversations and settings are kept in:
{place}</source>
      <translation>Ваши беседы и настройки хранятся здесь:
{place}</translation>
    </message>
  </context>
  <context>
    <name>account</name>
    <message>
      <source>A key is one line without spaces. Copy it again, all of it, and paste it here.</source>
      <translation>Ключ — это одна строка без пробелов. Скопируйте его ещё раз целиком и вставьте сюда.</translation>
    </message>
    <message>
      <source>For this session only</source>
      <translation>Только на этот сеанс</translation>
    </message>
    <message>
      <source>For this session only (the key for {server}, not your OpenRouter key)</source>
      <translation>Только на этот сеанс (ключ для {server}, а не ваш ключ OpenRouter)</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored</source>
      <translation>Из переменной окружения ({variable}), не сохранён</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored (the key for {server}, not your OpenRouter key)</source>
      <translation>Из переменной окружения ({variable}), не сохранён (ключ для {server}, а не ваш ключ OpenRouter)</translation>
    </message>
    <message>
      <source>No key for {server}: requests to it are sent without one</source>
      <translation>Нет ключа для {server}: запросы к нему отправляются без ключа</translation>
    </message>
    <message>
      <source>No key yet</source>
      <translation>Ключа пока нет</translation>
    </message>
    <message>
      <source>Not checked yet</source>
      <translation>Ещё не проверен</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key, and it does not look like an OpenRouter key (those start with “sk-or-”). Copy the key again from openrouter.ai/keys.</source>
      <translation>OpenRouter не принял этот ключ, и он не похож на ключ OpenRouter (такие ключи начинаются с «sk-or-»). Скопируйте ключ ещё раз на openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key. It may be mistyped, disabled or expired: check that you copied all of it, or create a new one at openrouter.ai/keys.</source>
      <translation>OpenRouter не принял этот ключ. Возможно, в нём опечатка, он отключён или истёк: проверьте, что скопировали его целиком, или создайте новый на openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>Сначала вставьте ключ.</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter is only for the OpenRouter address. The API address in Settings is another server: enter that server's key in Settings, or set the address back to OpenRouter to sign in.</source>
      <translation>Вход через OpenRouter работает только с адресом OpenRouter. В настройках указан адрес API другого сервера: введите ключ этого сервера в настройках или верните адрес OpenRouter, чтобы войти.</translation>
    </message>
    <message>
      <source>Stored in: {store}</source>
      <translation>Хранится в: {store}</translation>
    </message>
    <message>
      <source>Stored in: {store} (the key for {server}, not your OpenRouter key)</source>
      <translation>Хранится в: {store} (ключ для {server}, а не ваш ключ OpenRouter)</translation>
    </message>
    <message>
      <source>The key in {variable} cannot be used: {reason}</source>
      <translation>Ключ из {variable} нельзя использовать: {reason}</translation>
    </message>
    <message>
      <source>The server at {server} did not accept this key. Check that you copied all of it, then try again.</source>
      <translation>Сервер {server} не принял этот ключ. Проверьте, что скопировали его целиком, и попробуйте снова.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use</source>
      <translation>На этом компьютере нет хранилища паролей, которым может пользоваться Switchboard</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so a key can be kept only until you close the app. Paste your key to use it for this session only.</source>
      <translation>На этом компьютере нет хранилища паролей, которым может пользоваться Switchboard, поэтому ключ можно хранить только до закрытия приложения. Вставьте ключ, чтобы использовать его только в этом сеансе.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key can be kept only until you close the app. You can use it for this session only (you will paste it again next time).</source>
      <translation>На этом компьютере нет хранилища паролей, которым может пользоваться Switchboard, поэтому ваш ключ можно хранить только до закрытия приложения. Можно использовать его только в этом сеансе (в следующий раз вставите его снова).</translation>
    </message>
    <message>
      <source>This key contains characters that keys never have. Copy it again from where you created it (for OpenRouter: openrouter.ai/keys).</source>
      <translation>В этом ключе есть символы, которых в ключах не бывает. Скопируйте его ещё раз оттуда, где вы его создали (для OpenRouter: openrouter.ai/keys).</translation>
    </message>
    <message>
      <source>This server does not describe its keys, so the key was taken as it is.</source>
      <translation>Этот сервер не сообщает формат своих ключей, поэтому ключ принят как есть.</translation>
    </message>
    <message>
      <source>Unnamed key</source>
      <translation>Ключ без имени</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>ежедневно</translation>
    </message>
    <message>
      <source>free tier</source>
      <translation>бесплатный тариф</translation>
    </message>
    <message>
      <source>limit {limit}</source>
      <translation>лимит {limit}</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left)</source>
      <translation>лимит {limit} (осталось {left})</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left), resets {reset}</source>
      <translation>лимит {limit} (осталось {left}), сброс {reset}</translation>
    </message>
    <message>
      <source>limit {limit}, resets {reset}</source>
      <translation>лимит {limit}, сброс {reset}</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>ежемесячно</translation>
    </message>
    <message>
      <source>no spending limit</source>
      <translation>без лимита расходов</translation>
    </message>
    <message>
      <source>used {amount}</source>
      <translation>потрачено {amount}</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>еженедельно</translation>
    </message>
  </context>
  <context>
    <name>account_flow</name>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>Удалить ключ</translation>
    </message>
    <message>
      <source>Remove the key for {server} from this computer's keychain?</source>
      <translation>Удалить ключ для {server} из связки ключей этого компьютера?</translation>
    </message>
    <message>
      <source>Remove your OpenRouter key from this computer's keychain?</source>
      <translation>Удалить ваш ключ OpenRouter из связки ключей этого компьютера?</translation>
    </message>
    <message>
      <source>You are ready: type a message and press Enter.</source>
      <translation>Всё готово: введите сообщение и нажмите Enter.</translation>
    </message>
  </context>
  <context>
    <name>attach_flow</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n страница</numerusform>
        <numerusform>%n страницы</numerusform>
        <numerusform>%n страниц</numerusform>
      </translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and each of the {columns} columns pays for its own reading ({pages} in all: about {about}). Read them?</source>
      <translation>В прикреплённом PDF нет текста, только изображения страниц. Платное распознавание стоит $2 за 1000 страниц, и каждый из столбцов ({columns}) платит за своё распознавание (всего {pages}: около {about}). Распознать?</translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and it then reads every PDF this message sends ({pdfs} PDFs, {pages}: about {about}). Read them?</source>
      <translation>В прикреплённом PDF нет текста, только изображения страниц. Платное распознавание стоит $2 за 1000 страниц, и тогда распознаются все PDF, которые отправляет это сообщение (PDF: {pdfs}, {pages}: около {about}). Распознать?</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and earlier messages of this conversation carry pictures ({names}) that every message sends again. Choose a model that can see pictures.</source>
      <translation>Не отправлено: {model} не видит изображения, а в предыдущих сообщениях этой беседы есть изображения ({names}), которые отправляются заново с каждым сообщением. Выберите модель, которая видит изображения.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} are pictures. Choose a model that can, or remove the pictures.</source>
      <translation>Не отправлено: {model} не видит изображения, а {names} — изображения. Выберите модель, которая их видит, или удалите изображения.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} is a picture. Choose a model that can, or remove the picture.</source>
      <translation>Не отправлено: {model} не видит изображения, а {names} — изображение. Выберите модель, которая его видит, или удалите изображение.</translation>
    </message>
    <message>
      <source>The model list does not say whether this model can read pictures or files, so your attachments were sent as they are. If the answer ignores them, choose a model that reads them.</source>
      <translation>В списке моделей не сказано, может ли эта модель читать изображения или файлы, поэтому вложения отправлены как есть. Если ответ их не учитывает, выберите модель, которая их читает.</translation>
    </message>
    <message>
      <source>These PDFs have no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>В этих PDF нет текста, только изображения страниц. Распознавание стоит $2 за 1000 страниц (около {about} за {pages}). Распознать?</translation>
    </message>
    <message>
      <source>This PDF has no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>В этом PDF нет текста, только изображения страниц. Распознавание стоит $2 за 1000 страниц (около {about} за {pages}). Распознать?</translation>
    </message>
    <message numerus="yes">
      <source>{names} and %n more</source>
      <comment>one: {names} and %n more</comment>
      <translation>
        <numerusform>{names} и ещё %n</numerusform>
        <numerusform>{names} и ещё %n</numerusform>
        <numerusform>{names} и ещё %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attachment_chips</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n страница</numerusform>
        <numerusform>%n страницы</numerusform>
        <numerusform>%n страниц</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>A message can carry at most %n attachments. Remove one to attach another.</source>
      <comment>one: A message can carry at most %n attachment. Remove it to attach another.</comment>
      <translation>
        <numerusform>К сообщению можно прикрепить не более %n вложения. Удалите одно, чтобы прикрепить другое.</numerusform>
        <numerusform>К сообщению можно прикрепить не более %n вложений. Удалите одно, чтобы прикрепить другое.</numerusform>
        <numerusform>К сообщению можно прикрепить не более %n вложений. Удалите одно, чтобы прикрепить другое.</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach</source>
      <translation>Прикрепить</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>Прикрепить файл</translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>Прикрепить файлы</translation>
    </message>
    <message>
      <source>Attach pictures, PDFs or text files (you can also drop them here or paste them). Pictures up to {image_mb} MB (larger than {side} pixels are reduced), PDFs up to {pdf_mb} MB, text files up to {text_mb} MB; at most {count} a message.</source>
      <translation>Прикрепляйте изображения, PDF или текстовые файлы (их можно также перетащить сюда или вставить). Изображения до {image_mb} МБ (больше {side} пикселей уменьшаются), PDF до {pdf_mb} МБ, текстовые файлы до {text_mb} МБ; не более {count} на сообщение.</translation>
    </message>
    <message>
      <source>Attachment {name}</source>
      <translation>Вложение {name}</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Вложения</translation>
    </message>
    <message>
      <source>Files cannot be attached here.</source>
      <translation>Сюда нельзя прикреплять файлы.</translation>
    </message>
    <message numerus="yes">
      <source>Not sent yet: %n files are still being read. Press Send again once they are attached, or remove them (✕) to send without them.</source>
      <comment>one: Not sent yet: %n file is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</comment>
      <translation>
        <numerusform>Пока не отправлено: %n файл ещё читается. Нажмите «Отправить» снова, когда он прикрепится, или удалите его (✕), чтобы отправить без него.</numerusform>
        <numerusform>Пока не отправлено: %n файла ещё читаются. Нажмите «Отправить» снова, когда они прикрепятся, или удалите их (✕), чтобы отправить без них.</numerusform>
        <numerusform>Пока не отправлено: %n файлов ещё читаются. Нажмите «Отправить» снова, когда они прикрепятся, или удалите их (✕), чтобы отправить без них.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent yet: “{name}” is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</source>
      <translation>Пока не отправлено: «{name}» ещё читается. Нажмите «Отправить» снова, когда файл прикрепится, или удалите его (✕), чтобы отправить без него.</translation>
    </message>
    <message>
      <source>Pasted picture.png</source>
      <translation>Вставленное изображение.png</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>Изображение {name}</translation>
    </message>
    <message>
      <source>Pictures, PDFs and text files (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;All files (*)</source>
      <translation>Изображения, PDF и текстовые файлы (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Reading {name}</source>
      <translation>Чтение {name}</translation>
    </message>
    <message>
      <source>Reading “{name}”…</source>
      <translation>Чтение «{name}»…</translation>
    </message>
    <message>
      <source>Remove this attachment</source>
      <translation>Удалить это вложение</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>Удалить {name}</translation>
    </message>
    <message>
      <source>Stop reading this file (it is not attached)</source>
      <translation>Прекратить чтение файла (он не прикреплён)</translation>
    </message>
    <message>
      <source>Stop reading {name}</source>
      <translation>Прекратить чтение {name}</translation>
    </message>
    <message>
      <source>reduced</source>
      <translation>уменьшено</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>Не удалось открыть «{name}».</translation>
    </message>
    <message>
      <source>“{name}” could not be opened: Switchboard could not write a copy of it to open (the disk may be full, or the temporary folder not writable).</source>
      <translation>Не удалось открыть «{name}»: Switchboard не смог записать его копию для открытия (возможно, диск заполнен или временная папка недоступна для записи).</translation>
    </message>
    <message>
      <source>“{name}” is attached already.</source>
      <translation>«{name}» уже прикреплён.</translation>
    </message>
    <message numerus="yes">
      <source>“{name}” was not attached: a message can carry at most %n attachments.</source>
      <comment>one: “{name}” was not attached: a message can carry at most %n attachment.</comment>
      <translation>
        <numerusform>«{name}» не прикреплён: к сообщению можно прикрепить не более %n вложения.</numerusform>
        <numerusform>«{name}» не прикреплён: к сообщению можно прикрепить не более %n вложений.</numerusform>
        <numerusform>«{name}» не прикреплён: к сообщению можно прикрепить не более %n вложений.</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}”: {what}.</source>
      <translation>«{name}»: {what}.</translation>
    </message>
  </context>
  <context>
    <name>attachments</name>
    <message>
      <source>Switchboard cannot read PDFs: a part it needs is missing. Reinstall Switchboard.</source>
      <translation>Switchboard не может читать PDF: не хватает нужного компонента. Переустановите Switchboard.</translation>
    </message>
    <message>
      <source>Switchboard cannot send “{name}”. It can send pictures (PNG, JPEG, WebP, GIF), PDFs and text files.</source>
      <translation>Switchboard не может отправить «{name}». Можно отправлять изображения (PNG, JPEG, WebP, GIF), PDF и текстовые файлы.</translation>
    </message>
    <message>
      <source>Switchboard could not keep a copy of “{name}” in its data folder. Check that the disk is not full, then attach it again.</source>
      <translation>Switchboard не смог сохранить копию «{name}» в своей папке данных. Проверьте, не заполнен ли диск, и прикрепите файл снова.</translation>
    </message>
    <message>
      <source>Switchboard is not allowed to read “{name}”. Check who may open the file, or copy it to your own folder and attach the copy.</source>
      <translation>У Switchboard нет доступа к «{name}». Проверьте права на открытие файла или скопируйте его в свою папку и прикрепите копию.</translation>
    </message>
    <message>
      <source>a GIF picture</source>
      <translation>изображение GIF</translation>
    </message>
    <message>
      <source>a JPEG picture</source>
      <translation>изображение JPEG</translation>
    </message>
    <message>
      <source>a PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>a PNG picture</source>
      <translation>изображение PNG</translation>
    </message>
    <message>
      <source>a WebP picture</source>
      <translation>изображение WebP</translation>
    </message>
    <message>
      <source>a ZIP archive (Word, Excel and PowerPoint files are ZIP archives too)</source>
      <translation>архив ZIP (файлы Word, Excel и PowerPoint — тоже архивы ZIP)</translation>
    </message>
    <message>
      <source>text</source>
      <translation>текст</translation>
    </message>
    <message>
      <source>“{name}” could not be read. Try again, or copy it to another folder and attach the copy.</source>
      <translation>Не удалось прочитать «{name}». Попробуйте снова или скопируйте файл в другую папку и прикрепите копию.</translation>
    </message>
    <message>
      <source>“{name}” has no pages: there is nothing in it to send.</source>
      <translation>В «{name}» нет страниц: отправлять нечего.</translation>
    </message>
    <message>
      <source>“{name}” has {pages:,} pages. Switchboard can send PDFs of at most {MAX_PDF_PAGES:,} pages: split it and attach the part you need.</source>
      <translation>В «{name}» {pages:,} стр. Switchboard может отправлять PDF не длиннее {MAX_PDF_PAGES:,} стр.: разделите файл и прикрепите нужную часть.</translation>
    </message>
    <message>
      <source>“{name}” is a damaged PDF that Switchboard could not open. Open it in a PDF reader and save or print it to a new PDF, then attach that.</source>
      <translation>«{name}» — повреждённый PDF, который Switchboard не смог открыть. Откройте его в программе для просмотра PDF и сохраните или напечатайте в новый PDF, затем прикрепите его.</translation>
    </message>
    <message>
      <source>“{name}” is empty: there is nothing in it to send.</source>
      <translation>Файл «{name}» пуст: отправлять нечего.</translation>
    </message>
    <message>
      <source>“{name}” is locked with a password or encryption, so the model could not read it. Save an unlocked copy (for example with “Print to PDF”) and attach that.</source>
      <translation>«{name}» защищён паролем или зашифрован, поэтому модель не смогла его прочитать. Сохраните незащищённую копию (например, через «Печать в PDF») и прикрепите её.</translation>
    </message>
    <message>
      <source>“{name}” is no longer there: it may have been moved or deleted. Attach it again from where it is now.</source>
      <translation>«{name}» больше нет на месте: возможно, его переместили или удалили. Прикрепите его снова из нового места.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF Switchboard can read. Attach the right file.</source>
      <translation>«{name}» — не PDF, который Switchboard может прочитать. Прикрепите нужный файл.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>«{name}» — не PDF: его содержимое — {contents}. Переименуйте его или прикрепите нужный файл.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture Switchboard can read. Attach a PNG, JPEG, WebP or GIF picture.</source>
      <translation>«{name}» — не изображение, которое Switchboard может прочитать. Прикрепите изображение PNG, JPEG, WebP или GIF.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>«{name}» — не изображение: его содержимое — {contents}. Переименуйте его или прикрепите нужный файл.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file Switchboard can send.</source>
      <translation>«{name}» — не текстовый файл, который Switchboard может отправить.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>«{name}» — не текстовый файл: его содержимое — {contents}. Переименуйте его или прикрепите нужный файл.</translation>
    </message>
    <message>
      <source>“{name}” is not an ordinary file (it may be a folder, a pipe or a device), so it cannot be attached.</source>
      <translation>«{name}» — не обычный файл (возможно, это папка, канал или устройство), поэтому его нельзя прикрепить.</translation>
    </message>
    <message>
      <source>“{name}” is too large to open safely: {width:,} × {height:,} pixels. Make it smaller in another program and attach it again.</source>
      <translation>«{name}» слишком большой, чтобы безопасно его открыть: {width:,} × {height:,} пикселей. Уменьшите его в другой программе и прикрепите снова.</translation>
    </message>
    <message>
      <source>“{name}” is too large: PDFs can be at most {size} MB.</source>
      <translation>«{name}» слишком большой: размер PDF — не более {size} МБ.</translation>
    </message>
    <message>
      <source>“{name}” is too large: files can be at most {limit} MB (pictures {image_limit} MB, text files {text_limit} MB).</source>
      <translation>«{name}» слишком большой: размер файла — не более {limit} МБ (изображения — {image_limit} МБ, текстовые файлы — {text_limit} МБ).</translation>
    </message>
    <message>
      <source>“{name}” is too large: pictures can be at most {size} MB.</source>
      <translation>«{name}» слишком большой: размер изображения — не более {size} МБ.</translation>
    </message>
    <message>
      <source>“{name}” is too large: text files can be at most {size} MB.</source>
      <translation>«{name}» слишком большой: размер текстового файла — не более {size} МБ.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but could not be opened: it may be damaged, or too large to make smaller. Open it in another program, make it smaller or save it again, then attach it again.</source>
      <translation>«{name}» похож на изображение, но его не удалось открыть: возможно, он повреждён или слишком велик для уменьшения. Откройте его в другой программе, уменьшите или пересохраните и прикрепите снова.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but is damaged: Switchboard could not read its size. Open it in another program and save it again.</source>
      <translation>«{name}» похож на изображение, но повреждён: Switchboard не смог определить его размер. Откройте его в другой программе и сохраните заново.</translation>
    </message>
  </context>
  <context>
    <name>blobs</name>
    <message>
      <source>The attached file “{name}” is no longer in Switchboard's data folder, so it cannot be sent again. Attach it once more.</source>
      <translation>Прикреплённого файла «{name}» больше нет в папке данных Switchboard, поэтому его нельзя отправить снова. Прикрепите его ещё раз.</translation>
    </message>
  </context>
  <context>
    <name>catalogue</name>
    <message>
      <source>The server listed no models, so the current list is kept.</source>
      <translation>Сервер не вернул ни одной модели, поэтому текущий список сохранён.</translation>
    </message>
  </context>
  <context>
    <name>chat</name>
    <message>
      <source>Switchboard could not save this answer (the disk may be full), so it stopped here. What arrived is shown; free some space, then press Retry.</source>
      <translation>Switchboard не смог сохранить этот ответ (возможно, диск заполнен), поэтому остановился здесь. Полученная часть показана; освободите место и нажмите «Повторить».</translation>
    </message>
    <message>
      <source>The file “{name}” is no longer in Switchboard's data folder, so the model was told it is no longer available. Attach it again if the model needs it.</source>
      <translation>Файла «{name}» больше нет в папке данных Switchboard, поэтому модели сообщили, что он недоступен. Прикрепите его снова, если он нужен модели.</translation>
    </message>
  </context>
  <context>
    <name>chat_view</name>
    <message>
      <source>Answer status</source>
      <translation>Состояние ответа</translation>
    </message>
    <message>
      <source>Attachments are sent again with every later message.</source>
      <translation>Вложения отправляются заново с каждым следующим сообщением.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Deleted version</source>
      <translation>Удалённая версия</translation>
    </message>
    <message>
      <source>Editing a message</source>
      <translation>Редактирование сообщения</translation>
    </message>
    <message>
      <source>Editing your message: sending adds a new version; the original stays. (Esc cancels)</source>
      <translation>Редактирование сообщения: при отправке добавится новая версия, исходная сохранится. (Esc — отмена)</translation>
    </message>
    <message>
      <source>Estimated cost of this message</source>
      <translation>Примерная стоимость этого сообщения</translation>
    </message>
    <message>
      <source>Models that can read your attachments</source>
      <translation>Модели, которые могут читать ваши вложения</translation>
    </message>
    <message>
      <source>No model in the model list says it can; refresh the list and try again.</source>
      <translation>Ни одна модель в списке не указывает такую возможность; обновите список и попробуйте снова.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>Не отправлено: сообщение и вложения остались в поле ввода. Удалите PDF, чтобы отправить без него.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>Распознать изображения страниц?</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>Распознать</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>Отправить</translation>
    </message>
    <message>
      <source>Send message</source>
      <translation>Отправить сообщение</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Стоп</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>Остановить ответ</translation>
    </message>
    <message>
      <source>Stop the answer (Esc)</source>
      <translation>Остановить ответ (Esc)</translation>
    </message>
    <message>
      <source>That version cannot come back: what it followed was deleted too.</source>
      <translation>Эту версию нельзя вернуть: то, за чем она следовала, тоже удалено.</translation>
    </message>
    <message>
      <source>The message you were editing is no longer shown, so nothing was sent. Switch back to it and edit it again, or send this as a new message.</source>
      <translation>Редактируемое сообщение больше не показано, поэтому ничего не отправлено. Вернитесь к нему и отредактируйте снова или отправьте это как новое сообщение.</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>Размышляет…</translation>
    </message>
    <message>
      <source>This conversation now uses {model}. Press Send to send your message.</source>
      <translation>Теперь эта беседа использует {model}. Нажмите «Отправить», чтобы отправить сообщение.</translation>
    </message>
    <message>
      <source>This message: {estimate}</source>
      <translation>Это сообщение: {estimate}</translation>
    </message>
    <message>
      <source>This model cannot think any less than it did. Try again without a length limit, or choose a larger Maximum length in the Parameters panel.</source>
      <translation>Эта модель не может размышлять ещё короче. Попробуйте снова без ограничения длины или выберите большую «Максимальную длину» на панели «Параметры».</translation>
    </message>
    <message>
      <source>Type a message below to start.</source>
      <translation>Введите сообщение ниже, чтобы начать.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>Версия {number} из {total}</translation>
    </message>
    <message>
      <source>Version {number} of {total} deleted.</source>
      <translation>Версия {number} из {total} удалена.</translation>
    </message>
    <message>
      <source>Wait for the answer to finish (or stop it) before changing versions.</source>
      <translation>Дождитесь окончания ответа (или остановите его), прежде чем переключать версии.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>Ожидание модели…</translation>
    </message>
    <message>
      <source>Write a message to send with your attachments.</source>
      <translation>Напишите сообщение, которое отправится с вложениями.</translation>
    </message>
    <message>
      <source>Writing…</source>
      <translation>Пишет…</translation>
    </message>
    <message>
      <source>Writing… {rate} tokens/s</source>
      <translation>Пишет… {rate} токенов/с</translation>
    </message>
    <message>
      <source>about {cost}</source>
      <translation>около {cost}</translation>
    </message>
  </context>
  <context>
    <name>column_settings</name>
    <message>
      <source>Column settings</source>
      <translation>Настройки столбца</translation>
    </message>
    <message>
      <source>Differs from another column: {settings}.</source>
      <translation>Отличается от другого столбца: {settings}.</translation>
    </message>
  </context>
  <context>
    <name>compare</name>
    <message numerus="yes">
      <source>%n requests, {estimate}</source>
      <comment>one: %n request, {estimate}</comment>
      <translation>
        <numerusform>%n запрос, {estimate}</numerusform>
        <numerusform>%n запроса, {estimate}</numerusform>
        <numerusform>%n запросов, {estimate}</numerusform>
      </translation>
    </message>
    <message>
      <source>Something went wrong in Switchboard while this answer was written.</source>
      <translation>Во время написания этого ответа в Switchboard произошла ошибка.</translation>
    </message>
    <message>
      <source>{estimate}. {reason}</source>
      <translation>{estimate}. {reason}</translation>
    </message>
    <message>
      <source>{first} vs {second}</source>
      <translation>{first} против {second}</translation>
    </message>
  </context>
  <context>
    <name>compare_settings</name>
    <message numerus="yes">
      <source>%n answers</source>
      <comment>one: %n answer</comment>
      <translation>
        <numerusform>%n ответ</numerusform>
        <numerusform>%n ответа</numerusform>
        <numerusform>%n ответов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n токен</numerusform>
        <numerusform>%n токена</numerusform>
        <numerusform>%n токенов</numerusform>
      </translation>
    </message>
    <message>
      <source>Blind comparison</source>
      <translation>Слепое сравнение</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens}</source>
      <translation>Всего: {answers} · {tokens}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · at least {cost}</source>
      <translation>Всего: {answers} · {tokens} · не менее {cost}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · {cost}</source>
      <translation>Всего: {answers} · {tokens} · {cost}</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON по схеме</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Модель</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Провайдер</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Системный промпт</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>не задано</translation>
    </message>
    <message>
      <source>on</source>
      <translation>вкл.</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>обычный текст</translation>
    </message>
    <message>
      <source>“{text}”</source>
      <translation>«{text}»</translation>
    </message>
  </context>
  <context>
    <name>compare_view</name>
    <message>
      <source>(Change that column's model with Change….)</source>
      <translation>(Модель этого столбца меняется кнопкой «Изменить…».)</translation>
    </message>
    <message>
      <source>(your next message)</source>
      <translation>(ваше следующее сообщение)</translation>
    </message>
    <message>
      <source>Another model…</source>
      <translation>Другая модель…</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Ответ {letter}</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Costs show once you pick. Pick the best answer.</source>
      <translation>Вслепую: названия скрыты, порядок перемешан. Стоимость видна после выбора. Выберите лучший ответ.</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Thinking, times and costs show once you pick. Pick the best answer.</source>
      <translation>Вслепую: названия скрыты, порядок перемешан. Размышления, время и стоимость видны после выбора. Выберите лучший ответ.</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <source>Column statistics</source>
      <translation>Статистика столбца</translation>
    </message>
    <message>
      <source>Column totals</source>
      <translation>Итоги столбца</translation>
    </message>
    <message>
      <source>Comparison total</source>
      <translation>Итог сравнения</translation>
    </message>
    <message>
      <source>Continue with this one</source>
      <translation>Продолжить с этим</translation>
    </message>
    <message>
      <source>Details show once you pick the best answer.</source>
      <translation>Подробности появятся, когда вы выберете лучший ответ.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>Выделять различия</translation>
    </message>
    <message>
      <source>Highlight differing</source>
      <translation>Выделять различающиеся</translation>
    </message>
    <message>
      <source>Mark whole sentences that differ, or single words.</source>
      <translation>Отмечать целые различающиеся предложения или отдельные слова.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>Не отправлено: сообщение и вложения остались в поле ввода. Удалите PDF, чтобы отправить без него.</translation>
    </message>
    <message>
      <source>One prompt for every column (Enter to send)</source>
      <translation>Один промпт для всех столбцов (Enter — отправить)</translation>
    </message>
    <message>
      <source>Pick as best</source>
      <translation>Выбрать лучшим</translation>
    </message>
    <message>
      <source>Prompt for every column</source>
      <translation>Промпт для всех столбцов</translation>
    </message>
    <message>
      <source>Put another preset or model in this column.</source>
      <translation>Поместить в этот столбец другой пресет или модель.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>Распознать изображения страниц?</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>Распознать</translation>
    </message>
    <message>
      <source>Request…</source>
      <translation>Запрос…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>Send to all</source>
      <translation>Отправить всем</translation>
    </message>
    <message>
      <source>Sentences</source>
      <translation>Предложения</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source>Show or hide each column's settings.</source>
      <translation>Показать или скрыть настройки каждого столбца.</translation>
    </message>
    <message>
      <source>Show the request this column's next answer would send.</source>
      <translation>Показать запрос, который отправит следующий ответ этого столбца.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Стоп</translation>
    </message>
    <message>
      <source>Stop all</source>
      <translation>Остановить все</translation>
    </message>
    <message>
      <source>Stop every column (Esc)</source>
      <translation>Остановить все столбцы (Esc)</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>Остановить ответ</translation>
    </message>
    <message>
      <source>The prompt is in the box below: Send to all asks it again in every column, after the answers already there.</source>
      <translation>Промпт находится в поле ниже: «Отправить всем» задаст его снова в каждом столбце, после уже полученных ответов.</translation>
    </message>
    <message>
      <source>This column cannot change now. Try again once it has answered.</source>
      <translation>Этот столбец сейчас нельзя изменить. Попробуйте снова, когда он ответит.</translation>
    </message>
    <message>
      <source>This comparison cost at least {amount} (some costs are not known yet).</source>
      <translation>Это сравнение стоило не менее {amount} (часть стоимости ещё неизвестна).</translation>
    </message>
    <message>
      <source>This comparison cost {amount} in all.</source>
      <translation>Это сравнение стоило всего {amount}.</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>Слова</translation>
    </message>
    <message>
      <source>You picked {name}.</source>
      <translation>Вы выбрали {name}.</translation>
    </message>
    <message>
      <source>finish: {reason}</source>
      <translation>завершение: {reason}</translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>первое слово {time}</translation>
    </message>
    <message>
      <source>hidden until you pick the best</source>
      <translation>скрыто, пока вы не выберете лучший</translation>
    </message>
    <message>
      <source>thinking… {time}</source>
      <translation>размышляет… {time}</translation>
    </message>
    <message>
      <source>thought privately</source>
      <translation>размышления скрыты</translation>
    </message>
    <message>
      <source>thought privately: {tokens} billed</source>
      <translation>размышления скрыты: оплачено {tokens}</translation>
    </message>
    <message>
      <source>thought {time}</source>
      <translation>размышлял {time}</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>≈{cost}</translation>
    </message>
    <message>
      <source>{cost} in all</source>
      <translation>{cost} всего</translation>
    </message>
    <message>
      <source>{count} answer tokens</source>
      <translation>токенов ответа: {count}</translation>
    </message>
    <message>
      <source>{count} thinking tokens</source>
      <translation>токенов размышлений: {count}</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>токенов: {count}</translation>
    </message>
    <message>
      <source>{model} via {provider}</source>
      <translation>{model} через {provider}</translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} ток/с</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} с</translation>
    </message>
  </context>
  <context>
    <name>comparisons</name>
    <message>
      <source>Column {number}</source>
      <translation>Столбец {number}</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>Новое сравнение</translation>
    </message>
    <message>
      <source>No blind votes yet between {a} and {b}</source>
      <translation>Пока нет слепых голосов между {a} и {b}</translation>
    </message>
    <message>
      <source>{a} and {b} are tied {a_wins} to {b_wins}</source>
      <translation>{a} и {b} идут вровень: {a_wins} на {b_wins}</translation>
    </message>
    <message>
      <source>{winner} beat {loser} {wins} to {losses}</source>
      <translation>{winner} обошла {loser}: {wins} на {losses}</translation>
    </message>
  </context>
  <context>
    <name>composer</name>
    <message>
      <source>Message</source>
      <translation>Сообщение</translation>
    </message>
    <message>
      <source>Message  (Ctrl+Enter to send)</source>
      <translation>Сообщение  (Ctrl+Enter — отправить)</translation>
    </message>
    <message>
      <source>Message  (Enter to send, Shift+Enter for a new line)</source>
      <translation>Сообщение  (Enter — отправить, Shift+Enter — новая строка)</translation>
    </message>
    <message>
      <source>Type your message. Enter sends, Shift+Enter adds a line.</source>
      <translation>Введите сообщение. Enter отправляет, Shift+Enter добавляет строку.</translation>
    </message>
  </context>
  <context>
    <name>conversation</name>
    <message>
      <source>New conversation</source>
      <translation>Новая беседа</translation>
    </message>
  </context>
  <context>
    <name>conversations</name>
    <message numerus="yes">
      <source>%n attached files were left out: the file did not contain them.</source>
      <comment>one: One attached file was left out: the file did not contain it.</comment>
      <translation>
        <numerusform>%n прикреплённый файл пропущен: его не было в файле.</numerusform>
        <numerusform>%n прикреплённых файла пропущено: их не было в файле.</numerusform>
        <numerusform>%n прикреплённых файлов пропущено: их не было в файле.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached files were left out: they are damaged, too large, or not what their names say.</source>
      <comment>one: One attached file was left out: it is damaged, too large, or not what its name says.</comment>
      <translation>
        <numerusform>%n прикреплённый файл пропущен: он повреждён, слишком велик или не соответствует своему имени.</numerusform>
        <numerusform>%n прикреплённых файла пропущено: они повреждены, слишком велики или не соответствуют своим именам.</numerusform>
        <numerusform>%n прикреплённых файлов пропущено: они повреждены, слишком велики или не соответствуют своим именам.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n system messages from later in the conversation were added to its system prompt.</source>
      <comment>one: %n system message from later in the conversation was added to its system prompt.</comment>
      <translation>
        <numerusform>%n системное сообщение из дальнейшей части беседы добавлено в её системный промпт.</numerusform>
        <numerusform>%n системных сообщения из дальнейшей части беседы добавлены в её системный промпт.</numerusform>
        <numerusform>%n системных сообщений из дальнейшей части беседы добавлены в её системный промпт.</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read {name}: {reason}. Nothing was imported.</source>
      <translation>Не удалось прочитать {name}: {reason}. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Could not save the attached files: {reason}. Nothing was imported.</source>
      <translation>Не удалось сохранить прикреплённые файлы: {reason}. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Could not save the export: {reason}.</source>
      <translation>Не удалось сохранить экспорт: {reason}.</translation>
    </message>
    <message>
      <source>Could not save the imported conversation to your history: {reason}. Nothing was imported.</source>
      <translation>Не удалось сохранить импортированную беседу в историю: {reason}. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Could not save the new conversation: {reason}.</source>
      <translation>Не удалось сохранить новую беседу: {reason}.</translation>
    </message>
    <message>
      <source>Imported “{title}”.</source>
      <translation>Импортировано: «{title}».</translation>
    </message>
    <message>
      <source>This comparison no longer exists. Nothing was exported.</source>
      <translation>Этого сравнения больше нет. Ничего не экспортировано.</translation>
    </message>
    <message>
      <source>This conversation no longer exists.</source>
      <translation>Этой беседы больше нет.</translation>
    </message>
    <message>
      <source>This conversation no longer exists. Nothing was exported.</source>
      <translation>Этой беседы больше нет. Ничего не экспортировано.</translation>
    </message>
    <message>
      <source>This conversation with its attached files would make a file of about {size} MB, more than the {limit} MB Switchboard can import again, so nothing was exported. Export it as Markdown instead (the files are then named but not included).</source>
      <translation>Эта беседа с прикреплёнными файлами заняла бы около {size} МБ — больше {limit} МБ, которые Switchboard может импортировать обратно, поэтому ничего не экспортировано. Экспортируйте её в Markdown (тогда файлы будут названы, но не включены).</translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation. Nothing was copied.</source>
      <translation>Этого сообщения больше нет в беседе. Ничего не скопировано.</translation>
    </message>
    <message>
      <source>it is not an ordinary file</source>
      <translation>это не обычный файл</translation>
    </message>
    <message>
      <source>up to {size} MB, {messages} messages</source>
      <translation>до {size} МБ, сообщений: {messages}</translation>
    </message>
    <message>
      <source>{names} and {last}</source>
      <translation>{names} и {last}</translation>
    </message>
    <message>
      <source>{names} were left out: their values in the file cannot be sent.</source>
      <translation>{names} пропущены: их значения в файле нельзя отправить.</translation>
    </message>
    <message>
      <source>{name} was left out: its value in the file cannot be sent.</source>
      <translation>{name} пропущено: его значение в файле нельзя отправить.</translation>
    </message>
    <message>
      <source>{title} (continued)</source>
      <translation>{title} (продолжение)</translation>
    </message>
  </context>
  <context>
    <name>cost</name>
    <message>
      <source>Add credits at {url}, then send again: your message is kept.</source>
      <translation>Пополните кредиты на {url} и отправьте снова: ваше сообщение сохранено.</translation>
    </message>
    <message>
      <source>Confirm this send</source>
      <translation>Подтвердите отправку</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>Если ответ будет полной длины, эта отправка может довести расходы за месяц до {amount} — больше вашего месячного лимита {cap}.</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>Если ответ будет полной длины, эта отправка может довести расходы за сегодня до {amount} — больше вашего дневного лимита {cap}.</translation>
    </message>
    <message>
      <source>OpenRouter says your credits ran out (or this key reached its spending limit).</source>
      <translation>OpenRouter сообщает, что ваши кредиты закончились (или этот ключ достиг своего лимита расходов).</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your daily cap.</source>
      <translation>Установите «Максимальную длину» не больше {tokens} в каждом столбце, чтобы уложиться в дневной лимит.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your monthly cap.</source>
      <translation>Установите «Максимальную длину» не больше {tokens} в каждом столбце, чтобы уложиться в месячный лимит.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your daily cap.</source>
      <translation>Установите «Максимальную длину» не больше {tokens}, чтобы уложиться в дневной лимит.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your monthly cap.</source>
      <translation>Установите «Максимальную длину» не больше {tokens}, чтобы уложиться в месячный лимит.</translation>
    </message>
    <message>
      <source>Spending cap</source>
      <translation>Лимит расходов</translation>
    </message>
    <message>
      <source>The cost of this send is unknown.</source>
      <translation>Стоимость этой отправки неизвестна.</translation>
    </message>
    <message>
      <source>The price of this model is unknown, so this send cannot be checked against your caps.</source>
      <translation>Цена этой модели неизвестна, поэтому отправку нельзя сверить с вашими лимитами.</translation>
    </message>
    <message>
      <source>This key has {left} left of its {limit} limit.</source>
      <translation>У этого ключа осталось {left} из лимита {limit}.</translation>
    </message>
    <message>
      <source>This key has {left} left.</source>
      <translation>У этого ключа осталось {left}.</translation>
    </message>
    <message>
      <source>This send could bring this month's spending to {amount}, {percent}% of your monthly cap of {cap}.</source>
      <translation>Эта отправка может довести расходы за месяц до {amount} — {percent}% вашего месячного лимита {cap}.</translation>
    </message>
    <message>
      <source>This send could bring today's spending to {amount}, {percent}% of your daily cap of {cap}.</source>
      <translation>Эта отправка может довести расходы за сегодня до {amount} — {percent}% вашего дневного лимита {cap}.</translation>
    </message>
    <message>
      <source>This send could cost about {amount} more.</source>
      <translation>Эта отправка может стоить ещё около {amount}.</translation>
    </message>
    <message>
      <source>This send could cost about {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>Эта отправка может стоить около {amount}. Вы просили подтверждать отправки, которые могут стоить больше {limit}.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount} more.</source>
      <translation>Эта отправка может стоить ещё до {amount}.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>Эта отправка может стоить до {amount}. Вы просили подтверждать отправки, которые могут стоить больше {limit}.</translation>
    </message>
    <message>
      <source>This send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>Эта отправка может довести расходы за месяц до {amount} — больше вашего месячного лимита {cap}.</translation>
    </message>
    <message>
      <source>This send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>Эта отправка может довести расходы за сегодня до {amount} — больше вашего дневного лимита {cap}.</translation>
    </message>
    <message>
      <source>You have already spent {amount} this month, reaching your monthly cap of {cap}.</source>
      <translation>В этом месяце вы уже потратили {amount} и достигли месячного лимита {cap}.</translation>
    </message>
    <message>
      <source>You have already spent {amount} today, reaching your daily cap of {cap}.</source>
      <translation>Сегодня вы уже потратили {amount} и достигли дневного лимита {cap}.</translation>
    </message>
    <message>
      <source>about {typical}</source>
      <translation>около {typical}</translation>
    </message>
    <message>
      <source>about {typical}, at most {most}</source>
      <translation>около {typical}, не более {most}</translation>
    </message>
    <message>
      <source>at most {most}</source>
      <translation>не более {most}</translation>
    </message>
    <message>
      <source>cost unknown for this model</source>
      <translation>стоимость для этой модели неизвестна</translation>
    </message>
    <message>
      <source>free</source>
      <translation>бесплатно</translation>
    </message>
    <message>
      <source>this month</source>
      <translation>в этом месяце</translation>
    </message>
    <message>
      <source>today</source>
      <translation>сегодня</translation>
    </message>
    <message>
      <source>{least}, at most {most}</source>
      <translation>{least}, не более {most}</translation>
    </message>
  </context>
  <context>
    <name>cost_meter</name>
    <message>
      <source>Comparison: {cost}</source>
      <translation>Сравнение: {cost}</translation>
    </message>
    <message>
      <source>Conversation: {cost}</source>
      <translation>Беседа: {cost}</translation>
    </message>
    <message>
      <source>Conversation: –</source>
      <translation>Беседа: –</translation>
    </message>
    <message>
      <source>Cost meter</source>
      <translation>Счётчик расходов</translation>
    </message>
    <message>
      <source>Credit: no limit on this key</source>
      <translation>Кредиты: у этого ключа нет лимита</translation>
    </message>
    <message>
      <source>Credit: unknown</source>
      <translation>Кредиты: неизвестно</translation>
    </message>
    <message>
      <source>Credit: {cost} left</source>
      <translation>Кредиты: осталось {cost}</translation>
    </message>
    <message>
      <source>Credit: –</source>
      <translation>Кредиты: –</translation>
    </message>
    <message>
      <source>Month: {cost}</source>
      <translation>Месяц: {cost}</translation>
    </message>
    <message>
      <source>Month: {cost} of {cap}</source>
      <translation>Месяц: {cost} из {cap}</translation>
    </message>
    <message>
      <source>Month: –</source>
      <translation>Месяц: –</translation>
    </message>
    <message>
      <source>Sent: no figure until the model starts writing</source>
      <translation>Отправлено: суммы не будет, пока модель не начнёт писать</translation>
    </message>
    <message>
      <source>Stopped before the model wrote anything: OpenRouter may still bill the prompt</source>
      <translation>Остановлено до того, как модель что-то написала: OpenRouter всё равно может взять плату за промпт</translation>
    </message>
    <message>
      <source>The answer being written now: an estimate until OpenRouter bills it</source>
      <translation>Ответ, который пишется сейчас: примерная оценка, пока OpenRouter не выставит счёт</translation>
    </message>
    <message>
      <source>The request failed before the model wrote anything, so it was not billed</source>
      <translation>Запрос не удался до того, как модель что-то написала, поэтому плата не взята</translation>
    </message>
    <message>
      <source>This answer: not charged</source>
      <translation>Этот ответ: бесплатно</translation>
    </message>
    <message>
      <source>This answer: {cost}</source>
      <translation>Этот ответ: {cost}</translation>
    </message>
    <message>
      <source>This answer: {cost} (est.)</source>
      <translation>Этот ответ: {cost} (оценка)</translation>
    </message>
    <message>
      <source>This answer: –</source>
      <translation>Этот ответ: –</translation>
    </message>
    <message>
      <source>Today: {cost}</source>
      <translation>Сегодня: {cost}</translation>
    </message>
    <message>
      <source>Today: {cost} of {cap}</source>
      <translation>Сегодня: {cost} из {cap}</translation>
    </message>
    <message>
      <source>Today: –</source>
      <translation>Сегодня: –</translation>
    </message>
    <message>
      <source>What OpenRouter billed for the latest answer</source>
      <translation>Сколько OpenRouter взял за последний ответ</translation>
    </message>
    <message>
      <source>What your OpenRouter key may still spend (from openrouter.ai)</source>
      <translation>Сколько ещё может потратить ваш ключ OpenRouter (по данным openrouter.ai)</translation>
    </message>
    <message>
      <source>{percent}% of your daily cap</source>
      <translation>{percent}% вашего дневного лимита</translation>
    </message>
    <message>
      <source>{percent}% of your monthly cap</source>
      <translation>{percent}% вашего месячного лимита</translation>
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
      <translation>Скопировать подробности</translation>
    </message>
    <message>
      <source>Something went wrong inside Switchboard. Your conversations are saved. If it happens again, copy the details and send them to us; they contain no key.</source>
      <translation>В Switchboard что-то пошло не так. Ваши беседы сохранены. Если это повторится, скопируйте подробности и отправьте их нам; ключа в них нет.</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <source>Check that the folder exists and can be written to, then restart Switchboard.</source>
      <translation>Проверьте, что папка существует и доступна для записи, затем перезапустите Switchboard.</translation>
    </message>
    <message>
      <source>Check the disk has free space, then restart Switchboard.</source>
      <translation>Проверьте, что на диске есть свободное место, затем перезапустите Switchboard.</translation>
    </message>
    <message>
      <source>Close any other copy of Switchboard, then restart it.</source>
      <translation>Закройте другую копию Switchboard, затем перезапустите его.</translation>
    </message>
    <message>
      <source>Conversations will not be saved this session: Switchboard could not open its history file at {path} because {reason}. {advice}</source>
      <translation>В этом сеансе беседы не будут сохраняться: Switchboard не смог открыть файл истории {path}, потому что {reason}. {advice}</translation>
    </message>
    <message>
      <source>Free some disk space, then restart Switchboard.</source>
      <translation>Освободите место на диске, затем перезапустите Switchboard.</translation>
    </message>
    <message>
      <source>Move that file out of the way, then restart Switchboard.</source>
      <translation>Переместите этот файл в другое место, затем перезапустите Switchboard.</translation>
    </message>
    <message>
      <source>Restart Switchboard to try again.</source>
      <translation>Перезапустите Switchboard, чтобы попробовать снова.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} could not be read, and Switchboard could not move it aside ({reason}). Conversations will not be saved this session.</source>
      <translation>Не удалось прочитать историю бесед {path}, и Switchboard не смог её отложить ({reason}). В этом сеансе беседы не будут сохраняться.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} was saved by a newer version of Switchboard. Update Switchboard to see it. Until then, conversations will not be saved.</source>
      <translation>История бесед {path} сохранена более новой версией Switchboard. Обновите Switchboard, чтобы её увидеть. До тех пор беседы не будут сохраняться.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read, so Switchboard started a new one. The old file is kept at {kept}.</source>
      <translation>Не удалось прочитать историю бесед, поэтому Switchboard начал новую. Старый файл сохранён здесь: {kept}.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read; the old file is kept at {kept}. A new one could not be created either ({reason}), so conversations will not be saved this session.</source>
      <translation>Не удалось прочитать историю бесед; старый файл сохранён здесь: {kept}. Новую тоже не удалось создать ({reason}), поэтому в этом сеансе беседы не будут сохраняться.</translation>
    </message>
    <message>
      <source>another program is keeping it locked</source>
      <translation>его заблокировала другая программа</translation>
    </message>
    <message>
      <source>it is not allowed to create or change files in that folder</source>
      <translation>нет разрешения создавать или изменять файлы в этой папке</translation>
    </message>
    <message>
      <source>part of the folder path is a file, not a folder</source>
      <translation>часть пути к папке — файл, а не папка</translation>
    </message>
    <message>
      <source>the database said: {error}</source>
      <translation>ответ базы данных: {error}</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>диск заполнен</translation>
    </message>
    <message>
      <source>the disk reported an error while writing (it may be full or failing)</source>
      <translation>при записи диск сообщил об ошибке (возможно, он заполнен или неисправен)</translation>
    </message>
    <message>
      <source>the system said: {error}</source>
      <translation>ответ системы: {error}</translation>
    </message>
  </context>
  <context>
    <name>dock_link</name>
    <message>
      <source>(your next message)</source>
      <translation>(ваше следующее сообщение)</translation>
    </message>
    <message>
      <source>Built-in list</source>
      <translation>Встроенный список</translation>
    </message>
    <message>
      <source>Live list</source>
      <translation>Актуальный список</translation>
    </message>
    <message numerus="yes">
      <source>Model list refreshed: %n models.</source>
      <comment>one: Model list refreshed: %n model.</comment>
      <translation>
        <numerusform>Список моделей обновлён: %n модель.</numerusform>
        <numerusform>Список моделей обновлён: %n модели.</numerusform>
        <numerusform>Список моделей обновлён: %n моделей.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent: {problem} Fix it in the Parameters panel.</source>
      <translation>Не отправлено: {problem} Исправьте это на панели «Параметры».</translation>
    </message>
    <message>
      <source>Saved list</source>
      <translation>Сохранённый список</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Пресет «{name}» сохранён.</translation>
    </message>
    <message>
      <source>The model list could not be refreshed: {reason}</source>
      <translation>Не удалось обновить список моделей: {reason}</translation>
    </message>
    <message>
      <source>{problem} Fix it before saving a preset.</source>
      <translation>{problem} Исправьте это, прежде чем сохранять пресет.</translation>
    </message>
    <message>
      <source>{problem} Fix it to see the request.</source>
      <translation>{problem} Исправьте это, чтобы увидеть запрос.</translation>
    </message>
    <message>
      <source>{problem} Nothing is sent until this is fixed.</source>
      <translation>{problem} Пока это не исправлено, ничего не отправляется.</translation>
    </message>
  </context>
  <context>
    <name>endpoint</name>
    <message>
      <source>Plain http is only allowed for a server on this computer (localhost). Use https for anything else, so your key cannot be read on the way.</source>
      <translation>Обычный http разрешён только для сервера на этом компьютере (localhost). Для всего остального используйте https, чтобы ваш ключ нельзя было перехватить.</translation>
    </message>
    <message>
      <source>The address should not contain ? or #.</source>
      <translation>Адрес не должен содержать ? или #.</translation>
    </message>
    <message>
      <source>The address should not contain a name or password (the part before @). Type only the server's address, such as {address}</source>
      <translation>Адрес не должен содержать имя или пароль (часть перед @). Введите только адрес сервера, например {address}</translation>
    </message>
    <message>
      <source>The port in the address (the number after the colon) is not valid.</source>
      <translation>Порт в адресе (число после двоеточия) указан неверно.</translation>
    </message>
    <message>
      <source>Type a full address starting with https://, such as {address}</source>
      <translation>Введите полный адрес, начинающийся с https://, например {address}</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>сервер</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Could not reach OpenRouter. Check your internet connection, then press Retry.</source>
      <translation>Не удалось связаться с OpenRouter. Проверьте подключение к интернету и нажмите «Повторить».</translation>
    </message>
    <message>
      <source>One of the settings is out of range. Check the parameter dock.</source>
      <translation>Одна из настроек вне допустимого диапазона. Проверьте панель параметров.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the model or settings, then send again.</source>
      <translation>OpenRouter не смог принять этот запрос. Измените модель или настройки и отправьте снова.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the settings and retry.</source>
      <translation>OpenRouter не смог принять этот запрос. Измените настройки и повторите.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason} Change the settings and retry.</source>
      <translation>OpenRouter не смог принять этот запрос: {reason} Измените настройки и повторите.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason}. Change the settings and retry.</source>
      <translation>OpenRouter не смог принять этот запрос: {reason}. Измените настройки и повторите.</translation>
    </message>
    <message>
      <source>OpenRouter could not process this request. Check the settings and retry.</source>
      <translation>OpenRouter не смог обработать этот запрос. Проверьте настройки и повторите.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept your API key. It may be mistyped, disabled or expired. Paste a new key in Settings.</source>
      <translation>OpenRouter не принял ваш ключ API. Возможно, в нём опечатка, он отключён или истёк. Вставьте новый ключ в настройках.</translation>
    </message>
    <message>
      <source>OpenRouter does not know this model. Choose another one from the list.</source>
      <translation>OpenRouter не знает этой модели. Выберите другую из списка.</translation>
    </message>
    <message>
      <source>OpenRouter refused this request: the provider's moderation flagged it, or the model is not available to you. Rephrase it or choose another model.</source>
      <translation>OpenRouter отклонил этот запрос: модерация провайдера его отметила, или модель вам недоступна. Переформулируйте запрос или выберите другую модель.</translation>
    </message>
    <message>
      <source>OpenRouter took too long to answer. Press Retry.</source>
      <translation>OpenRouter слишком долго не отвечал. Нажмите «Повторить».</translation>
    </message>
    <message>
      <source>Something went wrong talking to OpenRouter. Please try again.</source>
      <translation>При обмене данными с OpenRouter что-то пошло не так. Попробуйте ещё раз.</translation>
    </message>
    <message>
      <source>That model is not available any more (or no provider matches your routing settings). Choose another model.</source>
      <translation>Эта модель больше недоступна (или ни один провайдер не подходит под ваши настройки маршрутизации). Выберите другую модель.</translation>
    </message>
    <message>
      <source>The connection dropped before the answer was finished. What arrived is kept and marked incomplete; press Retry to ask again.</source>
      <translation>Соединение прервалось до завершения ответа. Полученная часть сохранена и отмечена как неполная; нажмите «Повторить», чтобы спросить снова.</translation>
    </message>
    <message>
      <source>The model stopped sending anything for too long, so the request was given up. Press Retry, or choose a faster model.</source>
      <translation>Модель слишком долго ничего не присылала, поэтому запрос прерван. Нажмите «Повторить» или выберите более быструю модель.</translation>
    </message>
    <message>
      <source>The model stopped with an error before finishing its answer. What arrived is kept; press Retry to ask again.</source>
      <translation>Модель остановилась с ошибкой, не закончив ответ. Полученная часть сохранена; нажмите «Повторить», чтобы спросить снова.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering ({reason}). What arrived is kept; press Retry to ask again.</source>
      <translation>У провайдера модели произошёл сбой во время ответа ({reason}). Полученная часть сохранена; нажмите «Повторить», чтобы спросить снова.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering. What arrived is kept; press Retry to ask again.</source>
      <translation>У провайдера модели произошёл сбой во время ответа. Полученная часть сохранена; нажмите «Повторить», чтобы спросить снова.</translation>
    </message>
    <message>
      <source>The model's provider is down or overloaded right now. Press Retry in a minute, or choose another model.</source>
      <translation>Провайдер модели сейчас недоступен или перегружен. Нажмите «Повторить» через минуту или выберите другую модель.</translation>
    </message>
    <message>
      <source>The network returned a web page instead of an answer. If you are on a hotel or café Wi-Fi, open a browser and sign in to the network, then press Retry.</source>
      <translation>Сеть вернула веб-страницу вместо ответа. Если вы подключены к Wi-Fi в отеле или кафе, откройте браузер и войдите в сеть, затем нажмите «Повторить».</translation>
    </message>
    <message>
      <source>The server sent something far too large to be a real answer, so Switchboard stopped reading it. What arrived before is kept. Press Retry; if it happens again, the server or something on the network between is misbehaving.</source>
      <translation>Сервер прислал слишком много данных для настоящего ответа, поэтому Switchboard перестал их читать. Полученное до этого сохранено. Нажмите «Повторить»; если это повторится, значит, сервер или что-то в сети между вами работает неправильно.</translation>
    </message>
    <message>
      <source>This conversation is too long for the model's memory. Start a new conversation, shorten the text, or pick a model with a larger context.</source>
      <translation>Эта беседа слишком длинная для памяти модели. Начните новую беседу, сократите текст или выберите модель с большим контекстом.</translation>
    </message>
    <message>
      <source>This message is too large to send. Shorten it or remove attachments.</source>
      <translation>Это сообщение слишком большое для отправки. Сократите его или удалите вложения.</translation>
    </message>
    <message>
      <source>Too many requests right now: this model or your account hit a rate limit. Wait a moment, then press Retry.</source>
      <translation>Слишком много запросов: эта модель или ваш аккаунт достигли ограничения частоты. Подождите немного и нажмите «Повторить».</translation>
    </message>
    <message>
      <source>Your OpenRouter credits ran out (or this key reached its spending limit). Add credits at https://openrouter.ai/settings/credits, then press Retry.</source>
      <translation>Ваши кредиты OpenRouter закончились (или этот ключ достиг своего лимита расходов). Пополните кредиты на https://openrouter.ai/settings/credits и нажмите «Повторить».</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>This file is not a conversation Switchboard can read: {reason}.</source>
      <translation>Этот файл — не беседа, которую может прочитать Switchboard: {reason}.</translation>
    </message>
    <message>
      <source>it has no list of messages</source>
      <translation>в нём нет списка сообщений</translation>
    </message>
    <message>
      <source>it holds a number with too many digits</source>
      <translation>в нём есть число со слишком большим количеством цифр</translation>
    </message>
    <message>
      <source>it holds more than {most} messages, the most Switchboard imports</source>
      <translation>в нём больше {most} сообщений — это предел для импорта в Switchboard</translation>
    </message>
    <message>
      <source>it holds more than {most} values (texts, numbers, lists and objects), the most Switchboard imports</source>
      <translation>в нём больше {most} значений (текстов, чисел, списков и объектов) — это предел для импорта в Switchboard</translation>
    </message>
    <message>
      <source>it holds neither a conversation nor a list of messages</source>
      <translation>в нём нет ни беседы, ни списка сообщений</translation>
    </message>
    <message>
      <source>it holds no messages</source>
      <translation>в нём нет сообщений</translation>
    </message>
    <message>
      <source>it is larger than {limit} MB, the most Switchboard imports</source>
      <translation>он больше {limit} МБ — это предел для импорта в Switchboard</translation>
    </message>
    <message>
      <source>it is nested too deeply</source>
      <translation>в нём слишком глубокая вложенность</translation>
    </message>
    <message>
      <source>it is not UTF-8 text</source>
      <translation>это не текст в UTF-8</translation>
    </message>
    <message>
      <source>it is not valid JSON</source>
      <translation>это некорректный JSON</translation>
    </message>
    <message>
      <source>it was made by a newer version of Switchboard (format {version}); update Switchboard to import it</source>
      <translation>он создан более новой версией Switchboard (формат {version}); обновите Switchboard, чтобы его импортировать</translation>
    </message>
    <message>
      <source>its attached files are not in the expected form</source>
      <translation>его прикреплённые файлы не в ожидаемом виде</translation>
    </message>
    <message>
      <source>its messages are not one branch of its versions</source>
      <translation>его сообщения не образуют одну ветку версий</translation>
    </message>
    <message>
      <source>its version number is missing or invalid</source>
      <translation>номер версии отсутствует или неверен</translation>
    </message>
    <message>
      <source>its versions are not a list</source>
      <translation>его версии — не список</translation>
    </message>
    <message>
      <source>its versions go round in a circle</source>
      <translation>его версии ссылаются друг на друга по кругу</translation>
    </message>
    <message>
      <source>its versions have a missing or repeated id</source>
      <translation>у его версий отсутствует или повторяется id</translation>
    </message>
    <message>
      <source>its versions name a parent that is not an id</source>
      <translation>его версии указывают родителя, который не является id</translation>
    </message>
    <message>
      <source>its versions name a parent that is not there</source>
      <translation>его версии указывают несуществующего родителя</translation>
    </message>
    <message>
      <source>message {number} has an attachment that is not valid</source>
      <translation>у сообщения {number} недопустимое вложение</translation>
    </message>
    <message>
      <source>message {number} has more than {most} parts, the most Switchboard imports</source>
      <translation>в сообщении {number} больше {most} частей — это предел для импорта в Switchboard</translation>
    </message>
    <message>
      <source>message {number} has no role</source>
      <translation>у сообщения {number} нет роли</translation>
    </message>
    <message>
      <source>message {number} has no text content</source>
      <translation>в сообщении {number} нет текста</translation>
    </message>
    <message>
      <source>message {number} has no text, only attachments</source>
      <translation>в сообщении {number} нет текста, только вложения</translation>
    </message>
    <message>
      <source>message {number} has the role “{role}”, but only system, user and assistant messages can be imported</source>
      <translation>у сообщения {number} роль «{role}», но импортировать можно только сообщения system, user и assistant</translation>
    </message>
    <message>
      <source>message {number} is not a message object</source>
      <translation>сообщение {number} — не объект сообщения</translation>
    </message>
    <message>
      <source>one of its attached files is damaged</source>
      <translation>один из прикреплённых файлов повреждён</translation>
    </message>
    <message>
      <source>one of its attached files is larger than {limit} MB, the most Switchboard takes</source>
      <translation>один из прикреплённых файлов больше {limit} МБ — это предел для Switchboard</translation>
    </message>
    <message>
      <source>one of its attached files is not in the expected form</source>
      <translation>один из прикреплённых файлов не в ожидаемом виде</translation>
    </message>
    <message>
      <source>the attached file “{name}” is not the size it says or is larger than Switchboard takes</source>
      <translation>размер прикреплённого файла «{name}» не совпадает с указанным или больше, чем принимает Switchboard</translation>
    </message>
    <message>
      <source>the attachments of message {number} are not a short list</source>
      <translation>вложения сообщения {number} — не короткий список</translation>
    </message>
    <message>
      <source>version {number} is a system message</source>
      <translation>версия {number} — системное сообщение</translation>
    </message>
  </context>
  <context>
    <name>figures</name>
    <message>
      <source>All presets</source>
      <translation>Все пресеты</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Ответы</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Стоимость</translation>
    </message>
    <message>
      <source>Exactly {cost}.</source>
      <translation>Ровно {cost}.</translation>
    </message>
    <message>
      <source>Figures count the prompts you have picked: {counted} of {prompts}.</source>
      <translation>Показатели учитывают выбранные вами промпты: {counted} из {prompts}.</translation>
    </message>
    <message>
      <source>Finished: every prompt has its answers.</source>
      <translation>Готово: у каждого промпта есть ответы.</translation>
    </message>
    <message>
      <source>First word</source>
      <translation>Первое слово</translation>
    </message>
    <message>
      <source>First word: how long the first word took to arrive. tok/s: tokens per second, how fast the answer came (a token is a short piece of a word).</source>
      <translation>Первое слово: сколько времени прошло до первого слова. ток/с: токенов в секунду, скорость ответа (токен — небольшой кусочек слова).</translation>
    </message>
    <message>
      <source>How long the first word of an answer took to arrive, on average.</source>
      <translation>Сколько в среднем прошло времени до первого слова ответа.</translation>
    </message>
    <message>
      <source>How many tokens the answers have (a token is a short piece of a word).</source>
      <translation>Сколько токенов в ответах (токен — небольшой кусочек слова).</translation>
    </message>
    <message>
      <source>Not finished. Resume sends only what is missing.</source>
      <translation>Не завершено. «Продолжить» отправит только недостающее.</translation>
    </message>
    <message>
      <source>Not started yet.</source>
      <translation>Ещё не начато.</translation>
    </message>
    <message>
      <source>Nothing is spent on this run yet.</source>
      <translation>На этот прогон пока ничего не потрачено.</translation>
    </message>
    <message>
      <source>Open a prompt as a comparison to pick its best answer.</source>
      <translation>Откройте промпт как сравнение, чтобы выбрать лучший ответ.</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Пресет</translation>
    </message>
    <message>
      <source>Running.</source>
      <translation>Выполняется.</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Скорость</translation>
    </message>
    <message>
      <source>Spent on this run in all, including answers that were stopped, failed or asked again: {cost}.</source>
      <translation>Всего потрачено на этот прогон, включая остановленные, неудачные и повторённые ответы: {cost}.</translation>
    </message>
    <message>
      <source>Stopped. Resume sends only what is missing.</source>
      <translation>Остановлено. «Продолжить» отправит только недостающее.</translation>
    </message>
    <message>
      <source>The cost is not known.</source>
      <translation>Стоимость неизвестна.</translation>
    </message>
    <message>
      <source>The cost of the answers shown, one per prompt. Earlier attempts (stopped, failed or asked again) are not in it: the note under the table says what the run spent in all.</source>
      <translation>Стоимость показанных ответов, по одному на промпт. Более ранние попытки (остановленные, неудачные или повторённые) сюда не входят: сколько всего потрачено на прогон, сказано под таблицей.</translation>
    </message>
    <message>
      <source>The others stay blind until you pick their best answer, so the All presets row is the only one that counts them.</source>
      <translation>Остальные остаются скрытыми, пока вы не выберете лучший ответ, поэтому учитывает их только строка «Все пресеты».</translation>
    </message>
    <message>
      <source>Tokens</source>
      <translation>Токены</translation>
    </message>
    <message>
      <source>Tokens per second: how fast the answer came, on average (a token is a short piece of a word).</source>
      <translation>Токенов в секунду: средняя скорость ответа (токен — небольшой кусочек слова).</translation>
    </message>
    <message>
      <source>Wins</source>
      <translation>Победы</translation>
    </message>
    <message>
      <source>Wins count blind picks only; this run is not blind, so there are none.</source>
      <translation>Победы считаются только по слепому выбору; этот прогон не слепой, поэтому их нет.</translation>
    </message>
    <message numerus="yes">
      <source>Wins count your picks: {picked} of %n prompts picked.</source>
      <comment>one: Wins count your picks: {picked} of %n prompt picked.</comment>
      <translation>
        <numerusform>Победы считаются по вашему выбору: выбрано {picked} из %n промпта.</numerusform>
        <numerusform>Победы считаются по вашему выбору: выбрано {picked} из %n промптов.</numerusform>
        <numerusform>Победы считаются по вашему выбору: выбрано {picked} из %n промптов.</numerusform>
      </translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>первое слово {time}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>неизвестно</translation>
    </message>
    <message>
      <source>{answers} ({failed} failed)</source>
      <translation>{answers} (неудачных: {failed})</translation>
    </message>
    <message>
      <source>{cost} (partly estimated)</source>
      <translation>{cost} (частично оценка)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>≈{cost}</translation>
    </message>
    <message>
      <source>{count} picked</source>
      <translation>выбрано: {count}</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>токенов: {count}</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed, {running} being written.</source>
      <comment>one: {done} of %n answer, {failed} failed, {running} being written.</comment>
      <translation>
        <numerusform>{done} из %n ответа, неудачных: {failed}, пишется: {running}.</numerusform>
        <numerusform>{done} из %n ответов, неудачных: {failed}, пишется: {running}.</numerusform>
        <numerusform>{done} из %n ответов, неудачных: {failed}, пишется: {running}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed.</source>
      <comment>one: {done} of %n answer, {failed} failed.</comment>
      <translation>
        <numerusform>{done} из %n ответа, неудачных: {failed}.</numerusform>
        <numerusform>{done} из %n ответов, неудачных: {failed}.</numerusform>
        <numerusform>{done} из %n ответов, неудачных: {failed}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {running} being written.</source>
      <comment>one: {done} of %n answer, {running} being written.</comment>
      <translation>
        <numerusform>{done} из %n ответа, пишется: {running}.</numerusform>
        <numerusform>{done} из %n ответов, пишется: {running}.</numerusform>
        <numerusform>{done} из %n ответов, пишется: {running}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers.</source>
      <comment>one: {done} of %n answer.</comment>
      <translation>
        <numerusform>{done} из %n ответа.</numerusform>
        <numerusform>{done} из %n ответов.</numerusform>
        <numerusform>{done} из %n ответов.</numerusform>
      </translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} ток/с</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} с</translation>
    </message>
    <message>
      <source>{wins} of {judged}</source>
      <translation>{wins} из {judged}</translation>
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
      <translation>Не удалось сохранить экспорт: {reason}.</translation>
    </message>
    <message>
      <source>Could not save the spending export: {reason}.</source>
      <translation>Не удалось сохранить экспорт расходов: {reason}.</translation>
    </message>
    <message>
      <source>Export comparison</source>
      <translation>Экспорт сравнения</translation>
    </message>
    <message>
      <source>Export conversation</source>
      <translation>Экспорт беседы</translation>
    </message>
    <message>
      <source>Export spending</source>
      <translation>Экспорт расходов</translation>
    </message>
    <message>
      <source>Export the run</source>
      <translation>Экспорт прогона</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n rows of spending to {path}.</source>
      <comment>one: Exported %n row of spending to {path}.</comment>
      <translation>
        <numerusform>Экспортирована %n строка расходов в {path}.</numerusform>
        <numerusform>Экспортировано %n строки расходов в {path}.</numerusform>
        <numerusform>Экспортировано %n строк расходов в {path}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Экспортировано в {path}.</translation>
    </message>
    <message>
      <source>Import conversation ({limits})</source>
      <translation>Импорт беседы ({limits})</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>Импорт {name}…</translation>
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
      <translation>Это не обычный файл: возможно, это папка, канал или устройство.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} KB.</source>
      <translation>Файл слишком большой: предел — {size} КБ.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} MB.</source>
      <translation>Файл слишком большой: предел — {size} МБ.</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>Удалить прогон</translation>
    </message>
    <message>
      <source>Delete the run “{title}” and all its answers? This cannot be undone.</source>
      <translation>Удалить прогон «{title}» и все его ответы? Это действие нельзя отменить.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>«{title}» удалён.</translation>
    </message>
    <message>
      <source>Not started. Press Start when you are ready.</source>
      <translation>Не начато. Нажмите «Начать», когда будете готовы.</translation>
    </message>
    <message>
      <source>Prompt sets are not available right now.</source>
      <translation>Наборы промптов сейчас недоступны.</translation>
    </message>
    <message>
      <source>Run anyway</source>
      <translation>Всё равно запустить</translation>
    </message>
    <message>
      <source>Started: {estimate}.</source>
      <translation>Начато: {estimate}.</translation>
    </message>
  </context>
  <context>
    <name>fork_flow</name>
    <message numerus="yes">
      <source>%n messages.</source>
      <comment>one: %n message.</comment>
      <translation>
        <numerusform>%n сообщение.</numerusform>
        <numerusform>%n сообщения.</numerusform>
        <numerusform>%n сообщений.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n turns</source>
      <comment>one: %n turn</comment>
      <translation>
        <numerusform>%n обмен</numerusform>
        <numerusform>%n обмена</numerusform>
        <numerusform>%n обменов</numerusform>
      </translation>
    </message>
    <message>
      <source>A new conversation starts with a copy of this one up to here. Everything it holds is sent again with each new message, so a shorter start costs less.</source>
      <translation>Новая беседа начнётся с копии этой до этого места. Всё её содержимое отправляется заново с каждым новым сообщением, поэтому короткое начало обходится дешевле.</translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens to send again with each message.</source>
      <comment>one: About %n token to send again with each message.</comment>
      <translation>
        <numerusform>Около %n токена отправляется заново с каждым сообщением.</numerusform>
        <numerusform>Около %n токенов отправляется заново с каждым сообщением.</numerusform>
        <numerusform>Около %n токенов отправляется заново с каждым сообщением.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens, about {cost} to send again with each message.</source>
      <comment>one: About %n token, about {cost} to send again with each message.</comment>
      <translation>
        <numerusform>Около %n токена, около {cost} заново с каждым сообщением.</numerusform>
        <numerusform>Около %n токенов, около {cost} заново с каждым сообщением.</numerusform>
        <numerusform>Около %n токенов, около {cost} заново с каждым сообщением.</numerusform>
      </translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>Продолжить в новой вкладке</translation>
    </message>
    <message>
      <source>How many of the last turns to keep</source>
      <translation>Сколько последних обменов сохранить</translation>
    </message>
    <message>
      <source>Only the last</source>
      <translation>Только последние</translation>
    </message>
    <message numerus="yes">
      <source>The whole conversation up to here (%n messages)</source>
      <comment>one: The whole conversation up to here (%n message)</comment>
      <translation>
        <numerusform>Вся беседа до этого места (%n сообщение)</numerusform>
        <numerusform>Вся беседа до этого места (%n сообщения)</numerusform>
        <numerusform>Вся беседа до этого места (%n сообщений)</numerusform>
      </translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation.</source>
      <translation>Этого сообщения больше нет в беседе.</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <source>New conversation</source>
      <translation>Новая беседа</translation>
    </message>
  </context>
  <context>
    <name>key_dialog</name>
    <message>
      <source>Cancel sign-in</source>
      <translation>Отменить вход</translation>
    </message>
    <message>
      <source>Check and save</source>
      <translation>Проверить и сохранить</translation>
    </message>
    <message>
      <source>Checking the key with {server}…</source>
      <translation>Проверка ключа на {server}…</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>Скопировано</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>Копировать ссылку</translation>
    </message>
    <message>
      <source>Finish signing in in your browser; Switchboard waits here. No browser window? Copy the sign-in link below into your browser.</source>
      <translation>Завершите вход в браузере; Switchboard подождёт здесь. Браузер не открылся? Скопируйте ссылку для входа ниже в браузер.</translation>
    </message>
    <message>
      <source>Key accepted: {description}</source>
      <translation>Ключ принят: {description}</translation>
    </message>
    <message>
      <source>Key for {name}</source>
      <translation>Ключ для {name}</translation>
    </message>
    <message>
      <source>Key status</source>
      <translation>Состояние ключа</translation>
    </message>
    <message>
      <source>OpenRouter key</source>
      <translation>Ключ OpenRouter</translation>
    </message>
    <message>
      <source>Opening your browser…</source>
      <translation>Открывается браузер…</translation>
    </message>
    <message>
      <source>Or paste a key you created at {link}:</source>
      <translation>Или вставьте ключ, созданный на {link}:</translation>
    </message>
    <message>
      <source>Paste the key for {name} (not your OpenRouter key):</source>
      <translation>Вставьте ключ для {name} (не ваш ключ OpenRouter):</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>Сначала вставьте ключ.</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter</source>
      <translation>Войти через OpenRouter</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter (for this session only)</source>
      <translation>Войти через OpenRouter (только на этот сеанс)</translation>
    </message>
    <message>
      <source>Sign-in cancelled.</source>
      <translation>Вход отменён.</translation>
    </message>
    <message>
      <source>Sign-in link</source>
      <translation>Ссылка для входа</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. To sign in, copy the link below, open it in your browser and sign in there; Switchboard waits here. Or paste a key below.</source>
      <translation>Switchboard не смог открыть браузер. Чтобы войти, скопируйте ссылку ниже, откройте её в браузере и войдите там; Switchboard подождёт здесь. Или вставьте ключ ниже.</translation>
    </message>
    <message>
      <source>The API address in Settings is another server ({name}), so Sign in with OpenRouter is not offered here: it would hand your new OpenRouter key to that server. Set the address back to OpenRouter to sign in.</source>
      <translation>В настройках указан адрес API другого сервера ({name}), поэтому вход через OpenRouter здесь недоступен: ваш новый ключ OpenRouter попал бы на этот сервер. Верните адрес OpenRouter, чтобы войти.</translation>
    </message>
    <message>
      <source>The key {name} gave you</source>
      <translation>Ключ, который выдал {name}</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so the key you get by signing in lasts only until you close Switchboard.</source>
      <translation>На этом компьютере нет хранилища паролей, которым может пользоваться Switchboard, поэтому ключ, полученный при входе, действует только до закрытия Switchboard.</translation>
    </message>
    <message>
      <source>Use this key for this session only</source>
      <translation>Использовать этот ключ только в этом сеансе</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <source>A key is one line without spaces or line breaks, so this is not just the key. Copy the key alone and paste it here.</source>
      <translation>Ключ — это одна строка без пробелов и переносов, значит, здесь не только ключ. Скопируйте только ключ и вставьте его сюда.</translation>
    </message>
    <message>
      <source>Switchboard needs an OpenRouter key: it starts with sk-or-…</source>
      <translation>Switchboard нужен ключ OpenRouter: он начинается с sk-or-…</translation>
    </message>
    <message>
      <source>This looks like a GitHub token.</source>
      <translation>Похоже на токен GitHub.</translation>
    </message>
    <message>
      <source>This looks like a Google key.</source>
      <translation>Похоже на ключ Google.</translation>
    </message>
    <message>
      <source>This looks like a Groq key.</source>
      <translation>Похоже на ключ Groq.</translation>
    </message>
    <message>
      <source>This looks like a Hugging Face token.</source>
      <translation>Похоже на токен Hugging Face.</translation>
    </message>
    <message>
      <source>This looks like a Perplexity key.</source>
      <translation>Похоже на ключ Perplexity.</translation>
    </message>
    <message>
      <source>This looks like a Replicate token.</source>
      <translation>Похоже на токен Replicate.</translation>
    </message>
    <message>
      <source>This looks like an Anthropic (Claude) key.</source>
      <translation>Похоже на ключ Anthropic (Claude).</translation>
    </message>
    <message>
      <source>This looks like an NVIDIA key.</source>
      <translation>Похоже на ключ NVIDIA.</translation>
    </message>
    <message>
      <source>This looks like an OpenAI key.</source>
      <translation>Похоже на ключ OpenAI.</translation>
    </message>
    <message>
      <source>This looks like an xAI (Grok) key.</source>
      <translation>Похоже на ключ xAI (Grok).</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message numerus="yes">
      <source>%n messages</source>
      <comment>one: %n message</comment>
      <translation>
        <numerusform>%n сообщение</numerusform>
        <numerusform>%n сообщения</numerusform>
        <numerusform>%n сообщений</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts</source>
      <comment>one: %n prompt</comment>
      <translation>
        <numerusform>%n промпт</numerusform>
        <numerusform>%n промпта</numerusform>
        <numerusform>%n промптов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, finished</source>
      <comment>one: %n prompt, finished</comment>
      <translation>
        <numerusform>%n промпт, готово</numerusform>
        <numerusform>%n промпта, готово</numerusform>
        <numerusform>%n промптов, готово</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, running</source>
      <comment>one: %n prompt, running</comment>
      <translation>
        <numerusform>%n промпт, выполняется</numerusform>
        <numerusform>%n промпта, выполняется</numerusform>
        <numerusform>%n промптов, выполняется</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, stopped</source>
      <comment>one: %n prompt, stopped</comment>
      <translation>
        <numerusform>%n промпт, остановлено</numerusform>
        <numerusform>%n промпта, остановлено</numerusform>
        <numerusform>%n промптов, остановлено</numerusform>
      </translation>
    </message>
    <message>
      <source>Conversations</source>
      <translation>Беседы</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>Удалить беседу</translation>
    </message>
    <message>
      <source>Delete the chosen conversation (in the library)</source>
      <translation>Удалить выбранную беседу (в библиотеке)</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <source>Fold the library</source>
      <translation>Свернуть библиотеку</translation>
    </message>
    <message>
      <source>Fold the library to a narrow strip</source>
      <translation>Свернуть библиотеку в узкую полосу</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Библиотека</translation>
    </message>
    <message>
      <source>No conversations match “{query}”.</source>
      <translation>Нет бесед по запросу «{query}».</translation>
    </message>
    <message>
      <source>No conversations yet. Type a message below to start one.</source>
      <translation>Бесед пока нет. Введите сообщение ниже, чтобы начать.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Search conversations</source>
      <translation>Поиск бесед</translation>
    </message>
    <message>
      <source>Show the library</source>
      <translation>Показать библиотеку</translation>
    </message>
    <message numerus="yes">
      <source>comparison of %n answers, names hidden until you pick the best</source>
      <comment>one: comparison of %n answer, names hidden until you pick the best</comment>
      <translation>
        <numerusform>сравнение %n ответа, названия скрыты, пока вы не выберете лучший</numerusform>
        <numerusform>сравнение %n ответов, названия скрыты, пока вы не выберете лучший</numerusform>
        <numerusform>сравнение %n ответов, названия скрыты, пока вы не выберете лучший</numerusform>
      </translation>
    </message>
    <message>
      <source>comparison: {columns}</source>
      <translation>сравнение: {columns}</translation>
    </message>
    <message>
      <source>prompt set run: {columns}</source>
      <translation>прогон набора промптов: {columns}</translation>
    </message>
  </context>
  <context>
    <name>link_focus</name>
    <message>
      <source>{link}, link</source>
      <translation>{link}, ссылка</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Switchboard cannot use the folder {folder} ({reason}), so what you do now may not be saved. Check that the folder can be written to.</source>
      <translation>Switchboard не может использовать папку {folder} ({reason}), поэтому ваши действия могут не сохраниться. Проверьте, что папка доступна для записи.</translation>
    </message>
    <message>
      <source>Switchboard is damaged: {path} is missing. Reinstall it.</source>
      <translation>Switchboard повреждён: отсутствует {path}. Переустановите его.</translation>
    </message>
    <message>
      <source>Switchboard will use the language you chose after you restart it.</source>
      <translation>Switchboard будет использовать выбранный язык после перезапуска.</translation>
    </message>
    <message>
      <source>The address in SWITCHBOARD_BASE_URL cannot be used, so Switchboard uses the address from Settings instead. {reason}</source>
      <translation>Адрес в SWITCHBOARD_BASE_URL нельзя использовать, поэтому Switchboard берёт адрес из настроек. {reason}</translation>
    </message>
    <message>
      <source>looking for your key…</source>
      <translation>поиск ключа…</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete comparison</source>
      <translation>Удалить сравнение</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>Удалить беседу</translation>
    </message>
    <message>
      <source>Delete the comparison “{title}” and all its answers?</source>
      <translation>Удалить сравнение «{title}» и все его ответы?</translation>
    </message>
    <message>
      <source>Delete “{title}” and all its messages? This cannot be undone.</source>
      <translation>Удалить «{title}» и все сообщения? Это действие нельзя отменить.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>«{title}» удалено.</translation>
    </message>
    <message>
      <source>Next tab</source>
      <translation>Следующая вкладка</translation>
    </message>
    <message>
      <source>Previous tab</source>
      <translation>Предыдущая вкладка</translation>
    </message>
    <message>
      <source>Rename conversation</source>
      <translation>Переименовать беседу</translation>
    </message>
    <message>
      <source>Show the model and its settings (Ctrl+Shift+P)</source>
      <translation>Показать модель и её настройки (Ctrl+Shift+P)</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Название:</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <source>Add prompt</source>
      <translation>Добавить промпт</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Could not save the file: {reason}.</source>
      <translation>Не удалось сохранить файл: {reason}.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete prompt set</source>
      <translation>Удалить набор промптов</translation>
    </message>
    <message>
      <source>Delete the prompt set “{name}”? Runs made with it keep their own copy.</source>
      <translation>Удалить набор промптов «{name}»? Прогоны, сделанные с ним, сохранят свою копию.</translation>
    </message>
    <message>
      <source>Deleted “{name}”.</source>
      <translation>«{name}» удалён.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <source>Discard your changes?</source>
      <translation>Отменить изменения?</translation>
    </message>
    <message>
      <source>Export the prompt set</source>
      <translation>Экспорт набора промптов</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Экспортировано в {path}.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Import a prompt set</source>
      <translation>Импорт набора промптов</translation>
    </message>
    <message numerus="yes">
      <source>Imported “{name}” with %n prompts.</source>
      <comment>one: Imported “{name}” with %n prompt.</comment>
      <translation>
        <numerusform>Импортирован «{name}»: %n промпт.</numerusform>
        <numerusform>Импортирован «{name}»: %n промпта.</numerusform>
        <numerusform>Импортирован «{name}»: %n промптов.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Переместить вниз</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Переместить вверх</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Name of the prompt set</source>
      <translation>Название набора промптов</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Новый</translation>
    </message>
    <message>
      <source>New prompt set</source>
      <translation>Новый набор промптов</translation>
    </message>
    <message>
      <source>Notes on a good answer</source>
      <translation>Каким должен быть хороший ответ</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>Промпт</translation>
    </message>
    <message>
      <source>Prompt sets</source>
      <translation>Наборы промптов</translation>
    </message>
    <message>
      <source>Prompt sets (*.json)</source>
      <translation>Наборы промптов (*.json)</translation>
    </message>
    <message>
      <source>Prompts of the set</source>
      <translation>Промпты набора</translation>
    </message>
    <message>
      <source>Prompts:</source>
      <translation>Промпты:</translation>
    </message>
    <message>
      <source>Remove prompt</source>
      <translation>Удалить промпт</translation>
    </message>
    <message>
      <source>Run…</source>
      <translation>Запустить…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Saved “{name}”.</source>
      <translation>«{name}» сохранён.</translation>
    </message>
    <message>
      <source>Send every prompt of this set to two to four presets.</source>
      <translation>Отправить каждый промпт этого набора в два–четыре пресета.</translation>
    </message>
    <message>
      <source>The chosen prompt:</source>
      <translation>Выбранный промпт:</translation>
    </message>
    <message>
      <source>The prompt, as you would type it in a conversation</source>
      <translation>Промпт — так, как вы написали бы его в беседе</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional)</source>
      <translation>Каким должен быть хороший ответ (необязательно)</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional):</source>
      <translation>Каким должен быть хороший ответ (необязательно):</translation>
    </message>
    <message>
      <source>Your changes to this prompt set cannot be saved. {problem} Discard them and close?</source>
      <translation>Изменения в этом наборе промптов нельзя сохранить. {problem} Отменить их и закрыть?</translation>
    </message>
    <message>
      <source>{number}. (empty)</source>
      <translation>{number}. (пусто)</translation>
    </message>
  </context>
  <context>
    <name>markdown</name>
    <message>
      <source>Copy</source>
      <translation>Копировать</translation>
    </message>
    <message>
      <source>Copy this code</source>
      <translation>Копировать этот код</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>Изображение</translation>
    </message>
    <message>
      <source>Image: {alt}</source>
      <translation>Изображение: {alt}</translation>
    </message>
    <message>
      <source>code</source>
      <translation>код</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <source>&amp;About Switchboard</source>
      <translation>&amp;О программе Switchboard</translation>
    </message>
    <message>
      <source>&amp;Close conversation</source>
      <translation>&amp;Закрыть беседу</translation>
    </message>
    <message>
      <source>&amp;Conversation</source>
      <translation>&amp;Беседа</translation>
    </message>
    <message>
      <source>&amp;Copy the newest answer</source>
      <translation>&amp;Копировать последний ответ</translation>
    </message>
    <message>
      <source>&amp;Enter sends (Shift+Enter for a new line)</source>
      <translation>&amp;Enter отправляет (Shift+Enter — новая строка)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;Import conversation…</source>
      <translation>&amp;Импорт беседы…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>Сочетания &amp;клавиш</translation>
    </message>
    <message>
      <source>&amp;New conversation</source>
      <translation>&amp;Новая беседа</translation>
    </message>
    <message>
      <source>&amp;Prompt sets…</source>
      <translation>&amp;Наборы промптов…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <source>&amp;Regenerate the newest answer</source>
      <translation>Пере&amp;создать последний ответ</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Настройки…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>Conversation &amp;library</source>
      <translation>&amp;Библиотека бесед</translation>
    </message>
    <message>
      <source>Export &amp;spending as CSV…</source>
      <translation>Экспорт &amp;расходов в CSV…</translation>
    </message>
    <message>
      <source>Export as &amp;JSON…</source>
      <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
      <source>Export as &amp;Markdown…</source>
      <translation>Экспорт в &amp;Markdown…</translation>
    </message>
    <message>
      <source>Go to the &amp;parameters</source>
      <translation>Перейти к &amp;параметрам</translation>
    </message>
    <message>
      <source>New c&amp;omparison…</source>
      <translation>Новое с&amp;равнение…</translation>
    </message>
    <message>
      <source>OpenRouter &amp;credits (web page)</source>
      <translation>&amp;Кредиты OpenRouter (веб-страница)</translation>
    </message>
    <message>
      <source>OpenRouter &amp;keys (web page)</source>
      <translation>Кл&amp;ючи OpenRouter (веб-страница)</translation>
    </message>
    <message>
      <source>Show &amp;parameters</source>
      <translation>Показать &amp;параметры</translation>
    </message>
    <message>
      <source>There is no answer to copy here yet.</source>
      <translation>Здесь пока нет ответа, который можно скопировать.</translation>
    </message>
    <message>
      <source>There is no answer to regenerate here yet.</source>
      <translation>Здесь пока нет ответа, который можно пересоздать.</translation>
    </message>
  </context>
  <context>
    <name>message_actions</name>
    <message>
      <source>Message copied.</source>
      <translation>Сообщение скопировано.</translation>
    </message>
    <message>
      <source>Message details</source>
      <translation>Подробности сообщения</translation>
    </message>
  </context>
  <context>
    <name>message_html</name>
    <message>
      <source>Answer</source>
      <translation>Ответ</translation>
    </message>
    <message>
      <source>Assistant</source>
      <translation>Ассистент</translation>
    </message>
    <message>
      <source>Compare versions</source>
      <translation>Сравнить версии</translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>Продолжить в новой вкладке</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Копировать</translation>
    </message>
    <message>
      <source>Delete version</source>
      <translation>Удалить версию</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Изменить</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>Пересоздать</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>Пересоздать с…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>Размышляет…</translation>
    </message>
    <message>
      <source>Thinking… under a second</source>
      <translation>Размышляет… меньше секунды</translation>
    </message>
    <message>
      <source>Thinking… {seconds} s</source>
      <translation>Размышляет… {seconds} с</translation>
    </message>
    <message>
      <source>Thought</source>
      <translation>Размышления</translation>
    </message>
    <message numerus="yes">
      <source>Thought %n tokens</source>
      <comment>one: Thought %n token</comment>
      <translation>
        <numerusform>Размышления: %n токен</numerusform>
        <numerusform>Размышления: %n токена</numerusform>
        <numerusform>Размышления: %n токенов</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for under a second</source>
      <translation>Размышлял меньше секунды</translation>
    </message>
    <message numerus="yes">
      <source>Thought for under a second · %n tokens</source>
      <comment>one: Thought for under a second · %n token</comment>
      <translation>
        <numerusform>Размышлял меньше секунды · %n токен</numerusform>
        <numerusform>Размышлял меньше секунды · %n токена</numerusform>
        <numerusform>Размышлял меньше секунды · %n токенов</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for {seconds} s</source>
      <translation>Размышлял {seconds} с</translation>
    </message>
    <message numerus="yes">
      <source>Thought for {seconds} s · %n tokens</source>
      <comment>one: Thought for {seconds} s · %n token</comment>
      <translation>
        <numerusform>Размышлял {seconds} с · %n токен</numerusform>
        <numerusform>Размышлял {seconds} с · %n токена</numerusform>
        <numerusform>Размышлял {seconds} с · %n токенов</numerusform>
      </translation>
    </message>
    <message>
      <source>Try again with less thinking</source>
      <translation>Повторить с меньшими размышлениями</translation>
    </message>
    <message>
      <source>Try again without a length limit</source>
      <translation>Повторить без ограничения длины</translation>
    </message>
    <message>
      <source>You</source>
      <translation>Вы</translation>
    </message>
    <message>
      <source>⚠ No answer: the model used its whole length limit thinking, so nothing was left for the answer. The thinking is billed.</source>
      <translation>⚠ Нет ответа: модель потратила весь лимит длины на размышления, и на ответ ничего не осталось. Размышления оплачиваются.</translation>
    </message>
  </context>
  <context>
    <name>meta</name>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n токен</numerusform>
        <numerusform>%n токена</numerusform>
        <numerusform>%n токенов</numerusform>
      </translation>
    </message>
    <message>
      <source>Answer cost (with the prompt)</source>
      <translation>Стоимость ответа (с промптом)</translation>
    </message>
    <message>
      <source>Answer tokens</source>
      <translation>Токены ответа</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>Стоимость</translation>
    </message>
    <message>
      <source>Finish reason</source>
      <translation>Причина завершения</translation>
    </message>
    <message>
      <source>Model requested</source>
      <translation>Запрошенная модель</translation>
    </message>
    <message>
      <source>Model that answered</source>
      <translation>Ответившая модель</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Параметры</translation>
    </message>
    <message>
      <source>Prompt tokens</source>
      <translation>Токены промпта</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Провайдер</translation>
    </message>
    <message>
      <source>Sources:</source>
      <translation>Источники:</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>The model used its whole length limit thinking, so no answer was left. It was still billed.</source>
      <translation>Модель потратила весь лимит длины на размышления, и ответа не осталось. Плата всё равно взята.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Размышления</translation>
    </message>
    <message>
      <source>Thinking cost</source>
      <translation>Стоимость размышлений</translation>
    </message>
    <message>
      <source>Thinking tokens</source>
      <translation>Токены размышлений</translation>
    </message>
    <message>
      <source>Thought privately</source>
      <translation>Размышления скрыты</translation>
    </message>
    <message numerus="yes">
      <source>Thought privately: %n thinking tokens billed</source>
      <comment>one: Thought privately: %n thinking token billed</comment>
      <translation>
        <numerusform>Размышления скрыты: оплачен %n токен размышлений</numerusform>
        <numerusform>Размышления скрыты: оплачено %n токена размышлений</numerusform>
        <numerusform>Размышления скрыты: оплачено %n токенов размышлений</numerusform>
      </translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>Time thinking</source>
      <translation>Время размышлений</translation>
    </message>
    <message>
      <source>Web searches</source>
      <translation>Веб-поиск</translation>
    </message>
    <message>
      <source>Your message</source>
      <translation>Ваше сообщение</translation>
    </message>
    <message>
      <source>about {count}</source>
      <translation>около {count}</translation>
    </message>
    <message numerus="yes">
      <source>answer %n tokens</source>
      <comment>one: answer %n token</comment>
      <translation>
        <numerusform>ответ %n токен</numerusform>
        <numerusform>ответ %n токена</numerusform>
        <numerusform>ответ %n токенов</numerusform>
      </translation>
    </message>
    <message>
      <source>complete</source>
      <translation>завершён</translation>
    </message>
    <message>
      <source>done privately: none of it came back, but it is billed</source>
      <translation>скрыто: ничего не вернулось, но плата взята</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>ошибка</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>прерван</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>provider defaults</source>
      <translation>по умолчанию у провайдера</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>остановлен</translation>
    </message>
    <message>
      <source>streaming</source>
      <translation>поступает</translation>
    </message>
    <message>
      <source>the answer did not finish.</source>
      <translation>ответ не завершён.</translation>
    </message>
    <message numerus="yes">
      <source>thinking %n tokens</source>
      <comment>one: thinking %n token</comment>
      <translation>
        <numerusform>размышления %n токен</numerusform>
        <numerusform>размышления %n токена</numerusform>
        <numerusform>размышления %n токенов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>thinking about %n tokens</source>
      <comment>one: thinking about %n token</comment>
      <translation>
        <numerusform>размышления около %n токена</numerusform>
        <numerusform>размышления около %n токенов</numerusform>
        <numerusform>размышления около %n токенов</numerusform>
      </translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>неизвестно</translation>
    </message>
    <message>
      <source>via {provider}</source>
      <translation>через {provider}</translation>
    </message>
    <message>
      <source>{answer} + {thinking}</source>
      <translation>{answer} + {thinking}</translation>
    </message>
    <message>
      <source>{cost} (billed by OpenRouter)</source>
      <translation>{cost} (счёт OpenRouter)</translation>
    </message>
    <message>
      <source>{cost} (estimated from the model's price)</source>
      <translation>{cost} (оценка по цене модели)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>≈{cost}</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} с</translation>
    </message>
    <message>
      <source>{tokens} ({cost})</source>
      <translation>{tokens} ({cost})</translation>
    </message>
    <message>
      <source>⚠ Cut off: the answer reached its maximum length (raise Maximum length).</source>
      <translation>⚠ Обрезано: ответ достиг максимальной длины (увеличьте «Максимальную длину»).</translation>
    </message>
    <message>
      <source>⚠ Filtered: the provider's content filter stopped this answer.</source>
      <translation>⚠ Отфильтровано: фильтр содержимого провайдера остановил этот ответ.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: Switchboard closed while this answer was arriving.</source>
      <translation>⚠ Не завершено: Switchboard закрылся, пока поступал этот ответ.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: {error}</source>
      <translation>⚠ Не завершено: {error}</translation>
    </message>
    <message>
      <source>⚠ Stopped: you stopped this answer; what arrived is kept.</source>
      <translation>⚠ Остановлено: вы остановили этот ответ; полученная часть сохранена.</translation>
    </message>
  </context>
  <context>
    <name>model_picker</name>
    <message>
      <source>Choose a model</source>
      <translation>Выбор модели</translation>
    </message>
    <message>
      <source>Context</source>
      <translation>Контекст</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>Ввод</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Модель</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Модели</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Вывод</translation>
    </message>
    <message>
      <source>Refresh list</source>
      <translation>Обновить список</translation>
    </message>
    <message>
      <source>Search by name or id, e.g. “llama 70b” or “free”</source>
      <translation>Поиск по названию или id, например «llama 70b» или «free»</translation>
    </message>
    <message>
      <source>Search models</source>
      <translation>Поиск моделей</translation>
    </message>
    <message>
      <source>Use this model</source>
      <translation>Выбрать эту модель</translation>
    </message>
    <message>
      <source>free</source>
      <translation>бесплатно</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n models</source>
      <comment>one: {shown} of %n model</comment>
      <translation>
        <numerusform>{shown} из %n модели</numerusform>
        <numerusform>{shown} из %n моделей</numerusform>
        <numerusform>{shown} из %n моделей</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>free</source>
      <translation>бесплатно</translation>
    </message>
    <message>
      <source>price unknown</source>
      <translation>цена неизвестна</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>неизвестно</translation>
    </message>
    <message>
      <source>unknown context</source>
      <translation>контекст неизвестен</translation>
    </message>
    <message>
      <source>{fee} per request</source>
      <translation>{fee} за запрос</translation>
    </message>
    <message>
      <source>{model} cannot be held to a JSON schema.</source>
      <translation>{model} не может следовать JSON-схеме.</translation>
    </message>
    <message>
      <source>{model} does not accept a JSON schema.</source>
      <translation>{model} не принимает JSON-схему.</translation>
    </message>
    <message>
      <source>{model} does not accept a Min P value.</source>
      <translation>{model} не принимает значение Min P.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top A value.</source>
      <translation>{model} не принимает значение Top A.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top K value.</source>
      <translation>{model} не принимает значение Top K.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top P value.</source>
      <translation>{model} не принимает значение Top P.</translation>
    </message>
    <message>
      <source>{model} does not accept a frequency penalty.</source>
      <translation>{model} не принимает штраф за частоту.</translation>
    </message>
    <message>
      <source>{model} does not accept a maximum length.</source>
      <translation>{model} не принимает максимальную длину.</translation>
    </message>
    <message>
      <source>{model} does not accept a presence penalty.</source>
      <translation>{model} не принимает штраф за присутствие.</translation>
    </message>
    <message>
      <source>{model} does not accept a repetition penalty.</source>
      <translation>{model} не принимает штраф за повторы.</translation>
    </message>
    <message>
      <source>{model} does not accept a response format.</source>
      <translation>{model} не принимает формат ответа.</translation>
    </message>
    <message>
      <source>{model} does not accept a seed.</source>
      <translation>{model} не принимает seed.</translation>
    </message>
    <message>
      <source>{model} does not accept a temperature.</source>
      <translation>{model} не принимает temperature.</translation>
    </message>
    <message>
      <source>{model} does not accept log probabilities.</source>
      <translation>{model} не принимает вероятности токенов (logprobs).</translation>
    </message>
    <message>
      <source>{model} does not accept reasoning settings.</source>
      <translation>{model} не принимает настройки размышлений.</translation>
    </message>
    <message>
      <source>{model} does not accept stop sequences.</source>
      <translation>{model} не принимает стоп-последовательности.</translation>
    </message>
    <message>
      <source>{model} does not accept tools.</source>
      <translation>{model} не принимает инструменты.</translation>
    </message>
    <message>
      <source>{model} does not accept “{name}”.</source>
      <translation>{model} не принимает «{name}».</translation>
    </message>
    <message>
      <source>{model} does not think before answering.</source>
      <translation>{model} не размышляет перед ответом.</translation>
    </message>
    <message>
      <source>{model} has no JSON mode.</source>
      <translation>У {model} нет режима JSON.</translation>
    </message>
    <message>
      <source>{prices} · {fee}</source>
      <translation>{prices} · {fee}</translation>
    </message>
    <message>
      <source>{prompt} in · {completion} out</source>
      <translation>{prompt} ввод · {completion} вывод</translation>
    </message>
    <message>
      <source>{tokens} context</source>
      <translation>контекст {tokens}</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <source>free</source>
      <translation>бесплатно</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>неизвестно</translation>
    </message>
  </context>
  <context>
    <name>new_comparison</name>
    <message>
      <source>Blind: hide the names and shuffle the columns until I pick the best</source>
      <translation>Вслепую: скрыть названия и перемешать столбцы, пока я не выберу лучший</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Сравнить</translation>
    </message>
    <message>
      <source>Fair: the same provider for every column of a model, and every setting must be honoured</source>
      <translation>Честно: один провайдер для всех столбцов одной модели, и все настройки должны соблюдаться</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>Новое сравнение</translation>
    </message>
    <message>
      <source>Otherwise the answers may come from different companies running the model, and one of them may quietly ignore a setting, so you would compare those instead.</source>
      <translation>Иначе ответы могут прийти от разных компаний, запускающих модель, и одна из них может молча проигнорировать настройку — тогда вы сравните именно это.</translation>
    </message>
    <message>
      <source>Presets to compare</source>
      <translation>Пресеты для сравнения</translation>
    </message>
    <message>
      <source>Tick between {least} and {most} presets (now {ticked}).</source>
      <translation>Отметьте от {least} до {most} пресетов (сейчас {ticked}).</translation>
    </message>
    <message>
      <source>Tick two to four presets. One prompt goes to all of them with {model} (or the model a preset names); the answers stream side by side.</source>
      <translation>Отметьте от двух до четырёх пресетов. Один промпт уходит всем с моделью {model} (или с моделью, указанной в пресете); ответы появляются рядом.</translation>
    </message>
    <message>
      <source>Title (optional)</source>
      <translation>Название (необязательно)</translation>
    </message>
    <message>
      <source>{left} vs {right}</source>
      <translation>{left} против {right}</translation>
    </message>
  </context>
  <context>
    <name>oauth</name>
    <message>
      <source>Bad request</source>
      <translation>Неверный запрос</translation>
    </message>
    <message>
      <source>Could not reach OpenRouter to finish signing in. Check your internet connection, then try again.</source>
      <translation>Не удалось связаться с OpenRouter для завершения входа. Проверьте подключение к интернету и попробуйте снова.</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>Доступ запрещён</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>Не найдено</translation>
    </message>
    <message>
      <source>OpenRouter could not finish the sign-in right now. Please try again in a minute.</source>
      <translation>OpenRouter сейчас не может завершить вход. Попробуйте снова через минуту.</translation>
    </message>
    <message>
      <source>Return to Switchboard and try again, or paste a key there instead.</source>
      <translation>Вернитесь в Switchboard и попробуйте снова или вставьте там ключ.</translation>
    </message>
    <message>
      <source>Sign-in already finished</source>
      <translation>Вход уже выполнен</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>Вход выполнен</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. Paste a key instead, or try again once a browser is set up.</source>
      <translation>Switchboard не смог открыть браузер. Вставьте ключ или попробуйте снова, когда браузер будет настроен.</translation>
    </message>
    <message>
      <source>Switchboard was not given access to your OpenRouter account. Sign in again whenever you are ready.</source>
      <translation>Switchboard не получил доступа к вашему аккаунту OpenRouter. Войдите снова, когда будете готовы.</translation>
    </message>
    <message>
      <source>The sign-in did not complete</source>
      <translation>Вход не завершён</translation>
    </message>
    <message>
      <source>The sign-in did not complete. Please try again.</source>
      <translation>Вход не завершён. Попробуйте снова.</translation>
    </message>
    <message>
      <source>The sign-in took too long, so Switchboard stopped waiting for the browser. Please try again.</source>
      <translation>Вход занял слишком много времени, и Switchboard перестал ждать браузер. Попробуйте снова.</translation>
    </message>
    <message>
      <source>This address only answers sign-ins.</source>
      <translation>Этот адрес отвечает только на запросы входа.</translation>
    </message>
    <message>
      <source>Too many sign-in attempts right now. Wait a minute, then try again.</source>
      <translation>Слишком много попыток входа. Подождите минуту и попробуйте снова.</translation>
    </message>
    <message>
      <source>You can close this tab and return to Switchboard.</source>
      <translation>Можно закрыть эту вкладку и вернуться в Switchboard.</translation>
    </message>
  </context>
  <context>
    <name>param_rows</name>
    <message>
      <source> tokens</source>
      <comment>after the budget's number</comment>
      <translation> токенов</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>Бюджет</translation>
    </message>
    <message>
      <source>Give the most tokens it may spend thinking</source>
      <translation>Задать наибольшее число токенов на размышления</translation>
    </message>
    <message>
      <source>Hidden thinking is still done, and still billed.</source>
      <translation>Скрытые размышления всё равно выполняются и оплачиваются.</translation>
    </message>
    <message>
      <source>Hide the thinking</source>
      <translation>Скрыть размышления</translation>
    </message>
    <message>
      <source>How much the model thinks before it answers</source>
      <translation>Сколько модель размышляет перед ответом</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON по схеме</translation>
    </message>
    <message>
      <source>JSON object</source>
      <translation>Объект JSON</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>JSON-схема</translation>
    </message>
    <message>
      <source>Model's choice</source>
      <translation>На выбор модели</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>Выкл.</translation>
    </message>
    <message>
      <source>One per line, up to 4. Write \n for a new line.</source>
      <translation>По одной на строку, до 4. Для новой строки пишите \n.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Обычный текст</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Сбросить</translation>
    </message>
    <message>
      <source>Reset {name}</source>
      <translation>Сбросить {name}</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>Формат ответа</translation>
    </message>
    <message>
      <source>Schema name</source>
      <translation>Имя схемы</translation>
    </message>
    <message>
      <source>Send this parameter. Off: the provider's default applies.</source>
      <translation>Отправлять этот параметр. Выкл.: действует значение провайдера по умолчанию.</translation>
    </message>
    <message>
      <source>Send {name}</source>
      <translation>Отправлять {name}</translation>
    </message>
    <message>
      <source>Switch it off and go back to the provider's default</source>
      <translation>Выключить и вернуться к значению провайдера по умолчанию</translation>
    </message>
    <message>
      <source>The model answers straight away, without thinking first</source>
      <translation>Модель отвечает сразу, не размышляя</translation>
    </message>
    <message>
      <source>The model still thinks, and it is still billed; only the text stays away</source>
      <translation>Модель всё равно размышляет, и это оплачивается; скрыт только текст</translation>
    </message>
    <message>
      <source>The model thinks as much as it usually does (with Hide the thinking: hidden)</source>
      <translation>Модель размышляет столько, сколько обычно (со «Скрыть размышления» — скрыто)</translation>
    </message>
    <message>
      <source>The most tokens the model may spend thinking</source>
      <translation>Наибольшее число токенов, которое модель может потратить на размышления</translation>
    </message>
    <message>
      <source>Thinking amount</source>
      <translation>Объём размышлений</translation>
    </message>
    <message>
      <source>Thinking budget in tokens</source>
      <translation>Бюджет размышлений в токенах</translation>
    </message>
    <message>
      <source>This model</source>
      <translation>Эта модель</translation>
    </message>
    <message>
      <source>Token budget</source>
      <translation>Бюджет токенов</translation>
    </message>
    <message>
      <source>Type at least one stop sequence, or switch it off.</source>
      <translation>Введите хотя бы одну стоп-последовательность или выключите параметр.</translation>
    </message>
    <message>
      <source>{choice} (not offered)</source>
      <translation>{choice} (недоступно)</translation>
    </message>
    <message>
      <source>{label} ({api_name})</source>
      <translation>{label} ({api_name})</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} не может отключить размышления. Выберите другой объём или нажмите «Сбросить», чтобы оставить выбор модели.</translation>
    </message>
    <message>
      <source>{model} does not offer the {effort} thinking effort. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} не поддерживает уровень размышлений {effort}. Выберите другой объём или нажмите «Сбросить», чтобы оставить выбор модели.</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget. Choose another amount, or Reset to leave it to the model.</source>
      <translation>{model} не принимает бюджет размышлений. Выберите другой объём или нажмите «Сбросить», чтобы оставить выбор модели.</translation>
    </message>
    <message>
      <source>{name} slider</source>
      <translation>Ползунок {name}</translation>
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
      <translation>Разрешить другие провайдеры, если первый не справился</translation>
    </message>
    <message>
      <source>Allowed</source>
      <translation>Разрешено</translation>
    </message>
    <message>
      <source>Change model…</source>
      <translation>Сменить модель…</translation>
    </message>
    <message>
      <source>Changed since you chose “{name}”. Reset to go back to its values, or Save as… to keep these as a preset of your own.</source>
      <translation>Изменено после выбора «{name}». «Сбросить» вернёт его значения, «Сохранить как…» сохранит эти значения как ваш собственный пресет.</translation>
    </message>
    <message>
      <source>Choosing a preset applies its values at once.</source>
      <translation>При выборе пресета его значения применяются сразу.</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Свой</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Данные</translation>
    </message>
    <message>
      <source>Data collection</source>
      <translation>Сбор данных</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>По умолчанию</translation>
    </message>
    <message>
      <source>Fall back</source>
      <translation>Запасной вариант</translation>
    </message>
    <message>
      <source>Fastest output</source>
      <translation>Быстрейший вывод</translation>
    </message>
    <message>
      <source>For models that cannot read PDFs themselves. Reading pictures of pages (for scanned PDFs) costs $2 per 1,000 pages.</source>
      <translation>Для моделей, которые сами не читают PDF. Распознавание изображений страниц (для сканов) стоит $2 за 1000 страниц.</translation>
    </message>
    <message>
      <source>Free to use</source>
      <translation>Бесплатно</translation>
    </message>
    <message>
      <source>Go back to the values of “{name}”</source>
      <translation>Вернуться к значениям «{name}»</translation>
    </message>
    <message>
      <source>How PDFs are read</source>
      <translation>Как читать PDF</translation>
    </message>
    <message>
      <source>How it answers</source>
      <translation>Как отвечает</translation>
    </message>
    <message>
      <source>In effect: {preset}. Choosing a preset applies its values at once.</source>
      <translation>Действует: {preset}. При выборе пресета его значения применяются сразу.</translation>
    </message>
    <message>
      <source>Instructions the model follows for the whole conversation (optional)</source>
      <translation>Инструкции, которым модель следует всю беседу (необязательно)</translation>
    </message>
    <message>
      <source>Lowest price</source>
      <translation>Низкая цена</translation>
    </message>
    <message>
      <source>Manage…</source>
      <translation>Управление…</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Модель</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>Значения модели по умолчанию</translation>
    </message>
    <message>
      <source>Models are paid by the token. A token is a piece of a word: on average about three quarters of a word, so a million tokens is roughly 750,000 words.
“In” is everything sent with your message: the system prompt, the conversation so far and what you typed. “Out” is what the model writes back.</source>
      <translation>Модели оплачиваются за токены. Токен — это часть слова: в среднем около трёх четвертей слова, так что миллион токенов — это примерно 750 000 слов.
«Ввод» — всё, что отправляется с вашим сообщением: системный промпт, беседа до этого момента и то, что вы написали. «Вывод» — то, что пишет модель в ответ.</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Not in the model list yet: every parameter stays available.</source>
      <translation>Модели пока нет в списке: все параметры остаются доступными.</translation>
    </message>
    <message>
      <source>Off. {price}</source>
      <translation>Выкл. {price}</translation>
    </message>
    <message>
      <source>Only providers that honour every parameter set here. Without this, a provider that does not support a parameter silently ignores it.</source>
      <translation>Только провайдеры, соблюдающие все заданные здесь параметры. Без этого провайдер, не поддерживающий параметр, молча его игнорирует.</translation>
    </message>
    <message>
      <source>Only providers that keep no data</source>
      <translation>Только провайдеры, не хранящие данные</translation>
    </message>
    <message>
      <source>PDFs</source>
      <translation>PDF</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Параметры</translation>
    </message>
    <message>
      <source>Prefer</source>
      <translation>Приоритет</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Пресет</translation>
    </message>
    <message>
      <source>Price unknown</source>
      <translation>Цена неизвестна</translation>
    </message>
    <message>
      <source>Providers</source>
      <translation>Провайдеры</translation>
    </message>
    <message>
      <source>Quickest start</source>
      <translation>Быстрейший старт</translation>
    </message>
    <message>
      <source>Read pictures of pages too ($2 per 1,000 pages)</source>
      <translation>Распознавать и изображения страниц ($2 за 1000 страниц)</translation>
    </message>
    <message>
      <source>Read their text (free)</source>
      <translation>Читать текст (бесплатно)</translation>
    </message>
    <message>
      <source>Require every parameter</source>
      <translation>Требовать все параметры</translation>
    </message>
    <message>
      <source>Reset to {name}</source>
      <translation>Сбросить к {name}</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>Результаты</translation>
    </message>
    <message>
      <source>Results per search</source>
      <translation>Результатов на поиск</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>Сохранить как…</translation>
    </message>
    <message>
      <source>Search the web</source>
      <translation>Искать в интернете</translation>
    </message>
    <message>
      <source>Show request…</source>
      <translation>Показать запрос…</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Системный промпт</translation>
    </message>
    <message>
      <source>The exact JSON that the next message will send</source>
      <translation>Точный JSON, который отправит следующее сообщение</translation>
    </message>
    <message>
      <source>The model may search the web before it answers, and lists the pages it used. Each search costs extra.</source>
      <translation>Модель может искать в интернете перед ответом и перечисляет использованные страницы. Каждый поиск стоит дополнительно.</translation>
    </message>
    <message>
      <source>These values match no preset. Save as… keeps them as a preset of your own.</source>
      <translation>Эти значения не совпадают ни с одним пресетом. «Сохранить как…» сохранит их как ваш собственный пресет.</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · out: {completion}</source>
      <translation>Токены: ввод {prompt} · вывод {completion}</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · {completion} per million out</source>
      <translation>Токены: ввод {prompt} · вывод {completion} за миллион</translation>
    </message>
    <message>
      <source>Web search and PDFs</source>
      <translation>Веб-поиск и PDF</translation>
    </message>
    <message>
      <source>What this conversation sends. Parameters that are off use the model's own defaults.</source>
      <translation>Что отправляет эта беседа. Выключенные параметры берут значения модели по умолчанию.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <source>free</source>
      <translation>бесплатно</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>неизвестно</translation>
    </message>
    <message>
      <source>unknown context: the tokens of conversation and answer it handles at once</source>
      <translation>контекст неизвестен: сколько токенов беседы и ответа модель обрабатывает за раз</translation>
    </message>
    <message>
      <source>{model} cannot search the web. Choose another model to search.</source>
      <translation>{model} не умеет искать в интернете. Выберите другую модель для поиска.</translation>
    </message>
    <message>
      <source>{name}  (yours)</source>
      <translation>{name}  (ваш)</translation>
    </message>
    <message>
      <source>{name} (modified)</source>
      <translation>{name} (изменён)</translation>
    </message>
    <message>
      <source>{price} per request</source>
      <translation>{price} за запрос</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · out: {completion}</source>
      <translation>{prompt} за миллион токенов ввода · вывод: {completion}</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · {completion} per million out</source>
      <translation>{prompt} за миллион токенов ввода · {completion} за миллион вывода</translation>
    </message>
    <message>
      <source>{tokens} context: the tokens of conversation and answer it handles at once</source>
      <translation>контекст {tokens}: сколько токенов беседы и ответа модель обрабатывает за раз</translation>
    </message>
  </context>
  <context>
    <name>params</name>
    <message numerus="yes">
      <source>%n stop sequences</source>
      <comment>one: %n stop sequence</comment>
      <translation>
        <numerusform>%n стоп-последовательность</numerusform>
        <numerusform>%n стоп-последовательности</numerusform>
        <numerusform>%n стоп-последовательностей</numerusform>
      </translation>
    </message>
    <message>
      <source>A JSON schema format needs a schema object.</source>
      <translation>Для формата JSON-схемы нужен объект схемы.</translation>
    </message>
    <message>
      <source>A fixed number that makes answers repeatable on models that support it.</source>
      <translation>Фиксированное число, которое делает ответы повторяемыми на моделях, где это поддерживается.</translation>
    </message>
    <message>
      <source>A small value (0.05 to 0.1) keeps creative settings coherent.</source>
      <translation>Небольшое значение (от 0,05 до 0,1) сохраняет связность при творческих настройках.</translation>
    </message>
    <message>
      <source>A stop sequence cannot be empty.</source>
      <translation>Стоп-последовательность не может быть пустой.</translation>
    </message>
    <message>
      <source>Asks for plain text, any JSON object, or JSON that matches a schema you give.</source>
      <translation>Запрашивает обычный текст, любой объект JSON или JSON по заданной вами схеме.</translation>
    </message>
    <message>
      <source>Data collection must be allow or deny.</source>
      <translation>Сбор данных должен быть allow или deny.</translation>
    </message>
    <message>
      <source>Discourages any word that has already appeared, however often.</source>
      <translation>Снижает вероятность любого уже встречавшегося слова, сколько бы раз оно ни встречалось.</translation>
    </message>
    <message>
      <source>Discourages words the more often they have already appeared.</source>
      <translation>Снижает вероятность слов тем сильнее, чем чаще они уже встречались.</translation>
    </message>
    <message>
      <source>Drops unlikely words, more strictly when the model is confident.</source>
      <translation>Отбрасывает маловероятные слова, строже, когда модель уверена.</translation>
    </message>
    <message>
      <source>Drops words whose chance is below this share of the most likely word's chance.</source>
      <translation>Отбрасывает слова, вероятность которых ниже этой доли от вероятности самого вероятного слова.</translation>
    </message>
    <message>
      <source>Frequency penalty</source>
      <translation>Штраф за частоту</translation>
    </message>
    <message>
      <source>How adventurous the wording is: low values pick the most likely words, high values take more chances.</source>
      <translation>Насколько смелы формулировки: при низких значениях выбираются самые вероятные слова, при высоких — больше риска.</translation>
    </message>
    <message>
      <source>How much a thinking model reasons before it answers. Thinking is billed like answer words, even when it is hidden.</source>
      <translation>Сколько думающая модель рассуждает перед ответом. Размышления оплачиваются как слова ответа, даже если скрыты.</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON по схеме</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>Вывод JSON</translation>
    </message>
    <message>
      <source>Less thinking is quicker and cheaper; more helps with maths, code and tricky questions.</source>
      <translation>Меньше размышлений — быстрее и дешевле; больше — помогает с математикой, кодом и сложными вопросами.</translation>
    </message>
    <message>
      <source>Lower it (e.g. 0.9) to cut off unlikely words; usually change this or temperature, not both.</source>
      <translation>Уменьшите (например, до 0,9), чтобы отсечь маловероятные слова; обычно меняют либо это, либо temperature, но не оба.</translation>
    </message>
    <message>
      <source>Lower it for facts and code; raise it for brainstorming and stories.</source>
      <translation>Уменьшайте для фактов и кода; увеличивайте для мозгового штурма и историй.</translation>
    </message>
    <message>
      <source>Makes the model less likely to repeat text from the conversation; 1 means no penalty.</source>
      <translation>Снижает вероятность того, что модель повторит текст из беседы; 1 — без штрафа.</translation>
    </message>
    <message>
      <source>Maximum length</source>
      <translation>Максимальная длина</translation>
    </message>
    <message>
      <source>Min P</source>
      <translation>Min P</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>Значения модели по умолчанию</translation>
    </message>
    <message>
      <source>Only considers the most likely words whose chances add up to this share.</source>
      <translation>Рассматривает только самые вероятные слова, чьи вероятности в сумме дают эту долю.</translation>
    </message>
    <message>
      <source>Only considers this many of the most likely next words (0 means no limit).</source>
      <translation>Рассматривает только столько самых вероятных следующих слов (0 — без ограничения).</translation>
    </message>
    <message>
      <source>OpenRouter accepts at most 4 stop sequences.</source>
      <translation>OpenRouter принимает не более 4 стоп-последовательностей.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>Обычный текст</translation>
    </message>
    <message>
      <source>Presence penalty</source>
      <translation>Штраф за присутствие</translation>
    </message>
    <message>
      <source>Raise it a little if answers repeat the same words or phrases.</source>
      <translation>Немного увеличьте, если в ответах повторяются одни и те же слова или фразы.</translation>
    </message>
    <message>
      <source>Raise it slightly (1.1) if the model loops; too high makes odd wording.</source>
      <translation>Немного увеличьте (1,1), если модель зацикливается; слишком большое значение даёт странные формулировки.</translation>
    </message>
    <message>
      <source>Raise it to push the model toward new topics.</source>
      <translation>Увеличьте, чтобы подтолкнуть модель к новым темам.</translation>
    </message>
    <message>
      <source>Rarely needed; try a small value if high temperatures produce nonsense.</source>
      <translation>Нужно редко; попробуйте небольшое значение, если при высокой temperature получается бессмыслица.</translation>
    </message>
    <message>
      <source>Repetition penalty</source>
      <translation>Штраф за повторы</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>Формат ответа</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Seed</translation>
    </message>
    <message>
      <source>Set a small number (e.g. 40) for safer, more predictable text.</source>
      <translation>Задайте небольшое число (например, 40) для более надёжного и предсказуемого текста.</translation>
    </message>
    <message>
      <source>Set it to cap cost or keep answers short; too low cuts answers off.</source>
      <translation>Задайте, чтобы ограничить стоимость или сделать ответы короче; слишком малое значение обрезает ответы.</translation>
    </message>
    <message>
      <source>Set it when you want the same answer twice, for example to compare settings fairly.</source>
      <translation>Задайте, если хотите получить один и тот же ответ дважды, например чтобы честно сравнить настройки.</translation>
    </message>
    <message>
      <source>Sort providers by price, throughput or latency.</source>
      <translation>Сортировать провайдеров по цене, пропускной способности или задержке.</translation>
    </message>
    <message>
      <source>Stop sequences</source>
      <translation>Стоп-последовательности</translation>
    </message>
    <message>
      <source>Stop sequences must be a list of texts.</source>
      <translation>Стоп-последовательности должны быть списком текстов.</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>Температура</translation>
    </message>
    <message>
      <source>Text that makes the model stop writing as soon as it produces it (up to 4).</source>
      <translation>Текст, на котором модель сразу прекращает писать (до 4).</translation>
    </message>
    <message>
      <source>The longest answer allowed, in tokens (a token is about three quarters of a word).</source>
      <translation>Наибольшая допустимая длина ответа в токенах (токен — около трёх четвертей слова).</translation>
    </message>
    <message>
      <source>The response format holds a value that cannot be sent (NaN).</source>
      <translation>В формате ответа есть значение, которое нельзя отправить (NaN).</translation>
    </message>
    <message>
      <source>The response format must be a JSON object.</source>
      <translation>Формат ответа должен быть объектом JSON.</translation>
    </message>
    <message>
      <source>The response format must be text, json_object or json_schema.</source>
      <translation>Формат ответа должен быть text, json_object или json_schema.</translation>
    </message>
    <message>
      <source>The schema is not valid JSON (line {line}).</source>
      <translation>Схема — некорректный JSON (строка {line}).</translation>
    </message>
    <message>
      <source>The schema must be a JSON object: { … }.</source>
      <translation>Схема должна быть объектом JSON: { … }.</translation>
    </message>
    <message>
      <source>The schema needs a name of up to 64 letters, digits, '_' or '-'.</source>
      <translation>Схеме нужно имя до 64 символов: буквы, цифры, '_' или '-'.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Размышления</translation>
    </message>
    <message>
      <source>Thinking must be a thinking setting.</source>
      <translation>Размышления должны быть настройкой размышлений.</translation>
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
      <translation>Введите значение для {name} или выключите параметр.</translation>
    </message>
    <message>
      <source>Use JSON when another program will read the answer.</source>
      <translation>Используйте JSON, если ответ будет читать другая программа.</translation>
    </message>
    <message>
      <source>Use it to end answers at a marker, such as a blank line or 'User:'.</source>
      <translation>Используйте, чтобы заканчивать ответы на метке, например на пустой строке или 'User:'.</translation>
    </message>
    <message>
      <source>{name} must be a finite number.</source>
      <translation>{name} должно быть конечным числом.</translation>
    </message>
    <message>
      <source>{name} must be a number.</source>
      <translation>{name} должно быть числом.</translation>
    </message>
    <message>
      <source>{name} must be a whole number.</source>
      <translation>{name} должно быть целым числом.</translation>
    </message>
    <message>
      <source>{name} must be above {low} and at most {high}.</source>
      <translation>{name} должно быть больше {low} и не больше {high}.</translation>
    </message>
    <message>
      <source>{name} must be at least {low}.</source>
      <translation>{name} должно быть не меньше {low}.</translation>
    </message>
    <message>
      <source>{name} must be between {low} and {high}.</source>
      <translation>{name} должно быть от {low} до {high}.</translation>
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
      <translation>неизвестная ошибка</translation>
    </message>
  </context>
  <context>
    <name>preset_store</name>
    <message>
      <source>The file could not be opened.</source>
      <translation>Не удалось открыть файл.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>Это не файл пресетов Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a Switchboard presets file.</source>
      <translation>Этот файл слишком большой для файла пресетов Switchboard.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it holds a number with too many digits.</source>
      <translation>Файл пресетов повреждён: в нём есть число со слишком большим количеством цифр.</translation>
    </message>
    <message>
      <source>Your saved presets at {path} could not be used, so only the built-in presets are available. {why}</source>
      <translation>Не удалось использовать сохранённые пресеты из {path}, поэтому доступны только встроенные. {why}</translation>
    </message>
    <message>
      <source>Your saved presets could not be used, so only the built-in presets are available. {why} The old file is kept at {kept}.</source>
      <translation>Не удалось использовать сохранённые пресеты, поэтому доступны только встроенные. {why} Старый файл сохранён здесь: {kept}.</translation>
    </message>
  </context>
  <context>
    <name>presets</name>
    <message>
      <source>A higher temperature (1.1) with Min P 0.05 gives more varied wording that still stays on track; use it for brainstorming and stories.</source>
      <translation>Более высокая температура (1.1) и Min P 0.05 дают более разнообразные формулировки, не уходящие от темы; для мозгового штурма и историй.</translation>
    </message>
    <message>
      <source>A low temperature (0.2) with Top P 0.9 keeps answers focused and consistent; use it for facts, code and step-by-step work.</source>
      <translation>Низкая температура (0.2) и Top P 0.9 делают ответы сосредоточенными и последовательными; для фактов, кода и пошаговой работы.</translation>
    </message>
    <message>
      <source>A model ID such as microsoft/wizardlm-2-8x22b</source>
      <translation>ID модели, например microsoft/wizardlm-2-8x22b</translation>
    </message>
    <message>
      <source>A preset name can be at most {most} characters long.</source>
      <translation>Название пресета — не более {most} символов.</translation>
    </message>
    <message>
      <source>A preset name must be a single line of text.</source>
      <translation>Название пресета должно быть одной строкой текста.</translation>
    </message>
    <message>
      <source>A preset needs a name.</source>
      <translation>У пресета должно быть название.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think hard (high effort) before it answers: slower and costlier, but better at maths, code and tricky questions.</source>
      <translation>Просит размышляющую модель хорошо подумать (высокие усилия) перед ответом: медленнее и дороже, но лучше справляется с математикой, кодом и сложными вопросами.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think only a little (low effort) before it answers: quicker and cheaper; models that do not think answer as usual.</source>
      <translation>Просит размышляющую модель лишь немного подумать (низкие усилия) перед ответом: быстрее и дешевле; модели без размышлений отвечают как обычно.</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>Сбалансированный</translation>
    </message>
    <message>
      <source>Caps every answer at 300 tokens (about 225 words), so longer answers are cut off mid-way; use it to keep replies short and cheap.</source>
      <translation>Ограничивает каждый ответ 300 токенами (около 225 английских слов), поэтому более длинные ответы обрываются на середине; чтобы ответы были короткими и дешёвыми.</translation>
    </message>
    <message>
      <source>Careful</source>
      <translation>Вдумчивый</translation>
    </message>
    <message>
      <source>Concise</source>
      <translation>Краткий</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>Не удалось открыть «{name}» ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>Не удалось записать «{name}» ({reason}). Выберите другую папку и попробуйте снова.</translation>
    </message>
    <message>
      <source>Creative</source>
      <translation>Творческий</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>Удалить пресет</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”?</source>
      <translation>Удалить пресет «{name}»?</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>Отменить изменения?</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Дублировать</translation>
    </message>
    <message>
      <source>Empty: conversations that use this preset have none</source>
      <translation>Пусто: в беседах с этим пресетом его нет</translation>
    </message>
    <message>
      <source>Export preset</source>
      <translation>Экспорт пресета</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {path}.</source>
      <comment>one: Exported %n preset to {path}.</comment>
      <translation>
        <numerusform>Экспортирован %n пресет в {path}.</numerusform>
        <numerusform>Экспортировано %n пресета в {path}.</numerusform>
        <numerusform>Экспортировано %n пресетов в {path}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>Импорт пресетов</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n presets.</source>
      <comment>one: Imported %n preset.</comment>
      <translation>
        <numerusform>Импортирован %n пресет.</numerusform>
        <numerusform>Импортировано %n пресета.</numerusform>
        <numerusform>Импортировано %n пресетов.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <source>Include the model</source>
      <translation>Включить модель</translation>
    </message>
    <message>
      <source>Include the system prompt</source>
      <translation>Включить системный промпт</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>Ответ в JSON</translation>
    </message>
    <message numerus="yes">
      <source>Kept your %n existing presets.</source>
      <comment>one: Kept your %n existing preset.</comment>
      <translation>
        <numerusform>Сохранён %n существующий пресет.</numerusform>
        <numerusform>Сохранены %n существующих пресета.</numerusform>
        <numerusform>Сохранены %n существующих пресетов.</numerusform>
      </translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Сообщение</translation>
    </message>
    <message>
      <source>Model ID</source>
      <translation>ID модели</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Name of the new preset:</source>
      <translation>Название нового пресета:</translation>
    </message>
    <message>
      <source>Nothing was saved. Choose another name first.</source>
      <translation>Ничего не сохранено. Сначала выберите другое название.</translation>
    </message>
    <message>
      <source>Nothing was saved. Fix the value marked in red first.</source>
      <translation>Ничего не сохранено. Сначала исправьте значение, отмеченное красным.</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Параметры</translation>
    </message>
    <message>
      <source>Precise</source>
      <translation>Точный</translation>
    </message>
    <message>
      <source>Preset description</source>
      <translation>Описание пресета</translation>
    </message>
    <message>
      <source>Preset name</source>
      <translation>Название пресета</translation>
    </message>
    <message>
      <source>Preset number {number} in this file has no name.</source>
      <translation>У пресета номер {number} в этом файле нет названия.</translation>
    </message>
    <message>
      <source>Preset number {number} in this file is not a preset.</source>
      <translation>Пресет номер {number} в этом файле — не пресет.</translation>
    </message>
    <message>
      <source>Preset number {number}: {problem}</source>
      <translation>Пресет номер {number}: {problem}</translation>
    </message>
    <message>
      <source>Preset “{name}”: {problem}</source>
      <translation>Пресет «{name}»: {problem}</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Пресеты</translation>
    </message>
    <message>
      <source>Presets (*.json)</source>
      <translation>Пресеты (*.json)</translation>
    </message>
    <message>
      <source>Provider choices</source>
      <translation>Выбор провайдеров</translation>
    </message>
    <message>
      <source>Providers (kept as they are when you save):</source>
      <translation>Провайдеры (при сохранении остаются как есть):</translation>
    </message>
    <message>
      <source>Quick</source>
      <translation>Быстрый</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Заменить</translation>
    </message>
    <message>
      <source>Replace presets?</source>
      <translation>Заменить пресеты?</translation>
    </message>
    <message>
      <source>Replace the system prompt</source>
      <translation>Заменять системный промпт</translation>
    </message>
    <message>
      <source>Reproducible</source>
      <translation>Воспроизводимый</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Save as a copy</source>
      <translation>Сохранить как копию</translation>
    </message>
    <message>
      <source>Save as a copy…</source>
      <translation>Сохранить как копию…</translation>
    </message>
    <message>
      <source>Save as preset</source>
      <translation>Сохранить как пресет</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>Пресет «{name}» сохранён.</translation>
    </message>
    <message>
      <source>Saved your changes as the preset “{name}”.</source>
      <translation>Изменения сохранены как пресет «{name}».</translation>
    </message>
    <message>
      <source>Sends no sampling settings at all, so the provider's own defaults apply; a good start for everyday chat.</source>
      <translation>Не отправляет никаких настроек сэмплирования, поэтому действуют значения провайдера по умолчанию; хорошее начало для повседневного общения.</translation>
    </message>
    <message>
      <source>Set another parameter…</source>
      <translation>Задать другой параметр…</translation>
    </message>
    <message>
      <source>Sets: {summary}</source>
      <translation>Задаёт: {summary}</translation>
    </message>
    <message>
      <source>Skipped {names}: a built-in preset has that name.</source>
      <translation>Пропущены {names}: так называется встроенный пресет.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own model.</source>
      <translation>Если выключено, каждая беседа сохраняет свою модель.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own system prompt.</source>
      <translation>Если выключено, каждая беседа сохраняет свой системный промпт.</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Системный промпт</translation>
    </message>
    <message>
      <source>Temperature 0 and a fixed seed (42) make the same prompt give the same answer as far as the model allows, though not every model or provider guarantees it; use it to compare settings fairly.</source>
      <translation>Температура 0 и фиксированный seed (42) заставляют один и тот же промпт давать один и тот же ответ, насколько это позволяет модель, хотя не каждая модель или провайдер это гарантирует; для честного сравнения настроек.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>Файла «{name}» больше не существует.</translation>
    </message>
    <message>
      <source>The model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>Модель должна быть указана как ID модели, например microsoft/wizardlm-2-8x22b.</translation>
    </message>
    <message>
      <source>The parameters must be a JSON object.</source>
      <translation>Параметры должны быть объектом JSON.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be a list of provider names such as deepinfra or google-vertex/us-east5.</source>
      <translation>Настройка провайдеров «{name}» должна быть списком названий провайдеров, например deepinfra или google-vertex/us-east5.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be true or false.</source>
      <translation>Настройка провайдеров «{name}» должна быть true или false.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be {choices}.</source>
      <translation>Настройка провайдеров «{name}» должна быть {choices}.</translation>
    </message>
    <message>
      <source>The provider settings must be a JSON object.</source>
      <translation>Настройки провайдеров должны быть объектом JSON.</translation>
    </message>
    <message>
      <source>There is no preset named “{name}”.</source>
      <translation>Пресета с названием «{name}» нет.</translation>
    </message>
    <message>
      <source>This file has two presets named “{name}”.</source>
      <translation>В этом файле два пресета с названием «{name}».</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>Это не файл пресетов Switchboard.</translation>
    </message>
    <message>
      <source>This is a built-in preset, so it cannot be changed. Save as a copy… keeps your changes as a preset of your own.</source>
      <translation>Это встроенный пресет, его нельзя изменить. «Сохранить как копию…» сохранит ваши изменения как ваш собственный пресет.</translation>
    </message>
    <message>
      <source>This preset cannot be saved: {reason}</source>
      <translation>Этот пресет нельзя сохранить: {reason}</translation>
    </message>
    <message>
      <source>This preset sets no parameters, so each provider's own defaults apply.</source>
      <translation>Этот пресет не задаёт параметров, поэтому действуют значения каждого провайдера по умолчанию.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it has no list of presets.</source>
      <translation>Файл пресетов повреждён: в нём нет списка пресетов.</translation>
    </message>
    <message>
      <source>This presets file is damaged: its version is missing.</source>
      <translation>Файл пресетов повреждён: не указана версия.</translation>
    </message>
    <message>
      <source>This presets file is from a newer version of Switchboard (version {version}); update Switchboard to import it.</source>
      <translation>Этот файл пресетов создан более новой версией Switchboard (версия {version}); обновите Switchboard, чтобы его импортировать.</translation>
    </message>
    <message>
      <source>Turns on JSON mode and replaces the system prompt with one that asks for a single JSON object; use it when a program will read the answer.</source>
      <translation>Включает режим JSON и заменяет системный промпт таким, который просит один объект JSON; когда ответ будет читать программа.</translation>
    </message>
    <message>
      <source>Type a model ID such as microsoft/wizardlm-2-8x22b, or switch this off.</source>
      <translation>Введите ID модели, например microsoft/wizardlm-2-8x22b, или выключите этот параметр.</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>Отменить изменения</translation>
    </message>
    <message>
      <source>Use a particular model</source>
      <translation>Использовать определённую модель</translation>
    </message>
    <message>
      <source>Web search must be a JSON object.</source>
      <translation>Веб-поиск должен быть объектом JSON.</translation>
    </message>
    <message>
      <source>Web search needs “enabled”: true or false.</source>
      <translation>Для веб-поиска нужно «enabled»: true или false.</translation>
    </message>
    <message>
      <source>Web search results must be a whole number from 1 to {most}.</source>
      <translation>Число результатов веб-поиска должно быть целым от 1 до {most}.</translation>
    </message>
    <message>
      <source>What it does and when to use it</source>
      <translation>Что он делает и когда его использовать</translation>
    </message>
    <message>
      <source>What the preset sets</source>
      <translation>Что задаёт пресет</translation>
    </message>
    <message>
      <source>You already have a preset named “{name}”.</source>
      <translation>У вас уже есть пресет с названием «{name}».</translation>
    </message>
    <message>
      <source>You already have presets named {names}. Replace them with the imported ones?</source>
      <translation>У вас уже есть пресеты с названиями {names}. Заменить их импортированными?</translation>
    </message>
    <message>
      <source>Your changes to “{name}” are not saved. Discard them?</source>
      <translation>Изменения в «{name}» не сохранены. Отменить их?</translation>
    </message>
    <message>
      <source>Your preset “{name}” has the name of a built-in preset now, so it is shown as “{new_name}”.</source>
      <translation>Название вашего пресета «{name}» теперь совпадает со встроенным, поэтому он показан как «{new_name}».</translation>
    </message>
    <message>
      <source>Your presets could not be saved ({reason}). Nothing was changed.</source>
      <translation>Не удалось сохранить пресеты ({reason}). Ничего не изменено.</translation>
    </message>
    <message>
      <source>its own system prompt</source>
      <translation>свой системный промпт</translation>
    </message>
    <message>
      <source>model {model}</source>
      <translation>модель {model}</translation>
    </message>
    <message>
      <source>no system prompt</source>
      <translation>без системного промпта</translation>
    </message>
    <message>
      <source>no web search</source>
      <translation>без веб-поиска</translation>
    </message>
    <message numerus="yes">
      <source>searches the web (up to %n results)</source>
      <comment>one: searches the web (up to %n result)</comment>
      <translation>
        <numerusform>ищет в интернете (до %n результата)</numerusform>
        <numerusform>ищет в интернете (до %n результатов)</numerusform>
        <numerusform>ищет в интернете (до %n результатов)</numerusform>
      </translation>
    </message>
    <message>
      <source>the description must be text.</source>
      <translation>описание должно быть текстом.</translation>
    </message>
    <message>
      <source>the model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>модель должна быть указана как ID модели, например microsoft/wizardlm-2-8x22b.</translation>
    </message>
    <message>
      <source>the system prompt must be text.</source>
      <translation>системный промпт должен быть текстом.</translation>
    </message>
    <message>
      <source>{choices} or {last}</source>
      <translation>{choices} или {last}</translation>
    </message>
    <message>
      <source>{name}  (built in)</source>
      <translation>{name}  (встроенный)</translation>
    </message>
    <message>
      <source>{name} (copy {number})</source>
      <translation>{name} (копия {number})</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (копия)</translation>
    </message>
    <message>
      <source>{name} (mine {number})</source>
      <translation>{name} (мой {number})</translation>
    </message>
    <message>
      <source>{name} (mine)</source>
      <translation>{name} (мой)</translation>
    </message>
    <message>
      <source>{problem} Nothing was saved.</source>
      <translation>{problem} Ничего не сохранено.</translation>
    </message>
    <message>
      <source>“{key}” is not a parameter Switchboard knows.</source>
      <translation>«{key}» — параметр, неизвестный Switchboard.</translation>
    </message>
    <message>
      <source>“{key}” is not a provider setting Switchboard knows.</source>
      <translation>«{key}» — настройка провайдеров, неизвестная Switchboard.</translation>
    </message>
    <message>
      <source>“{key}” is not a web search setting.</source>
      <translation>«{key}» — не настройка веб-поиска.</translation>
    </message>
    <message>
      <source>“{key}” is not something a preset can hold.</source>
      <translation>«{key}» не может храниться в пресете.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be changed. Duplicate it to make a copy you can change.</source>
      <translation>«{name}» — встроенный пресет, его нельзя изменить. Дублируйте его, чтобы получить копию, которую можно менять.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be deleted. Duplicate it to make a copy you can change.</source>
      <translation>«{name}» — встроенный пресет, его нельзя удалить. Дублируйте его, чтобы получить копию, которую можно менять.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be renamed. Duplicate it to make a copy you can change.</source>
      <translation>«{name}» — встроенный пресет, его нельзя переименовать. Дублируйте его, чтобы получить копию, которую можно менять.</translation>
    </message>
    <message>
      <source>“{name}” is the name of a built-in preset. Choose another name.</source>
      <translation>«{name}» — название встроенного пресета. Выберите другое название.</translation>
    </message>
  </context>
  <context>
    <name>prompt_sets</name>
    <message>
      <source>A prompt set can hold at most {most} prompts.</source>
      <translation>В наборе промптов может быть не более {most} промптов.</translation>
    </message>
    <message>
      <source>A prompt set needs at least one prompt.</source>
      <translation>В наборе промптов должен быть хотя бы один промпт.</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Ответ {letter}</translation>
    </message>
    <message>
      <source>Column {number}</source>
      <translation>Столбец {number}</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>Не удалось открыть «{name}» ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>Не удалось записать «{name}» ({reason}). Выберите другую папку и попробуйте снова.</translation>
    </message>
    <message>
      <source>Every answer is in, so nothing is left to send.</source>
      <translation>Все ответы получены, отправлять больше нечего.</translation>
    </message>
    <message>
      <source>Give the prompt set a name.</source>
      <translation>Дайте набору промптов название.</translation>
    </message>
    <message>
      <source>Prompt set run</source>
      <translation>Прогон набора промптов</translation>
    </message>
    <message>
      <source>Prompt {number} has a broken character that is not text. Retype it.</source>
      <translation>В промпте {number} есть повреждённый символ, который не является текстом. Введите его заново.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>В промпте {number} в этом файле есть повреждённый символ, который не является текстом. Исправьте его в файле и импортируйте снова.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has no text.</source>
      <translation>В промпте {number} в этом файле нет текста.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has something Switchboard does not know: “{key}”.</source>
      <translation>В промпте {number} в этом файле есть то, чего Switchboard не знает: «{key}».</translation>
    </message>
    <message>
      <source>Prompt {number} in this file is not a prompt.</source>
      <translation>Промпт {number} в этом файле — не промпт.</translation>
    </message>
    <message>
      <source>Prompt {number} is empty. Write it or remove it.</source>
      <translation>Промпт {number} пуст. Напишите его или удалите.</translation>
    </message>
    <message>
      <source>Prompt {number} is too long: keep it under {most} characters.</source>
      <translation>Промпт {number} слишком длинный: он должен быть короче {most} символов.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>Файла «{name}» больше не существует.</translation>
    </message>
    <message>
      <source>The name has a broken character that is not text. Retype it.</source>
      <translation>В названии есть повреждённый символ, который не является текстом. Введите его заново.</translation>
    </message>
    <message>
      <source>The name is too long: keep it under {most} characters.</source>
      <translation>Название слишком длинное: оно должно быть короче {most} символов.</translation>
    </message>
    <message>
      <source>The name of the set in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>В названии набора в этом файле есть повреждённый символ, который не является текстом. Исправьте его в файле и импортируйте снова.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} are too long: keep them under {most} characters.</source>
      <translation>Заметки к промпту {number} слишком длинные: они должны быть короче {most} символов.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file are not text.</source>
      <translation>Заметки к промпту {number} в этом файле — не текст.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>В заметках к промпту {number} в этом файле есть повреждённый символ, который не является текстом. Исправьте его в файле и импортируйте снова.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard prompt set.</source>
      <translation>Это не набор промптов Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a prompt set (more than {size} MB).</source>
      <translation>Этот файл слишком большой для набора промптов (больше {size} МБ).</translation>
    </message>
    <message>
      <source>This prompt set file has no list of prompts.</source>
      <translation>В этом файле набора промптов нет списка промптов.</translation>
    </message>
    <message>
      <source>This prompt set file has no name for the set.</source>
      <translation>В этом файле набора промптов нет названия набора.</translation>
    </message>
    <message>
      <source>This prompt set file has something Switchboard does not know: “{key}”.</source>
      <translation>В этом файле набора промптов есть то, чего Switchboard не знает: «{key}».</translation>
    </message>
    <message>
      <source>This prompt set file is damaged: its version is not a number.</source>
      <translation>Файл набора промптов повреждён: его версия — не число.</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers</source>
      <comment>one: {done} of %n answer</comment>
      <translation>
        <numerusform>{done} из %n ответа</numerusform>
        <numerusform>{done} из %n ответов</numerusform>
        <numerusform>{done} из %n ответов</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}” is too large to be a prompt set (more than {size} MB).</source>
      <translation>«{name}» слишком большой для набора промптов (больше {size} МБ).</translation>
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
      <translation>JSON по схеме</translation>
    </message>
    <message>
      <source>No provider of {model} is working normally right now; each column may be served by a different provider.</source>
      <translation>Ни один провайдер {model} сейчас не работает нормально; каждый столбец может обслуживать другой провайдер.</translation>
    </message>
    <message>
      <source>No provider of {model} take {names}, so a column that sets them will be refused; each column may be served by a different provider.</source>
      <translation>Ни один провайдер {model} не принимает {names}, поэтому столбец, где они заданы, получит отказ; каждый столбец может обслуживать другой провайдер.</translation>
    </message>
    <message>
      <source>No provider of {model} takes {names}, so a column that sets it will be refused; each column may be served by a different provider.</source>
      <translation>Ни один провайдер {model} не принимает {names}, поэтому столбец, где это задано, получит отказ; каждый столбец может обслуживать другой провайдер.</translation>
    </message>
    <message>
      <source>No single provider of {model} takes {names} together; each column may be served by a different provider.</source>
      <translation>Ни один провайдер {model} не принимает {names} одновременно; каждый столбец может обслуживать другой провайдер.</translation>
    </message>
    <message>
      <source>The preset of a column of {model} allows only providers that do not serve this model, so that column will be refused. Choose another preset or model for it.</source>
      <translation>Пресет одного из столбцов {model} разрешает только провайдеров, которые не обслуживают эту модель, поэтому этот столбец получит отказ. Выберите для него другой пресет или модель.</translation>
    </message>
    <message>
      <source>The providers of {model} could not be looked up, so none was chosen; each column may be served by a different provider, and every setting is still required.</source>
      <translation>Не удалось узнать провайдеров {model}, поэтому ни один не выбран; каждый столбец может обслуживать другой провайдер, и все настройки по-прежнему обязательны.</translation>
    </message>
    <message>
      <source>{items} and {last}</source>
      <translation>{items} и {last}</translation>
    </message>
  </context>
  <context>
    <name>request</name>
    <message>
      <source>This message would carry {size} MB of files, more than the {most} MB one message can take (every file of the conversation is sent again with each message). Remove some files, or start a new conversation.</source>
      <translation>Это сообщение несло бы {size} МБ файлов — больше {most} МБ, допустимых для одного сообщения (все файлы беседы отправляются заново с каждым сообщением). Удалите часть файлов или начните новую беседу.</translation>
    </message>
  </context>
  <context>
    <name>request_preview</name>
    <message>
      <source>Copy</source>
      <translation>Копировать</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Запрос</translation>
    </message>
    <message>
      <source>Request body</source>
      <translation>Тело запроса</translation>
    </message>
    <message>
      <source>The API key is sent in the Authorization header and is not shown here.</source>
      <translation>Ключ API отправляется в заголовке Authorization и здесь не показан.</translation>
    </message>
  </context>
  <context>
    <name>requests</name>
    <message>
      <source>A setting holds a value JSON cannot carry (such as NaN). Fix it first.</source>
      <translation>В настройке есть значение, которое нельзя передать в JSON (например, NaN). Сначала исправьте его.</translation>
    </message>
    <message>
      <source>Choose a model first.</source>
      <translation>Сначала выберите модель.</translation>
    </message>
    <message>
      <source>Type a message first.</source>
      <translation>Сначала введите сообщение.</translation>
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
      <translation>любой провайдер</translation>
    </message>
    <message>
      <source>cheapest provider first</source>
      <translation>сначала самый дешёвый провайдер</translation>
    </message>
    <message>
      <source>fastest provider first</source>
      <translation>сначала самый быстрый провайдер</translation>
    </message>
    <message>
      <source>never {providers}</source>
      <translation>никогда {providers}</translation>
    </message>
    <message>
      <source>no other provider if the first one fails</source>
      <translation>без других провайдеров, если первый не справится</translation>
    </message>
    <message>
      <source>only providers that honour every setting</source>
      <translation>только провайдеры, соблюдающие все настройки</translation>
    </message>
    <message>
      <source>only providers that keep no data</source>
      <translation>только провайдеры, не хранящие данные</translation>
    </message>
    <message>
      <source>only {providers}</source>
      <translation>только {providers}</translation>
    </message>
    <message>
      <source>other providers may step in if the first one fails</source>
      <translation>другие провайдеры могут подключиться, если первый не справится</translation>
    </message>
    <message>
      <source>providers in a set order</source>
      <translation>провайдеры в заданном порядке</translation>
    </message>
    <message>
      <source>providers that keep data allowed</source>
      <translation>разрешены провайдеры, хранящие данные</translation>
    </message>
    <message>
      <source>quickest provider to start first</source>
      <translation>сначала провайдер, быстрее всех начинающий ответ</translation>
    </message>
    <message>
      <source>{earlier}, then {next}</source>
      <translation>{earlier}, затем {next}</translation>
    </message>
    <message>
      <source>{providers} first</source>
      <translation>сначала {providers}</translation>
    </message>
    <message>
      <source>{providers} only</source>
      <translation>только {providers}</translation>
    </message>
  </context>
  <context>
    <name>run_dialog</name>
    <message>
      <source>Answers at once:</source>
      <translation>Ответов одновременно:</translation>
    </message>
    <message>
      <source>Answers written at once</source>
      <translation>Ответов пишется одновременно</translation>
    </message>
    <message>
      <source>Blind: hide the names and shuffle the answers until I pick the best of each prompt</source>
      <translation>Вслепую: скрыть названия и перемешать ответы, пока я не выберу лучший для каждого промпта</translation>
    </message>
    <message>
      <source>Fair: the same provider for each model, and only providers that take every setting</source>
      <translation>Честно: один провайдер для каждой модели и только провайдеры, принимающие все настройки</translation>
    </message>
    <message>
      <source>How many answers are written at the same time. Fewer is gentler on the provider's limits; more finishes sooner.</source>
      <translation>Сколько ответов пишется одновременно. Меньше — бережнее к лимитам провайдера; больше — закончится быстрее.</translation>
    </message>
    <message>
      <source>Presets to run the set with</source>
      <translation>Пресеты для прогона набора</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>Запустить</translation>
    </message>
    <message>
      <source>Run a prompt set</source>
      <translation>Запуск набора промптов</translation>
    </message>
    <message numerus="yes">
      <source>Send the %n prompts of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</source>
      <comment>one: Send the %n prompt of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</comment>
      <translation>
        <numerusform>Отправить %n промпт из {name} в два–четыре пресета с моделью {model} (или с моделью, указанной в пресете). Вы увидите возможную стоимость до отправки.</numerusform>
        <numerusform>Отправить %n промпта из {name} в два–четыре пресета с моделью {model} (или с моделью, указанной в пресете). Вы увидите возможную стоимость до отправки.</numerusform>
        <numerusform>Отправить %n промптов из {name} в два–четыре пресета с моделью {model} (или с моделью, указанной в пресете). Вы увидите возможную стоимость до отправки.</numerusform>
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
      <translation>Хороший ответ: {notes}</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Ответ</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>Ответ {letter}</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Ответы</translation>
    </message>
    <message>
      <source>As CSV (for a spreadsheet)…</source>
      <translation>В CSV (для таблиц)…</translation>
    </message>
    <message>
      <source>As Markdown…</source>
      <translation>В Markdown…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>No answer yet.</source>
      <translation>Ответа пока нет.</translation>
    </message>
    <message>
      <source>Open as a comparison</source>
      <translation>Открыть как сравнение</translation>
    </message>
    <message>
      <source>Open this prompt's answers in a comparison tab, where you can pick the best one.</source>
      <translation>Открыть ответы на этот промпт во вкладке сравнения, где можно выбрать лучший.</translation>
    </message>
    <message>
      <source>Picked</source>
      <translation>Выбран</translation>
    </message>
    <message>
      <source>Progress of the run</source>
      <translation>Ход прогона</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>Промпт</translation>
    </message>
    <message>
      <source>Prompts</source>
      <translation>Промпты</translation>
    </message>
    <message>
      <source>Results per preset</source>
      <translation>Результаты по пресетам</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Продолжить</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Начать</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>Стоп</translation>
    </message>
    <message>
      <source>Stop the run: what arrived is kept, Resume sends the rest.</source>
      <translation>Остановить прогон: полученное сохранится, «Продолжить» отправит остальное.</translation>
    </message>
    <message>
      <source>What is left to send: {estimate}.</source>
      <translation>Осталось отправить: {estimate}.</translation>
    </message>
    <message>
      <source>{answered} of {columns}</source>
      <translation>{answered} из {columns}</translation>
    </message>
  </context>
  <context>
    <name>safe_text</name>
    <message numerus="yes">
      <source>… (%n more characters; Copy to get all)</source>
      <comment>one: … (%n more character; Copy to get all)</comment>
      <translation>
        <numerusform>… (ещё %n символ; нажмите «Копировать», чтобы получить всё)</numerusform>
        <numerusform>… (ещё %n символа; нажмите «Копировать», чтобы получить всё)</numerusform>
        <numerusform>… (ещё %n символов; нажмите «Копировать», чтобы получить всё)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>secrets</name>
    <message>
      <source>Desktop keyring</source>
      <translation>Связка ключей рабочего стола</translation>
    </message>
    <message>
      <source>Keyring turned off</source>
      <translation>Связка ключей выключена</translation>
    </message>
    <message>
      <source>No desktop session bus (D-Bus) is running, so no keyring service such as GNOME Keyring or KWallet can be reached.</source>
      <translation>Не запущена шина сеанса рабочего стола (D-Bus), поэтому службы связки ключей, такие как GNOME Keyring или KWallet, недоступны.</translation>
    </message>
    <message>
      <source>No keyring</source>
      <translation>Нет связки ключей</translation>
    </message>
    <message>
      <source>No keyring service (such as GNOME Keyring or KWallet) is running.</source>
      <translation>Не запущена служба связки ключей (например, GNOME Keyring или KWallet).</translation>
    </message>
    <message>
      <source>No keyring service is available.</source>
      <translation>Служба связки ключей недоступна.</translation>
    </message>
    <message>
      <source>No secure keyring</source>
      <translation>Нет защищённой связки ключей</translation>
    </message>
    <message>
      <source>None of the keyrings available ({names}) keeps secrets safely, so Switchboard will not use them.</source>
      <translation>Ни одна из доступных связок ключей ({names}) не хранит секреты надёжно, поэтому Switchboard не будет их использовать.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer.</source>
      <translation>У Switchboard нет защищённого места для хранения ключа на этом компьютере.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. You can paste a key to use for this session only.</source>
      <translation>У Switchboard нет защищённого места для хранения ключа на этом компьютере. Можно вставить ключ и использовать его только в этом сеансе.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason}</source>
      <translation>У Switchboard нет защищённого места для хранения ключа на этом компьютере. {reason}</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason} You can paste a key to use for this session only.</source>
      <translation>У Switchboard нет защищённого места для хранения ключа на этом компьютере. {reason} Можно вставить ключ и использовать его только в этом сеансе.</translation>
    </message>
    <message>
      <source>Switchboard keeps your key only in the system's own keychain (Secret Service, KWallet, macOS Keychain or Windows Credential Manager), and none of them is in use.</source>
      <translation>Switchboard хранит ключ только в системной связке ключей (Secret Service, KWallet, Связка ключей macOS или Диспетчер учётных данных Windows), а ни одна из них не используется.</translation>
    </message>
    <message>
      <source>The keyring could not be set up ({error}).</source>
      <translation>Не удалось настроить связку ключей ({error}).</translation>
    </message>
    <message>
      <source>The only keyring available keeps secrets in a file on disk that is not properly protected, so Switchboard will not use it.</source>
      <translation>Единственная доступная связка ключей хранит секреты в плохо защищённом файле на диске, поэтому Switchboard не будет её использовать.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so Switchboard cannot read your saved key. Try again later, or paste the key to use it for this session only.</source>
      <translation>Системная связка ключей не ответила, поэтому Switchboard не может прочитать сохранённый ключ. Попробуйте позже или вставьте ключ, чтобы использовать его только в этом сеансе.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be removed. Try again later.</source>
      <translation>Системная связка ключей не ответила, поэтому ключ не удалось удалить. Попробуйте позже.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be saved. Try again, or use the key for this session only.</source>
      <translation>Системная связка ключей не ответила, поэтому ключ не удалось сохранить. Попробуйте снова или используйте ключ только в этом сеансе.</translation>
    </message>
    <message>
      <source>The system keyring is turned off for Python programs (keyring's null backend).</source>
      <translation>Системная связка ключей выключена для программ на Python (пустой бэкенд keyring).</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. You can use the key for this session only.</source>
      <translation>На этом компьютере нет защищённого места для хранения ключа. Можно использовать ключ только в этом сеансе.</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. {reason} You can use the key for this session only.</source>
      <translation>На этом компьютере нет защищённого места для хранения ключа. {reason} Можно использовать ключ только в этом сеансе.</translation>
    </message>
    <message>
      <source>Unrecognised keyring ({name})</source>
      <translation>Неизвестная связка ключей ({name})</translation>
    </message>
    <message>
      <source>Your keyring is locked, so Switchboard cannot read your saved key. Unlock it (logging in again usually does), then restart Switchboard, or paste the key to use it for this session only.</source>
      <translation>Ваша связка ключей заблокирована, поэтому Switchboard не может прочитать сохранённый ключ. Разблокируйте её (обычно достаточно войти в систему заново) и перезапустите Switchboard или вставьте ключ, чтобы использовать его только в этом сеансе.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be removed. Unlock it (logging in again usually does) and try again.</source>
      <translation>Ваша связка ключей заблокирована, поэтому ключ не удалось удалить. Разблокируйте её (обычно достаточно войти в систему заново) и попробуйте снова.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be saved. Unlock it (logging in again usually does) and try again, or use the key for this session only.</source>
      <translation>Ваша связка ключей заблокирована, поэтому ключ не удалось сохранить. Разблокируйте её (обычно достаточно войти в систему заново) и попробуйте снова или используйте ключ только в этом сеансе.</translation>
    </message>
  </context>
  <context>
    <name>send_gate</name>
    <message>
      <source>Not sent: your message is still in the box.</source>
      <translation>Не отправлено: сообщение осталось в поле ввода.</translation>
    </message>
    <message>
      <source>Send anyway</source>
      <translation>Всё равно отправить</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>An amount cannot be negative.</source>
      <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
      <source>Caps go up to {amount}. Type a smaller amount, such as 20.</source>
      <translation>Лимит — не более {amount}. Введите меньшую сумму, например 20.</translation>
    </message>
    <message>
      <source>The smallest amount is {amount} (or 0 to allow no spending at all).</source>
      <translation>Наименьшая сумма — {amount} (или 0, чтобы запретить любые расходы).</translation>
    </message>
  </context>
  <context>
    <name>settings_dialog</name>
    <message>
      <source>API address</source>
      <translation>Адрес API</translation>
    </message>
    <message>
      <source>Address in use</source>
      <translation>Используемый адрес</translation>
    </message>
    <message>
      <source>App name given to OpenRouter</source>
      <translation>Название приложения для OpenRouter</translation>
    </message>
    <message>
      <source>App web page given to OpenRouter</source>
      <translation>Веб-страница приложения для OpenRouter</translation>
    </message>
    <message>
      <source>Ask before a send above ($)</source>
      <translation>Спрашивать перед отправкой дороже ($)</translation>
    </message>
    <message>
      <source>At 80% of a cap the meter turns orange. A send that could pass a cap waits for you to press “Send anyway”. Leave a box empty for no limit.</source>
      <translation>При 80% лимита счётчик становится оранжевым. Отправка, которая может превысить лимит, ждёт, пока вы не нажмёте «Всё равно отправить». Оставьте поле пустым, чтобы не ограничивать.</translation>
    </message>
    <message>
      <source>Change key…</source>
      <translation>Сменить ключ…</translation>
    </message>
    <message>
      <source>Daily cap ($)</source>
      <translation>Дневной лимит ($)</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Тёмная</translation>
    </message>
    <message>
      <source>Each request tells OpenRouter that it comes from Switchboard, so Switchboard can appear in the app rankings on openrouter.ai. Change the name or web page given, or leave them empty for Switchboard's own. Only plain ASCII is sent.</source>
      <translation>Каждый запрос сообщает OpenRouter, что он из Switchboard, чтобы Switchboard мог появиться в рейтинге приложений на openrouter.ai. Измените название или веб-страницу либо оставьте поля пустыми для значений Switchboard. Отправляются только символы ASCII.</translation>
    </message>
    <message>
      <source>Empty: OpenRouter ({address})</source>
      <translation>Пусто: OpenRouter ({address})</translation>
    </message>
    <message>
      <source>Enter sends the message (Shift+Enter for a new line)</source>
      <translation>Enter отправляет сообщение (Shift+Enter — новая строка)</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}).</source>
      <translation>Сейчас используется: {where} ({address}).</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}). Save to use the address above instead.</source>
      <translation>Сейчас используется: {where} ({address}). Сохраните, чтобы использовать адрес выше.</translation>
    </message>
    <message>
      <source>Keep the saved key</source>
      <translation>Оставить сохранённый ключ</translation>
    </message>
    <message>
      <source>Key for this server</source>
      <translation>Ключ для этого сервера</translation>
    </message>
    <message>
      <source>Key for {host}</source>
      <translation>Ключ для {host}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Светлая</translation>
    </message>
    <message>
      <source>Look and keyboard</source>
      <translation>Вид и клавиатура</translation>
    </message>
    <message>
      <source>Monthly cap ($)</source>
      <translation>Месячный лимит ($)</translation>
    </message>
    <message>
      <source>Never ask</source>
      <translation>Никогда не спрашивать</translation>
    </message>
    <message>
      <source>No daily cap</source>
      <translation>Без дневного лимита</translation>
    </message>
    <message>
      <source>No key for {host}</source>
      <translation>Нет ключа для {host}</translation>
    </message>
    <message>
      <source>No monthly cap</source>
      <translation>Без месячного лимита</translation>
    </message>
    <message>
      <source>Once a day Switchboard asks GitHub for its latest version. Nothing about you or your conversations is sent, and never your key.</source>
      <translation>Раз в день Switchboard запрашивает у GitHub номер последней версии. Никаких данных о вас или ваших беседах не отправляется, и никогда — ваш ключ.</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>Открыть папку</translation>
    </message>
    <message>
      <source>OpenRouter, or any OpenAI-compatible server such as a local model server.</source>
      <translation>OpenRouter или любой OpenAI-совместимый сервер, например локальный сервер моделей.</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>Удалить ключ</translation>
    </message>
    <message>
      <source>Requests go to OpenRouter, with your OpenRouter key.</source>
      <translation>Запросы идут в OpenRouter с вашим ключом OpenRouter.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key, if any, or send none.</source>
      <translation>Запросы к {host} используют ключ ниже, но никогда не ваш ключ OpenRouter. Оставьте поле пустым, чтобы сохранить уже сохранённый ключ (если он есть) или не отправлять ключ.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key.</source>
      <translation>Запросы к {host} используют ключ ниже, но никогда не ваш ключ OpenRouter. Оставьте поле пустым, чтобы сохранить уже сохранённый ключ.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to send no key.</source>
      <translation>Запросы к {host} используют ключ ниже, но никогда не ваш ключ OpenRouter. Оставьте поле пустым, чтобы не отправлять ключ.</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>Как в системе</translation>
    </message>
    <message>
      <source>Sent with each request (as the HTTP-Referer header).</source>
      <translation>Отправляется с каждым запросом (в заголовке HTTP-Referer).</translation>
    </message>
    <message>
      <source>Sent with each request (as the X-Title header).</source>
      <translation>Отправляется с каждым запросом (в заголовке X-Title).</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Сервер</translation>
    </message>
    <message>
      <source>Set by SWITCHBOARD_BASE_URL for this session, so it cannot be changed here. Without it, Switchboard uses the address saved in Settings.</source>
      <translation>Задан через SWITCHBOARD_BASE_URL на этот сеанс, поэтому здесь его изменить нельзя. Без этой переменной Switchboard использует адрес, сохранённый в настройках.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source>Spending guard</source>
      <translation>Контроль расходов</translation>
    </message>
    <message>
      <source>Switchboard uses the new language after a restart.</source>
      <translation>Switchboard перейдёт на новый язык после перезапуска.</translation>
    </message>
    <message>
      <source>Tell me when a new version of Switchboard is out (asks GitHub once a day)</source>
      <translation>Сообщать о выходе новой версии Switchboard (раз в день запрос к GitHub)</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Updates</source>
      <translation>Обновления</translation>
    </message>
    <message>
      <source>Which key is sent</source>
      <translation>Какой ключ отправляется</translation>
    </message>
    <message>
      <source>Why the address is fixed</source>
      <translation>Почему адрес зафиксирован</translation>
    </message>
    <message>
      <source>Your data</source>
      <translation>Ваши данные</translation>
    </message>
    <message>
      <source>Your key</source>
      <translation>Ваш ключ</translation>
    </message>
    <message>
      <source>“{text}” is not an amount in dollars, such as {example}.</source>
      <translation>«{text}» — не сумма в долларах, например {example}.</translation>
    </message>
  </context>
  <context>
    <name>settings_file</name>
    <message>
      <source>Your settings at {path} could not be read ({reason}), so default settings are used for now.</source>
      <translation>Не удалось прочитать настройки из {path} ({reason}), поэтому пока используются настройки по умолчанию.</translation>
    </message>
    <message>
      <source>Your settings at {path} could not be read, so default settings are used for now.</source>
      <translation>Не удалось прочитать настройки из {path}, поэтому пока используются настройки по умолчанию.</translation>
    </message>
    <message>
      <source>Your settings at {path} were saved by a newer version of Switchboard, so default settings are used for now.</source>
      <translation>Настройки в {path} сохранены более новой версией Switchboard, поэтому пока используются настройки по умолчанию.</translation>
    </message>
    <message>
      <source>Your settings could not be read ({reason}), so default settings are used. The old file is kept at {kept}.</source>
      <translation>Не удалось прочитать настройки ({reason}), поэтому используются настройки по умолчанию. Старый файл сохранён здесь: {kept}.</translation>
    </message>
    <message>
      <source>Your settings could not be read, so default settings are used. The old file is kept at {kept}.</source>
      <translation>Не удалось прочитать настройки, поэтому используются настройки по умолчанию. Старый файл сохранён здесь: {kept}.</translation>
    </message>
    <message>
      <source>Your settings were saved by a newer version of Switchboard, so default settings are used. The old file is kept at {kept}.</source>
      <translation>Настройки сохранены более новой версией Switchboard, поэтому используются настройки по умолчанию. Старый файл сохранён здесь: {kept}.</translation>
    </message>
    <message>
      <source>the file is damaged</source>
      <translation>файл повреждён</translation>
    </message>
  </context>
  <context>
    <name>sources</name>
    <message numerus="yes">
      <source>%n bytes</source>
      <comment>one: %n byte</comment>
      <translation>
        <numerusform>%n байт</numerusform>
        <numerusform>%n байта</numerusform>
        <numerusform>%n байт</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n searches, {cost}</source>
      <comment>one: %n search, {cost}</comment>
      <translation>
        <numerusform>%n поиск, {cost}</numerusform>
        <numerusform>%n поиска, {cost}</numerusform>
        <numerusform>%n поисков, {cost}</numerusform>
      </translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>Открыть {name}</translation>
    </message>
    <message>
      <source>Sent at {width} × {height}, reduced from {original_width} × {original_height}</source>
      <translation>Отправлено в размере {width} × {height}, уменьшено с {original_width} × {original_height}</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Источники</translation>
    </message>
    <message numerus="yes">
      <source>Up to %n results a search, about {price} per message (at most {most} if the model searches {searches} times).</source>
      <comment>one: Up to %n result a search, about {price} per message (at most {most} if the model searches {searches} times).</comment>
      <translation>
        <numerusform>До %n результата на поиск, около {price} за сообщение (не более {most}, если модель выполнит поиск {searches} раз).</numerusform>
        <numerusform>До %n результатов на поиск, около {price} за сообщение (не более {most}, если модель выполнит поиск {searches} раз).</numerusform>
        <numerusform>До %n результатов на поиск, около {price} за сообщение (не более {most}, если модель выполнит поиск {searches} раз).</numerusform>
      </translation>
    </message>
    <message>
      <source>{size} KB</source>
      <translation>{size} КБ</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} МБ</translation>
    </message>
  </context>
  <context>
    <name>status_parts</name>
    <message>
      <source>Do not tell me about this version again</source>
      <translation>Больше не сообщать об этой версии</translation>
    </message>
    <message>
      <source>Open the release page.</source>
      <translation>Открыть страницу выпуска.</translation>
    </message>
    <message>
      <source>Status message</source>
      <translation>Сообщение о состоянии</translation>
    </message>
  </context>
  <context>
    <name>streaming</name>
    <message>
      <source>Thinking</source>
      <translation>Размышления</translation>
    </message>
  </context>
  <context>
    <name>tabs</name>
    <message>
      <source>Conversations</source>
      <translation>Беседы</translation>
    </message>
    <message>
      <source>New conversation</source>
      <translation>Новая беседа</translation>
    </message>
    <message>
      <source>New conversation (Ctrl+T)</source>
      <translation>Новая беседа (Ctrl+T)</translation>
    </message>
  </context>
  <context>
    <name>thinking</name>
    <message>
      <source>High</source>
      <translation>Высокий</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Низкий</translation>
    </message>
    <message>
      <source>Maximum</source>
      <translation>Максимальный</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than the thinking budget {budget}: the model may spend it all thinking and leave no answer.</source>
      <translation>Максимальная длина {length} не больше бюджета размышлений {budget}: модель может потратить всё на размышления и не дать ответа.</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than {least} tokens, the least some models think even at {level} effort: the model may spend it all thinking and leave no answer.</source>
      <translation>Максимальная длина {length} не больше {least} токенов — минимума, который некоторые модели тратят на размышления даже на уровне «{level}»: модель может потратить всё на размышления и не дать ответа.</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Средний</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>Минимальный</translation>
    </message>
    <message>
      <source>The thinking budget must be a whole number of tokens.</source>
      <translation>Бюджет размышлений должен быть целым числом токенов.</translation>
    </message>
    <message>
      <source>The thinking budget must be between {least} and {most} tokens.</source>
      <translation>Бюджет размышлений должен быть от {least} до {most} токенов.</translation>
    </message>
    <message>
      <source>The thinking effort must be one of {efforts}.</source>
      <translation>Уровень размышлений должен быть одним из: {efforts}.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>Размышления</translation>
    </message>
    <message>
      <source>Thinking budget {tokens}</source>
      <translation>Бюджет размышлений {tokens}</translation>
    </message>
    <message>
      <source>Thinking high</source>
      <translation>Размышления: высокий</translation>
    </message>
    <message>
      <source>Thinking low</source>
      <translation>Размышления: низкий</translation>
    </message>
    <message>
      <source>Thinking maximum</source>
      <translation>Размышления: максимум</translation>
    </message>
    <message>
      <source>Thinking medium</source>
      <translation>Размышления: средний</translation>
    </message>
    <message>
      <source>Thinking minimal</source>
      <translation>Размышления: минимум</translation>
    </message>
    <message>
      <source>Thinking must be a JSON object such as {"effort": "high"}.</source>
      <translation>Размышления должны быть объектом JSON, например {"effort": "high"}.</translation>
    </message>
    <message>
      <source>Thinking must be the model's default, off, an effort or a budget.</source>
      <translation>Размышления должны быть значением модели по умолчанию, выключены, уровнем или бюджетом.</translation>
    </message>
    <message>
      <source>Thinking off</source>
      <translation>Размышления выключены</translation>
    </message>
    <message>
      <source>Thinking very high</source>
      <translation>Размышления: очень высокий</translation>
    </message>
    <message>
      <source>Thinking {level}</source>
      <translation>Размышления: {level}</translation>
    </message>
    <message>
      <source>Thinking: model default</source>
      <translation>Размышления: по умолчанию модели</translation>
    </message>
    <message>
      <source>Very high</source>
      <translation>Очень высокий</translation>
    </message>
    <message>
      <source>budget {tokens}</source>
      <translation>бюджет {tokens}</translation>
    </message>
    <message>
      <source>cannot turn its thinking off</source>
      <translation>не может отключить размышления</translation>
    </message>
    <message>
      <source>does not offer the {level} thinking effort</source>
      <translation>не поддерживает уровень размышлений «{level}»</translation>
    </message>
    <message>
      <source>does not take a thinking budget</source>
      <translation>не принимает бюджет размышлений</translation>
    </message>
    <message>
      <source>high</source>
      <translation>высокий</translation>
    </message>
    <message>
      <source>low</source>
      <translation>низкий</translation>
    </message>
    <message>
      <source>maximum</source>
      <translation>максимальный</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>средний</translation>
    </message>
    <message>
      <source>minimal</source>
      <translation>минимальный</translation>
    </message>
    <message>
      <source>model default</source>
      <translation>по умолчанию модели</translation>
    </message>
    <message>
      <source>off</source>
      <translation>выкл.</translation>
    </message>
    <message>
      <source>on</source>
      <translation>вкл.</translation>
    </message>
    <message>
      <source>very high</source>
      <translation>очень высокий</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off.</source>
      <translation>{model} не может отключить размышления.</translation>
    </message>
    <message>
      <source>{model} does not offer the {level} thinking effort.</source>
      <translation>{model} не поддерживает уровень размышлений «{level}».</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget.</source>
      <translation>{model} не принимает бюджет размышлений.</translation>
    </message>
    <message>
      <source>{setting} (hidden)</source>
      <translation>{setting} (скрыто)</translation>
    </message>
    <message>
      <source>“Hide the thinking” must be on or off.</source>
      <translation>«Скрыть размышления» должно быть включено или выключено.</translation>
    </message>
    <message>
      <source>“{name}” is not a thinking setting Switchboard knows.</source>
      <translation>«{name}» — настройка размышлений, неизвестная Switchboard.</translation>
    </message>
  </context>
  <context>
    <name>transcript</name>
    <message>
      <source>Code copied.</source>
      <translation>Код скопирован.</translation>
    </message>
    <message>
      <source>Conversation</source>
      <translation>Беседа</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>That link was not opened: only web and e-mail links open.</source>
      <translation>Ссылка не открыта: открываются только веб-ссылки и ссылки на электронную почту.</translation>
    </message>
    <message>
      <source>That message was not sent.</source>
      <translation>Это сообщение не отправлено.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>Ожидание модели…</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>Не удалось открыть «{name}».</translation>
    </message>
    <message>
      <source>“{name}” is no longer in Switchboard's data folder, so it cannot be opened.</source>
      <translation>«{name}» больше нет в папке данных Switchboard, поэтому его нельзя открыть.</translation>
    </message>
  </context>
  <context>
    <name>turn</name>
    <message>
      <source>The connection ended before the answer was finished.</source>
      <translation>Соединение прервалось до завершения ответа.</translation>
    </message>
  </context>
  <context>
    <name>updates</name>
    <message>
      <source>Switchboard {version} is available — what's new</source>
      <translation>Доступен Switchboard {version} — что нового</translation>
    </message>
  </context>
  <context>
    <name>version_settings</name>
    <message>
      <source>Answered by</source>
      <translation>Ответила модель</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>JSON-схема</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>Модель</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>Провайдер</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>Системный промпт</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>не задано</translation>
    </message>
    <message>
      <source>on</source>
      <translation>вкл.</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>обычный текст</translation>
    </message>
  </context>
  <context>
    <name>versions_flow</name>
    <message>
      <source>For this answer only: the conversation keeps its own settings</source>
      <translation>Только для этого ответа: у беседы остаются свои настройки</translation>
    </message>
    <message>
      <source>For this answer only: the conversation keeps its own settings.</source>
      <translation>Только для этого ответа: у беседы остаются свои настройки.</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>Модели</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>Пресеты</translation>
    </message>
    <message>
      <source>Regenerate with</source>
      <translation>Пересоздать с</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>Пересоздать с…</translation>
    </message>
    <message>
      <source>This answer has only one version: Regenerate makes another.</source>
      <translation>У этого ответа только одна версия: «Пересоздать» создаст ещё одну.</translation>
    </message>
    <message>
      <source>Wait until the answer being written has finished (or press Stop), then try again.</source>
      <translation>Дождитесь завершения текущего ответа (или нажмите «Стоп») и попробуйте снова.</translation>
    </message>
    <message>
      <source>{model} (this conversation's)</source>
      <translation>{model} (модель этой беседы)</translation>
    </message>
  </context>
  <context>
    <name>versions_view</name>
    <message>
      <source>Answer, version {number}</source>
      <translation>Ответ, версия {number}</translation>
    </message>
    <message>
      <source>Compare these versions</source>
      <translation>Сравнить эти версии</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>Выделять различия</translation>
    </message>
    <message>
      <source>Make this version the one the conversation shows</source>
      <translation>Показывать в беседе эту версию</translation>
    </message>
    <message>
      <source>Mark the words where the answers differ</source>
      <translation>Отметить слова, которыми различаются ответы</translation>
    </message>
    <message>
      <source>No figures were recorded.</source>
      <translation>Показатели не записаны.</translation>
    </message>
    <message>
      <source>On screen</source>
      <translation>На экране</translation>
    </message>
    <message>
      <source>Settings of version {number}</source>
      <translation>Настройки версии {number}</translation>
    </message>
    <message>
      <source>Show this one</source>
      <translation>Показать эту</translation>
    </message>
    <message>
      <source>Show version {number}</source>
      <translation>Показать версию {number}</translation>
    </message>
    <message numerus="yes">
      <source>The same question, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: The same question, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>Один и тот же вопрос, %n вариант ответа со своими настройками. Нажмите «Показать эту» под ответом, который должна показывать беседа; остальные сохранятся.</numerusform>
        <numerusform>Один и тот же вопрос, %n варианта ответа, у каждого свои настройки. Нажмите «Показать эту» под ответом, который должна показывать беседа; остальные сохранятся.</numerusform>
        <numerusform>Один и тот же вопрос, %n вариантов ответа, у каждого свои настройки. Нажмите «Показать эту» под ответом, который должна показывать беседа; остальные сохранятся.</numerusform>
      </translation>
    </message>
    <message>
      <source>Tokens and cost of version {number}</source>
      <translation>Токены и стоимость версии {number}</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>Версия {number} из {total}</translation>
    </message>
    <message numerus="yes">
      <source>“{question}”, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: “{question}”, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>«{question}»: %n вариант ответа со своими настройками. Нажмите «Показать эту» под ответом, который должна показывать беседа; остальные сохранятся.</numerusform>
        <numerusform>«{question}»: %n варианта ответа, у каждого свои настройки. Нажмите «Показать эту» под ответом, который должна показывать беседа; остальные сохранятся.</numerusform>
        <numerusform>«{question}»: %n вариантов ответа, у каждого свои настройки. Нажмите «Показать эту» под ответом, который должна показывать беседа; остальные сохранятся.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>welcome</name>
    <message>
      <source>&lt;b&gt;A key&lt;/b&gt; is like a password that lets Switchboard use your OpenRouter account. {keeping}</source>
      <translation>&lt;b&gt;Ключ&lt;/b&gt; — это что-то вроде пароля, с которым Switchboard может пользоваться вашим аккаунтом OpenRouter. {keeping}</translation>
    </message>
    <message>
      <source>&lt;b&gt;OpenRouter&lt;/b&gt; is one account that reaches hundreds of AI models (from OpenAI, Anthropic, Google, Meta, Mistral and others). Switchboard is a window onto it: you chat, compare and keep your conversations on this computer.</source>
      <translation>&lt;b&gt;OpenRouter&lt;/b&gt; — это один аккаунт, дающий доступ к сотням моделей ИИ (от OpenAI, Anthropic, Google, Meta, Mistral и других). Switchboard — окно в него: вы общаетесь, сравниваете и храните беседы на этом компьютере.</translation>
    </message>
    <message>
      <source>&lt;b&gt;What it costs:&lt;/b&gt; OpenRouter charges per use, from your prepaid credit. A typical answer costs a fraction of a cent, some models are free, and Switchboard shows what every answer cost.</source>
      <translation>&lt;b&gt;Сколько это стоит:&lt;/b&gt; OpenRouter берёт плату за использование из ваших предоплаченных кредитов. Обычный ответ стоит доли цента, некоторые модели бесплатны, а Switchboard показывает стоимость каждого ответа.</translation>
    </message>
    <message>
      <source>Switchboard keeps it in your computer's keychain, the same place your browser keeps passwords, and nowhere else.</source>
      <translation>Switchboard хранит его в связке ключей вашего компьютера — там же, где браузер хранит пароли, — и больше нигде.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key is kept only until you close the app (and nowhere else): you will paste it or sign in again next time.</source>
      <translation>На этом компьютере нет хранилища паролей, которым может пользоваться Switchboard, поэтому ключ хранится только до закрытия приложения (и больше нигде): в следующий раз нужно будет снова вставить его или войти.</translation>
    </message>
    <message>
      <source>Welcome to Switchboard</source>
      <translation>Добро пожаловать в Switchboard</translation>
    </message>
  </context>
</TS>

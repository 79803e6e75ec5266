<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>about</name>
    <message>
      <source>(not known until the app has started)</source>
      <translation>(غير معروف حتى يبدأ التطبيق)</translation>
    </message>
    <message>
      <source>A desktop chat client for OpenRouter.</source>
      <translation>تطبيق دردشة لسطح المكتب لـ OpenRouter.</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>حول {app}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>Add a line to the message</source>
      <translation>إضافة سطر إلى الرسالة</translation>
    </message>
    <message>
      <source>Enter (or Ctrl+Enter, when Enter adds a line)</source>
      <translation>Enter (أو Ctrl+Enter عندما يضيف Enter سطرًا)</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
    </message>
    <message>
      <source>Licence: {licence}</source>
      <translation>الترخيص: {licence}</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
      <source>Send the message</source>
      <translation>إرسال الرسالة</translation>
    </message>
    <message>
      <source>Your conversations and settings are kept in:
{place}</source>
      <translation>تُحفظ محادثاتك وإعداداتك في:
{place}</translation>
    </message>
  </context>
  <context>
    <name>account</name>
    <message>
      <source>A key is one line without spaces. Copy it again, all of it, and paste it here.</source>
      <translation>المفتاح سطر واحد بلا مسافات. انسخه مرة أخرى كاملًا، ثم الصقه هنا.</translation>
    </message>
    <message>
      <source>For this session only</source>
      <translation>لهذه الجلسة فقط</translation>
    </message>
    <message>
      <source>For this session only (the key for {server}, not your OpenRouter key)</source>
      <translation>لهذه الجلسة فقط (مفتاح {server}، وليس مفتاح OpenRouter الخاص بك)</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored</source>
      <translation>من البيئة ({variable})، غير محفوظ</translation>
    </message>
    <message>
      <source>From the environment ({variable}), not stored (the key for {server}, not your OpenRouter key)</source>
      <translation>من البيئة ({variable})، غير محفوظ (مفتاح {server}، وليس مفتاح OpenRouter الخاص بك)</translation>
    </message>
    <message>
      <source>No key for {server}: requests to it are sent without one</source>
      <translation>لا يوجد مفتاح لـ {server}: تُرسل الطلبات إليه بدون مفتاح</translation>
    </message>
    <message>
      <source>No key yet</source>
      <translation>لا يوجد مفتاح بعد</translation>
    </message>
    <message>
      <source>Not checked yet</source>
      <translation>لم يُتحقق منه بعد</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key, and it does not look like an OpenRouter key (those start with “sk-or-”). Copy the key again from openrouter.ai/keys.</source>
      <translation>لم يقبل OpenRouter هذا المفتاح، ولا يبدو أنه مفتاح OpenRouter (تبدأ هذه المفاتيح بـ “sk-or-”). انسخ المفتاح مرة أخرى من openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept this key. It may be mistyped, disabled or expired: check that you copied all of it, or create a new one at openrouter.ai/keys.</source>
      <translation>لم يقبل OpenRouter هذا المفتاح. ربما كُتب خطأً أو عُطِّل أو انتهت صلاحيته: تأكد من أنك نسخته كاملًا، أو أنشئ مفتاحًا جديدًا في openrouter.ai/keys.</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>الصق مفتاحك أولًا.</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter is only for the OpenRouter address. The API address in Settings is another server: enter that server's key in Settings, or set the address back to OpenRouter to sign in.</source>
      <translation>تسجيل الدخول عبر OpenRouter مخصص لعنوان OpenRouter فقط. عنوان API في الإعدادات يخص خادمًا آخر: أدخل مفتاح ذلك الخادم في الإعدادات، أو أعد العنوان إلى OpenRouter لتسجيل الدخول.</translation>
    </message>
    <message>
      <source>Stored in: {store}</source>
      <translation>محفوظ في: {store}</translation>
    </message>
    <message>
      <source>Stored in: {store} (the key for {server}, not your OpenRouter key)</source>
      <translation>محفوظ في: {store} (مفتاح {server}، وليس مفتاح OpenRouter الخاص بك)</translation>
    </message>
    <message>
      <source>The key in {variable} cannot be used: {reason}</source>
      <translation>لا يمكن استخدام المفتاح الموجود في {variable}: {reason}</translation>
    </message>
    <message>
      <source>The server at {server} did not accept this key. Check that you copied all of it, then try again.</source>
      <translation>لم يقبل الخادم في {server} هذا المفتاح. تأكد من أنك نسخته كاملًا، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use</source>
      <translation>لا يوجد على هذا الحاسوب مخزن كلمات مرور يمكن لـ Switchboard استخدامه</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so a key can be kept only until you close the app. Paste your key to use it for this session only.</source>
      <translation>لا يوجد على هذا الحاسوب مخزن كلمات مرور يمكن لـ Switchboard استخدامه، لذا لا يمكن الاحتفاظ بالمفتاح إلا حتى تغلق التطبيق. الصق مفتاحك لاستخدامه في هذه الجلسة فقط.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key can be kept only until you close the app. You can use it for this session only (you will paste it again next time).</source>
      <translation>لا يوجد على هذا الحاسوب مخزن كلمات مرور يمكن لـ Switchboard استخدامه، لذا لا يمكن الاحتفاظ بمفتاحك إلا حتى تغلق التطبيق. يمكنك استخدامه لهذه الجلسة فقط (وستلصقه مرة أخرى في المرة القادمة).</translation>
    </message>
    <message>
      <source>This key contains characters that keys never have. Copy it again from where you created it (for OpenRouter: openrouter.ai/keys).</source>
      <translation>يحتوي هذا المفتاح على أحرف لا توجد في المفاتيح أبدًا. انسخه مرة أخرى من حيث أنشأته (لـ OpenRouter: openrouter.ai/keys).</translation>
    </message>
    <message>
      <source>This server does not describe its keys, so the key was taken as it is.</source>
      <translation>هذا الخادم لا يصف مفاتيحه، لذا أُخذ المفتاح كما هو.</translation>
    </message>
    <message>
      <source>Unnamed key</source>
      <translation>مفتاح بلا اسم</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>يوميًا</translation>
    </message>
    <message>
      <source>free tier</source>
      <translation>الفئة المجانية</translation>
    </message>
    <message>
      <source>limit {limit}</source>
      <translation>الحد {limit}</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left)</source>
      <translation>الحد {limit} (المتبقي {left})</translation>
    </message>
    <message>
      <source>limit {limit} ({left} left), resets {reset}</source>
      <translation>الحد {limit} (المتبقي {left})، يُعاد ضبطه {reset}</translation>
    </message>
    <message>
      <source>limit {limit}, resets {reset}</source>
      <translation>الحد {limit}، يُعاد ضبطه {reset}</translation>
    </message>
    <message>
      <source>monthly</source>
      <translation>شهريًا</translation>
    </message>
    <message>
      <source>no spending limit</source>
      <translation>بلا حد للإنفاق</translation>
    </message>
    <message>
      <source>used {amount}</source>
      <translation>المُستخدَم: {amount}</translation>
    </message>
    <message>
      <source>weekly</source>
      <translation>أسبوعيًا</translation>
    </message>
  </context>
  <context>
    <name>account_flow</name>
    <message>
      <source>Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>إزالة المفتاح</translation>
    </message>
    <message>
      <source>Remove the key for {server} from this computer's keychain?</source>
      <translation>هل تريد إزالة مفتاح {server} من سلسلة مفاتيح هذا الحاسوب؟</translation>
    </message>
    <message>
      <source>Remove your OpenRouter key from this computer's keychain?</source>
      <translation>هل تريد إزالة مفتاح OpenRouter الخاص بك من سلسلة مفاتيح هذا الحاسوب؟</translation>
    </message>
    <message>
      <source>You are ready: type a message and press Enter.</source>
      <translation>كل شيء جاهز: اكتب رسالة واضغط Enter.</translation>
    </message>
  </context>
  <context>
    <name>attach_flow</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحتان</numerusform>
        <numerusform>%n صفحات</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
      </translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and each of the {columns} columns pays for its own reading ({pages} in all: about {about}). Read them?</source>
      <translation>ملف PDF أرفقته لا يحتوي على نص، بل صور صفحات فقط. القراءة المدفوعة تكلف $2 لكل 1,000 صفحة، وكل عمود من الأعمدة الـ {columns} يدفع لقراءته الخاصة ({pages} إجمالًا: نحو {about}). هل تريد قراءتها؟</translation>
    </message>
    <message>
      <source>A PDF you attached has no text, only pictures of pages. Paid reading costs $2 per 1,000 pages, and it then reads every PDF this message sends ({pdfs} PDFs, {pages}: about {about}). Read them?</source>
      <translation>ملف PDF أرفقته لا يحتوي على نص، بل صور صفحات فقط. القراءة المدفوعة تكلف $2 لكل 1,000 صفحة، وستُقرأ حينها كل ملفات PDF التي ترسلها هذه الرسالة ({pdfs} ملفات PDF، {pages}: نحو {about}). هل تريد قراءتها؟</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and earlier messages of this conversation carry pictures ({names}) that every message sends again. Choose a model that can see pictures.</source>
      <translation>لم تُرسل: {model} لا يستطيع رؤية الصور، والرسائل السابقة في هذه المحادثة تحمل صورًا ({names}) تُرسل مجددًا مع كل رسالة. اختر نموذجًا يستطيع رؤية الصور.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} are pictures. Choose a model that can, or remove the pictures.</source>
      <translation>لم تُرسل: {model} لا يستطيع رؤية الصور، و{names} صور. اختر نموذجًا يستطيع ذلك، أو أزل الصور.</translation>
    </message>
    <message>
      <source>Not sent: {model} cannot see pictures, and {names} is a picture. Choose a model that can, or remove the picture.</source>
      <translation>لم تُرسل: {model} لا يستطيع رؤية الصور، و{names} صورة. اختر نموذجًا يستطيع ذلك، أو أزل الصورة.</translation>
    </message>
    <message>
      <source>The model list does not say whether this model can read pictures or files, so your attachments were sent as they are. If the answer ignores them, choose a model that reads them.</source>
      <translation>لا تذكر قائمة النماذج ما إذا كان هذا النموذج يستطيع قراءة الصور أو الملفات، لذا أُرسلت مرفقاتك كما هي. إذا تجاهلتها الإجابة، فاختر نموذجًا يقرؤها.</translation>
    </message>
    <message>
      <source>These PDFs have no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>ملفات PDF هذه لا تحتوي على نص، بل صور صفحات فقط. قراءتها تكلف $2 لكل 1,000 صفحة (نحو {about} لهذه الـ {pages}). هل تريد قراءتها؟</translation>
    </message>
    <message>
      <source>This PDF has no text, only pictures of pages. Reading them costs $2 per 1,000 pages (about {about} for these {pages}). Read them?</source>
      <translation>ملف PDF هذا لا يحتوي على نص، بل صور صفحات فقط. قراءتها تكلف $2 لكل 1,000 صفحة (نحو {about} لهذه الـ {pages}). هل تريد قراءتها؟</translation>
    </message>
    <message numerus="yes">
      <source>{names} and %n more</source>
      <comment>one: {names} and %n more</comment>
      <translation>
        <numerusform>{names} و%n غيرها</numerusform>
        <numerusform>{names} وواحد آخر (%n)</numerusform>
        <numerusform>{names} و%n آخران</numerusform>
        <numerusform>{names} و%n أخرى</numerusform>
        <numerusform>{names} و%n أخرى</numerusform>
        <numerusform>{names} و%n أخرى</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attachment_chips</name>
    <message numerus="yes">
      <source>%n pages</source>
      <comment>one: %n page</comment>
      <translation>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحتان</numerusform>
        <numerusform>%n صفحات</numerusform>
        <numerusform>%n صفحة</numerusform>
        <numerusform>%n صفحة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>A message can carry at most %n attachments. Remove one to attach another.</source>
      <comment>one: A message can carry at most %n attachment. Remove it to attach another.</comment>
      <translation>
        <numerusform>يمكن أن تحمل الرسالة %n مرفق على الأكثر. أزل واحدًا لإرفاق غيره.</numerusform>
        <numerusform>يمكن أن تحمل الرسالة مرفقًا واحدًا (%n) على الأكثر. أزله لإرفاق غيره.</numerusform>
        <numerusform>يمكن أن تحمل الرسالة %n مرفقين على الأكثر. أزل واحدًا لإرفاق غيره.</numerusform>
        <numerusform>يمكن أن تحمل الرسالة %n مرفقات على الأكثر. أزل واحدًا لإرفاق غيره.</numerusform>
        <numerusform>يمكن أن تحمل الرسالة %n مرفقًا على الأكثر. أزل واحدًا لإرفاق غيره.</numerusform>
        <numerusform>يمكن أن تحمل الرسالة %n مرفق على الأكثر. أزل واحدًا لإرفاق غيره.</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach</source>
      <translation>إرفاق</translation>
    </message>
    <message>
      <source>Attach a file</source>
      <translation>إرفاق ملف</translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>إرفاق ملفات</translation>
    </message>
    <message>
      <source>Attach pictures, PDFs or text files (you can also drop them here or paste them). Pictures up to {image_mb} MB (larger than {side} pixels are reduced), PDFs up to {pdf_mb} MB, text files up to {text_mb} MB; at most {count} a message.</source>
      <translation>أرفق صورًا أو ملفات PDF أو ملفات نصية (يمكنك أيضًا إفلاتها هنا أو لصقها). الصور حتى {image_mb} ميغابايت (ما يزيد على {side} بكسل يُصغَّر)، وملفات PDF حتى {pdf_mb} ميغابايت، والملفات النصية حتى {text_mb} ميغابايت؛ و{count} على الأكثر لكل رسالة.</translation>
    </message>
    <message>
      <source>Attachment {name}</source>
      <translation>المرفق {name}</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>المرفقات</translation>
    </message>
    <message>
      <source>Files cannot be attached here.</source>
      <translation>لا يمكن إرفاق ملفات هنا.</translation>
    </message>
    <message numerus="yes">
      <source>Not sent yet: %n files are still being read. Press Send again once they are attached, or remove them (✕) to send without them.</source>
      <comment>one: Not sent yet: %n file is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</comment>
      <translation>
        <numerusform>لم تُرسل بعد: لا يزال %n ملف قيد القراءة. اضغط «إرسال» مجددًا بعد إرفاقها، أو أزلها (✕) للإرسال بدونها.</numerusform>
        <numerusform>لم تُرسل بعد: لا يزال ملف واحد (%n) قيد القراءة. اضغط «إرسال» مجددًا بعد إرفاقه، أو أزله (✕) للإرسال بدونه.</numerusform>
        <numerusform>لم تُرسل بعد: لا يزال %n ملفان قيد القراءة. اضغط «إرسال» مجددًا بعد إرفاقهما، أو أزلهما (✕) للإرسال بدونهما.</numerusform>
        <numerusform>لم تُرسل بعد: لا تزال %n ملفات قيد القراءة. اضغط «إرسال» مجددًا بعد إرفاقها، أو أزلها (✕) للإرسال بدونها.</numerusform>
        <numerusform>لم تُرسل بعد: لا يزال %n ملفًا قيد القراءة. اضغط «إرسال» مجددًا بعد إرفاقها، أو أزلها (✕) للإرسال بدونها.</numerusform>
        <numerusform>لم تُرسل بعد: لا يزال %n ملف قيد القراءة. اضغط «إرسال» مجددًا بعد إرفاقها، أو أزلها (✕) للإرسال بدونها.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent yet: “{name}” is still being read. Press Send again once it is attached, or remove it (✕) to send without it.</source>
      <translation>لم تُرسل بعد: لا يزال “{name}” قيد القراءة. اضغط «إرسال» مجددًا بعد إرفاقه، أو أزله (✕) للإرسال بدونه.</translation>
    </message>
    <message>
      <source>Pasted picture.png</source>
      <translation>صورة ملصقة.png</translation>
    </message>
    <message>
      <source>Picture {name}</source>
      <translation>الصورة {name}</translation>
    </message>
    <message>
      <source>Pictures, PDFs and text files (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;All files (*)</source>
      <translation>الصور وملفات PDF والملفات النصية (*.png *.jpg *.jpeg *.webp *.gif *.pdf *.txt *.md *.csv *.json *.py *.js *.ts *.html *.css *.xml *.yaml *.yml *.toml *.log *.sql *.sh);;كل الملفات (*)</translation>
    </message>
    <message>
      <source>Reading {name}</source>
      <translation>جارٍ قراءة {name}</translation>
    </message>
    <message>
      <source>Reading “{name}”…</source>
      <translation>جارٍ قراءة “{name}”…</translation>
    </message>
    <message>
      <source>Remove this attachment</source>
      <translation>إزالة هذا المرفق</translation>
    </message>
    <message>
      <source>Remove {name}</source>
      <translation>إزالة {name}</translation>
    </message>
    <message>
      <source>Stop reading this file (it is not attached)</source>
      <translation>إيقاف قراءة هذا الملف (لن يُرفق)</translation>
    </message>
    <message>
      <source>Stop reading {name}</source>
      <translation>إيقاف قراءة {name}</translation>
    </message>
    <message>
      <source>reduced</source>
      <translation>مُصغَّرة</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>تعذّر فتح “{name}”.</translation>
    </message>
    <message>
      <source>“{name}” could not be opened: Switchboard could not write a copy of it to open (the disk may be full, or the temporary folder not writable).</source>
      <translation>تعذّر فتح “{name}”: لم يتمكن Switchboard من كتابة نسخة منه لفتحها (قد يكون القرص ممتلئًا، أو المجلد المؤقت غير قابل للكتابة).</translation>
    </message>
    <message>
      <source>“{name}” is attached already.</source>
      <translation>“{name}” مرفق بالفعل.</translation>
    </message>
    <message numerus="yes">
      <source>“{name}” was not attached: a message can carry at most %n attachments.</source>
      <comment>one: “{name}” was not attached: a message can carry at most %n attachment.</comment>
      <translation>
        <numerusform>لم يُرفق “{name}”: يمكن أن تحمل الرسالة %n مرفق على الأكثر.</numerusform>
        <numerusform>لم يُرفق “{name}”: يمكن أن تحمل الرسالة مرفقًا واحدًا (%n) على الأكثر.</numerusform>
        <numerusform>لم يُرفق “{name}”: يمكن أن تحمل الرسالة %n مرفقين على الأكثر.</numerusform>
        <numerusform>لم يُرفق “{name}”: يمكن أن تحمل الرسالة %n مرفقات على الأكثر.</numerusform>
        <numerusform>لم يُرفق “{name}”: يمكن أن تحمل الرسالة %n مرفقًا على الأكثر.</numerusform>
        <numerusform>لم يُرفق “{name}”: يمكن أن تحمل الرسالة %n مرفق على الأكثر.</numerusform>
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
      <translation>لا يستطيع Switchboard قراءة ملفات PDF: جزء يحتاجه مفقود. أعد تثبيت Switchboard.</translation>
    </message>
    <message>
      <source>Switchboard cannot send “{name}”. It can send pictures (PNG, JPEG, WebP, GIF), PDFs and text files.</source>
      <translation>لا يستطيع Switchboard إرسال “{name}”. يمكنه إرسال الصور (PNG وJPEG وWebP وGIF) وملفات PDF والملفات النصية.</translation>
    </message>
    <message>
      <source>Switchboard could not keep a copy of “{name}” in its data folder. Check that the disk is not full, then attach it again.</source>
      <translation>لم يتمكن Switchboard من الاحتفاظ بنسخة من “{name}” في مجلد بياناته. تأكد من أن القرص غير ممتلئ، ثم أرفقه مرة أخرى.</translation>
    </message>
    <message>
      <source>Switchboard is not allowed to read “{name}”. Check who may open the file, or copy it to your own folder and attach the copy.</source>
      <translation>لا يُسمح لـ Switchboard بقراءة “{name}”. تحقق ممن يحق له فتح الملف، أو انسخه إلى مجلدك الخاص وأرفق النسخة.</translation>
    </message>
    <message>
      <source>a GIF picture</source>
      <translation>صورة GIF</translation>
    </message>
    <message>
      <source>a JPEG picture</source>
      <translation>صورة JPEG</translation>
    </message>
    <message>
      <source>a PDF</source>
      <translation>ملف PDF</translation>
    </message>
    <message>
      <source>a PNG picture</source>
      <translation>صورة PNG</translation>
    </message>
    <message>
      <source>a WebP picture</source>
      <translation>صورة WebP</translation>
    </message>
    <message>
      <source>a ZIP archive (Word, Excel and PowerPoint files are ZIP archives too)</source>
      <translation>أرشيف ZIP (ملفات Word وExcel وPowerPoint هي أيضًا أرشيفات ZIP)</translation>
    </message>
    <message>
      <source>text</source>
      <translation>نص</translation>
    </message>
    <message>
      <source>“{name}” could not be read. Try again, or copy it to another folder and attach the copy.</source>
      <translation>تعذّرت قراءة “{name}”. حاول مرة أخرى، أو انسخه إلى مجلد آخر وأرفق النسخة.</translation>
    </message>
    <message>
      <source>“{name}” has no pages: there is nothing in it to send.</source>
      <translation>“{name}” لا يحتوي على صفحات: لا يوجد فيه ما يُرسل.</translation>
    </message>
    <message>
      <source>“{name}” has {pages:,} pages. Switchboard can send PDFs of at most {MAX_PDF_PAGES:,} pages: split it and attach the part you need.</source>
      <translation>“{name}” يحتوي على {pages:,} صفحة. يستطيع Switchboard إرسال ملفات PDF من {MAX_PDF_PAGES:,} صفحة على الأكثر: قسّمه وأرفق الجزء الذي تحتاجه.</translation>
    </message>
    <message>
      <source>“{name}” is a damaged PDF that Switchboard could not open. Open it in a PDF reader and save or print it to a new PDF, then attach that.</source>
      <translation>“{name}” ملف PDF تالف تعذّر على Switchboard فتحه. افتحه في قارئ PDF واحفظه أو اطبعه إلى ملف PDF جديد، ثم أرفقه.</translation>
    </message>
    <message>
      <source>“{name}” is empty: there is nothing in it to send.</source>
      <translation>“{name}” فارغ: لا يوجد فيه ما يُرسل.</translation>
    </message>
    <message>
      <source>“{name}” is locked with a password or encryption, so the model could not read it. Save an unlocked copy (for example with “Print to PDF”) and attach that.</source>
      <translation>“{name}” مقفل بكلمة مرور أو مشفّر، لذا تعذّر على النموذج قراءته. احفظ نسخة غير مقفلة (مثلًا عبر “الطباعة إلى PDF”) وأرفقها.</translation>
    </message>
    <message>
      <source>“{name}” is no longer there: it may have been moved or deleted. Attach it again from where it is now.</source>
      <translation>“{name}” لم يعد موجودًا: ربما نُقل أو حُذف. أرفقه مرة أخرى من مكانه الحالي.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF Switchboard can read. Attach the right file.</source>
      <translation>“{name}” ليس ملف PDF يستطيع Switchboard قراءته. أرفق الملف الصحيح.</translation>
    </message>
    <message>
      <source>“{name}” is not a PDF: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}” ليس ملف PDF: محتواه {contents}. غيّر اسمه أو أرفق الملف الصحيح.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture Switchboard can read. Attach a PNG, JPEG, WebP or GIF picture.</source>
      <translation>“{name}” ليس صورة يستطيع Switchboard قراءتها. أرفق صورة PNG أو JPEG أو WebP أو GIF.</translation>
    </message>
    <message>
      <source>“{name}” is not a picture: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}” ليس صورة: محتواه {contents}. غيّر اسمه أو أرفق الملف الصحيح.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file Switchboard can send.</source>
      <translation>“{name}” ليس ملفًا نصيًا يستطيع Switchboard إرساله.</translation>
    </message>
    <message>
      <source>“{name}” is not a text file: its contents are {contents}. Rename it or attach the right file.</source>
      <translation>“{name}” ليس ملفًا نصيًا: محتواه {contents}. غيّر اسمه أو أرفق الملف الصحيح.</translation>
    </message>
    <message>
      <source>“{name}” is not an ordinary file (it may be a folder, a pipe or a device), so it cannot be attached.</source>
      <translation>“{name}” ليس ملفًا عاديًا (قد يكون مجلدًا أو أنبوبًا أو جهازًا)، لذا لا يمكن إرفاقه.</translation>
    </message>
    <message>
      <source>“{name}” is too large to open safely: {width:,} × {height:,} pixels. Make it smaller in another program and attach it again.</source>
      <translation>“{name}” أكبر من أن يُفتح بأمان: {width:,} × {height:,} بكسل. صغّره في برنامج آخر وأرفقه مرة أخرى.</translation>
    </message>
    <message>
      <source>“{name}” is too large: PDFs can be at most {size} MB.</source>
      <translation>“{name}” كبير جدًا: الحد الأقصى لملفات PDF هو {size} ميغابايت.</translation>
    </message>
    <message>
      <source>“{name}” is too large: files can be at most {limit} MB (pictures {image_limit} MB, text files {text_limit} MB).</source>
      <translation>“{name}” كبير جدًا: الحد الأقصى للملفات هو {limit} ميغابايت (الصور {image_limit} ميغابايت، والملفات النصية {text_limit} ميغابايت).</translation>
    </message>
    <message>
      <source>“{name}” is too large: pictures can be at most {size} MB.</source>
      <translation>“{name}” كبير جدًا: الحد الأقصى للصور هو {size} ميغابايت.</translation>
    </message>
    <message>
      <source>“{name}” is too large: text files can be at most {size} MB.</source>
      <translation>“{name}” كبير جدًا: الحد الأقصى للملفات النصية هو {size} ميغابايت.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but could not be opened: it may be damaged, or too large to make smaller. Open it in another program, make it smaller or save it again, then attach it again.</source>
      <translation>“{name}” يبدو صورة لكن تعذّر فتحه: قد يكون تالفًا، أو أكبر من أن يُصغَّر. افتحه في برنامج آخر، وصغّره أو احفظه مجددًا، ثم أرفقه مرة أخرى.</translation>
    </message>
    <message>
      <source>“{name}” looks like a picture but is damaged: Switchboard could not read its size. Open it in another program and save it again.</source>
      <translation>“{name}” يبدو صورة لكنه تالف: تعذّر على Switchboard قراءة حجمه. افتحه في برنامج آخر واحفظه مجددًا.</translation>
    </message>
  </context>
  <context>
    <name>blobs</name>
    <message>
      <source>The attached file “{name}” is no longer in Switchboard's data folder, so it cannot be sent again. Attach it once more.</source>
      <translation>الملف المرفق “{name}” لم يعد في مجلد بيانات Switchboard، لذا لا يمكن إرساله مجددًا. أرفقه مرة أخرى.</translation>
    </message>
  </context>
  <context>
    <name>catalogue</name>
    <message>
      <source>The server listed no models, so the current list is kept.</source>
      <translation>لم يُدرج الخادم أي نماذج، لذا أُبقيت القائمة الحالية.</translation>
    </message>
  </context>
  <context>
    <name>chat</name>
    <message>
      <source>Switchboard could not save this answer (the disk may be full), so it stopped here. What arrived is shown; free some space, then press Retry.</source>
      <translation>لم يتمكن Switchboard من حفظ هذه الإجابة (قد يكون القرص ممتلئًا)، لذا توقف هنا. ما وصل معروض؛ أفرغ بعض المساحة، ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
      <source>The file “{name}” is no longer in Switchboard's data folder, so the model was told it is no longer available. Attach it again if the model needs it.</source>
      <translation>الملف “{name}” لم يعد في مجلد بيانات Switchboard، لذا أُبلغ النموذج بأنه لم يعد متاحًا. أرفقه مرة أخرى إذا احتاجه النموذج.</translation>
    </message>
  </context>
  <context>
    <name>chat_view</name>
    <message>
      <source>Answer status</source>
      <translation>حالة الإجابة</translation>
    </message>
    <message>
      <source>Attachments are sent again with every later message.</source>
      <translation>تُرسل المرفقات مجددًا مع كل رسالة لاحقة.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Deleted version</source>
      <translation>نسخة محذوفة</translation>
    </message>
    <message>
      <source>Editing a message</source>
      <translation>تحرير رسالة</translation>
    </message>
    <message>
      <source>Editing your message: sending adds a new version; the original stays. (Esc cancels)</source>
      <translation>تحرير رسالتك: الإرسال يضيف نسخة جديدة، وتبقى الأصلية. (Esc للإلغاء)</translation>
    </message>
    <message>
      <source>Estimated cost of this message</source>
      <translation>التكلفة التقديرية لهذه الرسالة</translation>
    </message>
    <message>
      <source>Models that can read your attachments</source>
      <translation>النماذج التي تستطيع قراءة مرفقاتك</translation>
    </message>
    <message>
      <source>No model in the model list says it can; refresh the list and try again.</source>
      <translation>لا يوجد نموذج في قائمة النماذج يذكر أنه يستطيع ذلك؛ حدّث القائمة وحاول مرة أخرى.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>لم تُرسل: رسالتك ومرفقاتها لا تزال في المربع. أزل ملف PDF للإرسال بدونه.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>هل تريد قراءة صور الصفحات؟</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>اقرأها</translation>
    </message>
    <message>
      <source>Send</source>
      <translation>إرسال</translation>
    </message>
    <message>
      <source>Send message</source>
      <translation>إرسال الرسالة</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>إيقاف الإجابة</translation>
    </message>
    <message>
      <source>Stop the answer (Esc)</source>
      <translation>إيقاف الإجابة (Esc)</translation>
    </message>
    <message>
      <source>That version cannot come back: what it followed was deleted too.</source>
      <translation>لا يمكن استعادة تلك النسخة: ما كانت تليه حُذف أيضًا.</translation>
    </message>
    <message>
      <source>The message you were editing is no longer shown, so nothing was sent. Switch back to it and edit it again, or send this as a new message.</source>
      <translation>الرسالة التي كنت تحررها لم تعد معروضة، لذا لم يُرسل شيء. عُد إليها وحررها مرة أخرى، أو أرسل هذا كرسالة جديدة.</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>يفكر…</translation>
    </message>
    <message>
      <source>This conversation now uses {model}. Press Send to send your message.</source>
      <translation>تستخدم هذه المحادثة الآن {model}. اضغط «إرسال» لإرسال رسالتك.</translation>
    </message>
    <message>
      <source>This message: {estimate}</source>
      <translation>هذه الرسالة: {estimate}</translation>
    </message>
    <message>
      <source>This model cannot think any less than it did. Try again without a length limit, or choose a larger Maximum length in the Parameters panel.</source>
      <translation>لا يستطيع هذا النموذج التفكير أقل مما فعل. حاول مرة أخرى دون حد للطول، أو اختر «الطول الأقصى» أكبر في لوحة «المعلمات».</translation>
    </message>
    <message>
      <source>Type a message below to start.</source>
      <translation>اكتب رسالة أدناه للبدء.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>النسخة {number} من {total}</translation>
    </message>
    <message>
      <source>Version {number} of {total} deleted.</source>
      <translation>حُذفت النسخة {number} من {total}.</translation>
    </message>
    <message>
      <source>Wait for the answer to finish (or stop it) before changing versions.</source>
      <translation>انتظر حتى تنتهي الإجابة (أو أوقفها) قبل تغيير النسخ.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>في انتظار النموذج…</translation>
    </message>
    <message>
      <source>Write a message to send with your attachments.</source>
      <translation>اكتب رسالة لإرسالها مع مرفقاتك.</translation>
    </message>
    <message>
      <source>Writing…</source>
      <translation>يكتب…</translation>
    </message>
    <message>
      <source>Writing… {rate} tokens/s</source>
      <translation>يكتب… {rate} رمز/ث</translation>
    </message>
    <message>
      <source>about {cost}</source>
      <translation>نحو {cost}</translation>
    </message>
  </context>
  <context>
    <name>column_settings</name>
    <message>
      <source>Column settings</source>
      <translation>إعدادات العمود</translation>
    </message>
    <message>
      <source>Differs from another column: {settings}.</source>
      <translation>يختلف عن عمود آخر: {settings}.</translation>
    </message>
  </context>
  <context>
    <name>compare</name>
    <message numerus="yes">
      <source>%n requests, {estimate}</source>
      <comment>one: %n request, {estimate}</comment>
      <translation>
        <numerusform>%n طلب، {estimate}</numerusform>
        <numerusform>طلب واحد (%n)، {estimate}</numerusform>
        <numerusform>%n طلبان، {estimate}</numerusform>
        <numerusform>%n طلبات، {estimate}</numerusform>
        <numerusform>%n طلبًا، {estimate}</numerusform>
        <numerusform>%n طلب، {estimate}</numerusform>
      </translation>
    </message>
    <message>
      <source>Something went wrong in Switchboard while this answer was written.</source>
      <translation>حدث خطأ ما في Switchboard أثناء كتابة هذه الإجابة.</translation>
    </message>
    <message>
      <source>{estimate}. {reason}</source>
      <translation>{estimate}. {reason}</translation>
    </message>
    <message>
      <source>{first} vs {second}</source>
      <translation>{first} مقابل {second}</translation>
    </message>
  </context>
  <context>
    <name>compare_settings</name>
    <message numerus="yes">
      <source>%n answers</source>
      <comment>one: %n answer</comment>
      <translation>
        <numerusform>%n إجابة</numerusform>
        <numerusform>%n إجابة</numerusform>
        <numerusform>%n إجابتان</numerusform>
        <numerusform>%n إجابات</numerusform>
        <numerusform>%n إجابة</numerusform>
        <numerusform>%n إجابة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n رمز</numerusform>
        <numerusform>%n رمز</numerusform>
        <numerusform>%n رمزان</numerusform>
        <numerusform>%n رموز</numerusform>
        <numerusform>%n رمزًا</numerusform>
        <numerusform>%n رمز</numerusform>
      </translation>
    </message>
    <message>
      <source>Blind comparison</source>
      <translation>مقارنة عمياء</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens}</source>
      <translation>الإجمالي: {answers} · {tokens}</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · at least {cost}</source>
      <translation>الإجمالي: {answers} · {tokens} · {cost} على الأقل</translation>
    </message>
    <message>
      <source>In all: {answers} · {tokens} · {cost}</source>
      <translation>الإجمالي: {answers} · {tokens} · {cost}</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON مطابق لمخطط</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>النموذج</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>المزوّد</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>موجّه النظام</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>غير مضبوط</translation>
    </message>
    <message>
      <source>on</source>
      <translation>مفعّل</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>نص عادي</translation>
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
      <translation>(غيّر نموذج ذلك العمود عبر «تغيير…».)</translation>
    </message>
    <message>
      <source>(your next message)</source>
      <translation>(رسالتك التالية)</translation>
    </message>
    <message>
      <source>Another model…</source>
      <translation>نموذج آخر…</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>الإجابة {letter}</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Costs show once you pick. Pick the best answer.</source>
      <translation>مقارنة عمياء: الأسماء مخفية والترتيب عشوائي. تظهر التكاليف بعد أن تختار. اختر أفضل إجابة.</translation>
    </message>
    <message>
      <source>Blind: names are hidden and the order shuffled. Thinking, times and costs show once you pick. Pick the best answer.</source>
      <translation>مقارنة عمياء: الأسماء مخفية والترتيب عشوائي. يظهر التفكير والأوقات والتكاليف بعد أن تختار. اختر أفضل إجابة.</translation>
    </message>
    <message>
      <source>Change…</source>
      <translation>تغيير…</translation>
    </message>
    <message>
      <source>Column statistics</source>
      <translation>إحصاءات العمود</translation>
    </message>
    <message>
      <source>Column totals</source>
      <translation>مجاميع العمود</translation>
    </message>
    <message>
      <source>Comparison total</source>
      <translation>إجمالي المقارنة</translation>
    </message>
    <message>
      <source>Continue with this one</source>
      <translation>المتابعة بهذه</translation>
    </message>
    <message>
      <source>Details show once you pick the best answer.</source>
      <translation>تظهر التفاصيل بعد أن تختار أفضل إجابة.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>تصدير…</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>تمييز الاختلافات</translation>
    </message>
    <message>
      <source>Highlight differing</source>
      <translation>تمييز المختلف</translation>
    </message>
    <message>
      <source>Mark whole sentences that differ, or single words.</source>
      <translation>تمييز الجمل المختلفة كاملة، أو الكلمات المفردة.</translation>
    </message>
    <message>
      <source>Not sent: your message and its attachments are still in the box. Remove the PDF to send without it.</source>
      <translation>لم تُرسل: رسالتك ومرفقاتها لا تزال في المربع. أزل ملف PDF للإرسال بدونه.</translation>
    </message>
    <message>
      <source>One prompt for every column (Enter to send)</source>
      <translation>موجّه واحد لكل الأعمدة (Enter للإرسال)</translation>
    </message>
    <message>
      <source>Pick as best</source>
      <translation>اختيارها كالأفضل</translation>
    </message>
    <message>
      <source>Prompt for every column</source>
      <translation>موجّه لكل الأعمدة</translation>
    </message>
    <message>
      <source>Put another preset or model in this column.</source>
      <translation>ضع إعدادًا مسبقًا أو نموذجًا آخر في هذا العمود.</translation>
    </message>
    <message>
      <source>Read the pictures of pages?</source>
      <translation>هل تريد قراءة صور الصفحات؟</translation>
    </message>
    <message>
      <source>Read them</source>
      <translation>اقرأها</translation>
    </message>
    <message>
      <source>Request…</source>
      <translation>الطلب…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>إعادة المحاولة</translation>
    </message>
    <message>
      <source>Send to all</source>
      <translation>إرسال للكل</translation>
    </message>
    <message>
      <source>Sentences</source>
      <translation>الجمل</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <source>Show or hide each column's settings.</source>
      <translation>إظهار إعدادات كل عمود أو إخفاؤها.</translation>
    </message>
    <message>
      <source>Show the request this column's next answer would send.</source>
      <translation>إظهار الطلب الذي سترسله الإجابة التالية لهذا العمود.</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <source>Stop all</source>
      <translation>إيقاف الكل</translation>
    </message>
    <message>
      <source>Stop every column (Esc)</source>
      <translation>إيقاف كل الأعمدة (Esc)</translation>
    </message>
    <message>
      <source>Stop the answer</source>
      <translation>إيقاف الإجابة</translation>
    </message>
    <message>
      <source>The prompt is in the box below: Send to all asks it again in every column, after the answers already there.</source>
      <translation>الموجّه في المربع أدناه: «إرسال للكل» يطرحه مجددًا في كل عمود، بعد الإجابات الموجودة.</translation>
    </message>
    <message>
      <source>This column cannot change now. Try again once it has answered.</source>
      <translation>لا يمكن تغيير هذا العمود الآن. حاول مرة أخرى بعد أن يجيب.</translation>
    </message>
    <message>
      <source>This comparison cost at least {amount} (some costs are not known yet).</source>
      <translation>كلّفت هذه المقارنة {amount} على الأقل (بعض التكاليف غير معروفة بعد).</translation>
    </message>
    <message>
      <source>This comparison cost {amount} in all.</source>
      <translation>كلّفت هذه المقارنة {amount} إجمالًا.</translation>
    </message>
    <message>
      <source>Words</source>
      <translation>الكلمات</translation>
    </message>
    <message>
      <source>You picked {name}.</source>
      <translation>اخترت {name}.</translation>
    </message>
    <message>
      <source>finish: {reason}</source>
      <translation>الانتهاء: {reason}</translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>أول كلمة {time}</translation>
    </message>
    <message>
      <source>hidden until you pick the best</source>
      <translation>مخفي حتى تختار الأفضل</translation>
    </message>
    <message>
      <source>thinking… {time}</source>
      <translation>يفكر… {time}</translation>
    </message>
    <message>
      <source>thought privately</source>
      <translation>فكّر بشكل خاص</translation>
    </message>
    <message>
      <source>thought privately: {tokens} billed</source>
      <translation>فكّر بشكل خاص: احتُسب {tokens}</translation>
    </message>
    <message>
      <source>thought {time}</source>
      <translation>فكّر {time}</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} تقديريًا</translation>
    </message>
    <message>
      <source>{cost} in all</source>
      <translation>{cost} إجمالًا</translation>
    </message>
    <message>
      <source>{count} answer tokens</source>
      <translation>{count} رمز إجابة</translation>
    </message>
    <message>
      <source>{count} thinking tokens</source>
      <translation>{count} رمز تفكير</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} رمز</translation>
    </message>
    <message>
      <source>{model} via {provider}</source>
      <translation>{model} عبر {provider}</translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} رمز/ث</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} ث</translation>
    </message>
  </context>
  <context>
    <name>comparisons</name>
    <message>
      <source>Column {number}</source>
      <translation>العمود {number}</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>مقارنة جديدة</translation>
    </message>
    <message>
      <source>No blind votes yet between {a} and {b}</source>
      <translation>لا توجد أصوات عمياء بعد بين {a} و{b}</translation>
    </message>
    <message>
      <source>{a} and {b} are tied {a_wins} to {b_wins}</source>
      <translation>{a} و{b} متعادلان {a_wins} مقابل {b_wins}</translation>
    </message>
    <message>
      <source>{winner} beat {loser} {wins} to {losses}</source>
      <translation>{winner} تفوّق على {loser} {wins} مقابل {losses}</translation>
    </message>
  </context>
  <context>
    <name>composer</name>
    <message>
      <source>Message</source>
      <translation>الرسالة</translation>
    </message>
    <message>
      <source>Message  (Ctrl+Enter to send)</source>
      <translation>الرسالة  (Ctrl+Enter للإرسال)</translation>
    </message>
    <message>
      <source>Message  (Enter to send, Shift+Enter for a new line)</source>
      <translation>الرسالة  (Enter للإرسال، Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
      <source>Type your message. Enter sends, Shift+Enter adds a line.</source>
      <translation>اكتب رسالتك. Enter يرسل، وShift+Enter يضيف سطرًا.</translation>
    </message>
  </context>
  <context>
    <name>conversation</name>
    <message>
      <source>New conversation</source>
      <translation>محادثة جديدة</translation>
    </message>
  </context>
  <context>
    <name>conversations</name>
    <message numerus="yes">
      <source>%n attached files were left out: the file did not contain them.</source>
      <comment>one: One attached file was left out: the file did not contain it.</comment>
      <translation>
        <numerusform>تُرك %n ملف مرفق: لم يحتوِ الملف عليها.</numerusform>
        <numerusform>تُرك ملف مرفق واحد (%n): لم يحتوِ الملف عليه.</numerusform>
        <numerusform>تُرك %n ملفان مرفقان: لم يحتوِ الملف عليهما.</numerusform>
        <numerusform>تُركت %n ملفات مرفقة: لم يحتوِ الملف عليها.</numerusform>
        <numerusform>تُرك %n ملفًا مرفقًا: لم يحتوِ الملف عليها.</numerusform>
        <numerusform>تُرك %n ملف مرفق: لم يحتوِ الملف عليها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n attached files were left out: they are damaged, too large, or not what their names say.</source>
      <comment>one: One attached file was left out: it is damaged, too large, or not what its name says.</comment>
      <translation>
        <numerusform>تُرك %n ملف مرفق: إنها تالفة أو كبيرة جدًا أو ليست كما تقول أسماؤها.</numerusform>
        <numerusform>تُرك ملف مرفق واحد (%n): إنه تالف أو كبير جدًا أو ليس كما يقول اسمه.</numerusform>
        <numerusform>تُرك %n ملفان مرفقان: إنهما تالفان أو كبيران جدًا أو ليسا كما يقول اسماهما.</numerusform>
        <numerusform>تُركت %n ملفات مرفقة: إنها تالفة أو كبيرة جدًا أو ليست كما تقول أسماؤها.</numerusform>
        <numerusform>تُرك %n ملفًا مرفقًا: إنها تالفة أو كبيرة جدًا أو ليست كما تقول أسماؤها.</numerusform>
        <numerusform>تُرك %n ملف مرفق: إنها تالفة أو كبيرة جدًا أو ليست كما تقول أسماؤها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n system messages from later in the conversation were added to its system prompt.</source>
      <comment>one: %n system message from later in the conversation was added to its system prompt.</comment>
      <translation>
        <numerusform>أُضيفت %n رسالة نظام من مواضع لاحقة في المحادثة إلى موجّه النظام الخاص بها.</numerusform>
        <numerusform>أُضيفت رسالة نظام واحدة (%n) من موضع لاحق في المحادثة إلى موجّه النظام الخاص بها.</numerusform>
        <numerusform>أُضيفت %n رسالتا نظام من مواضع لاحقة في المحادثة إلى موجّه النظام الخاص بها.</numerusform>
        <numerusform>أُضيفت %n رسائل نظام من مواضع لاحقة في المحادثة إلى موجّه النظام الخاص بها.</numerusform>
        <numerusform>أُضيفت %n رسالة نظام من مواضع لاحقة في المحادثة إلى موجّه النظام الخاص بها.</numerusform>
        <numerusform>أُضيفت %n رسالة نظام من مواضع لاحقة في المحادثة إلى موجّه النظام الخاص بها.</numerusform>
      </translation>
    </message>
    <message>
      <source>Could not read {name}: {reason}. Nothing was imported.</source>
      <translation>تعذّرت قراءة {name}: {reason}. لم يُستورد شيء.</translation>
    </message>
    <message>
      <source>Could not save the attached files: {reason}. Nothing was imported.</source>
      <translation>تعذّر حفظ الملفات المرفقة: {reason}. لم يُستورد شيء.</translation>
    </message>
    <message>
      <source>Could not save the export: {reason}.</source>
      <translation>تعذّر حفظ التصدير: {reason}.</translation>
    </message>
    <message>
      <source>Could not save the imported conversation to your history: {reason}. Nothing was imported.</source>
      <translation>تعذّر حفظ المحادثة المستوردة في سجلك: {reason}. لم يُستورد شيء.</translation>
    </message>
    <message>
      <source>Could not save the new conversation: {reason}.</source>
      <translation>تعذّر حفظ المحادثة الجديدة: {reason}.</translation>
    </message>
    <message>
      <source>Imported “{title}”.</source>
      <translation>استُوردت “{title}”.</translation>
    </message>
    <message>
      <source>This comparison no longer exists. Nothing was exported.</source>
      <translation>هذه المقارنة لم تعد موجودة. لم يُصدَّر شيء.</translation>
    </message>
    <message>
      <source>This conversation no longer exists.</source>
      <translation>هذه المحادثة لم تعد موجودة.</translation>
    </message>
    <message>
      <source>This conversation no longer exists. Nothing was exported.</source>
      <translation>هذه المحادثة لم تعد موجودة. لم يُصدَّر شيء.</translation>
    </message>
    <message>
      <source>This conversation with its attached files would make a file of about {size} MB, more than the {limit} MB Switchboard can import again, so nothing was exported. Export it as Markdown instead (the files are then named but not included).</source>
      <translation>ستُنتج هذه المحادثة مع ملفاتها المرفقة ملفًا بحجم نحو {size} ميغابايت، أي أكثر من {limit} ميغابايت التي يستطيع Switchboard استيرادها مجددًا، لذا لم يُصدَّر شيء. صدّرها بصيغة Markdown بدلًا من ذلك (تُذكر الملفات بأسمائها لكن لا تُضمَّن).</translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation. Nothing was copied.</source>
      <translation>هذه الرسالة لم تعد معروضة في المحادثة. لم يُنسخ شيء.</translation>
    </message>
    <message>
      <source>it is not an ordinary file</source>
      <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
      <source>up to {size} MB, {messages} messages</source>
      <translation>حتى {size} ميغابايت، {messages} رسالة</translation>
    </message>
    <message>
      <source>{names} and {last}</source>
      <translation>{names} و{last}</translation>
    </message>
    <message>
      <source>{names} were left out: their values in the file cannot be sent.</source>
      <translation>تُركت {names}: لا يمكن إرسال قيمها الموجودة في الملف.</translation>
    </message>
    <message>
      <source>{name} was left out: its value in the file cannot be sent.</source>
      <translation>تُرك {name}: لا يمكن إرسال قيمته الموجودة في الملف.</translation>
    </message>
    <message>
      <source>{title} (continued)</source>
      <translation>{title} (تتمة)</translation>
    </message>
  </context>
  <context>
    <name>cost</name>
    <message>
      <source>Add credits at {url}, then send again: your message is kept.</source>
      <translation>أضف رصيدًا في {url}، ثم أرسل مجددًا: رسالتك محفوظة.</translation>
    </message>
    <message>
      <source>Confirm this send</source>
      <translation>تأكيد هذا الإرسال</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>إذا بلغت الإجابة طولها الكامل، فقد يرفع هذا الإرسال إنفاق هذا الشهر إلى {amount}، متجاوزًا حدك الشهري البالغ {cap}.</translation>
    </message>
    <message>
      <source>If the answer runs to its full length, this send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>إذا بلغت الإجابة طولها الكامل، فقد يرفع هذا الإرسال إنفاق اليوم إلى {amount}، متجاوزًا حدك اليومي البالغ {cap}.</translation>
    </message>
    <message>
      <source>OpenRouter says your credits ran out (or this key reached its spending limit).</source>
      <translation>يقول OpenRouter إن رصيدك نفد (أو إن هذا المفتاح بلغ حد إنفاقه).</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your daily cap.</source>
      <translation>اضبط «الطول الأقصى» على {tokens} أو أقل في كل عمود لتبقى دون حدك اليومي.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less in every column to stay under your monthly cap.</source>
      <translation>اضبط «الطول الأقصى» على {tokens} أو أقل في كل عمود لتبقى دون حدك الشهري.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your daily cap.</source>
      <translation>اضبط «الطول الأقصى» على {tokens} أو أقل لتبقى دون حدك اليومي.</translation>
    </message>
    <message>
      <source>Set Maximum length to {tokens} or less to stay under your monthly cap.</source>
      <translation>اضبط «الطول الأقصى» على {tokens} أو أقل لتبقى دون حدك الشهري.</translation>
    </message>
    <message>
      <source>Spending cap</source>
      <translation>حد الإنفاق</translation>
    </message>
    <message>
      <source>The cost of this send is unknown.</source>
      <translation>تكلفة هذا الإرسال غير معروفة.</translation>
    </message>
    <message>
      <source>The price of this model is unknown, so this send cannot be checked against your caps.</source>
      <translation>سعر هذا النموذج غير معروف، لذا لا يمكن مقارنة هذا الإرسال بحدودك.</translation>
    </message>
    <message>
      <source>This key has {left} left of its {limit} limit.</source>
      <translation>تبقّى لهذا المفتاح {left} من حده البالغ {limit}.</translation>
    </message>
    <message>
      <source>This key has {left} left.</source>
      <translation>تبقّى لهذا المفتاح {left}.</translation>
    </message>
    <message>
      <source>This send could bring this month's spending to {amount}, {percent}% of your monthly cap of {cap}.</source>
      <translation>قد يرفع هذا الإرسال إنفاق هذا الشهر إلى {amount}، أي {percent}% من حدك الشهري البالغ {cap}.</translation>
    </message>
    <message>
      <source>This send could bring today's spending to {amount}, {percent}% of your daily cap of {cap}.</source>
      <translation>قد يرفع هذا الإرسال إنفاق اليوم إلى {amount}، أي {percent}% من حدك اليومي البالغ {cap}.</translation>
    </message>
    <message>
      <source>This send could cost about {amount} more.</source>
      <translation>قد يكلف هذا الإرسال نحو {amount} إضافية.</translation>
    </message>
    <message>
      <source>This send could cost about {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>قد يكلف هذا الإرسال نحو {amount}. طلبت تأكيد أي إرسال قد تزيد تكلفته على {limit}.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount} more.</source>
      <translation>قد يكلف هذا الإرسال حتى {amount} إضافية.</translation>
    </message>
    <message>
      <source>This send could cost up to {amount}. You asked to confirm any send that may cost more than {limit}.</source>
      <translation>قد يكلف هذا الإرسال حتى {amount}. طلبت تأكيد أي إرسال قد تزيد تكلفته على {limit}.</translation>
    </message>
    <message>
      <source>This send could take this month's spending to {amount}, past your monthly cap of {cap}.</source>
      <translation>قد يرفع هذا الإرسال إنفاق هذا الشهر إلى {amount}، متجاوزًا حدك الشهري البالغ {cap}.</translation>
    </message>
    <message>
      <source>This send could take today's spending to {amount}, past your daily cap of {cap}.</source>
      <translation>قد يرفع هذا الإرسال إنفاق اليوم إلى {amount}، متجاوزًا حدك اليومي البالغ {cap}.</translation>
    </message>
    <message>
      <source>You have already spent {amount} this month, reaching your monthly cap of {cap}.</source>
      <translation>أنفقت بالفعل {amount} هذا الشهر، وبلغت حدك الشهري البالغ {cap}.</translation>
    </message>
    <message>
      <source>You have already spent {amount} today, reaching your daily cap of {cap}.</source>
      <translation>أنفقت بالفعل {amount} اليوم، وبلغت حدك اليومي البالغ {cap}.</translation>
    </message>
    <message>
      <source>about {typical}</source>
      <translation>نحو {typical}</translation>
    </message>
    <message>
      <source>about {typical}, at most {most}</source>
      <translation>نحو {typical}، {most} على الأكثر</translation>
    </message>
    <message>
      <source>at most {most}</source>
      <translation>{most} على الأكثر</translation>
    </message>
    <message>
      <source>cost unknown for this model</source>
      <translation>التكلفة غير معروفة لهذا النموذج</translation>
    </message>
    <message>
      <source>free</source>
      <translation>مجاني</translation>
    </message>
    <message>
      <source>this month</source>
      <translation>هذا الشهر</translation>
    </message>
    <message>
      <source>today</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <source>{least}, at most {most}</source>
      <translation>{least}، {most} على الأكثر</translation>
    </message>
  </context>
  <context>
    <name>cost_meter</name>
    <message>
      <source>Comparison: {cost}</source>
      <translation>المقارنة: {cost}</translation>
    </message>
    <message>
      <source>Conversation: {cost}</source>
      <translation>المحادثة: {cost}</translation>
    </message>
    <message>
      <source>Conversation: –</source>
      <translation>المحادثة: –</translation>
    </message>
    <message>
      <source>Cost meter</source>
      <translation>عداد التكلفة</translation>
    </message>
    <message>
      <source>Credit: no limit on this key</source>
      <translation>الرصيد: لا حد لهذا المفتاح</translation>
    </message>
    <message>
      <source>Credit: unknown</source>
      <translation>الرصيد: غير معروف</translation>
    </message>
    <message>
      <source>Credit: {cost} left</source>
      <translation>الرصيد: تبقّى {cost}</translation>
    </message>
    <message>
      <source>Credit: –</source>
      <translation>الرصيد: –</translation>
    </message>
    <message>
      <source>Month: {cost}</source>
      <translation>الشهر: {cost}</translation>
    </message>
    <message>
      <source>Month: {cost} of {cap}</source>
      <translation>الشهر: {cost} من {cap}</translation>
    </message>
    <message>
      <source>Month: –</source>
      <translation>الشهر: –</translation>
    </message>
    <message>
      <source>Sent: no figure until the model starts writing</source>
      <translation>أُرسل: لا رقم حتى يبدأ النموذج الكتابة</translation>
    </message>
    <message>
      <source>Stopped before the model wrote anything: OpenRouter may still bill the prompt</source>
      <translation>توقف قبل أن يكتب النموذج أي شيء: قد يحتسب OpenRouter الموجّه مع ذلك</translation>
    </message>
    <message>
      <source>The answer being written now: an estimate until OpenRouter bills it</source>
      <translation>الإجابة التي تُكتب الآن: تقدير حتى يحتسبها OpenRouter</translation>
    </message>
    <message>
      <source>The request failed before the model wrote anything, so it was not billed</source>
      <translation>فشل الطلب قبل أن يكتب النموذج أي شيء، لذا لم يُحتسب</translation>
    </message>
    <message>
      <source>This answer: not charged</source>
      <translation>هذه الإجابة: بلا رسوم</translation>
    </message>
    <message>
      <source>This answer: {cost}</source>
      <translation>هذه الإجابة: {cost}</translation>
    </message>
    <message>
      <source>This answer: {cost} (est.)</source>
      <translation>هذه الإجابة: {cost} (تقديري)</translation>
    </message>
    <message>
      <source>This answer: –</source>
      <translation>هذه الإجابة: –</translation>
    </message>
    <message>
      <source>Today: {cost}</source>
      <translation>اليوم: {cost}</translation>
    </message>
    <message>
      <source>Today: {cost} of {cap}</source>
      <translation>اليوم: {cost} من {cap}</translation>
    </message>
    <message>
      <source>Today: –</source>
      <translation>اليوم: –</translation>
    </message>
    <message>
      <source>What OpenRouter billed for the latest answer</source>
      <translation>ما احتسبه OpenRouter لآخر إجابة</translation>
    </message>
    <message>
      <source>What your OpenRouter key may still spend (from openrouter.ai)</source>
      <translation>ما يمكن لمفتاح OpenRouter الخاص بك إنفاقه بعد (من openrouter.ai)</translation>
    </message>
    <message>
      <source>{percent}% of your daily cap</source>
      <translation>{percent}% من حدك اليومي</translation>
    </message>
    <message>
      <source>{percent}% of your monthly cap</source>
      <translation>{percent}% من حدك الشهري</translation>
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
      <translation>نسخ التفاصيل</translation>
    </message>
    <message>
      <source>Something went wrong inside Switchboard. Your conversations are saved. If it happens again, copy the details and send them to us; they contain no key.</source>
      <translation>حدث خطأ ما داخل Switchboard. محادثاتك محفوظة. إذا تكرر ذلك، فانسخ التفاصيل وأرسلها إلينا؛ فهي لا تحتوي على أي مفتاح.</translation>
    </message>
  </context>
  <context>
    <name>database</name>
    <message>
      <source>Check that the folder exists and can be written to, then restart Switchboard.</source>
      <translation>تأكد من أن المجلد موجود وقابل للكتابة، ثم أعد تشغيل Switchboard.</translation>
    </message>
    <message>
      <source>Check the disk has free space, then restart Switchboard.</source>
      <translation>تأكد من وجود مساحة فارغة على القرص، ثم أعد تشغيل Switchboard.</translation>
    </message>
    <message>
      <source>Close any other copy of Switchboard, then restart it.</source>
      <translation>أغلق أي نسخة أخرى من Switchboard، ثم أعد تشغيله.</translation>
    </message>
    <message>
      <source>Conversations will not be saved this session: Switchboard could not open its history file at {path} because {reason}. {advice}</source>
      <translation>لن تُحفظ المحادثات في هذه الجلسة: تعذّر على Switchboard فتح ملف السجل في {path} لأن {reason}. {advice}</translation>
    </message>
    <message>
      <source>Free some disk space, then restart Switchboard.</source>
      <translation>أفرغ بعض المساحة على القرص، ثم أعد تشغيل Switchboard.</translation>
    </message>
    <message>
      <source>Move that file out of the way, then restart Switchboard.</source>
      <translation>انقل ذلك الملف من مكانه، ثم أعد تشغيل Switchboard.</translation>
    </message>
    <message>
      <source>Restart Switchboard to try again.</source>
      <translation>أعد تشغيل Switchboard للمحاولة مرة أخرى.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} could not be read, and Switchboard could not move it aside ({reason}). Conversations will not be saved this session.</source>
      <translation>تعذّرت قراءة سجل محادثاتك في {path}، وتعذّر على Switchboard نقله جانبًا ({reason}). لن تُحفظ المحادثات في هذه الجلسة.</translation>
    </message>
    <message>
      <source>Your conversation history at {path} was saved by a newer version of Switchboard. Update Switchboard to see it. Until then, conversations will not be saved.</source>
      <translation>سجل محادثاتك في {path} حُفظ بإصدار أحدث من Switchboard. حدّث Switchboard لعرضه. وحتى ذلك الحين، لن تُحفظ المحادثات.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read, so Switchboard started a new one. The old file is kept at {kept}.</source>
      <translation>تعذّرت قراءة سجل محادثاتك، لذا بدأ Switchboard سجلًا جديدًا. الملف القديم محفوظ في {kept}.</translation>
    </message>
    <message>
      <source>Your conversation history could not be read; the old file is kept at {kept}. A new one could not be created either ({reason}), so conversations will not be saved this session.</source>
      <translation>تعذّرت قراءة سجل محادثاتك؛ الملف القديم محفوظ في {kept}. وتعذّر أيضًا إنشاء سجل جديد ({reason})، لذا لن تُحفظ المحادثات في هذه الجلسة.</translation>
    </message>
    <message>
      <source>another program is keeping it locked</source>
      <translation>برنامجًا آخر يقفله</translation>
    </message>
    <message>
      <source>it is not allowed to create or change files in that folder</source>
      <translation>غير مسموح له بإنشاء الملفات أو تغييرها في ذلك المجلد</translation>
    </message>
    <message>
      <source>part of the folder path is a file, not a folder</source>
      <translation>جزءًا من مسار المجلد ملف وليس مجلدًا</translation>
    </message>
    <message>
      <source>the database said: {error}</source>
      <translation>قاعدة البيانات أفادت: {error}</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>القرص ممتلئ</translation>
    </message>
    <message>
      <source>the disk reported an error while writing (it may be full or failing)</source>
      <translation>القرص أبلغ عن خطأ أثناء الكتابة (قد يكون ممتلئًا أو معطّلًا)</translation>
    </message>
    <message>
      <source>the system said: {error}</source>
      <translation>النظام أفاد: {error}</translation>
    </message>
  </context>
  <context>
    <name>dock_link</name>
    <message>
      <source>(your next message)</source>
      <translation>(رسالتك التالية)</translation>
    </message>
    <message>
      <source>Built-in list</source>
      <translation>القائمة المدمجة</translation>
    </message>
    <message>
      <source>Live list</source>
      <translation>القائمة المباشرة</translation>
    </message>
    <message numerus="yes">
      <source>Model list refreshed: %n models.</source>
      <comment>one: Model list refreshed: %n model.</comment>
      <translation>
        <numerusform>حُدّثت قائمة النماذج: %n نموذج.</numerusform>
        <numerusform>حُدّثت قائمة النماذج: نموذج واحد (%n).</numerusform>
        <numerusform>حُدّثت قائمة النماذج: %n نموذجان.</numerusform>
        <numerusform>حُدّثت قائمة النماذج: %n نماذج.</numerusform>
        <numerusform>حُدّثت قائمة النماذج: %n نموذجًا.</numerusform>
        <numerusform>حُدّثت قائمة النماذج: %n نموذج.</numerusform>
      </translation>
    </message>
    <message>
      <source>Not sent: {problem} Fix it in the Parameters panel.</source>
      <translation>لم تُرسل: {problem} أصلحه في لوحة «المعلمات».</translation>
    </message>
    <message>
      <source>Saved list</source>
      <translation>القائمة المحفوظة</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>حُفظ الإعداد المسبق “{name}”.</translation>
    </message>
    <message>
      <source>The model list could not be refreshed: {reason}</source>
      <translation>تعذّر تحديث قائمة النماذج: {reason}</translation>
    </message>
    <message>
      <source>{problem} Fix it before saving a preset.</source>
      <translation>{problem} أصلحه قبل حفظ إعداد مسبق.</translation>
    </message>
    <message>
      <source>{problem} Fix it to see the request.</source>
      <translation>{problem} أصلحه لعرض الطلب.</translation>
    </message>
    <message>
      <source>{problem} Nothing is sent until this is fixed.</source>
      <translation>{problem} لن يُرسل شيء حتى يُصلح هذا.</translation>
    </message>
  </context>
  <context>
    <name>endpoint</name>
    <message>
      <source>Plain http is only allowed for a server on this computer (localhost). Use https for anything else, so your key cannot be read on the way.</source>
      <translation>لا يُسمح بـ http العادي إلا لخادم على هذا الحاسوب (localhost). استخدم https لأي شيء آخر، كي لا يُقرأ مفتاحك في الطريق.</translation>
    </message>
    <message>
      <source>The address should not contain ? or #.</source>
      <translation>يجب ألا يحتوي العنوان على ? أو #.</translation>
    </message>
    <message>
      <source>The address should not contain a name or password (the part before @). Type only the server's address, such as {address}</source>
      <translation>يجب ألا يحتوي العنوان على اسم أو كلمة مرور (الجزء الذي يسبق @). اكتب عنوان الخادم فقط، مثل {address}</translation>
    </message>
    <message>
      <source>The port in the address (the number after the colon) is not valid.</source>
      <translation>المنفذ في العنوان (الرقم بعد النقطتين) غير صالح.</translation>
    </message>
    <message>
      <source>Type a full address starting with https://, such as {address}</source>
      <translation>اكتب عنوانًا كاملًا يبدأ بـ https://، مثل {address}</translation>
    </message>
    <message>
      <source>the server</source>
      <translation>الخادم</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Could not reach OpenRouter. Check your internet connection, then press Retry.</source>
      <translation>تعذّر الوصول إلى OpenRouter. تحقق من اتصالك بالإنترنت، ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
      <source>One of the settings is out of range. Check the parameter dock.</source>
      <translation>أحد الإعدادات خارج النطاق المسموح. راجع لوحة المعلمات.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the model or settings, then send again.</source>
      <translation>لم يتمكن OpenRouter من قبول هذا الطلب. غيّر النموذج أو الإعدادات، ثم أرسل مجددًا.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request. Change the settings and retry.</source>
      <translation>لم يتمكن OpenRouter من قبول هذا الطلب. غيّر الإعدادات وأعد المحاولة.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason} Change the settings and retry.</source>
      <translation>لم يتمكن OpenRouter من قبول هذا الطلب: {reason} غيّر الإعدادات وأعد المحاولة.</translation>
    </message>
    <message>
      <source>OpenRouter could not accept this request: {reason}. Change the settings and retry.</source>
      <translation>لم يتمكن OpenRouter من قبول هذا الطلب: {reason}. غيّر الإعدادات وأعد المحاولة.</translation>
    </message>
    <message>
      <source>OpenRouter could not process this request. Check the settings and retry.</source>
      <translation>لم يتمكن OpenRouter من معالجة هذا الطلب. راجع الإعدادات وأعد المحاولة.</translation>
    </message>
    <message>
      <source>OpenRouter did not accept your API key. It may be mistyped, disabled or expired. Paste a new key in Settings.</source>
      <translation>لم يقبل OpenRouter مفتاح API الخاص بك. ربما كُتب خطأً أو عُطِّل أو انتهت صلاحيته. الصق مفتاحًا جديدًا في الإعدادات.</translation>
    </message>
    <message>
      <source>OpenRouter does not know this model. Choose another one from the list.</source>
      <translation>لا يعرف OpenRouter هذا النموذج. اختر نموذجًا آخر من القائمة.</translation>
    </message>
    <message>
      <source>OpenRouter refused this request: the provider's moderation flagged it, or the model is not available to you. Rephrase it or choose another model.</source>
      <translation>رفض OpenRouter هذا الطلب: نظام الإشراف لدى المزوّد أبلغ عنه، أو النموذج غير متاح لك. أعد صياغته أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
      <source>OpenRouter took too long to answer. Press Retry.</source>
      <translation>استغرق OpenRouter وقتًا طويلًا جدًا للرد. اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
      <source>Something went wrong talking to OpenRouter. Please try again.</source>
      <translation>حدث خطأ ما أثناء الاتصال بـ OpenRouter. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
      <source>That model is not available any more (or no provider matches your routing settings). Choose another model.</source>
      <translation>ذلك النموذج لم يعد متاحًا (أو لا يوجد مزوّد يطابق إعدادات التوجيه لديك). اختر نموذجًا آخر.</translation>
    </message>
    <message>
      <source>The connection dropped before the answer was finished. What arrived is kept and marked incomplete; press Retry to ask again.</source>
      <translation>انقطع الاتصال قبل اكتمال الإجابة. ما وصل محفوظ ومُعلَّم بأنه غير مكتمل؛ اضغط «إعادة المحاولة» للسؤال مجددًا.</translation>
    </message>
    <message>
      <source>The model stopped sending anything for too long, so the request was given up. Press Retry, or choose a faster model.</source>
      <translation>توقف النموذج عن إرسال أي شيء لمدة طويلة جدًا، لذا أُلغي الطلب. اضغط «إعادة المحاولة»، أو اختر نموذجًا أسرع.</translation>
    </message>
    <message>
      <source>The model stopped with an error before finishing its answer. What arrived is kept; press Retry to ask again.</source>
      <translation>توقف النموذج بخطأ قبل إنهاء إجابته. ما وصل محفوظ؛ اضغط «إعادة المحاولة» للسؤال مجددًا.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering ({reason}). What arrived is kept; press Retry to ask again.</source>
      <translation>فشل مزوّد النموذج أثناء الإجابة ({reason}). ما وصل محفوظ؛ اضغط «إعادة المحاولة» للسؤال مجددًا.</translation>
    </message>
    <message>
      <source>The model's provider failed while answering. What arrived is kept; press Retry to ask again.</source>
      <translation>فشل مزوّد النموذج أثناء الإجابة. ما وصل محفوظ؛ اضغط «إعادة المحاولة» للسؤال مجددًا.</translation>
    </message>
    <message>
      <source>The model's provider is down or overloaded right now. Press Retry in a minute, or choose another model.</source>
      <translation>مزوّد النموذج متوقف أو مثقل حاليًا. اضغط «إعادة المحاولة» بعد دقيقة، أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
      <source>The network returned a web page instead of an answer. If you are on a hotel or café Wi-Fi, open a browser and sign in to the network, then press Retry.</source>
      <translation>أعادت الشبكة صفحة ويب بدلًا من إجابة. إذا كنت على شبكة Wi-Fi في فندق أو مقهى، فافتح متصفحًا وسجّل الدخول إلى الشبكة، ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
      <source>The server sent something far too large to be a real answer, so Switchboard stopped reading it. What arrived before is kept. Press Retry; if it happens again, the server or something on the network between is misbehaving.</source>
      <translation>أرسل الخادم شيئًا أكبر بكثير من أن يكون إجابة حقيقية، لذا توقف Switchboard عن قراءته. ما وصل قبل ذلك محفوظ. اضغط «إعادة المحاولة»؛ وإذا تكرر ذلك، فهناك خلل في الخادم أو في شيء ما على الشبكة بينكما.</translation>
    </message>
    <message>
      <source>This conversation is too long for the model's memory. Start a new conversation, shorten the text, or pick a model with a larger context.</source>
      <translation>هذه المحادثة أطول من ذاكرة النموذج. ابدأ محادثة جديدة، أو اختصر النص، أو اختر نموذجًا بسياق أكبر.</translation>
    </message>
    <message>
      <source>This message is too large to send. Shorten it or remove attachments.</source>
      <translation>هذه الرسالة أكبر من أن تُرسل. اختصرها أو أزل المرفقات.</translation>
    </message>
    <message>
      <source>Too many requests right now: this model or your account hit a rate limit. Wait a moment, then press Retry.</source>
      <translation>طلبات كثيرة جدًا الآن: بلغ هذا النموذج أو حسابك حد المعدل. انتظر لحظة، ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
      <source>Your OpenRouter credits ran out (or this key reached its spending limit). Add credits at https://openrouter.ai/settings/credits, then press Retry.</source>
      <translation>نفد رصيدك في OpenRouter (أو بلغ هذا المفتاح حد إنفاقه). أضف رصيدًا في https://openrouter.ai/settings/credits، ثم اضغط «إعادة المحاولة».</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>This file is not a conversation Switchboard can read: {reason}.</source>
      <translation>هذا الملف ليس محادثة يستطيع Switchboard قراءتها: {reason}.</translation>
    </message>
    <message>
      <source>it has no list of messages</source>
      <translation>لا يحتوي على قائمة رسائل</translation>
    </message>
    <message>
      <source>it holds a number with too many digits</source>
      <translation>يحتوي على رقم بخانات كثيرة جدًا</translation>
    </message>
    <message>
      <source>it holds more than {most} messages, the most Switchboard imports</source>
      <translation>يحتوي على أكثر من {most} رسالة، وهو الحد الأقصى الذي يستورده Switchboard</translation>
    </message>
    <message>
      <source>it holds more than {most} values (texts, numbers, lists and objects), the most Switchboard imports</source>
      <translation>يحتوي على أكثر من {most} قيمة (نصوص وأرقام وقوائم وكائنات)، وهو الحد الأقصى الذي يستورده Switchboard</translation>
    </message>
    <message>
      <source>it holds neither a conversation nor a list of messages</source>
      <translation>لا يحتوي على محادثة ولا على قائمة رسائل</translation>
    </message>
    <message>
      <source>it holds no messages</source>
      <translation>لا يحتوي على رسائل</translation>
    </message>
    <message>
      <source>it is larger than {limit} MB, the most Switchboard imports</source>
      <translation>حجمه أكبر من {limit} ميغابايت، وهو الحد الأقصى الذي يستورده Switchboard</translation>
    </message>
    <message>
      <source>it is nested too deeply</source>
      <translation>متداخل بعمق كبير جدًا</translation>
    </message>
    <message>
      <source>it is not UTF-8 text</source>
      <translation>ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
      <source>it is not valid JSON</source>
      <translation>ليس JSON صالحًا</translation>
    </message>
    <message>
      <source>it was made by a newer version of Switchboard (format {version}); update Switchboard to import it</source>
      <translation>أُنشئ بإصدار أحدث من Switchboard (الصيغة {version})؛ حدّث Switchboard لاستيراده</translation>
    </message>
    <message>
      <source>its attached files are not in the expected form</source>
      <translation>ملفاته المرفقة ليست بالشكل المتوقع</translation>
    </message>
    <message>
      <source>its messages are not one branch of its versions</source>
      <translation>رسائله ليست فرعًا واحدًا من نسخه</translation>
    </message>
    <message>
      <source>its version number is missing or invalid</source>
      <translation>رقم إصداره مفقود أو غير صالح</translation>
    </message>
    <message>
      <source>its versions are not a list</source>
      <translation>نسخه ليست قائمة</translation>
    </message>
    <message>
      <source>its versions go round in a circle</source>
      <translation>نسخه تدور في حلقة</translation>
    </message>
    <message>
      <source>its versions have a missing or repeated id</source>
      <translation>لنسخه معرّف مفقود أو مكرر</translation>
    </message>
    <message>
      <source>its versions name a parent that is not an id</source>
      <translation>نسخه تذكر أصلًا ليس معرّفًا</translation>
    </message>
    <message>
      <source>its versions name a parent that is not there</source>
      <translation>نسخه تذكر أصلًا غير موجود</translation>
    </message>
    <message>
      <source>message {number} has an attachment that is not valid</source>
      <translation>الرسالة {number} تحتوي على مرفق غير صالح</translation>
    </message>
    <message>
      <source>message {number} has more than {most} parts, the most Switchboard imports</source>
      <translation>الرسالة {number} تحتوي على أكثر من {most} جزء، وهو الحد الأقصى الذي يستورده Switchboard</translation>
    </message>
    <message>
      <source>message {number} has no role</source>
      <translation>الرسالة {number} بلا دور</translation>
    </message>
    <message>
      <source>message {number} has no text content</source>
      <translation>الرسالة {number} بلا محتوى نصي</translation>
    </message>
    <message>
      <source>message {number} has no text, only attachments</source>
      <translation>الرسالة {number} بلا نص، مرفقات فقط</translation>
    </message>
    <message>
      <source>message {number} has the role “{role}”, but only system, user and assistant messages can be imported</source>
      <translation>الرسالة {number} دورها “{role}”، لكن لا يمكن استيراد إلا رسائل النظام والمستخدم والمساعد</translation>
    </message>
    <message>
      <source>message {number} is not a message object</source>
      <translation>الرسالة {number} ليست كائن رسالة</translation>
    </message>
    <message>
      <source>one of its attached files is damaged</source>
      <translation>أحد ملفاته المرفقة تالف</translation>
    </message>
    <message>
      <source>one of its attached files is larger than {limit} MB, the most Switchboard takes</source>
      <translation>أحد ملفاته المرفقة أكبر من {limit} ميغابايت، وهو الحد الأقصى الذي يقبله Switchboard</translation>
    </message>
    <message>
      <source>one of its attached files is not in the expected form</source>
      <translation>أحد ملفاته المرفقة ليس بالشكل المتوقع</translation>
    </message>
    <message>
      <source>the attached file “{name}” is not the size it says or is larger than Switchboard takes</source>
      <translation>الملف المرفق “{name}” ليس بالحجم الذي يذكره أو أكبر مما يقبله Switchboard</translation>
    </message>
    <message>
      <source>the attachments of message {number} are not a short list</source>
      <translation>مرفقات الرسالة {number} ليست قائمة قصيرة</translation>
    </message>
    <message>
      <source>version {number} is a system message</source>
      <translation>النسخة {number} رسالة نظام</translation>
    </message>
  </context>
  <context>
    <name>figures</name>
    <message>
      <source>All presets</source>
      <translation>كل الإعدادات المسبقة</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>الإجابات</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>التكلفة</translation>
    </message>
    <message>
      <source>Exactly {cost}.</source>
      <translation>بالضبط {cost}.</translation>
    </message>
    <message>
      <source>Figures count the prompts you have picked: {counted} of {prompts}.</source>
      <translation>تحسب الأرقام الموجّهات التي اخترت لها: {counted} من {prompts}.</translation>
    </message>
    <message>
      <source>Finished: every prompt has its answers.</source>
      <translation>انتهى: لكل موجّه إجاباته.</translation>
    </message>
    <message>
      <source>First word</source>
      <translation>أول كلمة</translation>
    </message>
    <message>
      <source>First word: how long the first word took to arrive. tok/s: tokens per second, how fast the answer came (a token is a short piece of a word).</source>
      <translation>أول كلمة: الوقت الذي استغرقه وصول أول كلمة. رمز/ث: الرموز في الثانية، أي سرعة وصول الإجابة (الرمز جزء قصير من كلمة).</translation>
    </message>
    <message>
      <source>How long the first word of an answer took to arrive, on average.</source>
      <translation>متوسط الوقت الذي استغرقه وصول أول كلمة من الإجابة.</translation>
    </message>
    <message>
      <source>How many tokens the answers have (a token is a short piece of a word).</source>
      <translation>عدد الرموز في الإجابات (الرمز جزء قصير من كلمة).</translation>
    </message>
    <message>
      <source>Not finished. Resume sends only what is missing.</source>
      <translation>لم ينتهِ. «الاستئناف» يرسل الناقص فقط.</translation>
    </message>
    <message>
      <source>Not started yet.</source>
      <translation>لم يبدأ بعد.</translation>
    </message>
    <message>
      <source>Nothing is spent on this run yet.</source>
      <translation>لم يُنفق شيء على هذا التشغيل بعد.</translation>
    </message>
    <message>
      <source>Open a prompt as a comparison to pick its best answer.</source>
      <translation>افتح موجّهًا كمقارنة لاختيار أفضل إجابة له.</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>الإعداد المسبق</translation>
    </message>
    <message>
      <source>Running.</source>
      <translation>قيد التشغيل.</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>السرعة</translation>
    </message>
    <message>
      <source>Spent on this run in all, including answers that were stopped, failed or asked again: {cost}.</source>
      <translation>المُنفق على هذا التشغيل إجمالًا، بما في ذلك الإجابات التي أُوقفت أو فشلت أو طُلبت مجددًا: {cost}.</translation>
    </message>
    <message>
      <source>Stopped. Resume sends only what is missing.</source>
      <translation>متوقف. «الاستئناف» يرسل الناقص فقط.</translation>
    </message>
    <message>
      <source>The cost is not known.</source>
      <translation>التكلفة غير معروفة.</translation>
    </message>
    <message>
      <source>The cost of the answers shown, one per prompt. Earlier attempts (stopped, failed or asked again) are not in it: the note under the table says what the run spent in all.</source>
      <translation>تكلفة الإجابات المعروضة، إجابة لكل موجّه. المحاولات السابقة (الموقوفة أو الفاشلة أو المطلوبة مجددًا) غير محسوبة فيها: الملاحظة أسفل الجدول تذكر ما أنفقه التشغيل إجمالًا.</translation>
    </message>
    <message>
      <source>The others stay blind until you pick their best answer, so the All presets row is the only one that counts them.</source>
      <translation>تبقى البقية عمياء حتى تختار أفضل إجابة لها، لذا صف «كل الإعدادات المسبقة» هو الوحيد الذي يحسبها.</translation>
    </message>
    <message>
      <source>Tokens</source>
      <translation>الرموز</translation>
    </message>
    <message>
      <source>Tokens per second: how fast the answer came, on average (a token is a short piece of a word).</source>
      <translation>الرموز في الثانية: متوسط سرعة وصول الإجابة (الرمز جزء قصير من كلمة).</translation>
    </message>
    <message>
      <source>Wins</source>
      <translation>مرات الفوز</translation>
    </message>
    <message>
      <source>Wins count blind picks only; this run is not blind, so there are none.</source>
      <translation>تُحسب مرات الفوز من الاختيارات العمياء فقط؛ هذا التشغيل ليس أعمى، لذا لا يوجد أي منها.</translation>
    </message>
    <message numerus="yes">
      <source>Wins count your picks: {picked} of %n prompts picked.</source>
      <comment>one: Wins count your picks: {picked} of %n prompt picked.</comment>
      <translation>
        <numerusform>تُحسب مرات الفوز من اختياراتك: اخترت في {picked} من %n موجّه.</numerusform>
        <numerusform>تُحسب مرات الفوز من اختياراتك: اخترت في {picked} من موجّه واحد (%n).</numerusform>
        <numerusform>تُحسب مرات الفوز من اختياراتك: اخترت في {picked} من %n موجّهين.</numerusform>
        <numerusform>تُحسب مرات الفوز من اختياراتك: اخترت في {picked} من %n موجّهات.</numerusform>
        <numerusform>تُحسب مرات الفوز من اختياراتك: اخترت في {picked} من %n موجّهًا.</numerusform>
        <numerusform>تُحسب مرات الفوز من اختياراتك: اخترت في {picked} من %n موجّه.</numerusform>
      </translation>
    </message>
    <message>
      <source>first word {time}</source>
      <translation>أول كلمة {time}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <source>{answers} ({failed} failed)</source>
      <translation>{answers} ({failed} فشل)</translation>
    </message>
    <message>
      <source>{cost} (partly estimated)</source>
      <translation>{cost} (تقديري جزئيًا)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} تقديريًا</translation>
    </message>
    <message>
      <source>{count} picked</source>
      <translation>اختير {count}</translation>
    </message>
    <message>
      <source>{count} tokens</source>
      <translation>{count} رمز</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed, {running} being written.</source>
      <comment>one: {done} of %n answer, {failed} failed, {running} being written.</comment>
      <translation>
        <numerusform>{done} من %n إجابة، فشل {failed}، وتُكتب {running}.</numerusform>
        <numerusform>{done} من إجابة واحدة (%n)، فشل {failed}، وتُكتب {running}.</numerusform>
        <numerusform>{done} من %n إجابتين، فشل {failed}، وتُكتب {running}.</numerusform>
        <numerusform>{done} من %n إجابات، فشل {failed}، وتُكتب {running}.</numerusform>
        <numerusform>{done} من %n إجابة، فشل {failed}، وتُكتب {running}.</numerusform>
        <numerusform>{done} من %n إجابة، فشل {failed}، وتُكتب {running}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {failed} failed.</source>
      <comment>one: {done} of %n answer, {failed} failed.</comment>
      <translation>
        <numerusform>{done} من %n إجابة، فشل {failed}.</numerusform>
        <numerusform>{done} من إجابة واحدة (%n)، فشل {failed}.</numerusform>
        <numerusform>{done} من %n إجابتين، فشل {failed}.</numerusform>
        <numerusform>{done} من %n إجابات، فشل {failed}.</numerusform>
        <numerusform>{done} من %n إجابة، فشل {failed}.</numerusform>
        <numerusform>{done} من %n إجابة، فشل {failed}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers, {running} being written.</source>
      <comment>one: {done} of %n answer, {running} being written.</comment>
      <translation>
        <numerusform>{done} من %n إجابة، وتُكتب {running}.</numerusform>
        <numerusform>{done} من إجابة واحدة (%n)، وتُكتب {running}.</numerusform>
        <numerusform>{done} من %n إجابتين، وتُكتب {running}.</numerusform>
        <numerusform>{done} من %n إجابات، وتُكتب {running}.</numerusform>
        <numerusform>{done} من %n إجابة، وتُكتب {running}.</numerusform>
        <numerusform>{done} من %n إجابة، وتُكتب {running}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers.</source>
      <comment>one: {done} of %n answer.</comment>
      <translation>
        <numerusform>{done} من %n إجابة.</numerusform>
        <numerusform>{done} من إجابة واحدة (%n).</numerusform>
        <numerusform>{done} من %n إجابتين.</numerusform>
        <numerusform>{done} من %n إجابات.</numerusform>
        <numerusform>{done} من %n إجابة.</numerusform>
        <numerusform>{done} من %n إجابة.</numerusform>
      </translation>
    </message>
    <message>
      <source>{rate} tok/s</source>
      <translation>{rate} رمز/ث</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} ث</translation>
    </message>
    <message>
      <source>{wins} of {judged}</source>
      <translation>{wins} من {judged}</translation>
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
      <translation>تعذّر حفظ التصدير: {reason}.</translation>
    </message>
    <message>
      <source>Could not save the spending export: {reason}.</source>
      <translation>تعذّر حفظ تصدير الإنفاق: {reason}.</translation>
    </message>
    <message>
      <source>Export comparison</source>
      <translation>تصدير المقارنة</translation>
    </message>
    <message>
      <source>Export conversation</source>
      <translation>تصدير المحادثة</translation>
    </message>
    <message>
      <source>Export spending</source>
      <translation>تصدير الإنفاق</translation>
    </message>
    <message>
      <source>Export the run</source>
      <translation>تصدير التشغيل</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n rows of spending to {path}.</source>
      <comment>one: Exported %n row of spending to {path}.</comment>
      <translation>
        <numerusform>صُدّر %n صف من الإنفاق إلى {path}.</numerusform>
        <numerusform>صُدّر صف واحد (%n) من الإنفاق إلى {path}.</numerusform>
        <numerusform>صُدّر %n صفان من الإنفاق إلى {path}.</numerusform>
        <numerusform>صُدّرت %n صفوف من الإنفاق إلى {path}.</numerusform>
        <numerusform>صُدّر %n صفًا من الإنفاق إلى {path}.</numerusform>
        <numerusform>صُدّر %n صف من الإنفاق إلى {path}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>صُدّر إلى {path}.</translation>
    </message>
    <message>
      <source>Import conversation ({limits})</source>
      <translation>استيراد محادثة ({limits})</translation>
    </message>
    <message>
      <source>Importing {name}…</source>
      <translation>جارٍ استيراد {name}…</translation>
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
      <translation>ليس ملفًا عاديًا: قد يكون مجلدًا أو أنبوبًا أو جهازًا.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} KB.</source>
      <translation>حجمه كبير جدًا: الحد {size} كيلوبايت.</translation>
    </message>
    <message>
      <source>It is too large: the limit is {size} MB.</source>
      <translation>حجمه كبير جدًا: الحد {size} ميغابايت.</translation>
    </message>
  </context>
  <context>
    <name>flow</name>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete run</source>
      <translation>حذف التشغيل</translation>
    </message>
    <message>
      <source>Delete the run “{title}” and all its answers? This cannot be undone.</source>
      <translation>هل تريد حذف التشغيل “{title}” وكل إجاباته؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>حُذف “{title}”.</translation>
    </message>
    <message>
      <source>Not started. Press Start when you are ready.</source>
      <translation>لم يبدأ. اضغط «بدء» عندما تكون جاهزًا.</translation>
    </message>
    <message>
      <source>Prompt sets are not available right now.</source>
      <translation>مجموعات المطالبات غير متاحة حاليًا.</translation>
    </message>
    <message>
      <source>Run anyway</source>
      <translation>التشغيل على أي حال</translation>
    </message>
    <message>
      <source>Started: {estimate}.</source>
      <translation>بدأ: {estimate}.</translation>
    </message>
  </context>
  <context>
    <name>fork_flow</name>
    <message numerus="yes">
      <source>%n messages.</source>
      <comment>one: %n message.</comment>
      <translation>
        <numerusform>%n رسالة.</numerusform>
        <numerusform>رسالة واحدة (%n).</numerusform>
        <numerusform>%n رسالتان.</numerusform>
        <numerusform>%n رسائل.</numerusform>
        <numerusform>%n رسالة.</numerusform>
        <numerusform>%n رسالة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n turns</source>
      <comment>one: %n turn</comment>
      <translation>
        <numerusform>%n دور</numerusform>
        <numerusform>دور واحد (%n)</numerusform>
        <numerusform>%n دوران</numerusform>
        <numerusform>%n أدوار</numerusform>
        <numerusform>%n دورًا</numerusform>
        <numerusform>%n دور</numerusform>
      </translation>
    </message>
    <message>
      <source>A new conversation starts with a copy of this one up to here. Everything it holds is sent again with each new message, so a shorter start costs less.</source>
      <translation>تبدأ محادثة جديدة بنسخة من هذه المحادثة حتى هنا. كل ما تحتويه يُرسل مجددًا مع كل رسالة جديدة، لذا فالبداية الأقصر تكلف أقل.</translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens to send again with each message.</source>
      <comment>one: About %n token to send again with each message.</comment>
      <translation>
        <numerusform>نحو %n رمز يُرسل مجددًا مع كل رسالة.</numerusform>
        <numerusform>نحو رمز واحد (%n) يُرسل مجددًا مع كل رسالة.</numerusform>
        <numerusform>نحو %n رمزين تُرسل مجددًا مع كل رسالة.</numerusform>
        <numerusform>نحو %n رموز تُرسل مجددًا مع كل رسالة.</numerusform>
        <numerusform>نحو %n رمزًا تُرسل مجددًا مع كل رسالة.</numerusform>
        <numerusform>نحو %n رمز تُرسل مجددًا مع كل رسالة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>About %n tokens, about {cost} to send again with each message.</source>
      <comment>one: About %n token, about {cost} to send again with each message.</comment>
      <translation>
        <numerusform>نحو %n رمز، نحو {cost} للإرسال مجددًا مع كل رسالة.</numerusform>
        <numerusform>نحو رمز واحد (%n)، نحو {cost} للإرسال مجددًا مع كل رسالة.</numerusform>
        <numerusform>نحو %n رمزين، نحو {cost} للإرسال مجددًا مع كل رسالة.</numerusform>
        <numerusform>نحو %n رموز، نحو {cost} للإرسال مجددًا مع كل رسالة.</numerusform>
        <numerusform>نحو %n رمزًا، نحو {cost} للإرسال مجددًا مع كل رسالة.</numerusform>
        <numerusform>نحو %n رمز، نحو {cost} للإرسال مجددًا مع كل رسالة.</numerusform>
      </translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>المتابعة في علامة تبويب جديدة</translation>
    </message>
    <message>
      <source>How many of the last turns to keep</source>
      <translation>عدد الأدوار الأخيرة التي تُبقى</translation>
    </message>
    <message>
      <source>Only the last</source>
      <translation>الأخيرة فقط</translation>
    </message>
    <message numerus="yes">
      <source>The whole conversation up to here (%n messages)</source>
      <comment>one: The whole conversation up to here (%n message)</comment>
      <translation>
        <numerusform>المحادثة كاملة حتى هنا (%n رسالة)</numerusform>
        <numerusform>المحادثة كاملة حتى هنا (رسالة واحدة، %n)</numerusform>
        <numerusform>المحادثة كاملة حتى هنا (%n رسالتان)</numerusform>
        <numerusform>المحادثة كاملة حتى هنا (%n رسائل)</numerusform>
        <numerusform>المحادثة كاملة حتى هنا (%n رسالة)</numerusform>
        <numerusform>المحادثة كاملة حتى هنا (%n رسالة)</numerusform>
      </translation>
    </message>
    <message>
      <source>This message is no longer shown in the conversation.</source>
      <translation>هذه الرسالة لم تعد معروضة في المحادثة.</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <source>New conversation</source>
      <translation>محادثة جديدة</translation>
    </message>
  </context>
  <context>
    <name>key_dialog</name>
    <message>
      <source>Cancel sign-in</source>
      <translation>إلغاء تسجيل الدخول</translation>
    </message>
    <message>
      <source>Check and save</source>
      <translation>تحقق واحفظ</translation>
    </message>
    <message>
      <source>Checking the key with {server}…</source>
      <translation>جارٍ التحقق من المفتاح مع {server}…</translation>
    </message>
    <message>
      <source>Copied</source>
      <translation>نُسخ</translation>
    </message>
    <message>
      <source>Copy link</source>
      <translation>نسخ الرابط</translation>
    </message>
    <message>
      <source>Finish signing in in your browser; Switchboard waits here. No browser window? Copy the sign-in link below into your browser.</source>
      <translation>أكمل تسجيل الدخول في متصفحك؛ ينتظر Switchboard هنا. لم تظهر نافذة المتصفح؟ انسخ رابط تسجيل الدخول أدناه إلى متصفحك.</translation>
    </message>
    <message>
      <source>Key accepted: {description}</source>
      <translation>قُبل المفتاح: {description}</translation>
    </message>
    <message>
      <source>Key for {name}</source>
      <translation>مفتاح {name}</translation>
    </message>
    <message>
      <source>Key status</source>
      <translation>حالة المفتاح</translation>
    </message>
    <message>
      <source>OpenRouter key</source>
      <translation>مفتاح OpenRouter</translation>
    </message>
    <message>
      <source>Opening your browser…</source>
      <translation>جارٍ فتح متصفحك…</translation>
    </message>
    <message>
      <source>Or paste a key you created at {link}:</source>
      <translation>أو الصق مفتاحًا أنشأته في {link}:</translation>
    </message>
    <message>
      <source>Paste the key for {name} (not your OpenRouter key):</source>
      <translation>الصق مفتاح {name} (وليس مفتاح OpenRouter الخاص بك):</translation>
    </message>
    <message>
      <source>Paste your key first.</source>
      <translation>الصق مفتاحك أولًا.</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>إظهار</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter</source>
      <translation>تسجيل الدخول عبر OpenRouter</translation>
    </message>
    <message>
      <source>Sign in with OpenRouter (for this session only)</source>
      <translation>تسجيل الدخول عبر OpenRouter (لهذه الجلسة فقط)</translation>
    </message>
    <message>
      <source>Sign-in cancelled.</source>
      <translation>أُلغي تسجيل الدخول.</translation>
    </message>
    <message>
      <source>Sign-in link</source>
      <translation>رابط تسجيل الدخول</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. To sign in, copy the link below, open it in your browser and sign in there; Switchboard waits here. Or paste a key below.</source>
      <translation>تعذّر على Switchboard فتح متصفح الويب. لتسجيل الدخول، انسخ الرابط أدناه وافتحه في متصفحك وسجّل الدخول هناك؛ ينتظر Switchboard هنا. أو الصق مفتاحًا أدناه.</translation>
    </message>
    <message>
      <source>The API address in Settings is another server ({name}), so Sign in with OpenRouter is not offered here: it would hand your new OpenRouter key to that server. Set the address back to OpenRouter to sign in.</source>
      <translation>عنوان API في الإعدادات يخص خادمًا آخر ({name})، لذا لا يُتاح تسجيل الدخول عبر OpenRouter هنا: فهو سيسلّم مفتاح OpenRouter الجديد إلى ذلك الخادم. أعد العنوان إلى OpenRouter لتسجيل الدخول.</translation>
    </message>
    <message>
      <source>The key {name} gave you</source>
      <translation>المفتاح الذي أعطاك إياه {name}</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so the key you get by signing in lasts only until you close Switchboard.</source>
      <translation>لا يوجد على هذا الحاسوب مخزن كلمات مرور يمكن لـ Switchboard استخدامه، لذا يبقى المفتاح الذي تحصل عليه بتسجيل الدخول صالحًا حتى تغلق Switchboard فقط.</translation>
    </message>
    <message>
      <source>Use this key for this session only</source>
      <translation>استخدام هذا المفتاح لهذه الجلسة فقط</translation>
    </message>
  </context>
  <context>
    <name>keys</name>
    <message>
      <source>A key is one line without spaces or line breaks, so this is not just the key. Copy the key alone and paste it here.</source>
      <translation>المفتاح سطر واحد بلا مسافات أو فواصل أسطر، لذا فهذا ليس المفتاح وحده. انسخ المفتاح وحده والصقه هنا.</translation>
    </message>
    <message>
      <source>Switchboard needs an OpenRouter key: it starts with sk-or-…</source>
      <translation>يحتاج Switchboard إلى مفتاح OpenRouter: يبدأ بـ sk-or-…</translation>
    </message>
    <message>
      <source>This looks like a GitHub token.</source>
      <translation>يبدو هذا رمز GitHub.</translation>
    </message>
    <message>
      <source>This looks like a Google key.</source>
      <translation>يبدو هذا مفتاح Google.</translation>
    </message>
    <message>
      <source>This looks like a Groq key.</source>
      <translation>يبدو هذا مفتاح Groq.</translation>
    </message>
    <message>
      <source>This looks like a Hugging Face token.</source>
      <translation>يبدو هذا رمز Hugging Face.</translation>
    </message>
    <message>
      <source>This looks like a Perplexity key.</source>
      <translation>يبدو هذا مفتاح Perplexity.</translation>
    </message>
    <message>
      <source>This looks like a Replicate token.</source>
      <translation>يبدو هذا رمز Replicate.</translation>
    </message>
    <message>
      <source>This looks like an Anthropic (Claude) key.</source>
      <translation>يبدو هذا مفتاح Anthropic (Claude).</translation>
    </message>
    <message>
      <source>This looks like an NVIDIA key.</source>
      <translation>يبدو هذا مفتاح NVIDIA.</translation>
    </message>
    <message>
      <source>This looks like an OpenAI key.</source>
      <translation>يبدو هذا مفتاح OpenAI.</translation>
    </message>
    <message>
      <source>This looks like an xAI (Grok) key.</source>
      <translation>يبدو هذا مفتاح xAI (Grok).</translation>
    </message>
  </context>
  <context>
    <name>library</name>
    <message numerus="yes">
      <source>%n messages</source>
      <comment>one: %n message</comment>
      <translation>
        <numerusform>%n رسالة</numerusform>
        <numerusform>%n رسالة</numerusform>
        <numerusform>%n رسالتان</numerusform>
        <numerusform>%n رسائل</numerusform>
        <numerusform>%n رسالة</numerusform>
        <numerusform>%n رسالة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts</source>
      <comment>one: %n prompt</comment>
      <translation>
        <numerusform>%n موجّه</numerusform>
        <numerusform>%n موجّه</numerusform>
        <numerusform>%n موجّهان</numerusform>
        <numerusform>%n موجّهات</numerusform>
        <numerusform>%n موجّهًا</numerusform>
        <numerusform>%n موجّه</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, finished</source>
      <comment>one: %n prompt, finished</comment>
      <translation>
        <numerusform>%n موجّه، انتهى</numerusform>
        <numerusform>%n موجّه، انتهى</numerusform>
        <numerusform>%n موجّهان، انتهى</numerusform>
        <numerusform>%n موجّهات، انتهى</numerusform>
        <numerusform>%n موجّهًا، انتهى</numerusform>
        <numerusform>%n موجّه، انتهى</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, running</source>
      <comment>one: %n prompt, running</comment>
      <translation>
        <numerusform>%n موجّه، قيد التشغيل</numerusform>
        <numerusform>%n موجّه، قيد التشغيل</numerusform>
        <numerusform>%n موجّهان، قيد التشغيل</numerusform>
        <numerusform>%n موجّهات، قيد التشغيل</numerusform>
        <numerusform>%n موجّهًا، قيد التشغيل</numerusform>
        <numerusform>%n موجّه، قيد التشغيل</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n prompts, stopped</source>
      <comment>one: %n prompt, stopped</comment>
      <translation>
        <numerusform>%n موجّه، متوقف</numerusform>
        <numerusform>%n موجّه، متوقف</numerusform>
        <numerusform>%n موجّهان، متوقف</numerusform>
        <numerusform>%n موجّهات، متوقف</numerusform>
        <numerusform>%n موجّهًا، متوقف</numerusform>
        <numerusform>%n موجّه، متوقف</numerusform>
      </translation>
    </message>
    <message>
      <source>Conversations</source>
      <translation>المحادثات</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>حذف المحادثة</translation>
    </message>
    <message>
      <source>Delete the chosen conversation (in the library)</source>
      <translation>حذف المحادثة المختارة (في المكتبة)</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <source>Fold the library</source>
      <translation>طي المكتبة</translation>
    </message>
    <message>
      <source>Fold the library to a narrow strip</source>
      <translation>طي المكتبة إلى شريط ضيق</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>المكتبة</translation>
    </message>
    <message>
      <source>No conversations match “{query}”.</source>
      <translation>لا توجد محادثات تطابق “{query}”.</translation>
    </message>
    <message>
      <source>No conversations yet. Type a message below to start one.</source>
      <translation>لا توجد محادثات بعد. اكتب رسالة أدناه لبدء محادثة.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <source>Search conversations</source>
      <translation>البحث في المحادثات</translation>
    </message>
    <message>
      <source>Show the library</source>
      <translation>إظهار المكتبة</translation>
    </message>
    <message numerus="yes">
      <source>comparison of %n answers, names hidden until you pick the best</source>
      <comment>one: comparison of %n answer, names hidden until you pick the best</comment>
      <translation>
        <numerusform>مقارنة بين %n إجابة، الأسماء مخفية حتى تختار الأفضل</numerusform>
        <numerusform>مقارنة لإجابة واحدة (%n)، الأسماء مخفية حتى تختار الأفضل</numerusform>
        <numerusform>مقارنة بين %n إجابتين، الأسماء مخفية حتى تختار الأفضل</numerusform>
        <numerusform>مقارنة بين %n إجابات، الأسماء مخفية حتى تختار الأفضل</numerusform>
        <numerusform>مقارنة بين %n إجابة، الأسماء مخفية حتى تختار الأفضل</numerusform>
        <numerusform>مقارنة بين %n إجابة، الأسماء مخفية حتى تختار الأفضل</numerusform>
      </translation>
    </message>
    <message>
      <source>comparison: {columns}</source>
      <translation>مقارنة: {columns}</translation>
    </message>
    <message>
      <source>prompt set run: {columns}</source>
      <translation>تشغيل مجموعة مطالبات: {columns}</translation>
    </message>
  </context>
  <context>
    <name>link_focus</name>
    <message>
      <source>{link}, link</source>
      <translation>{link}، رابط</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Switchboard cannot use the folder {folder} ({reason}), so what you do now may not be saved. Check that the folder can be written to.</source>
      <translation>لا يستطيع Switchboard استخدام المجلد {folder} ({reason})، لذا قد لا يُحفظ ما تفعله الآن. تأكد من أن المجلد قابل للكتابة.</translation>
    </message>
    <message>
      <source>Switchboard is damaged: {path} is missing. Reinstall it.</source>
      <translation>Switchboard تالف: {path} مفقود. أعد تثبيته.</translation>
    </message>
    <message>
      <source>Switchboard will use the language you chose after you restart it.</source>
      <translation>سيستخدم Switchboard اللغة التي اخترتها بعد إعادة تشغيله.</translation>
    </message>
    <message>
      <source>The address in SWITCHBOARD_BASE_URL cannot be used, so Switchboard uses the address from Settings instead. {reason}</source>
      <translation>لا يمكن استخدام العنوان الموجود في SWITCHBOARD_BASE_URL، لذا يستخدم Switchboard العنوان الموجود في الإعدادات بدلًا منه. {reason}</translation>
    </message>
    <message>
      <source>looking for your key…</source>
      <translation>جارٍ البحث عن مفتاحك…</translation>
    </message>
  </context>
  <context>
    <name>main_window</name>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete comparison</source>
      <translation>حذف المقارنة</translation>
    </message>
    <message>
      <source>Delete conversation</source>
      <translation>حذف المحادثة</translation>
    </message>
    <message>
      <source>Delete the comparison “{title}” and all its answers?</source>
      <translation>هل تريد حذف المقارنة “{title}” وكل إجاباتها؟</translation>
    </message>
    <message>
      <source>Delete “{title}” and all its messages? This cannot be undone.</source>
      <translation>هل تريد حذف “{title}” وكل رسائلها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
      <source>Deleted “{title}”.</source>
      <translation>حُذفت “{title}”.</translation>
    </message>
    <message>
      <source>Next tab</source>
      <translation>علامة التبويب التالية</translation>
    </message>
    <message>
      <source>Previous tab</source>
      <translation>علامة التبويب السابقة</translation>
    </message>
    <message>
      <source>Rename conversation</source>
      <translation>إعادة تسمية المحادثة</translation>
    </message>
    <message>
      <source>Show the model and its settings (Ctrl+Shift+P)</source>
      <translation>إظهار النموذج وإعداداته (Ctrl+Shift+P)</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>العنوان:</translation>
    </message>
  </context>
  <context>
    <name>manager</name>
    <message>
      <source>Add prompt</source>
      <translation>إضافة موجّه</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Could not save the file: {reason}.</source>
      <translation>تعذّر حفظ الملف: {reason}.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete prompt set</source>
      <translation>حذف مجموعة المطالبات</translation>
    </message>
    <message>
      <source>Delete the prompt set “{name}”? Runs made with it keep their own copy.</source>
      <translation>هل تريد حذف مجموعة المطالبات “{name}”؟ تحتفظ عمليات التشغيل التي أُجريت بها بنسختها الخاصة.</translation>
    </message>
    <message>
      <source>Deleted “{name}”.</source>
      <translation>حُذفت “{name}”.</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>تجاهل</translation>
    </message>
    <message>
      <source>Discard your changes?</source>
      <translation>هل تريد تجاهل تغييراتك؟</translation>
    </message>
    <message>
      <source>Export the prompt set</source>
      <translation>تصدير مجموعة المطالبات</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>صُدّر إلى {path}.</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>تصدير…</translation>
    </message>
    <message>
      <source>Import a prompt set</source>
      <translation>استيراد مجموعة مطالبات</translation>
    </message>
    <message numerus="yes">
      <source>Imported “{name}” with %n prompts.</source>
      <comment>one: Imported “{name}” with %n prompt.</comment>
      <translation>
        <numerusform>استُوردت “{name}” مع %n موجّه.</numerusform>
        <numerusform>استُوردت “{name}” مع موجّه واحد (%n).</numerusform>
        <numerusform>استُوردت “{name}” مع %n موجّهين.</numerusform>
        <numerusform>استُوردت “{name}” مع %n موجّهات.</numerusform>
        <numerusform>استُوردت “{name}” مع %n موجّهًا.</numerusform>
        <numerusform>استُوردت “{name}” مع %n موجّه.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>استيراد…</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>نقل للأسفل</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>نقل للأعلى</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Name of the prompt set</source>
      <translation>اسم مجموعة المطالبات</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>الاسم:</translation>
    </message>
    <message>
      <source>New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <source>New prompt set</source>
      <translation>مجموعة مطالبات جديدة</translation>
    </message>
    <message>
      <source>Notes on a good answer</source>
      <translation>ملاحظات عن الإجابة الجيدة</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>الموجّه</translation>
    </message>
    <message>
      <source>Prompt sets</source>
      <translation>مجموعات المطالبات</translation>
    </message>
    <message>
      <source>Prompt sets (*.json)</source>
      <translation>مجموعات المطالبات (*.json)</translation>
    </message>
    <message>
      <source>Prompts of the set</source>
      <translation>موجّهات المجموعة</translation>
    </message>
    <message>
      <source>Prompts:</source>
      <translation>الموجّهات:</translation>
    </message>
    <message>
      <source>Remove prompt</source>
      <translation>إزالة الموجّه</translation>
    </message>
    <message>
      <source>Run…</source>
      <translation>تشغيل…</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Saved “{name}”.</source>
      <translation>حُفظت “{name}”.</translation>
    </message>
    <message>
      <source>Send every prompt of this set to two to four presets.</source>
      <translation>إرسال كل موجّه في هذه المجموعة إلى ما بين إعدادين مسبقين وأربعة.</translation>
    </message>
    <message>
      <source>The chosen prompt:</source>
      <translation>الموجّه المختار:</translation>
    </message>
    <message>
      <source>The prompt, as you would type it in a conversation</source>
      <translation>الموجّه، كما تكتبه في محادثة</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional)</source>
      <translation>كيف تبدو الإجابة الجيدة (اختياري)</translation>
    </message>
    <message>
      <source>What a good answer looks like (optional):</source>
      <translation>كيف تبدو الإجابة الجيدة (اختياري):</translation>
    </message>
    <message>
      <source>Your changes to this prompt set cannot be saved. {problem} Discard them and close?</source>
      <translation>لا يمكن حفظ تغييراتك على مجموعة المطالبات هذه. {problem} هل تريد تجاهلها والإغلاق؟</translation>
    </message>
    <message>
      <source>{number}. (empty)</source>
      <translation>{number}. (فارغ)</translation>
    </message>
  </context>
  <context>
    <name>markdown</name>
    <message>
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <source>Copy this code</source>
      <translation>نسخ هذه الشيفرة</translation>
    </message>
    <message>
      <source>Image</source>
      <translation>صورة</translation>
    </message>
    <message>
      <source>Image: {alt}</source>
      <translation>صورة: {alt}</translation>
    </message>
    <message>
      <source>code</source>
      <translation>شيفرة</translation>
    </message>
  </context>
  <context>
    <name>menus</name>
    <message>
      <source>&amp;About Switchboard</source>
      <translation>&amp;حول Switchboard</translation>
    </message>
    <message>
      <source>&amp;Close conversation</source>
      <translation>إ&amp;غلاق المحادثة</translation>
    </message>
    <message>
      <source>&amp;Conversation</source>
      <translation>ال&amp;محادثة</translation>
    </message>
    <message>
      <source>&amp;Copy the newest answer</source>
      <translation>&amp;نسخ أحدث إجابة</translation>
    </message>
    <message>
      <source>&amp;Enter sends (Shift+Enter for a new line)</source>
      <translation>&amp;Enter يرسل (Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>م&amp;ساعدة</translation>
    </message>
    <message>
      <source>&amp;Import conversation…</source>
      <translation>ا&amp;ستيراد محادثة…</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>اختصارات لوحة الم&amp;فاتيح</translation>
    </message>
    <message>
      <source>&amp;New conversation</source>
      <translation>محادثة &amp;جديدة</translation>
    </message>
    <message>
      <source>&amp;Prompt sets…</source>
      <translation>مجموعات الم&amp;طالبات…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>إ&amp;نهاء</translation>
    </message>
    <message>
      <source>&amp;Regenerate the newest answer</source>
      <translation>إعادة إ&amp;نشاء أحدث إجابة</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <source>Conversation &amp;library</source>
      <translation>م&amp;كتبة المحادثات</translation>
    </message>
    <message>
      <source>Export &amp;spending as CSV…</source>
      <translation>تصدير الإ&amp;نفاق بصيغة CSV…</translation>
    </message>
    <message>
      <source>Export as &amp;JSON…</source>
      <translation>تصدير بصيغة &amp;JSON…</translation>
    </message>
    <message>
      <source>Export as &amp;Markdown…</source>
      <translation>تصدير بصيغة &amp;Markdown…</translation>
    </message>
    <message>
      <source>Go to the &amp;parameters</source>
      <translation>الانتقال إلى ال&amp;معلمات</translation>
    </message>
    <message>
      <source>New c&amp;omparison…</source>
      <translation>م&amp;قارنة جديدة…</translation>
    </message>
    <message>
      <source>OpenRouter &amp;credits (web page)</source>
      <translation>&amp;رصيد OpenRouter (صفحة ويب)</translation>
    </message>
    <message>
      <source>OpenRouter &amp;keys (web page)</source>
      <translation>م&amp;فاتيح OpenRouter (صفحة ويب)</translation>
    </message>
    <message>
      <source>Show &amp;parameters</source>
      <translation>إظهار ال&amp;معلمات</translation>
    </message>
    <message>
      <source>There is no answer to copy here yet.</source>
      <translation>لا توجد إجابة لنسخها هنا بعد.</translation>
    </message>
    <message>
      <source>There is no answer to regenerate here yet.</source>
      <translation>لا توجد إجابة لإعادة إنشائها هنا بعد.</translation>
    </message>
  </context>
  <context>
    <name>message_actions</name>
    <message>
      <source>Message copied.</source>
      <translation>نُسخت الرسالة.</translation>
    </message>
    <message>
      <source>Message details</source>
      <translation>تفاصيل الرسالة</translation>
    </message>
  </context>
  <context>
    <name>message_html</name>
    <message>
      <source>Answer</source>
      <translation>الإجابة</translation>
    </message>
    <message>
      <source>Assistant</source>
      <translation>المساعد</translation>
    </message>
    <message>
      <source>Compare versions</source>
      <translation>مقارنة النسخ</translation>
    </message>
    <message>
      <source>Continue in a new tab</source>
      <translation>المتابعة في علامة تبويب جديدة</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <source>Delete version</source>
      <translation>حذف النسخة</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>التفاصيل</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>تحرير</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>إعادة الإنشاء</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>إعادة الإنشاء باستخدام…</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>إعادة المحاولة</translation>
    </message>
    <message>
      <source>Thinking…</source>
      <translation>يفكر…</translation>
    </message>
    <message>
      <source>Thinking… under a second</source>
      <translation>يفكر… أقل من ثانية</translation>
    </message>
    <message>
      <source>Thinking… {seconds} s</source>
      <translation>يفكر… {seconds} ث</translation>
    </message>
    <message>
      <source>Thought</source>
      <translation>فكّر</translation>
    </message>
    <message numerus="yes">
      <source>Thought %n tokens</source>
      <comment>one: Thought %n token</comment>
      <translation>
        <numerusform>فكّر في %n رمز</numerusform>
        <numerusform>فكّر في %n رمز</numerusform>
        <numerusform>فكّر في %n رمزان</numerusform>
        <numerusform>فكّر في %n رموز</numerusform>
        <numerusform>فكّر في %n رمزًا</numerusform>
        <numerusform>فكّر في %n رمز</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for under a second</source>
      <translation>فكّر لأقل من ثانية</translation>
    </message>
    <message numerus="yes">
      <source>Thought for under a second · %n tokens</source>
      <comment>one: Thought for under a second · %n token</comment>
      <translation>
        <numerusform>فكّر لأقل من ثانية · %n رمز</numerusform>
        <numerusform>فكّر لأقل من ثانية · %n رمز</numerusform>
        <numerusform>فكّر لأقل من ثانية · %n رمزان</numerusform>
        <numerusform>فكّر لأقل من ثانية · %n رموز</numerusform>
        <numerusform>فكّر لأقل من ثانية · %n رمزًا</numerusform>
        <numerusform>فكّر لأقل من ثانية · %n رمز</numerusform>
      </translation>
    </message>
    <message>
      <source>Thought for {seconds} s</source>
      <translation>فكّر لمدة {seconds} ث</translation>
    </message>
    <message numerus="yes">
      <source>Thought for {seconds} s · %n tokens</source>
      <comment>one: Thought for {seconds} s · %n token</comment>
      <translation>
        <numerusform>فكّر لمدة {seconds} ث · %n رمز</numerusform>
        <numerusform>فكّر لمدة {seconds} ث · %n رمز</numerusform>
        <numerusform>فكّر لمدة {seconds} ث · %n رمزان</numerusform>
        <numerusform>فكّر لمدة {seconds} ث · %n رموز</numerusform>
        <numerusform>فكّر لمدة {seconds} ث · %n رمزًا</numerusform>
        <numerusform>فكّر لمدة {seconds} ث · %n رمز</numerusform>
      </translation>
    </message>
    <message>
      <source>Try again with less thinking</source>
      <translation>حاول مرة أخرى بتفكير أقل</translation>
    </message>
    <message>
      <source>Try again without a length limit</source>
      <translation>حاول مرة أخرى دون حد للطول</translation>
    </message>
    <message>
      <source>You</source>
      <translation>أنت</translation>
    </message>
    <message>
      <source>⚠ No answer: the model used its whole length limit thinking, so nothing was left for the answer. The thinking is billed.</source>
      <translation>⚠ لا توجد إجابة: استهلك النموذج حد الطول كله في التفكير، فلم يبقَ شيء للإجابة. التفكير محتسب في التكلفة.</translation>
    </message>
  </context>
  <context>
    <name>meta</name>
    <message numerus="yes">
      <source>%n tokens</source>
      <comment>one: %n token</comment>
      <translation>
        <numerusform>%n رمز</numerusform>
        <numerusform>%n رمز</numerusform>
        <numerusform>%n رمزان</numerusform>
        <numerusform>%n رموز</numerusform>
        <numerusform>%n رمزًا</numerusform>
        <numerusform>%n رمز</numerusform>
      </translation>
    </message>
    <message>
      <source>Answer cost (with the prompt)</source>
      <translation>تكلفة الإجابة (مع الموجّه)</translation>
    </message>
    <message>
      <source>Answer tokens</source>
      <translation>رموز الإجابة</translation>
    </message>
    <message>
      <source>Cost</source>
      <translation>التكلفة</translation>
    </message>
    <message>
      <source>Finish reason</source>
      <translation>سبب الانتهاء</translation>
    </message>
    <message>
      <source>Model requested</source>
      <translation>النموذج المطلوب</translation>
    </message>
    <message>
      <source>Model that answered</source>
      <translation>النموذج الذي أجاب</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>ملاحظة</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>المعلمات</translation>
    </message>
    <message>
      <source>Prompt tokens</source>
      <translation>رموز الموجّه</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>المزوّد</translation>
    </message>
    <message>
      <source>Sources:</source>
      <translation>المصادر:</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>The model used its whole length limit thinking, so no answer was left. It was still billed.</source>
      <translation>استهلك النموذج حد الطول كله في التفكير، فلم تبقَ إجابة. ومع ذلك احتُسبت التكلفة.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>التفكير</translation>
    </message>
    <message>
      <source>Thinking cost</source>
      <translation>تكلفة التفكير</translation>
    </message>
    <message>
      <source>Thinking tokens</source>
      <translation>رموز التفكير</translation>
    </message>
    <message>
      <source>Thought privately</source>
      <translation>فكّر بشكل خاص</translation>
    </message>
    <message numerus="yes">
      <source>Thought privately: %n thinking tokens billed</source>
      <comment>one: Thought privately: %n thinking token billed</comment>
      <translation>
        <numerusform>فكّر بشكل خاص: احتُسب %n رمز تفكير</numerusform>
        <numerusform>فكّر بشكل خاص: احتُسب رمز تفكير واحد (%n)</numerusform>
        <numerusform>فكّر بشكل خاص: احتُسب %n رمزا تفكير</numerusform>
        <numerusform>فكّر بشكل خاص: احتُسبت %n رموز تفكير</numerusform>
        <numerusform>فكّر بشكل خاص: احتُسب %n رمز تفكير</numerusform>
        <numerusform>فكّر بشكل خاص: احتُسب %n رمز تفكير</numerusform>
      </translation>
    </message>
    <message>
      <source>Time</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <source>Time thinking</source>
      <translation>وقت التفكير</translation>
    </message>
    <message>
      <source>Web searches</source>
      <translation>عمليات البحث في الويب</translation>
    </message>
    <message>
      <source>Your message</source>
      <translation>رسالتك</translation>
    </message>
    <message>
      <source>about {count}</source>
      <translation>نحو {count}</translation>
    </message>
    <message numerus="yes">
      <source>answer %n tokens</source>
      <comment>one: answer %n token</comment>
      <translation>
        <numerusform>الإجابة %n رمز</numerusform>
        <numerusform>الإجابة %n رمز</numerusform>
        <numerusform>الإجابة %n رمزان</numerusform>
        <numerusform>الإجابة %n رموز</numerusform>
        <numerusform>الإجابة %n رمزًا</numerusform>
        <numerusform>الإجابة %n رمز</numerusform>
      </translation>
    </message>
    <message>
      <source>complete</source>
      <translation>مكتملة</translation>
    </message>
    <message>
      <source>done privately: none of it came back, but it is billed</source>
      <translation>تم بشكل خاص: لم يعد منه شيء، لكنه محتسب في التكلفة</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>فشلت</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>انقطعت</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>provider defaults</source>
      <translation>الإعدادات الافتراضية للمزوّد</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>متوقفة</translation>
    </message>
    <message>
      <source>streaming</source>
      <translation>قيد البث</translation>
    </message>
    <message>
      <source>the answer did not finish.</source>
      <translation>لم تكتمل الإجابة.</translation>
    </message>
    <message numerus="yes">
      <source>thinking %n tokens</source>
      <comment>one: thinking %n token</comment>
      <translation>
        <numerusform>التفكير %n رمز</numerusform>
        <numerusform>التفكير %n رمز</numerusform>
        <numerusform>التفكير %n رمزان</numerusform>
        <numerusform>التفكير %n رموز</numerusform>
        <numerusform>التفكير %n رمزًا</numerusform>
        <numerusform>التفكير %n رمز</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>thinking about %n tokens</source>
      <comment>one: thinking about %n token</comment>
      <translation>
        <numerusform>التفكير نحو %n رمز</numerusform>
        <numerusform>التفكير نحو %n رمز</numerusform>
        <numerusform>التفكير نحو %n رمزان</numerusform>
        <numerusform>التفكير نحو %n رموز</numerusform>
        <numerusform>التفكير نحو %n رمزًا</numerusform>
        <numerusform>التفكير نحو %n رمز</numerusform>
      </translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <source>via {provider}</source>
      <translation>عبر {provider}</translation>
    </message>
    <message>
      <source>{answer} + {thinking}</source>
      <translation>{answer} + {thinking}</translation>
    </message>
    <message>
      <source>{cost} (billed by OpenRouter)</source>
      <translation>{cost} (احتسبها OpenRouter)</translation>
    </message>
    <message>
      <source>{cost} (estimated from the model's price)</source>
      <translation>{cost} (تقدير من سعر النموذج)</translation>
    </message>
    <message>
      <source>{cost} est.</source>
      <translation>{cost} تقديريًا</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <source>{seconds} s</source>
      <translation>{seconds} ث</translation>
    </message>
    <message>
      <source>{tokens} ({cost})</source>
      <translation>{tokens} ({cost})</translation>
    </message>
    <message>
      <source>⚠ Cut off: the answer reached its maximum length (raise Maximum length).</source>
      <translation>⚠ مقطوعة: بلغت الإجابة طولها الأقصى (ارفع «الطول الأقصى»).</translation>
    </message>
    <message>
      <source>⚠ Filtered: the provider's content filter stopped this answer.</source>
      <translation>⚠ مُرشَّحة: أوقف مرشّح المحتوى لدى المزوّد هذه الإجابة.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: Switchboard closed while this answer was arriving.</source>
      <translation>⚠ غير مكتملة: أُغلق Switchboard أثناء وصول هذه الإجابة.</translation>
    </message>
    <message>
      <source>⚠ Incomplete: {error}</source>
      <translation>⚠ غير مكتملة: {error}</translation>
    </message>
    <message>
      <source>⚠ Stopped: you stopped this answer; what arrived is kept.</source>
      <translation>⚠ متوقفة: أوقفت هذه الإجابة؛ ما وصل محفوظ.</translation>
    </message>
  </context>
  <context>
    <name>model_picker</name>
    <message>
      <source>Choose a model</source>
      <translation>اختيار نموذج</translation>
    </message>
    <message>
      <source>Context</source>
      <translation>السياق</translation>
    </message>
    <message>
      <source>Input</source>
      <translation>الإدخال</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>النموذج</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>النماذج</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>الإخراج</translation>
    </message>
    <message>
      <source>Refresh list</source>
      <translation>تحديث القائمة</translation>
    </message>
    <message>
      <source>Search by name or id, e.g. “llama 70b” or “free”</source>
      <translation>ابحث بالاسم أو المعرّف، مثل “llama 70b” أو “free”</translation>
    </message>
    <message>
      <source>Search models</source>
      <translation>البحث في النماذج</translation>
    </message>
    <message>
      <source>Use this model</source>
      <translation>استخدام هذا النموذج</translation>
    </message>
    <message>
      <source>free</source>
      <translation>مجاني</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message numerus="yes">
      <source>{shown} of %n models</source>
      <comment>one: {shown} of %n model</comment>
      <translation>
        <numerusform>{shown} من %n نموذج</numerusform>
        <numerusform>{shown} من نموذج واحد (%n)</numerusform>
        <numerusform>{shown} من %n نموذجين</numerusform>
        <numerusform>{shown} من %n نماذج</numerusform>
        <numerusform>{shown} من %n نموذجًا</numerusform>
        <numerusform>{shown} من %n نموذج</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>free</source>
      <translation>مجاني</translation>
    </message>
    <message>
      <source>price unknown</source>
      <translation>السعر غير معروف</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <source>unknown context</source>
      <translation>السياق غير معروف</translation>
    </message>
    <message>
      <source>{fee} per request</source>
      <translation>{fee} لكل طلب</translation>
    </message>
    <message>
      <source>{model} cannot be held to a JSON schema.</source>
      <translation>لا يمكن إلزام {model} بمخطط JSON.</translation>
    </message>
    <message>
      <source>{model} does not accept a JSON schema.</source>
      <translation>{model} لا يقبل مخطط JSON.</translation>
    </message>
    <message>
      <source>{model} does not accept a Min P value.</source>
      <translation>{model} لا يقبل قيمة Min P.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top A value.</source>
      <translation>{model} لا يقبل قيمة Top A.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top K value.</source>
      <translation>{model} لا يقبل قيمة Top K.</translation>
    </message>
    <message>
      <source>{model} does not accept a Top P value.</source>
      <translation>{model} لا يقبل قيمة Top P.</translation>
    </message>
    <message>
      <source>{model} does not accept a frequency penalty.</source>
      <translation>{model} لا يقبل عقوبة التكرار اللفظي (frequency penalty).</translation>
    </message>
    <message>
      <source>{model} does not accept a maximum length.</source>
      <translation>{model} لا يقبل طولًا أقصى.</translation>
    </message>
    <message>
      <source>{model} does not accept a presence penalty.</source>
      <translation>{model} لا يقبل عقوبة الحضور (presence penalty).</translation>
    </message>
    <message>
      <source>{model} does not accept a repetition penalty.</source>
      <translation>{model} لا يقبل عقوبة التكرار (repetition penalty).</translation>
    </message>
    <message>
      <source>{model} does not accept a response format.</source>
      <translation>{model} لا يقبل تنسيق استجابة.</translation>
    </message>
    <message>
      <source>{model} does not accept a seed.</source>
      <translation>{model} لا يقبل بذرة (seed).</translation>
    </message>
    <message>
      <source>{model} does not accept a temperature.</source>
      <translation>{model} لا يقبل درجة حرارة (temperature).</translation>
    </message>
    <message>
      <source>{model} does not accept log probabilities.</source>
      <translation>{model} لا يقبل الاحتمالات اللوغاريتمية.</translation>
    </message>
    <message>
      <source>{model} does not accept reasoning settings.</source>
      <translation>{model} لا يقبل إعدادات التفكير.</translation>
    </message>
    <message>
      <source>{model} does not accept stop sequences.</source>
      <translation>{model} لا يقبل تسلسلات التوقف.</translation>
    </message>
    <message>
      <source>{model} does not accept tools.</source>
      <translation>{model} لا يقبل الأدوات.</translation>
    </message>
    <message>
      <source>{model} does not accept “{name}”.</source>
      <translation>{model} لا يقبل “{name}”.</translation>
    </message>
    <message>
      <source>{model} does not think before answering.</source>
      <translation>{model} لا يفكر قبل الإجابة.</translation>
    </message>
    <message>
      <source>{model} has no JSON mode.</source>
      <translation>{model} ليس لديه وضع JSON.</translation>
    </message>
    <message>
      <source>{prices} · {fee}</source>
      <translation>{prices} · {fee}</translation>
    </message>
    <message>
      <source>{prompt} in · {completion} out</source>
      <translation>{prompt} للإدخال · {completion} للإخراج</translation>
    </message>
    <message>
      <source>{tokens} context</source>
      <translation>سياق {tokens}</translation>
    </message>
  </context>
  <context>
    <name>money</name>
    <message>
      <source>free</source>
      <translation>مجاني</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
  </context>
  <context>
    <name>new_comparison</name>
    <message>
      <source>Blind: hide the names and shuffle the columns until I pick the best</source>
      <translation>عمياء: إخفاء الأسماء وخلط الأعمدة حتى أختار الأفضل</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>مقارنة</translation>
    </message>
    <message>
      <source>Fair: the same provider for every column of a model, and every setting must be honoured</source>
      <translation>عادلة: المزوّد نفسه لكل أعمدة النموذج الواحد، ويجب احترام كل إعداد</translation>
    </message>
    <message>
      <source>New comparison</source>
      <translation>مقارنة جديدة</translation>
    </message>
    <message>
      <source>Otherwise the answers may come from different companies running the model, and one of them may quietly ignore a setting, so you would compare those instead.</source>
      <translation>وإلا فقد تأتي الإجابات من شركات مختلفة تشغّل النموذج، وقد يتجاهل أحدها إعدادًا بصمت، فتكون قد قارنت بينها بدلًا من ذلك.</translation>
    </message>
    <message>
      <source>Presets to compare</source>
      <translation>الإعدادات المسبقة للمقارنة</translation>
    </message>
    <message>
      <source>Tick between {least} and {most} presets (now {ticked}).</source>
      <translation>حدد ما بين {least} و{most} من الإعدادات المسبقة (المحدد الآن {ticked}).</translation>
    </message>
    <message>
      <source>Tick two to four presets. One prompt goes to all of them with {model} (or the model a preset names); the answers stream side by side.</source>
      <translation>حدد من إعدادين مسبقين إلى أربعة. يُرسل موجّه واحد إليها جميعًا مع {model} (أو النموذج الذي يحدده الإعداد المسبق)؛ وتتدفق الإجابات جنبًا إلى جنب.</translation>
    </message>
    <message>
      <source>Title (optional)</source>
      <translation>العنوان (اختياري)</translation>
    </message>
    <message>
      <source>{left} vs {right}</source>
      <translation>{left} مقابل {right}</translation>
    </message>
  </context>
  <context>
    <name>oauth</name>
    <message>
      <source>Bad request</source>
      <translation>طلب غير صالح</translation>
    </message>
    <message>
      <source>Could not reach OpenRouter to finish signing in. Check your internet connection, then try again.</source>
      <translation>تعذّر الوصول إلى OpenRouter لإكمال تسجيل الدخول. تحقق من اتصالك بالإنترنت، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation>غير مسموح</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation>غير موجود</translation>
    </message>
    <message>
      <source>OpenRouter could not finish the sign-in right now. Please try again in a minute.</source>
      <translation>تعذّر على OpenRouter إكمال تسجيل الدخول الآن. يُرجى المحاولة مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
      <source>Return to Switchboard and try again, or paste a key there instead.</source>
      <translation>عُد إلى Switchboard وحاول مرة أخرى، أو الصق مفتاحًا هناك بدلًا من ذلك.</translation>
    </message>
    <message>
      <source>Sign-in already finished</source>
      <translation>اكتمل تسجيل الدخول بالفعل</translation>
    </message>
    <message>
      <source>Signed in</source>
      <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
      <source>Switchboard could not open your web browser. Paste a key instead, or try again once a browser is set up.</source>
      <translation>تعذّر على Switchboard فتح متصفح الويب. الصق مفتاحًا بدلًا من ذلك، أو حاول مرة أخرى بعد إعداد متصفح.</translation>
    </message>
    <message>
      <source>Switchboard was not given access to your OpenRouter account. Sign in again whenever you are ready.</source>
      <translation>لم يُمنح Switchboard حق الوصول إلى حساب OpenRouter الخاص بك. سجّل الدخول مجددًا متى كنت مستعدًا.</translation>
    </message>
    <message>
      <source>The sign-in did not complete</source>
      <translation>لم يكتمل تسجيل الدخول</translation>
    </message>
    <message>
      <source>The sign-in did not complete. Please try again.</source>
      <translation>لم يكتمل تسجيل الدخول. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
      <source>The sign-in took too long, so Switchboard stopped waiting for the browser. Please try again.</source>
      <translation>استغرق تسجيل الدخول وقتًا طويلًا جدًا، لذا توقف Switchboard عن انتظار المتصفح. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
      <source>This address only answers sign-ins.</source>
      <translation>هذا العنوان لا يستجيب إلا لعمليات تسجيل الدخول.</translation>
    </message>
    <message>
      <source>Too many sign-in attempts right now. Wait a minute, then try again.</source>
      <translation>محاولات تسجيل دخول كثيرة جدًا الآن. انتظر دقيقة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>You can close this tab and return to Switchboard.</source>
      <translation>يمكنك إغلاق علامة التبويب هذه والعودة إلى Switchboard.</translation>
    </message>
  </context>
  <context>
    <name>param_rows</name>
    <message>
      <source> tokens</source>
      <comment>after the budget's number</comment>
      <translation> رمز</translation>
    </message>
    <message>
      <source>Budget</source>
      <translation>الميزانية</translation>
    </message>
    <message>
      <source>Give the most tokens it may spend thinking</source>
      <translation>حدد أقصى عدد من الرموز يمكن إنفاقه في التفكير</translation>
    </message>
    <message>
      <source>Hidden thinking is still done, and still billed.</source>
      <translation>التفكير المخفي يحدث مع ذلك، ويُحتسب في التكلفة.</translation>
    </message>
    <message>
      <source>Hide the thinking</source>
      <translation>إخفاء التفكير</translation>
    </message>
    <message>
      <source>How much the model thinks before it answers</source>
      <translation>مقدار تفكير النموذج قبل أن يجيب</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON مطابق لمخطط</translation>
    </message>
    <message>
      <source>JSON object</source>
      <translation>كائن JSON</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>مخطط JSON</translation>
    </message>
    <message>
      <source>Model's choice</source>
      <translation>اختيار النموذج</translation>
    </message>
    <message>
      <source>Off</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <source>One per line, up to 4. Write \n for a new line.</source>
      <translation>واحد في كل سطر، حتى 4. اكتب \n لسطر جديد.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>نص عادي</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>إعادة الضبط</translation>
    </message>
    <message>
      <source>Reset {name}</source>
      <translation>إعادة ضبط {name}</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>تنسيق الاستجابة</translation>
    </message>
    <message>
      <source>Schema name</source>
      <translation>اسم المخطط</translation>
    </message>
    <message>
      <source>Send this parameter. Off: the provider's default applies.</source>
      <translation>إرسال هذه المعلمة. عند الإيقاف: تُطبَّق القيمة الافتراضية للمزوّد.</translation>
    </message>
    <message>
      <source>Send {name}</source>
      <translation>إرسال {name}</translation>
    </message>
    <message>
      <source>Switch it off and go back to the provider's default</source>
      <translation>إيقافها والعودة إلى القيمة الافتراضية للمزوّد</translation>
    </message>
    <message>
      <source>The model answers straight away, without thinking first</source>
      <translation>يجيب النموذج فورًا، دون تفكير مسبق</translation>
    </message>
    <message>
      <source>The model still thinks, and it is still billed; only the text stays away</source>
      <translation>يظل النموذج يفكر، ويظل ذلك محتسبًا؛ فقط النص لا يظهر</translation>
    </message>
    <message>
      <source>The model thinks as much as it usually does (with Hide the thinking: hidden)</source>
      <translation>يفكر النموذج بقدر ما يفعل عادةً (مع «إخفاء التفكير»: مخفي)</translation>
    </message>
    <message>
      <source>The most tokens the model may spend thinking</source>
      <translation>أقصى عدد من الرموز يمكن للنموذج إنفاقه في التفكير</translation>
    </message>
    <message>
      <source>Thinking amount</source>
      <translation>مقدار التفكير</translation>
    </message>
    <message>
      <source>Thinking budget in tokens</source>
      <translation>ميزانية التفكير بالرموز</translation>
    </message>
    <message>
      <source>This model</source>
      <translation>هذا النموذج</translation>
    </message>
    <message>
      <source>Token budget</source>
      <translation>ميزانية الرموز</translation>
    </message>
    <message>
      <source>Type at least one stop sequence, or switch it off.</source>
      <translation>اكتب تسلسل توقف واحدًا على الأقل، أو أوقفه.</translation>
    </message>
    <message>
      <source>{choice} (not offered)</source>
      <translation>{choice} (غير متاح)</translation>
    </message>
    <message>
      <source>{label} ({api_name})</source>
      <translation>{label} ({api_name})</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off. Choose another amount, or Reset to leave it to the model.</source>
      <translation>لا يستطيع {model} إيقاف تفكيره. اختر مقدارًا آخر، أو «إعادة الضبط» لترك الأمر للنموذج.</translation>
    </message>
    <message>
      <source>{model} does not offer the {effort} thinking effort. Choose another amount, or Reset to leave it to the model.</source>
      <translation>لا يتيح {model} مستوى التفكير {effort}. اختر مقدارًا آخر، أو «إعادة الضبط» لترك الأمر للنموذج.</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget. Choose another amount, or Reset to leave it to the model.</source>
      <translation>لا يقبل {model} ميزانية تفكير. اختر مقدارًا آخر، أو «إعادة الضبط» لترك الأمر للنموذج.</translation>
    </message>
    <message>
      <source>{name} slider</source>
      <translation>شريط تمرير {name}</translation>
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
      <translation>السماح بمزوّدين آخرين عند فشل الأول</translation>
    </message>
    <message>
      <source>Allowed</source>
      <translation>مسموح</translation>
    </message>
    <message>
      <source>Change model…</source>
      <translation>تغيير النموذج…</translation>
    </message>
    <message>
      <source>Changed since you chose “{name}”. Reset to go back to its values, or Save as… to keep these as a preset of your own.</source>
      <translation>تغيّر منذ أن اخترت “{name}”. اختر «إعادة الضبط» للعودة إلى قيمه، أو «حفظ باسم…» للاحتفاظ بهذه القيم كإعداد مسبق خاص بك.</translation>
    </message>
    <message>
      <source>Choosing a preset applies its values at once.</source>
      <translation>اختيار إعداد مسبق يطبّق قيمه فورًا.</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>مخصص</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>البيانات</translation>
    </message>
    <message>
      <source>Data collection</source>
      <translation>جمع البيانات</translation>
    </message>
    <message>
      <source>Default</source>
      <translation>الافتراضي</translation>
    </message>
    <message>
      <source>Fall back</source>
      <translation>البديل</translation>
    </message>
    <message>
      <source>Fastest output</source>
      <translation>أسرع إخراج</translation>
    </message>
    <message>
      <source>For models that cannot read PDFs themselves. Reading pictures of pages (for scanned PDFs) costs $2 per 1,000 pages.</source>
      <translation>للنماذج التي لا تستطيع قراءة ملفات PDF بنفسها. قراءة صور الصفحات (لملفات PDF الممسوحة ضوئيًا) تكلف $2 لكل 1,000 صفحة.</translation>
    </message>
    <message>
      <source>Free to use</source>
      <translation>مجاني الاستخدام</translation>
    </message>
    <message>
      <source>Go back to the values of “{name}”</source>
      <translation>العودة إلى قيم “{name}”</translation>
    </message>
    <message>
      <source>How PDFs are read</source>
      <translation>طريقة قراءة ملفات PDF</translation>
    </message>
    <message>
      <source>How it answers</source>
      <translation>طريقة الإجابة</translation>
    </message>
    <message>
      <source>In effect: {preset}. Choosing a preset applies its values at once.</source>
      <translation>المُطبَّق: {preset}. اختيار إعداد مسبق يطبّق قيمه فورًا.</translation>
    </message>
    <message>
      <source>Instructions the model follows for the whole conversation (optional)</source>
      <translation>تعليمات يتبعها النموذج طوال المحادثة (اختياري)</translation>
    </message>
    <message>
      <source>Lowest price</source>
      <translation>أقل سعر</translation>
    </message>
    <message>
      <source>Manage…</source>
      <translation>إدارة…</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>النموذج</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>الإعدادات الافتراضية للنموذج</translation>
    </message>
    <message>
      <source>Models are paid by the token. A token is a piece of a word: on average about three quarters of a word, so a million tokens is roughly 750,000 words.
“In” is everything sent with your message: the system prompt, the conversation so far and what you typed. “Out” is what the model writes back.</source>
      <translation>تُدفع تكلفة النماذج بالرمز. الرمز جزء من كلمة: في المتوسط نحو ثلاثة أرباع كلمة، لذا فالمليون رمز يعادل تقريبًا 750,000 كلمة.
“الإدخال” هو كل ما يُرسل مع رسالتك: موجّه النظام والمحادثة حتى الآن وما كتبته. “الإخراج” هو ما يكتبه النموذج في الرد.</translation>
    </message>
    <message>
      <source>No</source>
      <translation>لا</translation>
    </message>
    <message>
      <source>Not in the model list yet: every parameter stays available.</source>
      <translation>ليس في قائمة النماذج بعد: تبقى كل المعلمات متاحة.</translation>
    </message>
    <message>
      <source>Off. {price}</source>
      <translation>متوقف. {price}</translation>
    </message>
    <message>
      <source>Only providers that honour every parameter set here. Without this, a provider that does not support a parameter silently ignores it.</source>
      <translation>المزوّدون الذين يحترمون كل معلمة مضبوطة هنا فقط. بدون ذلك، يتجاهل المزوّد الذي لا يدعم معلمة ما بصمت.</translation>
    </message>
    <message>
      <source>Only providers that keep no data</source>
      <translation>المزوّدون الذين لا يحتفظون بأي بيانات فقط</translation>
    </message>
    <message>
      <source>PDFs</source>
      <translation>ملفات PDF</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>المعلمات</translation>
    </message>
    <message>
      <source>Prefer</source>
      <translation>التفضيل</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>الإعداد المسبق</translation>
    </message>
    <message>
      <source>Price unknown</source>
      <translation>السعر غير معروف</translation>
    </message>
    <message>
      <source>Providers</source>
      <translation>المزوّدون</translation>
    </message>
    <message>
      <source>Quickest start</source>
      <translation>أسرع بدء</translation>
    </message>
    <message>
      <source>Read pictures of pages too ($2 per 1,000 pages)</source>
      <translation>قراءة صور الصفحات أيضًا ($2 لكل 1,000 صفحة)</translation>
    </message>
    <message>
      <source>Read their text (free)</source>
      <translation>قراءة نصها (مجانًا)</translation>
    </message>
    <message>
      <source>Require every parameter</source>
      <translation>اشتراط كل معلمة</translation>
    </message>
    <message>
      <source>Reset to {name}</source>
      <translation>إعادة الضبط إلى {name}</translation>
    </message>
    <message>
      <source>Results</source>
      <translation>النتائج</translation>
    </message>
    <message>
      <source>Results per search</source>
      <translation>النتائج لكل بحث</translation>
    </message>
    <message>
      <source>Save as…</source>
      <translation>حفظ باسم…</translation>
    </message>
    <message>
      <source>Search the web</source>
      <translation>البحث في الويب</translation>
    </message>
    <message>
      <source>Show request…</source>
      <translation>إظهار الطلب…</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>موجّه النظام</translation>
    </message>
    <message>
      <source>The exact JSON that the next message will send</source>
      <translation>JSON الدقيق الذي سترسله الرسالة التالية</translation>
    </message>
    <message>
      <source>The model may search the web before it answers, and lists the pages it used. Each search costs extra.</source>
      <translation>قد يبحث النموذج في الويب قبل أن يجيب، ويذكر الصفحات التي استخدمها. كل بحث يكلف مبلغًا إضافيًا.</translation>
    </message>
    <message>
      <source>These values match no preset. Save as… keeps them as a preset of your own.</source>
      <translation>هذه القيم لا تطابق أي إعداد مسبق. «حفظ باسم…» يحتفظ بها كإعداد مسبق خاص بك.</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · out: {completion}</source>
      <translation>الرموز للإدخال: {prompt} · للإخراج: {completion}</translation>
    </message>
    <message>
      <source>Tokens in: {prompt} · {completion} per million out</source>
      <translation>الرموز للإدخال: {prompt} · {completion} لكل مليون للإخراج</translation>
    </message>
    <message>
      <source>Web search and PDFs</source>
      <translation>البحث في الويب وملفات PDF</translation>
    </message>
    <message>
      <source>What this conversation sends. Parameters that are off use the model's own defaults.</source>
      <translation>ما ترسله هذه المحادثة. المعلمات المتوقفة تستخدم القيم الافتراضية للنموذج.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>نعم</translation>
    </message>
    <message>
      <source>free</source>
      <translation>مجاني</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>غير معروف</translation>
    </message>
    <message>
      <source>unknown context: the tokens of conversation and answer it handles at once</source>
      <translation>سياق غير معروف: رموز المحادثة والإجابة التي يعالجها دفعة واحدة</translation>
    </message>
    <message>
      <source>{model} cannot search the web. Choose another model to search.</source>
      <translation>لا يستطيع {model} البحث في الويب. اختر نموذجًا آخر للبحث.</translation>
    </message>
    <message>
      <source>{name}  (yours)</source>
      <translation>{name}  (خاص بك)</translation>
    </message>
    <message>
      <source>{name} (modified)</source>
      <translation>{name} (معدَّل)</translation>
    </message>
    <message>
      <source>{price} per request</source>
      <translation>{price} لكل طلب</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · out: {completion}</source>
      <translation>{prompt} لكل مليون رمز للإدخال · للإخراج: {completion}</translation>
    </message>
    <message>
      <source>{prompt} per million tokens in · {completion} per million out</source>
      <translation>{prompt} لكل مليون رمز للإدخال · {completion} لكل مليون للإخراج</translation>
    </message>
    <message>
      <source>{tokens} context: the tokens of conversation and answer it handles at once</source>
      <translation>سياق {tokens}: رموز المحادثة والإجابة التي يعالجها دفعة واحدة</translation>
    </message>
  </context>
  <context>
    <name>params</name>
    <message numerus="yes">
      <source>%n stop sequences</source>
      <comment>one: %n stop sequence</comment>
      <translation>
        <numerusform>%n تسلسل توقف</numerusform>
        <numerusform>تسلسل توقف واحد (%n)</numerusform>
        <numerusform>%n تسلسلا توقف</numerusform>
        <numerusform>%n تسلسلات توقف</numerusform>
        <numerusform>%n تسلسل توقف</numerusform>
        <numerusform>%n تسلسل توقف</numerusform>
      </translation>
    </message>
    <message>
      <source>A JSON schema format needs a schema object.</source>
      <translation>تنسيق مخطط JSON يحتاج إلى كائن مخطط.</translation>
    </message>
    <message>
      <source>A fixed number that makes answers repeatable on models that support it.</source>
      <translation>رقم ثابت يجعل الإجابات قابلة للتكرار في النماذج التي تدعمه.</translation>
    </message>
    <message>
      <source>A small value (0.05 to 0.1) keeps creative settings coherent.</source>
      <translation>القيمة الصغيرة (0.05 إلى 0.1) تحافظ على تماسك الإعدادات الإبداعية.</translation>
    </message>
    <message>
      <source>A stop sequence cannot be empty.</source>
      <translation>لا يمكن أن يكون تسلسل التوقف فارغًا.</translation>
    </message>
    <message>
      <source>Asks for plain text, any JSON object, or JSON that matches a schema you give.</source>
      <translation>يطلب نصًا عاديًا، أو أي كائن JSON، أو JSON يطابق مخططًا تقدمه.</translation>
    </message>
    <message>
      <source>Data collection must be allow or deny.</source>
      <translation>يجب أن يكون جمع البيانات allow أو deny.</translation>
    </message>
    <message>
      <source>Discourages any word that has already appeared, however often.</source>
      <translation>يقلل من أي كلمة ظهرت من قبل، مهما تكرر ظهورها.</translation>
    </message>
    <message>
      <source>Discourages words the more often they have already appeared.</source>
      <translation>يقلل من الكلمات كلما تكرر ظهورها من قبل.</translation>
    </message>
    <message>
      <source>Drops unlikely words, more strictly when the model is confident.</source>
      <translation>يُسقط الكلمات غير المرجحة، وبصرامة أكبر عندما يكون النموذج واثقًا.</translation>
    </message>
    <message>
      <source>Drops words whose chance is below this share of the most likely word's chance.</source>
      <translation>يُسقط الكلمات التي تقل احتماليتها عن هذه النسبة من احتمالية الكلمة الأرجح.</translation>
    </message>
    <message>
      <source>Frequency penalty</source>
      <translation>عقوبة التكرار اللفظي</translation>
    </message>
    <message>
      <source>How adventurous the wording is: low values pick the most likely words, high values take more chances.</source>
      <translation>مدى جرأة الصياغة: القيم المنخفضة تختار الكلمات الأرجح، والقيم المرتفعة تغامر أكثر.</translation>
    </message>
    <message>
      <source>How much a thinking model reasons before it answers. Thinking is billed like answer words, even when it is hidden.</source>
      <translation>مقدار تفكير النموذج المفكر قبل أن يجيب. يُحتسب التفكير مثل كلمات الإجابة، حتى عندما يكون مخفيًا.</translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON مطابق لمخطط</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>إخراج JSON</translation>
    </message>
    <message>
      <source>Less thinking is quicker and cheaper; more helps with maths, code and tricky questions.</source>
      <translation>التفكير الأقل أسرع وأرخص؛ والأكثر يساعد في الرياضيات والبرمجة والأسئلة الصعبة.</translation>
    </message>
    <message>
      <source>Lower it (e.g. 0.9) to cut off unlikely words; usually change this or temperature, not both.</source>
      <translation>اخفضه (مثلًا 0.9) لاستبعاد الكلمات غير المرجحة؛ غيّر عادةً هذه أو درجة الحرارة (temperature)، لا كليهما.</translation>
    </message>
    <message>
      <source>Lower it for facts and code; raise it for brainstorming and stories.</source>
      <translation>اخفضها للحقائق والبرمجة؛ وارفعها للعصف الذهني والقصص.</translation>
    </message>
    <message>
      <source>Makes the model less likely to repeat text from the conversation; 1 means no penalty.</source>
      <translation>يقلل احتمال أن يكرر النموذج نصًا من المحادثة؛ 1 تعني بلا عقوبة.</translation>
    </message>
    <message>
      <source>Maximum length</source>
      <translation>الطول الأقصى</translation>
    </message>
    <message>
      <source>Min P</source>
      <translation>Min P</translation>
    </message>
    <message>
      <source>Model defaults</source>
      <translation>الإعدادات الافتراضية للنموذج</translation>
    </message>
    <message>
      <source>Only considers the most likely words whose chances add up to this share.</source>
      <translation>لا يأخذ في الحسبان إلا الكلمات الأرجح التي يبلغ مجموع احتمالاتها هذه النسبة.</translation>
    </message>
    <message>
      <source>Only considers this many of the most likely next words (0 means no limit).</source>
      <translation>لا يأخذ في الحسبان إلا هذا العدد من الكلمات التالية الأرجح (0 تعني بلا حد).</translation>
    </message>
    <message>
      <source>OpenRouter accepts at most 4 stop sequences.</source>
      <translation>يقبل OpenRouter أربعة تسلسلات توقف على الأكثر.</translation>
    </message>
    <message>
      <source>Plain text</source>
      <translation>نص عادي</translation>
    </message>
    <message>
      <source>Presence penalty</source>
      <translation>عقوبة الحضور</translation>
    </message>
    <message>
      <source>Raise it a little if answers repeat the same words or phrases.</source>
      <translation>ارفعها قليلًا إذا كانت الإجابات تكرر الكلمات أو العبارات نفسها.</translation>
    </message>
    <message>
      <source>Raise it slightly (1.1) if the model loops; too high makes odd wording.</source>
      <translation>ارفعها قليلًا (1.1) إذا دار النموذج في حلقة؛ القيمة المرتفعة جدًا تنتج صياغة غريبة.</translation>
    </message>
    <message>
      <source>Raise it to push the model toward new topics.</source>
      <translation>ارفعها لدفع النموذج نحو مواضيع جديدة.</translation>
    </message>
    <message>
      <source>Rarely needed; try a small value if high temperatures produce nonsense.</source>
      <translation>نادرًا ما تلزم؛ جرّب قيمة صغيرة إذا أنتجت درجات الحرارة المرتفعة كلامًا بلا معنى.</translation>
    </message>
    <message>
      <source>Repetition penalty</source>
      <translation>عقوبة التكرار</translation>
    </message>
    <message>
      <source>Response format</source>
      <translation>تنسيق الاستجابة</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>البذرة</translation>
    </message>
    <message>
      <source>Set a small number (e.g. 40) for safer, more predictable text.</source>
      <translation>اضبط رقمًا صغيرًا (مثلًا 40) لنص أكثر أمانًا وقابلية للتوقع.</translation>
    </message>
    <message>
      <source>Set it to cap cost or keep answers short; too low cuts answers off.</source>
      <translation>اضبطه لتحديد سقف للتكلفة أو لإبقاء الإجابات قصيرة؛ القيمة المنخفضة جدًا تقطع الإجابات.</translation>
    </message>
    <message>
      <source>Set it when you want the same answer twice, for example to compare settings fairly.</source>
      <translation>اضبطها عندما تريد الإجابة نفسها مرتين، مثلًا لمقارنة الإعدادات بإنصاف.</translation>
    </message>
    <message>
      <source>Sort providers by price, throughput or latency.</source>
      <translation>ترتيب المزوّدين حسب السعر أو الإنتاجية أو زمن الاستجابة.</translation>
    </message>
    <message>
      <source>Stop sequences</source>
      <translation>تسلسلات التوقف</translation>
    </message>
    <message>
      <source>Stop sequences must be a list of texts.</source>
      <translation>يجب أن تكون تسلسلات التوقف قائمة نصوص.</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>درجة الحرارة</translation>
    </message>
    <message>
      <source>Text that makes the model stop writing as soon as it produces it (up to 4).</source>
      <translation>نص يجعل النموذج يتوقف عن الكتابة فور أن ينتجه (حتى 4).</translation>
    </message>
    <message>
      <source>The longest answer allowed, in tokens (a token is about three quarters of a word).</source>
      <translation>أطول إجابة مسموح بها، بالرموز (الرمز نحو ثلاثة أرباع كلمة).</translation>
    </message>
    <message>
      <source>The response format holds a value that cannot be sent (NaN).</source>
      <translation>يحتوي تنسيق الاستجابة على قيمة لا يمكن إرسالها (NaN).</translation>
    </message>
    <message>
      <source>The response format must be a JSON object.</source>
      <translation>يجب أن يكون تنسيق الاستجابة كائن JSON.</translation>
    </message>
    <message>
      <source>The response format must be text, json_object or json_schema.</source>
      <translation>يجب أن يكون تنسيق الاستجابة text أو json_object أو json_schema.</translation>
    </message>
    <message>
      <source>The schema is not valid JSON (line {line}).</source>
      <translation>المخطط ليس JSON صالحًا (السطر {line}).</translation>
    </message>
    <message>
      <source>The schema must be a JSON object: { … }.</source>
      <translation>يجب أن يكون المخطط كائن JSON: { … }.</translation>
    </message>
    <message>
      <source>The schema needs a name of up to 64 letters, digits, '_' or '-'.</source>
      <translation>يحتاج المخطط إلى اسم من 64 حرفًا أو رقمًا أو '_' أو '-' على الأكثر.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>التفكير</translation>
    </message>
    <message>
      <source>Thinking must be a thinking setting.</source>
      <translation>يجب أن يكون التفكير إعداد تفكير.</translation>
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
      <translation>اكتب قيمة لـ {name}، أو أوقفها.</translation>
    </message>
    <message>
      <source>Use JSON when another program will read the answer.</source>
      <translation>استخدم JSON عندما يقرأ برنامج آخر الإجابة.</translation>
    </message>
    <message>
      <source>Use it to end answers at a marker, such as a blank line or 'User:'.</source>
      <translation>استخدمها لإنهاء الإجابات عند علامة، مثل سطر فارغ أو 'User:'.</translation>
    </message>
    <message>
      <source>{name} must be a finite number.</source>
      <translation>يجب أن تكون قيمة {name} رقمًا محدودًا.</translation>
    </message>
    <message>
      <source>{name} must be a number.</source>
      <translation>يجب أن تكون قيمة {name} رقمًا.</translation>
    </message>
    <message>
      <source>{name} must be a whole number.</source>
      <translation>يجب أن تكون قيمة {name} عددًا صحيحًا.</translation>
    </message>
    <message>
      <source>{name} must be above {low} and at most {high}.</source>
      <translation>يجب أن تكون قيمة {name} أكبر من {low} و{high} على الأكثر.</translation>
    </message>
    <message>
      <source>{name} must be at least {low}.</source>
      <translation>يجب ألا تقل قيمة {name} عن {low}.</translation>
    </message>
    <message>
      <source>{name} must be between {low} and {high}.</source>
      <translation>يجب أن تكون قيمة {name} بين {low} و{high}.</translation>
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
      <translation>خطأ غير معروف</translation>
    </message>
  </context>
  <context>
    <name>preset_store</name>
    <message>
      <source>The file could not be opened.</source>
      <translation>تعذّر فتح الملف.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>هذا الملف ليس ملف إعدادات مسبقة لـ Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a Switchboard presets file.</source>
      <translation>هذا الملف أكبر من أن يكون ملف إعدادات مسبقة لـ Switchboard.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it holds a number with too many digits.</source>
      <translation>ملف الإعدادات المسبقة هذا تالف: يحتوي على رقم بخانات كثيرة جدًا.</translation>
    </message>
    <message>
      <source>Your saved presets at {path} could not be used, so only the built-in presets are available. {why}</source>
      <translation>تعذّر استخدام إعداداتك المسبقة المحفوظة في {path}، لذا لا تتوفر إلا الإعدادات المسبقة المدمجة. {why}</translation>
    </message>
    <message>
      <source>Your saved presets could not be used, so only the built-in presets are available. {why} The old file is kept at {kept}.</source>
      <translation>تعذّر استخدام إعداداتك المسبقة المحفوظة، لذا لا تتوفر إلا الإعدادات المسبقة المدمجة. {why} الملف القديم محفوظ في {kept}.</translation>
    </message>
  </context>
  <context>
    <name>presets</name>
    <message>
      <source>A higher temperature (1.1) with Min P 0.05 gives more varied wording that still stays on track; use it for brainstorming and stories.</source>
      <translation>درجة حرارة أعلى (1.1) مع Min P 0.05 تمنح صياغة أكثر تنوعًا دون الخروج عن الموضوع؛ استخدمه لتوليد الأفكار والقصص.</translation>
    </message>
    <message>
      <source>A low temperature (0.2) with Top P 0.9 keeps answers focused and consistent; use it for facts, code and step-by-step work.</source>
      <translation>درجة حرارة منخفضة (0.2) مع Top P 0.9 تُبقي الإجابات مركّزة ومتّسقة؛ استخدمه للحقائق والبرمجة والعمل خطوة بخطوة.</translation>
    </message>
    <message>
      <source>A model ID such as microsoft/wizardlm-2-8x22b</source>
      <translation>معرّف نموذج مثل microsoft/wizardlm-2-8x22b</translation>
    </message>
    <message>
      <source>A preset name can be at most {most} characters long.</source>
      <translation>يمكن أن يتكون اسم الإعداد المسبق من {most} حرفًا على الأكثر.</translation>
    </message>
    <message>
      <source>A preset name must be a single line of text.</source>
      <translation>يجب أن يكون اسم الإعداد المسبق سطرًا واحدًا من النص.</translation>
    </message>
    <message>
      <source>A preset needs a name.</source>
      <translation>يحتاج الإعداد المسبق إلى اسم.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think hard (high effort) before it answers: slower and costlier, but better at maths, code and tricky questions.</source>
      <translation>يطلب من نموذج التفكير أن يفكّر مليًّا (جهد مرتفع) قبل أن يجيب: أبطأ وأغلى، لكنه أفضل في الرياضيات والبرمجة والأسئلة الصعبة.</translation>
    </message>
    <message>
      <source>Asks a thinking model to think only a little (low effort) before it answers: quicker and cheaper; models that do not think answer as usual.</source>
      <translation>يطلب من نموذج التفكير أن يفكّر قليلًا فقط (جهد منخفض) قبل أن يجيب: أسرع وأرخص؛ النماذج التي لا تفكّر تجيب كالمعتاد.</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>متوازن</translation>
    </message>
    <message>
      <source>Caps every answer at 300 tokens (about 225 words), so longer answers are cut off mid-way; use it to keep replies short and cheap.</source>
      <translation>يحدّ كل إجابة بـ 300 رمز (نحو 225 كلمة إنجليزية)، فتُقطع الإجابات الأطول في منتصفها؛ استخدمه لإبقاء الردود قصيرة ورخيصة.</translation>
    </message>
    <message>
      <source>Careful</source>
      <translation>متأنٍّ</translation>
    </message>
    <message>
      <source>Concise</source>
      <translation>موجز</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>تعذّر فتح “{name}” ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>تعذّرت كتابة “{name}” ({reason}). اختر مجلدًا آخر وحاول مرة أخرى.</translation>
    </message>
    <message>
      <source>Creative</source>
      <translation>إبداعي</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete preset</source>
      <translation>حذف الإعداد المسبق</translation>
    </message>
    <message>
      <source>Delete the preset “{name}”?</source>
      <translation>هل تريد حذف الإعداد المسبق “{name}”؟</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>حذف…</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>تجاهل</translation>
    </message>
    <message>
      <source>Discard changes?</source>
      <translation>هل تريد تجاهل التغييرات؟</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>تكرار</translation>
    </message>
    <message>
      <source>Empty: conversations that use this preset have none</source>
      <translation>فارغ: المحادثات التي تستخدم هذا الإعداد المسبق ليس لها موجّه نظام</translation>
    </message>
    <message>
      <source>Export preset</source>
      <translation>تصدير الإعداد المسبق</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n presets to {path}.</source>
      <comment>one: Exported %n preset to {path}.</comment>
      <translation>
        <numerusform>صُدّر %n إعداد مسبق إلى {path}.</numerusform>
        <numerusform>صُدّر %n إعداد مسبق إلى {path}.</numerusform>
        <numerusform>صُدّر %n إعدادان مسبقان إلى {path}.</numerusform>
        <numerusform>صُدّر %n إعدادات مسبقة إلى {path}.</numerusform>
        <numerusform>صُدّر %n إعدادًا مسبقًا إلى {path}.</numerusform>
        <numerusform>صُدّر %n إعداد مسبق إلى {path}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>تصدير…</translation>
    </message>
    <message>
      <source>Import presets</source>
      <translation>استيراد إعدادات مسبقة</translation>
    </message>
    <message numerus="yes">
      <source>Imported %n presets.</source>
      <comment>one: Imported %n preset.</comment>
      <translation>
        <numerusform>استُورد %n إعداد مسبق.</numerusform>
        <numerusform>استُورد %n إعداد مسبق.</numerusform>
        <numerusform>استُورد %n إعدادان مسبقان.</numerusform>
        <numerusform>استُورد %n إعدادات مسبقة.</numerusform>
        <numerusform>استُورد %n إعدادًا مسبقًا.</numerusform>
        <numerusform>استُورد %n إعداد مسبق.</numerusform>
      </translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>استيراد…</translation>
    </message>
    <message>
      <source>Include the model</source>
      <translation>تضمين النموذج</translation>
    </message>
    <message>
      <source>Include the system prompt</source>
      <translation>تضمين موجّه النظام</translation>
    </message>
    <message>
      <source>JSON output</source>
      <translation>مخرجات JSON</translation>
    </message>
    <message numerus="yes">
      <source>Kept your %n existing presets.</source>
      <comment>one: Kept your %n existing preset.</comment>
      <translation>
        <numerusform>أُبقي على إعداداتك المسبقة الحالية: %n إعداد مسبق.</numerusform>
        <numerusform>أُبقي على إعداداتك المسبقة الحالية: %n إعداد مسبق.</numerusform>
        <numerusform>أُبقي على إعداداتك المسبقة الحالية: %n إعدادان مسبقان.</numerusform>
        <numerusform>أُبقي على إعداداتك المسبقة الحالية: %n إعدادات مسبقة.</numerusform>
        <numerusform>أُبقي على إعداداتك المسبقة الحالية: %n إعدادًا مسبقًا.</numerusform>
        <numerusform>أُبقي على إعداداتك المسبقة الحالية: %n إعداد مسبق.</numerusform>
      </translation>
    </message>
    <message>
      <source>Message</source>
      <translation>الرسالة</translation>
    </message>
    <message>
      <source>Model ID</source>
      <translation>معرّف النموذج</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Name of the new preset:</source>
      <translation>اسم الإعداد المسبق الجديد:</translation>
    </message>
    <message>
      <source>Nothing was saved. Choose another name first.</source>
      <translation>لم يُحفظ شيء. اختر اسمًا آخر أولًا.</translation>
    </message>
    <message>
      <source>Nothing was saved. Fix the value marked in red first.</source>
      <translation>لم يُحفظ شيء. أصلح القيمة المُعلَّمة بالأحمر أولًا.</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>المعلمات</translation>
    </message>
    <message>
      <source>Precise</source>
      <translation>دقيق</translation>
    </message>
    <message>
      <source>Preset description</source>
      <translation>وصف الإعداد المسبق</translation>
    </message>
    <message>
      <source>Preset name</source>
      <translation>اسم الإعداد المسبق</translation>
    </message>
    <message>
      <source>Preset number {number} in this file has no name.</source>
      <translation>الإعداد المسبق رقم {number} في هذا الملف بلا اسم.</translation>
    </message>
    <message>
      <source>Preset number {number} in this file is not a preset.</source>
      <translation>العنصر رقم {number} في هذا الملف ليس إعدادًا مسبقًا.</translation>
    </message>
    <message>
      <source>Preset number {number}: {problem}</source>
      <translation>الإعداد المسبق رقم {number}: {problem}</translation>
    </message>
    <message>
      <source>Preset “{name}”: {problem}</source>
      <translation>الإعداد المسبق “{name}”: {problem}</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>الإعدادات المسبقة</translation>
    </message>
    <message>
      <source>Presets (*.json)</source>
      <translation>الإعدادات المسبقة (*.json)</translation>
    </message>
    <message>
      <source>Provider choices</source>
      <translation>خيارات المزوّد</translation>
    </message>
    <message>
      <source>Providers (kept as they are when you save):</source>
      <translation>المزوّدون (يُحفظون كما هم عند الحفظ):</translation>
    </message>
    <message>
      <source>Quick</source>
      <translation>سريع</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>استبدال</translation>
    </message>
    <message>
      <source>Replace presets?</source>
      <translation>هل تريد استبدال الإعدادات المسبقة؟</translation>
    </message>
    <message>
      <source>Replace the system prompt</source>
      <translation>استبدال موجّه النظام</translation>
    </message>
    <message>
      <source>Reproducible</source>
      <translation>قابل للتكرار</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>Save as a copy</source>
      <translation>حفظ كنسخة</translation>
    </message>
    <message>
      <source>Save as a copy…</source>
      <translation>حفظ كنسخة…</translation>
    </message>
    <message>
      <source>Save as preset</source>
      <translation>حفظ كإعداد مسبق</translation>
    </message>
    <message>
      <source>Saved the preset “{name}”.</source>
      <translation>حُفظ الإعداد المسبق “{name}”.</translation>
    </message>
    <message>
      <source>Saved your changes as the preset “{name}”.</source>
      <translation>حُفظت تغييراتك كإعداد مسبق “{name}”.</translation>
    </message>
    <message>
      <source>Sends no sampling settings at all, so the provider's own defaults apply; a good start for everyday chat.</source>
      <translation>لا يرسل أي إعدادات لأخذ العينات، فتُطبَّق الإعدادات الافتراضية للمزوّد نفسه؛ بداية جيدة للمحادثة اليومية.</translation>
    </message>
    <message>
      <source>Set another parameter…</source>
      <translation>ضبط معلمة أخرى…</translation>
    </message>
    <message>
      <source>Sets: {summary}</source>
      <translation>يضبط: {summary}</translation>
    </message>
    <message>
      <source>Skipped {names}: a built-in preset has that name.</source>
      <translation>تُخطّي {names}: يحمل إعداد مسبق مدمج هذا الاسم.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own model.</source>
      <translation>عند الإيقاف، تحتفظ كل محادثة بنموذجها الخاص.</translation>
    </message>
    <message>
      <source>Switched off, each conversation keeps its own system prompt.</source>
      <translation>عند الإيقاف، تحتفظ كل محادثة بموجّه النظام الخاص بها.</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>موجّه النظام</translation>
    </message>
    <message>
      <source>Temperature 0 and a fixed seed (42) make the same prompt give the same answer as far as the model allows, though not every model or provider guarantees it; use it to compare settings fairly.</source>
      <translation>درجة حرارة 0 وبذرة ثابتة (42) تجعلان الموجّه نفسه يعطي الإجابة نفسها بقدر ما يسمح النموذج، مع أن ليس كل نموذج أو مزوّد يضمن ذلك؛ استخدمه لمقارنة الإعدادات بإنصاف.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>الملف “{name}” لم يعد موجودًا.</translation>
    </message>
    <message>
      <source>The model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>يجب أن يكون النموذج معرّف نموذج مثل microsoft/wizardlm-2-8x22b.</translation>
    </message>
    <message>
      <source>The parameters must be a JSON object.</source>
      <translation>يجب أن تكون المعلمات كائن JSON.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be a list of provider names such as deepinfra or google-vertex/us-east5.</source>
      <translation>يجب أن يكون إعداد المزوّد “{name}” قائمة بأسماء مزوّدين مثل deepinfra أو google-vertex/us-east5.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be true or false.</source>
      <translation>يجب أن يكون إعداد المزوّد “{name}” true أو false.</translation>
    </message>
    <message>
      <source>The provider setting “{name}” must be {choices}.</source>
      <translation>يجب أن يكون إعداد المزوّد “{name}” {choices}.</translation>
    </message>
    <message>
      <source>The provider settings must be a JSON object.</source>
      <translation>يجب أن تكون إعدادات المزوّد كائن JSON.</translation>
    </message>
    <message>
      <source>There is no preset named “{name}”.</source>
      <translation>لا يوجد إعداد مسبق باسم “{name}”.</translation>
    </message>
    <message>
      <source>This file has two presets named “{name}”.</source>
      <translation>يحتوي هذا الملف على إعدادين مسبقين باسم “{name}”.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard presets file.</source>
      <translation>هذا الملف ليس ملف إعدادات مسبقة لـ Switchboard.</translation>
    </message>
    <message>
      <source>This is a built-in preset, so it cannot be changed. Save as a copy… keeps your changes as a preset of your own.</source>
      <translation>هذا إعداد مسبق مدمج، لذا لا يمكن تغييره. «حفظ كنسخة…» يحتفظ بتغييراتك كإعداد مسبق خاص بك.</translation>
    </message>
    <message>
      <source>This preset cannot be saved: {reason}</source>
      <translation>لا يمكن حفظ هذا الإعداد المسبق: {reason}</translation>
    </message>
    <message>
      <source>This preset sets no parameters, so each provider's own defaults apply.</source>
      <translation>لا يضبط هذا الإعداد المسبق أي معلمات، لذا تُطبَّق القيم الافتراضية لكل مزوّد.</translation>
    </message>
    <message>
      <source>This presets file is damaged: it has no list of presets.</source>
      <translation>ملف الإعدادات المسبقة هذا تالف: لا يحتوي على قائمة إعدادات مسبقة.</translation>
    </message>
    <message>
      <source>This presets file is damaged: its version is missing.</source>
      <translation>ملف الإعدادات المسبقة هذا تالف: رقم إصداره مفقود.</translation>
    </message>
    <message>
      <source>This presets file is from a newer version of Switchboard (version {version}); update Switchboard to import it.</source>
      <translation>ملف الإعدادات المسبقة هذا من إصدار أحدث من Switchboard (الإصدار {version})؛ حدّث Switchboard لاستيراده.</translation>
    </message>
    <message>
      <source>Turns on JSON mode and replaces the system prompt with one that asks for a single JSON object; use it when a program will read the answer.</source>
      <translation>يشغّل وضع JSON ويستبدل موجّه النظام بموجّه يطلب كائن JSON واحدًا؛ استخدمه حين يقرأ برنامجٌ الإجابة.</translation>
    </message>
    <message>
      <source>Type a model ID such as microsoft/wizardlm-2-8x22b, or switch this off.</source>
      <translation>اكتب معرّف نموذج مثل microsoft/wizardlm-2-8x22b، أو أوقف هذا الخيار.</translation>
    </message>
    <message>
      <source>Undo changes</source>
      <translation>التراجع عن التغييرات</translation>
    </message>
    <message>
      <source>Use a particular model</source>
      <translation>استخدام نموذج محدد</translation>
    </message>
    <message>
      <source>Web search must be a JSON object.</source>
      <translation>يجب أن يكون البحث في الويب كائن JSON.</translation>
    </message>
    <message>
      <source>Web search needs “enabled”: true or false.</source>
      <translation>يحتاج البحث في الويب إلى “enabled”: true أو false.</translation>
    </message>
    <message>
      <source>Web search results must be a whole number from 1 to {most}.</source>
      <translation>يجب أن تكون نتائج البحث في الويب عددًا صحيحًا من 1 إلى {most}.</translation>
    </message>
    <message>
      <source>What it does and when to use it</source>
      <translation>ما يفعله ومتى تستخدمه</translation>
    </message>
    <message>
      <source>What the preset sets</source>
      <translation>ما يضبطه الإعداد المسبق</translation>
    </message>
    <message>
      <source>You already have a preset named “{name}”.</source>
      <translation>لديك بالفعل إعداد مسبق باسم “{name}”.</translation>
    </message>
    <message>
      <source>You already have presets named {names}. Replace them with the imported ones?</source>
      <translation>لديك بالفعل إعدادات مسبقة باسم {names}. هل تريد استبدالها بالمستوردة؟</translation>
    </message>
    <message>
      <source>Your changes to “{name}” are not saved. Discard them?</source>
      <translation>تغييراتك على “{name}” غير محفوظة. هل تريد تجاهلها؟</translation>
    </message>
    <message>
      <source>Your preset “{name}” has the name of a built-in preset now, so it is shown as “{new_name}”.</source>
      <translation>إعدادك المسبق “{name}” يحمل الآن اسم إعداد مسبق مدمج، لذا يُعرض باسم “{new_name}”.</translation>
    </message>
    <message>
      <source>Your presets could not be saved ({reason}). Nothing was changed.</source>
      <translation>تعذّر حفظ إعداداتك المسبقة ({reason}). لم يتغير شيء.</translation>
    </message>
    <message>
      <source>its own system prompt</source>
      <translation>موجّه النظام الخاص به</translation>
    </message>
    <message>
      <source>model {model}</source>
      <translation>النموذج {model}</translation>
    </message>
    <message>
      <source>no system prompt</source>
      <translation>بلا موجّه نظام</translation>
    </message>
    <message>
      <source>no web search</source>
      <translation>بلا بحث في الويب</translation>
    </message>
    <message numerus="yes">
      <source>searches the web (up to %n results)</source>
      <comment>one: searches the web (up to %n result)</comment>
      <translation>
        <numerusform>يبحث في الويب (حتى %n نتيجة)</numerusform>
        <numerusform>يبحث في الويب (حتى نتيجة واحدة، %n)</numerusform>
        <numerusform>يبحث في الويب (حتى %n نتيجتين)</numerusform>
        <numerusform>يبحث في الويب (حتى %n نتائج)</numerusform>
        <numerusform>يبحث في الويب (حتى %n نتيجة)</numerusform>
        <numerusform>يبحث في الويب (حتى %n نتيجة)</numerusform>
      </translation>
    </message>
    <message>
      <source>the description must be text.</source>
      <translation>يجب أن يكون الوصف نصًا.</translation>
    </message>
    <message>
      <source>the model must be a model ID such as microsoft/wizardlm-2-8x22b.</source>
      <translation>يجب أن يكون النموذج معرّف نموذج مثل microsoft/wizardlm-2-8x22b.</translation>
    </message>
    <message>
      <source>the system prompt must be text.</source>
      <translation>يجب أن يكون موجّه النظام نصًا.</translation>
    </message>
    <message>
      <source>{choices} or {last}</source>
      <translation>{choices} أو {last}</translation>
    </message>
    <message>
      <source>{name}  (built in)</source>
      <translation>{name}  (مدمج)</translation>
    </message>
    <message>
      <source>{name} (copy {number})</source>
      <translation>{name} (نسخة {number})</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (نسخة)</translation>
    </message>
    <message>
      <source>{name} (mine {number})</source>
      <translation>{name} (خاصتي {number})</translation>
    </message>
    <message>
      <source>{name} (mine)</source>
      <translation>{name} (خاصتي)</translation>
    </message>
    <message>
      <source>{problem} Nothing was saved.</source>
      <translation>{problem} لم يُحفظ شيء.</translation>
    </message>
    <message>
      <source>“{key}” is not a parameter Switchboard knows.</source>
      <translation>“{key}” ليست معلمة يعرفها Switchboard.</translation>
    </message>
    <message>
      <source>“{key}” is not a provider setting Switchboard knows.</source>
      <translation>“{key}” ليس إعداد مزوّد يعرفه Switchboard.</translation>
    </message>
    <message>
      <source>“{key}” is not a web search setting.</source>
      <translation>“{key}” ليس إعدادًا للبحث في الويب.</translation>
    </message>
    <message>
      <source>“{key}” is not something a preset can hold.</source>
      <translation>“{key}” ليس شيئًا يمكن أن يحتويه إعداد مسبق.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be changed. Duplicate it to make a copy you can change.</source>
      <translation>“{name}” إعداد مسبق مدمج ولا يمكن تغييره. كرّره لإنشاء نسخة يمكنك تغييرها.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be deleted. Duplicate it to make a copy you can change.</source>
      <translation>“{name}” إعداد مسبق مدمج ولا يمكن حذفه. كرّره لإنشاء نسخة يمكنك تغييرها.</translation>
    </message>
    <message>
      <source>“{name}” is a built-in preset and cannot be renamed. Duplicate it to make a copy you can change.</source>
      <translation>“{name}” إعداد مسبق مدمج ولا يمكن إعادة تسميته. كرّره لإنشاء نسخة يمكنك تغييرها.</translation>
    </message>
    <message>
      <source>“{name}” is the name of a built-in preset. Choose another name.</source>
      <translation>“{name}” اسم إعداد مسبق مدمج. اختر اسمًا آخر.</translation>
    </message>
  </context>
  <context>
    <name>prompt_sets</name>
    <message>
      <source>A prompt set can hold at most {most} prompts.</source>
      <translation>يمكن أن تحتوي مجموعة المطالبات على {most} موجّه على الأكثر.</translation>
    </message>
    <message>
      <source>A prompt set needs at least one prompt.</source>
      <translation>تحتاج مجموعة المطالبات إلى موجّه واحد على الأقل.</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>الإجابة {letter}</translation>
    </message>
    <message>
      <source>Column {number}</source>
      <translation>العمود {number}</translation>
    </message>
    <message>
      <source>Could not open “{name}” ({reason}).</source>
      <translation>تعذّر فتح “{name}” ({reason}).</translation>
    </message>
    <message>
      <source>Could not write “{name}” ({reason}). Choose another folder and try again.</source>
      <translation>تعذّرت كتابة “{name}” ({reason}). اختر مجلدًا آخر وحاول مرة أخرى.</translation>
    </message>
    <message>
      <source>Every answer is in, so nothing is left to send.</source>
      <translation>وصلت كل الإجابات، لذا لم يبقَ شيء للإرسال.</translation>
    </message>
    <message>
      <source>Give the prompt set a name.</source>
      <translation>أعطِ مجموعة المطالبات اسمًا.</translation>
    </message>
    <message>
      <source>Prompt set run</source>
      <translation>تشغيل مجموعة مطالبات</translation>
    </message>
    <message>
      <source>Prompt {number} has a broken character that is not text. Retype it.</source>
      <translation>الموجّه {number} يحتوي على حرف تالف ليس نصًا. أعد كتابته.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>الموجّه {number} في هذا الملف يحتوي على حرف تالف ليس نصًا. أصلحه في الملف، ثم استورده مرة أخرى.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has no text.</source>
      <translation>الموجّه {number} في هذا الملف بلا نص.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file has something Switchboard does not know: “{key}”.</source>
      <translation>الموجّه {number} في هذا الملف يحتوي على شيء لا يعرفه Switchboard: “{key}”.</translation>
    </message>
    <message>
      <source>Prompt {number} in this file is not a prompt.</source>
      <translation>العنصر {number} في هذا الملف ليس موجّهًا.</translation>
    </message>
    <message>
      <source>Prompt {number} is empty. Write it or remove it.</source>
      <translation>الموجّه {number} فارغ. اكتبه أو أزله.</translation>
    </message>
    <message>
      <source>Prompt {number} is too long: keep it under {most} characters.</source>
      <translation>الموجّه {number} طويل جدًا: اجعله أقل من {most} حرف.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist any more.</source>
      <translation>الملف “{name}” لم يعد موجودًا.</translation>
    </message>
    <message>
      <source>The name has a broken character that is not text. Retype it.</source>
      <translation>يحتوي الاسم على حرف تالف ليس نصًا. أعد كتابته.</translation>
    </message>
    <message>
      <source>The name is too long: keep it under {most} characters.</source>
      <translation>الاسم طويل جدًا: اجعله أقل من {most} حرف.</translation>
    </message>
    <message>
      <source>The name of the set in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>اسم المجموعة في هذا الملف يحتوي على حرف تالف ليس نصًا. أصلحه في الملف، ثم استورده مرة أخرى.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} are too long: keep them under {most} characters.</source>
      <translation>ملاحظات الموجّه {number} طويلة جدًا: اجعلها أقل من {most} حرف.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file are not text.</source>
      <translation>ملاحظات الموجّه {number} في هذا الملف ليست نصًا.</translation>
    </message>
    <message>
      <source>The notes of prompt {number} in this file has a broken character that is not text. Fix it in the file, then import it again.</source>
      <translation>ملاحظات الموجّه {number} في هذا الملف تحتوي على حرف تالف ليس نصًا. أصلحه في الملف، ثم استورده مرة أخرى.</translation>
    </message>
    <message>
      <source>This file is not a Switchboard prompt set.</source>
      <translation>هذا الملف ليس مجموعة مطالبات لـ Switchboard.</translation>
    </message>
    <message>
      <source>This file is too large to be a prompt set (more than {size} MB).</source>
      <translation>هذا الملف أكبر من أن يكون مجموعة مطالبات (أكثر من {size} ميغابايت).</translation>
    </message>
    <message>
      <source>This prompt set file has no list of prompts.</source>
      <translation>ملف مجموعة المطالبات هذا لا يحتوي على قائمة موجّهات.</translation>
    </message>
    <message>
      <source>This prompt set file has no name for the set.</source>
      <translation>ملف مجموعة المطالبات هذا لا يحتوي على اسم للمجموعة.</translation>
    </message>
    <message>
      <source>This prompt set file has something Switchboard does not know: “{key}”.</source>
      <translation>ملف مجموعة المطالبات هذا يحتوي على شيء لا يعرفه Switchboard: “{key}”.</translation>
    </message>
    <message>
      <source>This prompt set file is damaged: its version is not a number.</source>
      <translation>ملف مجموعة المطالبات هذا تالف: رقم إصداره ليس رقمًا.</translation>
    </message>
    <message numerus="yes">
      <source>{done} of %n answers</source>
      <comment>one: {done} of %n answer</comment>
      <translation>
        <numerusform>{done} من %n إجابة</numerusform>
        <numerusform>{done} من إجابة واحدة (%n)</numerusform>
        <numerusform>{done} من %n إجابتين</numerusform>
        <numerusform>{done} من %n إجابات</numerusform>
        <numerusform>{done} من %n إجابة</numerusform>
        <numerusform>{done} من %n إجابة</numerusform>
      </translation>
    </message>
    <message>
      <source>“{name}” is too large to be a prompt set (more than {size} MB).</source>
      <translation>“{name}” أكبر من أن يكون مجموعة مطالبات (أكثر من {size} ميغابايت).</translation>
    </message>
  </context>
  <context>
    <name>providers</name>
    <message>
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <source>JSON matching a schema</source>
      <translation>JSON مطابق لمخطط</translation>
    </message>
    <message>
      <source>No provider of {model} is working normally right now; each column may be served by a different provider.</source>
      <translation>لا يوجد مزوّد لـ {model} يعمل بشكل طبيعي الآن؛ قد يخدم كل عمود مزوّد مختلف.</translation>
    </message>
    <message>
      <source>No provider of {model} take {names}, so a column that sets them will be refused; each column may be served by a different provider.</source>
      <translation>لا يوجد مزوّد لـ {model} يقبل {names}، لذا سيُرفض العمود الذي يضبطها؛ قد يخدم كل عمود مزوّد مختلف.</translation>
    </message>
    <message>
      <source>No provider of {model} takes {names}, so a column that sets it will be refused; each column may be served by a different provider.</source>
      <translation>لا يوجد مزوّد لـ {model} يقبل {names}، لذا سيُرفض العمود الذي يضبطه؛ قد يخدم كل عمود مزوّد مختلف.</translation>
    </message>
    <message>
      <source>No single provider of {model} takes {names} together; each column may be served by a different provider.</source>
      <translation>لا يوجد مزوّد واحد لـ {model} يقبل {names} معًا؛ قد يخدم كل عمود مزوّد مختلف.</translation>
    </message>
    <message>
      <source>The preset of a column of {model} allows only providers that do not serve this model, so that column will be refused. Choose another preset or model for it.</source>
      <translation>الإعداد المسبق لأحد أعمدة {model} لا يسمح إلا بمزوّدين لا يقدّمون هذا النموذج، لذا سيُرفض ذلك العمود. اختر له إعدادًا مسبقًا أو نموذجًا آخر.</translation>
    </message>
    <message>
      <source>The providers of {model} could not be looked up, so none was chosen; each column may be served by a different provider, and every setting is still required.</source>
      <translation>تعذّر البحث عن مزوّدي {model}، لذا لم يُختر أي منهم؛ قد يخدم كل عمود مزوّد مختلف، ولا يزال كل إعداد مطلوبًا.</translation>
    </message>
    <message>
      <source>{items} and {last}</source>
      <translation>{items} و{last}</translation>
    </message>
  </context>
  <context>
    <name>request</name>
    <message>
      <source>This message would carry {size} MB of files, more than the {most} MB one message can take (every file of the conversation is sent again with each message). Remove some files, or start a new conversation.</source>
      <translation>ستحمل هذه الرسالة {size} ميغابايت من الملفات، أي أكثر من {most} ميغابايت التي تتسع لها رسالة واحدة (كل ملف في المحادثة يُرسل مجددًا مع كل رسالة). أزل بعض الملفات، أو ابدأ محادثة جديدة.</translation>
    </message>
  </context>
  <context>
    <name>request_preview</name>
    <message>
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>الطلب</translation>
    </message>
    <message>
      <source>Request body</source>
      <translation>نص الطلب</translation>
    </message>
    <message>
      <source>The API key is sent in the Authorization header and is not shown here.</source>
      <translation>يُرسل مفتاح API في ترويسة Authorization ولا يظهر هنا.</translation>
    </message>
  </context>
  <context>
    <name>requests</name>
    <message>
      <source>A setting holds a value JSON cannot carry (such as NaN). Fix it first.</source>
      <translation>يحتوي أحد الإعدادات على قيمة لا يستطيع JSON حملها (مثل NaN). أصلحها أولًا.</translation>
    </message>
    <message>
      <source>Choose a model first.</source>
      <translation>اختر نموذجًا أولًا.</translation>
    </message>
    <message>
      <source>Type a message first.</source>
      <translation>اكتب رسالة أولًا.</translation>
    </message>
  </context>
  <context>
    <name>routing_words</name>
    <message>
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <source>any provider</source>
      <translation>أي مزوّد</translation>
    </message>
    <message>
      <source>cheapest provider first</source>
      <translation>الأرخص أولًا</translation>
    </message>
    <message>
      <source>fastest provider first</source>
      <translation>الأسرع أولًا</translation>
    </message>
    <message>
      <source>never {providers}</source>
      <translation>باستثناء {providers}</translation>
    </message>
    <message>
      <source>no other provider if the first one fails</source>
      <translation>لا مزوّد آخر إذا فشل الأول</translation>
    </message>
    <message>
      <source>only providers that honour every setting</source>
      <translation>المزوّدون الذين يحترمون كل إعداد فقط</translation>
    </message>
    <message>
      <source>only providers that keep no data</source>
      <translation>المزوّدون الذين لا يحتفظون بأي بيانات فقط</translation>
    </message>
    <message>
      <source>only {providers}</source>
      <translation>{providers} فقط</translation>
    </message>
    <message>
      <source>other providers may step in if the first one fails</source>
      <translation>قد يتولى مزوّدون آخرون إذا فشل الأول</translation>
    </message>
    <message>
      <source>providers in a set order</source>
      <translation>المزوّدون بترتيب محدد</translation>
    </message>
    <message>
      <source>providers that keep data allowed</source>
      <translation>يُسمح بالمزوّدين الذين يحتفظون بالبيانات</translation>
    </message>
    <message>
      <source>quickest provider to start first</source>
      <translation>الأسرع بدءًا أولًا</translation>
    </message>
    <message>
      <source>{earlier}, then {next}</source>
      <translation>{earlier}، ثم {next}</translation>
    </message>
    <message>
      <source>{providers} first</source>
      <translation>{providers} أولًا</translation>
    </message>
    <message>
      <source>{providers} only</source>
      <translation>{providers} فقط</translation>
    </message>
  </context>
  <context>
    <name>run_dialog</name>
    <message>
      <source>Answers at once:</source>
      <translation>الإجابات في آن واحد:</translation>
    </message>
    <message>
      <source>Answers written at once</source>
      <translation>الإجابات المكتوبة في آن واحد</translation>
    </message>
    <message>
      <source>Blind: hide the names and shuffle the answers until I pick the best of each prompt</source>
      <translation>عمياء: إخفاء الأسماء وخلط الإجابات حتى أختار الأفضل لكل موجّه</translation>
    </message>
    <message>
      <source>Fair: the same provider for each model, and only providers that take every setting</source>
      <translation>عادلة: المزوّد نفسه لكل نموذج، والمزوّدون الذين يقبلون كل إعداد فقط</translation>
    </message>
    <message>
      <source>How many answers are written at the same time. Fewer is gentler on the provider's limits; more finishes sooner.</source>
      <translation>عدد الإجابات التي تُكتب في الوقت نفسه. الأقل أرفق بحدود المزوّد؛ والأكثر ينتهي أسرع.</translation>
    </message>
    <message>
      <source>Presets to run the set with</source>
      <translation>الإعدادات المسبقة لتشغيل المجموعة بها</translation>
    </message>
    <message>
      <source>Run</source>
      <translation>تشغيل</translation>
    </message>
    <message>
      <source>Run a prompt set</source>
      <translation>تشغيل مجموعة مطالبات</translation>
    </message>
    <message numerus="yes">
      <source>Send the %n prompts of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</source>
      <comment>one: Send the %n prompt of {name} to two to four presets with {model} (or the model a preset names). You see what it may cost before anything is sent.</comment>
      <translation>
        <numerusform>أرسل %n موجّه من {name} إلى ما بين إعدادين مسبقين وأربعة مع {model} (أو النموذج الذي يحدده الإعداد المسبق). سترى ما قد يكلفه قبل إرسال أي شيء.</numerusform>
        <numerusform>أرسل الموجّه الوحيد (%n) من {name} إلى ما بين إعدادين مسبقين وأربعة مع {model} (أو النموذج الذي يحدده الإعداد المسبق). سترى ما قد يكلفه قبل إرسال أي شيء.</numerusform>
        <numerusform>أرسل الموجّهين (%n) من {name} إلى ما بين إعدادين مسبقين وأربعة مع {model} (أو النموذج الذي يحدده الإعداد المسبق). سترى ما قد يكلفه قبل إرسال أي شيء.</numerusform>
        <numerusform>أرسل الموجّهات الـ %n من {name} إلى ما بين إعدادين مسبقين وأربعة مع {model} (أو النموذج الذي يحدده الإعداد المسبق). سترى ما قد يكلفه قبل إرسال أي شيء.</numerusform>
        <numerusform>أرسل الموجّهات الـ %n من {name} إلى ما بين إعدادين مسبقين وأربعة مع {model} (أو النموذج الذي يحدده الإعداد المسبق). سترى ما قد يكلفه قبل إرسال أي شيء.</numerusform>
        <numerusform>أرسل الموجّهات الـ %n من {name} إلى ما بين إعدادين مسبقين وأربعة مع {model} (أو النموذج الذي يحدده الإعداد المسبق). سترى ما قد يكلفه قبل إرسال أي شيء.</numerusform>
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
      <translation>الإجابة الجيدة: {notes}</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>الإجابة</translation>
    </message>
    <message>
      <source>Answer {letter}</source>
      <translation>الإجابة {letter}</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>الإجابات</translation>
    </message>
    <message>
      <source>As CSV (for a spreadsheet)…</source>
      <translation>بصيغة CSV (لجدول بيانات)…</translation>
    </message>
    <message>
      <source>As Markdown…</source>
      <translation>بصيغة Markdown…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>تصدير…</translation>
    </message>
    <message>
      <source>No answer yet.</source>
      <translation>لا توجد إجابة بعد.</translation>
    </message>
    <message>
      <source>Open as a comparison</source>
      <translation>فتح كمقارنة</translation>
    </message>
    <message>
      <source>Open this prompt's answers in a comparison tab, where you can pick the best one.</source>
      <translation>فتح إجابات هذا الموجّه في علامة تبويب مقارنة، حيث يمكنك اختيار الأفضل.</translation>
    </message>
    <message>
      <source>Picked</source>
      <translation>المختارة</translation>
    </message>
    <message>
      <source>Progress of the run</source>
      <translation>تقدّم التشغيل</translation>
    </message>
    <message>
      <source>Prompt</source>
      <translation>الموجّه</translation>
    </message>
    <message>
      <source>Prompts</source>
      <translation>الموجّهات</translation>
    </message>
    <message>
      <source>Results per preset</source>
      <translation>النتائج لكل إعداد مسبق</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>استئناف</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>بدء</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>إيقاف</translation>
    </message>
    <message>
      <source>Stop the run: what arrived is kept, Resume sends the rest.</source>
      <translation>إيقاف التشغيل: ما وصل محفوظ، و«استئناف» يرسل الباقي.</translation>
    </message>
    <message>
      <source>What is left to send: {estimate}.</source>
      <translation>المتبقي للإرسال: {estimate}.</translation>
    </message>
    <message>
      <source>{answered} of {columns}</source>
      <translation>{answered} من {columns}</translation>
    </message>
  </context>
  <context>
    <name>safe_text</name>
    <message numerus="yes">
      <source>… (%n more characters; Copy to get all)</source>
      <comment>one: … (%n more character; Copy to get all)</comment>
      <translation>
        <numerusform>… (%n حرف إضافي؛ اختر «نسخ» للحصول على الكل)</numerusform>
        <numerusform>… (حرف واحد إضافي، %n؛ اختر «نسخ» للحصول على الكل)</numerusform>
        <numerusform>… (%n حرفان إضافيان؛ اختر «نسخ» للحصول على الكل)</numerusform>
        <numerusform>… (%n أحرف إضافية؛ اختر «نسخ» للحصول على الكل)</numerusform>
        <numerusform>… (%n حرفًا إضافيًا؛ اختر «نسخ» للحصول على الكل)</numerusform>
        <numerusform>… (%n حرف إضافي؛ اختر «نسخ» للحصول على الكل)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>secrets</name>
    <message>
      <source>Desktop keyring</source>
      <translation>حلقة مفاتيح سطح المكتب</translation>
    </message>
    <message>
      <source>Keyring turned off</source>
      <translation>حلقة المفاتيح متوقفة</translation>
    </message>
    <message>
      <source>No desktop session bus (D-Bus) is running, so no keyring service such as GNOME Keyring or KWallet can be reached.</source>
      <translation>لا يعمل ناقل جلسة سطح المكتب (D-Bus)، لذا لا يمكن الوصول إلى أي خدمة حلقة مفاتيح مثل GNOME Keyring أو KWallet.</translation>
    </message>
    <message>
      <source>No keyring</source>
      <translation>لا توجد حلقة مفاتيح</translation>
    </message>
    <message>
      <source>No keyring service (such as GNOME Keyring or KWallet) is running.</source>
      <translation>لا تعمل أي خدمة حلقة مفاتيح (مثل GNOME Keyring أو KWallet).</translation>
    </message>
    <message>
      <source>No keyring service is available.</source>
      <translation>لا تتوفر أي خدمة حلقة مفاتيح.</translation>
    </message>
    <message>
      <source>No secure keyring</source>
      <translation>لا توجد حلقة مفاتيح آمنة</translation>
    </message>
    <message>
      <source>None of the keyrings available ({names}) keeps secrets safely, so Switchboard will not use them.</source>
      <translation>لا تحفظ أي من حلقات المفاتيح المتاحة ({names}) الأسرار بأمان، لذا لن يستخدمها Switchboard.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer.</source>
      <translation>لا يملك Switchboard مكانًا آمنًا لحفظ مفتاحك على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. You can paste a key to use for this session only.</source>
      <translation>لا يملك Switchboard مكانًا آمنًا لحفظ مفتاحك على هذا الحاسوب. يمكنك لصق مفتاح لاستخدامه في هذه الجلسة فقط.</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason}</source>
      <translation>لا يملك Switchboard مكانًا آمنًا لحفظ مفتاحك على هذا الحاسوب. {reason}</translation>
    </message>
    <message>
      <source>Switchboard has no secure place to keep your key on this computer. {reason} You can paste a key to use for this session only.</source>
      <translation>لا يملك Switchboard مكانًا آمنًا لحفظ مفتاحك على هذا الحاسوب. {reason} يمكنك لصق مفتاح لاستخدامه في هذه الجلسة فقط.</translation>
    </message>
    <message>
      <source>Switchboard keeps your key only in the system's own keychain (Secret Service, KWallet, macOS Keychain or Windows Credential Manager), and none of them is in use.</source>
      <translation>لا يحفظ Switchboard مفتاحك إلا في سلسلة المفاتيح الخاصة بالنظام (Secret Service أو KWallet أو macOS Keychain أو Windows Credential Manager)، ولا يُستخدم أي منها.</translation>
    </message>
    <message>
      <source>The keyring could not be set up ({error}).</source>
      <translation>تعذّر إعداد حلقة المفاتيح ({error}).</translation>
    </message>
    <message>
      <source>The only keyring available keeps secrets in a file on disk that is not properly protected, so Switchboard will not use it.</source>
      <translation>حلقة المفاتيح الوحيدة المتاحة تحفظ الأسرار في ملف على القرص غير محمي كما ينبغي، لذا لن يستخدمها Switchboard.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so Switchboard cannot read your saved key. Try again later, or paste the key to use it for this session only.</source>
      <translation>لم تستجب حلقة مفاتيح النظام، لذا لا يستطيع Switchboard قراءة مفتاحك المحفوظ. حاول لاحقًا، أو الصق المفتاح لاستخدامه في هذه الجلسة فقط.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be removed. Try again later.</source>
      <translation>لم تستجب حلقة مفاتيح النظام، لذا تعذّرت إزالة المفتاح. حاول لاحقًا.</translation>
    </message>
    <message>
      <source>The system keyring did not answer, so the key could not be saved. Try again, or use the key for this session only.</source>
      <translation>لم تستجب حلقة مفاتيح النظام، لذا تعذّر حفظ المفتاح. حاول مرة أخرى، أو استخدم المفتاح لهذه الجلسة فقط.</translation>
    </message>
    <message>
      <source>The system keyring is turned off for Python programs (keyring's null backend).</source>
      <translation>حلقة مفاتيح النظام متوقفة لبرامج Python (الواجهة الخلفية null في keyring).</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. You can use the key for this session only.</source>
      <translation>لا يوجد مكان آمن لحفظ مفتاحك على هذا الحاسوب. يمكنك استخدام المفتاح لهذه الجلسة فقط.</translation>
    </message>
    <message>
      <source>There is no secure place to keep your key on this computer. {reason} You can use the key for this session only.</source>
      <translation>لا يوجد مكان آمن لحفظ مفتاحك على هذا الحاسوب. {reason} يمكنك استخدام المفتاح لهذه الجلسة فقط.</translation>
    </message>
    <message>
      <source>Unrecognised keyring ({name})</source>
      <translation>حلقة مفاتيح غير معروفة ({name})</translation>
    </message>
    <message>
      <source>Your keyring is locked, so Switchboard cannot read your saved key. Unlock it (logging in again usually does), then restart Switchboard, or paste the key to use it for this session only.</source>
      <translation>حلقة المفاتيح مقفلة، لذا لا يستطيع Switchboard قراءة مفتاحك المحفوظ. افتح قفلها (عادةً ما يكفي تسجيل الدخول مجددًا)، ثم أعد تشغيل Switchboard، أو الصق المفتاح لاستخدامه في هذه الجلسة فقط.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be removed. Unlock it (logging in again usually does) and try again.</source>
      <translation>حلقة المفاتيح مقفلة، لذا تعذّرت إزالة المفتاح. افتح قفلها (عادةً ما يكفي تسجيل الدخول مجددًا) وحاول مرة أخرى.</translation>
    </message>
    <message>
      <source>Your keyring is locked, so the key could not be saved. Unlock it (logging in again usually does) and try again, or use the key for this session only.</source>
      <translation>حلقة المفاتيح مقفلة، لذا تعذّر حفظ المفتاح. افتح قفلها (عادةً ما يكفي تسجيل الدخول مجددًا) وحاول مرة أخرى، أو استخدم المفتاح لهذه الجلسة فقط.</translation>
    </message>
  </context>
  <context>
    <name>send_gate</name>
    <message>
      <source>Not sent: your message is still in the box.</source>
      <translation>لم تُرسل: رسالتك لا تزال في المربع.</translation>
    </message>
    <message>
      <source>Send anyway</source>
      <translation>الإرسال على أي حال</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>An amount cannot be negative.</source>
      <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
      <source>Caps go up to {amount}. Type a smaller amount, such as 20.</source>
      <translation>يصل الحد إلى {amount}. اكتب مبلغًا أصغر، مثل 20.</translation>
    </message>
    <message>
      <source>The smallest amount is {amount} (or 0 to allow no spending at all).</source>
      <translation>أصغر مبلغ هو {amount} (أو 0 لعدم السماح بأي إنفاق).</translation>
    </message>
  </context>
  <context>
    <name>settings_dialog</name>
    <message>
      <source>API address</source>
      <translation>عنوان API</translation>
    </message>
    <message>
      <source>Address in use</source>
      <translation>العنوان المستخدم</translation>
    </message>
    <message>
      <source>App name given to OpenRouter</source>
      <translation>اسم التطبيق المُرسل إلى OpenRouter</translation>
    </message>
    <message>
      <source>App web page given to OpenRouter</source>
      <translation>صفحة ويب التطبيق المُرسلة إلى OpenRouter</translation>
    </message>
    <message>
      <source>Ask before a send above ($)</source>
      <translation>السؤال قبل أي إرسال يتجاوز ($)</translation>
    </message>
    <message>
      <source>At 80% of a cap the meter turns orange. A send that could pass a cap waits for you to press “Send anyway”. Leave a box empty for no limit.</source>
      <translation>عند بلوغ 80% من الحد يتحول العداد إلى اللون البرتقالي. أي إرسال قد يتجاوز الحد ينتظر حتى تضغط “الإرسال على أي حال”. اترك المربع فارغًا لعدم وضع حد.</translation>
    </message>
    <message>
      <source>Change key…</source>
      <translation>تغيير المفتاح…</translation>
    </message>
    <message>
      <source>Daily cap ($)</source>
      <translation>الحد اليومي ($)</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>داكن</translation>
    </message>
    <message>
      <source>Each request tells OpenRouter that it comes from Switchboard, so Switchboard can appear in the app rankings on openrouter.ai. Change the name or web page given, or leave them empty for Switchboard's own. Only plain ASCII is sent.</source>
      <translation>يُخبر كل طلب OpenRouter بأنه صادر من Switchboard، كي يظهر Switchboard في تصنيفات التطبيقات على openrouter.ai. غيّر الاسم أو صفحة الويب المُرسلة، أو اتركهما فارغين لاستخدام ما يخص Switchboard. لا يُرسل إلا نص ASCII عادي.</translation>
    </message>
    <message>
      <source>Empty: OpenRouter ({address})</source>
      <translation>فارغ: OpenRouter ({address})</translation>
    </message>
    <message>
      <source>Enter sends the message (Shift+Enter for a new line)</source>
      <translation>Enter يرسل الرسالة (Shift+Enter لسطر جديد)</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}).</source>
      <translation>المستخدم الآن: {where} ({address}).</translation>
    </message>
    <message>
      <source>In use now: {where} ({address}). Save to use the address above instead.</source>
      <translation>المستخدم الآن: {where} ({address}). احفظ لاستخدام العنوان أعلاه بدلًا منه.</translation>
    </message>
    <message>
      <source>Keep the saved key</source>
      <translation>الإبقاء على المفتاح المحفوظ</translation>
    </message>
    <message>
      <source>Key for this server</source>
      <translation>مفتاح هذا الخادم</translation>
    </message>
    <message>
      <source>Key for {host}</source>
      <translation>مفتاح {host}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>فاتح</translation>
    </message>
    <message>
      <source>Look and keyboard</source>
      <translation>المظهر ولوحة المفاتيح</translation>
    </message>
    <message>
      <source>Monthly cap ($)</source>
      <translation>الحد الشهري ($)</translation>
    </message>
    <message>
      <source>Never ask</source>
      <translation>عدم السؤال أبدًا</translation>
    </message>
    <message>
      <source>No daily cap</source>
      <translation>بلا حد يومي</translation>
    </message>
    <message>
      <source>No key for {host}</source>
      <translation>لا يوجد مفتاح لـ {host}</translation>
    </message>
    <message>
      <source>No monthly cap</source>
      <translation>بلا حد شهري</translation>
    </message>
    <message>
      <source>Once a day Switchboard asks GitHub for its latest version. Nothing about you or your conversations is sent, and never your key.</source>
      <translation>يسأل Switchboard موقع GitHub مرة يوميًا عن أحدث إصدار له. لا يُرسل أي شيء عنك أو عن محادثاتك، ولا مفتاحك أبدًا.</translation>
    </message>
    <message>
      <source>Open folder</source>
      <translation>فتح المجلد</translation>
    </message>
    <message>
      <source>OpenRouter, or any OpenAI-compatible server such as a local model server.</source>
      <translation>OpenRouter، أو أي خادم متوافق مع OpenAI مثل خادم نماذج محلي.</translation>
    </message>
    <message>
      <source>Remove key</source>
      <translation>إزالة المفتاح</translation>
    </message>
    <message>
      <source>Requests go to OpenRouter, with your OpenRouter key.</source>
      <translation>تذهب الطلبات إلى OpenRouter، مع مفتاح OpenRouter الخاص بك.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key, if any, or send none.</source>
      <translation>تستخدم الطلبات إلى {host} المفتاح أدناه، وليس مفتاح OpenRouter الخاص بك أبدًا. اتركه فارغًا للإبقاء على مفتاحه المحفوظ إن وُجد، أو لعدم إرسال أي مفتاح.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to keep its saved key.</source>
      <translation>تستخدم الطلبات إلى {host} المفتاح أدناه، وليس مفتاح OpenRouter الخاص بك أبدًا. اتركه فارغًا للإبقاء على مفتاحه المحفوظ.</translation>
    </message>
    <message>
      <source>Requests to {host} use the key below, never your OpenRouter key. Leave it empty to send no key.</source>
      <translation>تستخدم الطلبات إلى {host} المفتاح أدناه، وليس مفتاح OpenRouter الخاص بك أبدًا. اتركه فارغًا لعدم إرسال أي مفتاح.</translation>
    </message>
    <message>
      <source>Same as the system</source>
      <translation>مثل النظام</translation>
    </message>
    <message>
      <source>Sent with each request (as the HTTP-Referer header).</source>
      <translation>يُرسل مع كل طلب (في ترويسة HTTP-Referer).</translation>
    </message>
    <message>
      <source>Sent with each request (as the X-Title header).</source>
      <translation>يُرسل مع كل طلب (في ترويسة X-Title).</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>الخادم</translation>
    </message>
    <message>
      <source>Set by SWITCHBOARD_BASE_URL for this session, so it cannot be changed here. Without it, Switchboard uses the address saved in Settings.</source>
      <translation>مضبوط عبر SWITCHBOARD_BASE_URL لهذه الجلسة، لذا لا يمكن تغييره هنا. بدونه، يستخدم Switchboard العنوان المحفوظ في الإعدادات.</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <source>Spending guard</source>
      <translation>حماية الإنفاق</translation>
    </message>
    <message>
      <source>Switchboard uses the new language after a restart.</source>
      <translation>يستخدم Switchboard اللغة الجديدة بعد إعادة التشغيل.</translation>
    </message>
    <message>
      <source>Tell me when a new version of Switchboard is out (asks GitHub once a day)</source>
      <translation>أعلمني عند صدور إصدار جديد من Switchboard (يسأل GitHub مرة يوميًا)</translation>
    </message>
    <message>
      <source>Theme</source>
      <translation>السمة</translation>
    </message>
    <message>
      <source>Updates</source>
      <translation>التحديثات</translation>
    </message>
    <message>
      <source>Which key is sent</source>
      <translation>المفتاح الذي يُرسل</translation>
    </message>
    <message>
      <source>Why the address is fixed</source>
      <translation>سبب تثبيت العنوان</translation>
    </message>
    <message>
      <source>Your data</source>
      <translation>بياناتك</translation>
    </message>
    <message>
      <source>Your key</source>
      <translation>مفتاحك</translation>
    </message>
    <message>
      <source>“{text}” is not an amount in dollars, such as {example}.</source>
      <translation>“{text}” ليس مبلغًا بالدولار، مثل {example}.</translation>
    </message>
  </context>
  <context>
    <name>settings_file</name>
    <message>
      <source>Your settings at {path} could not be read ({reason}), so default settings are used for now.</source>
      <translation>تعذّرت قراءة إعداداتك في {path} ({reason})، لذا تُستخدم الإعدادات الافتراضية حاليًا.</translation>
    </message>
    <message>
      <source>Your settings at {path} could not be read, so default settings are used for now.</source>
      <translation>تعذّرت قراءة إعداداتك في {path}، لذا تُستخدم الإعدادات الافتراضية حاليًا.</translation>
    </message>
    <message>
      <source>Your settings at {path} were saved by a newer version of Switchboard, so default settings are used for now.</source>
      <translation>حُفظت إعداداتك في {path} بإصدار أحدث من Switchboard، لذا تُستخدم الإعدادات الافتراضية حاليًا.</translation>
    </message>
    <message>
      <source>Your settings could not be read ({reason}), so default settings are used. The old file is kept at {kept}.</source>
      <translation>تعذّرت قراءة إعداداتك ({reason})، لذا تُستخدم الإعدادات الافتراضية. الملف القديم محفوظ في {kept}.</translation>
    </message>
    <message>
      <source>Your settings could not be read, so default settings are used. The old file is kept at {kept}.</source>
      <translation>تعذّرت قراءة إعداداتك، لذا تُستخدم الإعدادات الافتراضية. الملف القديم محفوظ في {kept}.</translation>
    </message>
    <message>
      <source>Your settings were saved by a newer version of Switchboard, so default settings are used. The old file is kept at {kept}.</source>
      <translation>حُفظت إعداداتك بإصدار أحدث من Switchboard، لذا تُستخدم الإعدادات الافتراضية. الملف القديم محفوظ في {kept}.</translation>
    </message>
    <message>
      <source>the file is damaged</source>
      <translation>الملف تالف</translation>
    </message>
  </context>
  <context>
    <name>sources</name>
    <message numerus="yes">
      <source>%n bytes</source>
      <comment>one: %n byte</comment>
      <translation>
        <numerusform>%n بايت</numerusform>
        <numerusform>%n بايت</numerusform>
        <numerusform>%n بايت</numerusform>
        <numerusform>%n بايت</numerusform>
        <numerusform>%n بايت</numerusform>
        <numerusform>%n بايت</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n searches, {cost}</source>
      <comment>one: %n search, {cost}</comment>
      <translation>
        <numerusform>%n عملية بحث، {cost}</numerusform>
        <numerusform>عملية بحث واحدة (%n)، {cost}</numerusform>
        <numerusform>%n عمليتا بحث، {cost}</numerusform>
        <numerusform>%n عمليات بحث، {cost}</numerusform>
        <numerusform>%n عملية بحث، {cost}</numerusform>
        <numerusform>%n عملية بحث، {cost}</numerusform>
      </translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>فتح {name}</translation>
    </message>
    <message>
      <source>Sent at {width} × {height}, reduced from {original_width} × {original_height}</source>
      <translation>أُرسلت بحجم {width} × {height}، مصغّرة من {original_width} × {original_height}</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>المصادر</translation>
    </message>
    <message numerus="yes">
      <source>Up to %n results a search, about {price} per message (at most {most} if the model searches {searches} times).</source>
      <comment>one: Up to %n result a search, about {price} per message (at most {most} if the model searches {searches} times).</comment>
      <translation>
        <numerusform>حتى %n نتيجة لكل بحث، نحو {price} لكل رسالة ({most} على الأكثر إذا بحث النموذج {searches} مرات).</numerusform>
        <numerusform>حتى نتيجة واحدة (%n) لكل بحث، نحو {price} لكل رسالة ({most} على الأكثر إذا بحث النموذج {searches} مرات).</numerusform>
        <numerusform>حتى %n نتيجتين لكل بحث، نحو {price} لكل رسالة ({most} على الأكثر إذا بحث النموذج {searches} مرات).</numerusform>
        <numerusform>حتى %n نتائج لكل بحث، نحو {price} لكل رسالة ({most} على الأكثر إذا بحث النموذج {searches} مرات).</numerusform>
        <numerusform>حتى %n نتيجة لكل بحث، نحو {price} لكل رسالة ({most} على الأكثر إذا بحث النموذج {searches} مرات).</numerusform>
        <numerusform>حتى %n نتيجة لكل بحث، نحو {price} لكل رسالة ({most} على الأكثر إذا بحث النموذج {searches} مرات).</numerusform>
      </translation>
    </message>
    <message>
      <source>{size} KB</source>
      <translation>{size} كيلوبايت</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} ميغابايت</translation>
    </message>
  </context>
  <context>
    <name>status_parts</name>
    <message>
      <source>Do not tell me about this version again</source>
      <translation>عدم إعلامي بهذا الإصدار مجددًا</translation>
    </message>
    <message>
      <source>Open the release page.</source>
      <translation>فتح صفحة الإصدار.</translation>
    </message>
    <message>
      <source>Status message</source>
      <translation>رسالة الحالة</translation>
    </message>
  </context>
  <context>
    <name>streaming</name>
    <message>
      <source>Thinking</source>
      <translation>التفكير</translation>
    </message>
  </context>
  <context>
    <name>tabs</name>
    <message>
      <source>Conversations</source>
      <translation>المحادثات</translation>
    </message>
    <message>
      <source>New conversation</source>
      <translation>محادثة جديدة</translation>
    </message>
    <message>
      <source>New conversation (Ctrl+T)</source>
      <translation>محادثة جديدة (Ctrl+T)</translation>
    </message>
  </context>
  <context>
    <name>thinking</name>
    <message>
      <source>High</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>منخفض</translation>
    </message>
    <message>
      <source>Maximum</source>
      <translation>الأقصى</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than the thinking budget {budget}: the model may spend it all thinking and leave no answer.</source>
      <translation>الطول الأقصى {length} ليس أكبر من ميزانية التفكير {budget}: قد ينفقه النموذج كله في التفكير ولا يترك إجابة.</translation>
    </message>
    <message>
      <source>Maximum length {length} is not more than {least} tokens, the least some models think even at {level} effort: the model may spend it all thinking and leave no answer.</source>
      <translation>الطول الأقصى {length} ليس أكبر من {least} رمز، وهو أقل ما تفكر به بعض النماذج حتى عند المستوى {level}: قد ينفقه النموذج كله في التفكير ولا يترك إجابة.</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <source>Minimal</source>
      <translation>أدنى</translation>
    </message>
    <message>
      <source>The thinking budget must be a whole number of tokens.</source>
      <translation>يجب أن تكون ميزانية التفكير عددًا صحيحًا من الرموز.</translation>
    </message>
    <message>
      <source>The thinking budget must be between {least} and {most} tokens.</source>
      <translation>يجب أن تكون ميزانية التفكير بين {least} و{most} رمز.</translation>
    </message>
    <message>
      <source>The thinking effort must be one of {efforts}.</source>
      <translation>يجب أن يكون مستوى التفكير أحد: {efforts}.</translation>
    </message>
    <message>
      <source>Thinking</source>
      <translation>التفكير</translation>
    </message>
    <message>
      <source>Thinking budget {tokens}</source>
      <translation>ميزانية التفكير {tokens}</translation>
    </message>
    <message>
      <source>Thinking high</source>
      <translation>التفكير: مرتفع</translation>
    </message>
    <message>
      <source>Thinking low</source>
      <translation>التفكير: منخفض</translation>
    </message>
    <message>
      <source>Thinking maximum</source>
      <translation>التفكير: الأقصى</translation>
    </message>
    <message>
      <source>Thinking medium</source>
      <translation>التفكير: متوسط</translation>
    </message>
    <message>
      <source>Thinking minimal</source>
      <translation>التفكير: أدنى</translation>
    </message>
    <message>
      <source>Thinking must be a JSON object such as {"effort": "high"}.</source>
      <translation>يجب أن يكون التفكير كائن JSON مثل {"effort": "high"}.</translation>
    </message>
    <message>
      <source>Thinking must be the model's default, off, an effort or a budget.</source>
      <translation>يجب أن يكون التفكير الافتراضي للنموذج، أو متوقفًا، أو مستوى، أو ميزانية.</translation>
    </message>
    <message>
      <source>Thinking off</source>
      <translation>التفكير: متوقف</translation>
    </message>
    <message>
      <source>Thinking very high</source>
      <translation>التفكير: مرتفع جدًا</translation>
    </message>
    <message>
      <source>Thinking {level}</source>
      <translation>التفكير: {level}</translation>
    </message>
    <message>
      <source>Thinking: model default</source>
      <translation>التفكير: الافتراضي للنموذج</translation>
    </message>
    <message>
      <source>Very high</source>
      <translation>مرتفع جدًا</translation>
    </message>
    <message>
      <source>budget {tokens}</source>
      <translation>الميزانية {tokens}</translation>
    </message>
    <message>
      <source>cannot turn its thinking off</source>
      <translation>لا يستطيع إيقاف تفكيره</translation>
    </message>
    <message>
      <source>does not offer the {level} thinking effort</source>
      <translation>لا يتيح مستوى التفكير {level}</translation>
    </message>
    <message>
      <source>does not take a thinking budget</source>
      <translation>لا يقبل ميزانية تفكير</translation>
    </message>
    <message>
      <source>high</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <source>low</source>
      <translation>منخفض</translation>
    </message>
    <message>
      <source>maximum</source>
      <translation>الأقصى</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <source>minimal</source>
      <translation>أدنى</translation>
    </message>
    <message>
      <source>model default</source>
      <translation>الافتراضي للنموذج</translation>
    </message>
    <message>
      <source>off</source>
      <translation>متوقف</translation>
    </message>
    <message>
      <source>on</source>
      <translation>مفعّل</translation>
    </message>
    <message>
      <source>very high</source>
      <translation>مرتفع جدًا</translation>
    </message>
    <message>
      <source>{model} cannot turn its thinking off.</source>
      <translation>لا يستطيع {model} إيقاف تفكيره.</translation>
    </message>
    <message>
      <source>{model} does not offer the {level} thinking effort.</source>
      <translation>لا يتيح {model} مستوى التفكير {level}.</translation>
    </message>
    <message>
      <source>{model} does not take a thinking budget.</source>
      <translation>لا يقبل {model} ميزانية تفكير.</translation>
    </message>
    <message>
      <source>{setting} (hidden)</source>
      <translation>{setting} (مخفي)</translation>
    </message>
    <message>
      <source>“Hide the thinking” must be on or off.</source>
      <translation>يجب أن يكون “إخفاء التفكير” مفعّلًا أو متوقفًا.</translation>
    </message>
    <message>
      <source>“{name}” is not a thinking setting Switchboard knows.</source>
      <translation>“{name}” ليس إعداد تفكير يعرفه Switchboard.</translation>
    </message>
  </context>
  <context>
    <name>transcript</name>
    <message>
      <source>Code copied.</source>
      <translation>نُسخت الشيفرة.</translation>
    </message>
    <message>
      <source>Conversation</source>
      <translation>المحادثة</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>إعادة المحاولة</translation>
    </message>
    <message>
      <source>That link was not opened: only web and e-mail links open.</source>
      <translation>لم يُفتح ذلك الرابط: لا تُفتح إلا روابط الويب والبريد الإلكتروني.</translation>
    </message>
    <message>
      <source>That message was not sent.</source>
      <translation>لم تُرسل تلك الرسالة.</translation>
    </message>
    <message>
      <source>Waiting for the model…</source>
      <translation>في انتظار النموذج…</translation>
    </message>
    <message>
      <source>“{name}” could not be opened.</source>
      <translation>تعذّر فتح “{name}”.</translation>
    </message>
    <message>
      <source>“{name}” is no longer in Switchboard's data folder, so it cannot be opened.</source>
      <translation>“{name}” لم يعد في مجلد بيانات Switchboard، لذا لا يمكن فتحه.</translation>
    </message>
  </context>
  <context>
    <name>turn</name>
    <message>
      <source>The connection ended before the answer was finished.</source>
      <translation>انتهى الاتصال قبل اكتمال الإجابة.</translation>
    </message>
  </context>
  <context>
    <name>updates</name>
    <message>
      <source>Switchboard {version} is available — what's new</source>
      <translation>Switchboard {version} متاح — ما الجديد</translation>
    </message>
  </context>
  <context>
    <name>version_settings</name>
    <message>
      <source>Answered by</source>
      <translation>المُجيب</translation>
    </message>
    <message>
      <source>JSON schema</source>
      <translation>مخطط JSON</translation>
    </message>
    <message>
      <source>Model</source>
      <translation>النموذج</translation>
    </message>
    <message>
      <source>Provider</source>
      <translation>المزوّد</translation>
    </message>
    <message>
      <source>System prompt</source>
      <translation>موجّه النظام</translation>
    </message>
    <message>
      <source>none</source>
      <translation>لا شيء</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>غير مضبوط</translation>
    </message>
    <message>
      <source>on</source>
      <translation>مفعّل</translation>
    </message>
    <message>
      <source>plain text</source>
      <translation>نص عادي</translation>
    </message>
  </context>
  <context>
    <name>versions_flow</name>
    <message>
      <source>For this answer only: the conversation keeps its own settings</source>
      <translation>لهذه الإجابة فقط: تحتفظ المحادثة بإعداداتها الخاصة</translation>
    </message>
    <message>
      <source>For this answer only: the conversation keeps its own settings.</source>
      <translation>لهذه الإجابة فقط: تحتفظ المحادثة بإعداداتها الخاصة.</translation>
    </message>
    <message>
      <source>Models</source>
      <translation>النماذج</translation>
    </message>
    <message>
      <source>Presets</source>
      <translation>الإعدادات المسبقة</translation>
    </message>
    <message>
      <source>Regenerate with</source>
      <translation>إعادة الإنشاء باستخدام</translation>
    </message>
    <message>
      <source>Regenerate with…</source>
      <translation>إعادة الإنشاء باستخدام…</translation>
    </message>
    <message>
      <source>This answer has only one version: Regenerate makes another.</source>
      <translation>لهذه الإجابة نسخة واحدة فقط: «إعادة الإنشاء» تنشئ نسخة أخرى.</translation>
    </message>
    <message>
      <source>Wait until the answer being written has finished (or press Stop), then try again.</source>
      <translation>انتظر حتى تنتهي الإجابة الجارية كتابتها (أو اضغط «إيقاف»)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>{model} (this conversation's)</source>
      <translation>{model} (الخاص بهذه المحادثة)</translation>
    </message>
  </context>
  <context>
    <name>versions_view</name>
    <message>
      <source>Answer, version {number}</source>
      <translation>الإجابة، النسخة {number}</translation>
    </message>
    <message>
      <source>Compare these versions</source>
      <translation>مقارنة هذه النسخ</translation>
    </message>
    <message>
      <source>Highlight differences</source>
      <translation>تمييز الاختلافات</translation>
    </message>
    <message>
      <source>Make this version the one the conversation shows</source>
      <translation>جعل هذه النسخة هي التي تعرضها المحادثة</translation>
    </message>
    <message>
      <source>Mark the words where the answers differ</source>
      <translation>تمييز الكلمات التي تختلف فيها الإجابات</translation>
    </message>
    <message>
      <source>No figures were recorded.</source>
      <translation>لم تُسجَّل أي أرقام.</translation>
    </message>
    <message>
      <source>On screen</source>
      <translation>المعروضة</translation>
    </message>
    <message>
      <source>Settings of version {number}</source>
      <translation>إعدادات النسخة {number}</translation>
    </message>
    <message>
      <source>Show this one</source>
      <translation>عرض هذه</translation>
    </message>
    <message>
      <source>Show version {number}</source>
      <translation>عرض النسخة {number}</translation>
    </message>
    <message numerus="yes">
      <source>The same question, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: The same question, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>السؤال نفسه، أُجيب عنه بـ %n طريقة، لكل منها إعداداتها. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
        <numerusform>السؤال نفسه، أُجيب عنه بطريقة واحدة (%n)، بإعداداتها الخاصة. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
        <numerusform>السؤال نفسه، أُجيب عنه بـ %n طريقتين، لكل منهما إعداداتها. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
        <numerusform>السؤال نفسه، أُجيب عنه بـ %n طرق، لكل منها إعداداتها. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
        <numerusform>السؤال نفسه، أُجيب عنه بـ %n طريقة، لكل منها إعداداتها. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
        <numerusform>السؤال نفسه، أُجيب عنه بـ %n طريقة، لكل منها إعداداتها. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
      </translation>
    </message>
    <message>
      <source>Tokens and cost of version {number}</source>
      <translation>الرموز والتكلفة للنسخة {number}</translation>
    </message>
    <message>
      <source>Version {number} of {total}</source>
      <translation>النسخة {number} من {total}</translation>
    </message>
    <message numerus="yes">
      <source>“{question}”, answered %n ways, each with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</source>
      <comment>one: “{question}”, answered %n way, with its own settings. Press “Show this one” under the answer you want the conversation to show; the others stay.</comment>
      <translation>
        <numerusform>“{question}”، أُجيب عنه بـ %n طريقة، لكل منها إعداداتها. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
        <numerusform>“{question}”، أُجيب عنه بطريقة واحدة (%n)، بإعداداتها الخاصة. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
        <numerusform>“{question}”، أُجيب عنه بـ %n طريقتين، لكل منهما إعداداتها. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
        <numerusform>“{question}”، أُجيب عنه بـ %n طرق، لكل منها إعداداتها. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
        <numerusform>“{question}”، أُجيب عنه بـ %n طريقة، لكل منها إعداداتها. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
        <numerusform>“{question}”، أُجيب عنه بـ %n طريقة، لكل منها إعداداتها. اضغط “عرض هذه” أسفل الإجابة التي تريد أن تعرضها المحادثة؛ وتبقى الأخرى.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>welcome</name>
    <message>
      <source>&lt;b&gt;A key&lt;/b&gt; is like a password that lets Switchboard use your OpenRouter account. {keeping}</source>
      <translation>&lt;b&gt;المفتاح&lt;/b&gt; يشبه كلمة مرور تتيح لـ Switchboard استخدام حساب OpenRouter الخاص بك. {keeping}</translation>
    </message>
    <message>
      <source>&lt;b&gt;OpenRouter&lt;/b&gt; is one account that reaches hundreds of AI models (from OpenAI, Anthropic, Google, Meta, Mistral and others). Switchboard is a window onto it: you chat, compare and keep your conversations on this computer.</source>
      <translation>&lt;b&gt;OpenRouter&lt;/b&gt; حساب واحد يصل إلى مئات من نماذج الذكاء الاصطناعي (من OpenAI وAnthropic وGoogle وMeta وMistral وغيرها). وSwitchboard نافذة عليه: تتحدث وتقارن وتحتفظ بمحادثاتك على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>&lt;b&gt;What it costs:&lt;/b&gt; OpenRouter charges per use, from your prepaid credit. A typical answer costs a fraction of a cent, some models are free, and Switchboard shows what every answer cost.</source>
      <translation>&lt;b&gt;التكلفة:&lt;/b&gt; يحاسب OpenRouter حسب الاستخدام، من رصيدك المدفوع مسبقًا. تكلف الإجابة المعتادة جزءًا من السنت، وبعض النماذج مجانية، ويعرض Switchboard تكلفة كل إجابة.</translation>
    </message>
    <message>
      <source>Switchboard keeps it in your computer's keychain, the same place your browser keeps passwords, and nowhere else.</source>
      <translation>يحفظه Switchboard في سلسلة مفاتيح حاسوبك، المكان نفسه الذي يحفظ فيه متصفحك كلمات المرور، ولا مكان غيره.</translation>
    </message>
    <message>
      <source>This computer has no password store Switchboard can use, so your key is kept only until you close the app (and nowhere else): you will paste it or sign in again next time.</source>
      <translation>لا يوجد على هذا الحاسوب مخزن كلمات مرور يمكن لـ Switchboard استخدامه، لذا لا يُحفظ مفتاحك إلا حتى تغلق التطبيق (ولا مكان غيره): ستلصقه أو تسجّل الدخول مجددًا في المرة القادمة.</translation>
    </message>
    <message>
      <source>Welcome to Switchboard</source>
      <translation>مرحبًا بك في Switchboard</translation>
    </message>
  </context>
</TS>

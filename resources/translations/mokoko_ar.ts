<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutStep</name>
    <message>
        <source>A little about you (optional)</source>
        <translation>قليلًا عنك (اختياري)</translation>
    </message>
    <message>
        <source>It helps the municipality see whether we reach everyone: young and old, in the whole municipality.</source>
        <translation>يساعد ذلك البلدية على معرفة ما إذا كنا نصل إلى الجميع: الصغار والكبار، في البلدية كلها.</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>كم عمرك؟</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>أين تسكن؟</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Become a volunteer</source>
        <translation>كن متطوعًا</translation>
    </message>
    <message>
        <source>Touch a task to read more. Volunteering is always free and voluntary.</source>
        <translation>المس مهمة لتقرأ المزيد. العمل التطوعي مجاني دائمًا وباختيارك.</translation>
    </message>
    <message>
        <source>Near %1</source>
        <translation>بالقرب من %1</translation>
    </message>
    <message>
        <source>I would like to help with something else</source>
        <translation>أريد المساعدة في شيء آخر</translation>
    </message>
    <message>
        <source>No task fits this choice. Try another subject, or tell us what you would like to do.</source>
        <translation>لا توجد مهمة تناسب هذا الاختيار. جرّب موضوعًا آخر، أو أخبرنا بما تحب أن تفعله.</translation>
    </message>
</context>
<context>
    <name>BytteborsFlow</name>
    <message>
        <source>The kiosk is not ready to save posts. Please ask the staff; nothing is lost.</source>
        <translation>الكشك غير جاهز لحفظ الإعلانات الآن. يُرجى سؤال الموظفين؛ لم يضع شيء.</translation>
    </message>
    <message>
        <source>Your post could not be saved just now. Please try again or ask the staff.</source>
        <translation>تعذّر حفظ إعلانك الآن. حاول مرة أخرى أو اسأل الموظفين.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Send my post</source>
        <translation>أرسل إعلاني</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>التالي ›</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <source>Hold the QR code in front of the camera, about 20 cm away.</source>
        <translation>أمسك رمز QR أمام الكاميرا، على بعد 20 سم تقريبًا.</translation>
    </message>
    <message>
        <source>Close the camera</source>
        <translation>أغلق الكاميرا</translation>
    </message>
    <message>
        <source>Scan with the camera</source>
        <translation>امسح بالكاميرا</translation>
    </message>
</context>
<context>
    <name>CaseBox</name>
    <message>
        <source>%1 has the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the case yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer was due %1: overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is now %1&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the case now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is kept, for city hall only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note (never shown to the citizen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosedScreen</name>
    <message>
        <source>Closed for today</source>
        <translation>مغلق لبقية اليوم</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>مغلق الآن</translation>
    </message>
    <message>
        <source>MOKOKO opens again at the next stop on the tour.</source>
        <translation>يفتح MOKOKO من جديد في المحطة التالية من الجولة.</translation>
    </message>
    <message>
        <source>We open again today at %1.</source>
        <translation>نفتح من جديد اليوم الساعة %1.</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM &apos;at&apos; HH:mm</source>
        <translation>dddd d MMMM &apos;الساعة&apos; HH:mm</translation>
    </message>
    <message>
        <source>Next time: %1, %2</source>
        <translation>المرة القادمة: %1، %2</translation>
    </message>
    <message>
        <source>The tour goes on</source>
        <translation>الجولة مستمرة</translation>
    </message>
    <message>
        <source>Follow your idea or sign-up on your phone: %1</source>
        <translation>تابع فكرتك أو تسجيلك على هاتفك: %1</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d MMMM</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check and send your sign-up</source>
        <translation>راجع تسجيلك وأرسله</translation>
    </message>
    <message>
        <source>Yes, you may pass on my details</source>
        <translation>نعم، يمكنكم تمرير بياناتي</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>No conflicts to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet. The central version stays until you decide; nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With help from staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byttebørs post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same in substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept centrally (first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentBox</name>
    <message>
        <source>How we handle your information ›</source>
        <translation>كيف نتعامل مع بياناتك ›</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Phone (or +46 … from abroad)</source>
        <translation>الهاتف (أو ‎+964 …‎ من الخارج)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>12 34 56 78</source>
        <translation>12 34 56 78</translation>
    </message>
    <message>
        <source>name@example.dk</source>
        <translation>name@example.dk</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Who should we contact?</source>
        <translation>بمن نتواصل؟</translation>
    </message>
    <message>
        <source>Your name or your association&apos;s</source>
        <translation>اسمك أو اسم جمعيتك</translation>
    </message>
    <message>
        <source>Yes, you may keep and show my post</source>
        <translation>نعم، يمكنكم حفظ إعلاني وعرضه</translation>
    </message>
</context>
<context>
    <name>ContactStep</name>
    <message>
        <source>Would you like a personal answer? (optional)</source>
        <translation>هل تريد ردًّا شخصيًا؟ (اختياري)</translation>
    </message>
    <message>
        <source>You can always follow your idea with the code on your receipt, without writing anything here.</source>
        <translation>يمكنك دائمًا متابعة فكرتك بالرمز الموجود على إيصالك، دون أن تكتب شيئًا هنا.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Yes, you may keep my contact details</source>
        <translation>نعم، يمكنكم حفظ بيانات التواصل الخاصة بي</translation>
    </message>
    <message>
        <source>Also send me an e-mail when the municipality answers</source>
        <translation>أرسلوا لي أيضًا رسالة بريد إلكتروني عندما ترد البلدية</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s database cannot be reached just now. Nothing you typed is lost; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are more ideas than a spreadsheet holds. Export them as CSV, or choose fewer with the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; nothing you typed is lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>From %1 years</source>
        <translation>من عمر %1 سنة</translation>
    </message>
    <message>
        <source>All ages (children with a grown-up)</source>
        <translation>كل الأعمار (الأطفال مع شخص بالغ)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>كم مرة</translation>
    </message>
    <message>
        <source>Time needed</source>
        <translation>الوقت اللازم</translation>
    </message>
    <message>
        <source>Who can join</source>
        <translation>من يمكنه المشاركة</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>الشخص المسؤول</translation>
    </message>
</context>
<context>
    <name>ErasureView</name>
    <message>
        <source>No requests waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: the record has not arrived yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: the contact details given with %1. Every kiosk deletes what it still holds at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to delete contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the record (optional, not shown to the citizen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetView</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosks are registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 kiosks need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 kiosks are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer refused the last receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer and disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpScreen</name>
    <message>
        <source>Your contact details have been deleted (%1).</source>
        <translation>تم حذف بيانات التواصل الخاصة بك (%1).</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>الرمز %1</translation>
    </message>
    <message>
        <source>This receipt comes from another MOKOKO kiosk.</source>
        <translation>هذا الإيصال من كشك MOKOKO آخر.</translation>
    </message>
    <message>
        <source>We do not know this code yet.</source>
        <translation>لا نعرف هذا الرمز بعد.</translation>
    </message>
    <message>
        <source>You have asked us to delete your contact details. They are deleted from this kiosk; a case worker at the municipality deletes them there too when the kiosk has sent your request.</source>
        <translation>لقد طلبت منا حذف بيانات الاتصال الخاصة بك. تم حذفها من هذا الكشك، وسيحذفها موظف في البلدية هناك أيضًا عندما يرسل الكشك طلبك.</translation>
    </message>
    <message>
        <source>If you gave your idea at another stop, it can take a little while before it reaches this kiosk.</source>
        <translation>إذا قدّمت فكرتك في محطة أخرى، فقد يستغرق وصولها إلى هذا الكشك بعض الوقت.</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>لا يوجد رد بعد</translation>
    </message>
    <message>
        <source>Your idea has been received. The contact person has not answered yet; please look again later.</source>
        <translation>وصلتنا فكرتك. لم يرد الشخص المسؤول بعد؛ يُرجى النظر مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation>الشخص المسؤول: %1</translation>
    </message>
    <message>
        <source>Your idea (%1): %2</source>
        <translation>فكرتك (%1): %2</translation>
    </message>
    <message>
        <source>Your idea (%1) was given at %2 on %3.</source>
        <translation>قُدِّمت فكرتك (%1) في %2 بتاريخ %3.</translation>
    </message>
    <message>
        <source>Looking up the answer at the municipality …</source>
        <translation>نبحث عن الرد لدى البلدية …</translation>
    </message>
    <message>
        <source>Many codes have been looked up here in the last minute. Please try again in a minute.</source>
        <translation>تم البحث عن رموز كثيرة هنا في الدقيقة الأخيرة. يُرجى المحاولة مرة أخرى بعد دقيقة.</translation>
    </message>
    <message>
        <source>This kiosk cannot reach the municipality right now, so it cannot show the answer. Please try again later, or scan the QR code on your receipt with your phone.</source>
        <translation>لا يستطيع هذا الكشك الاتصال بالبلدية الآن، لذلك لا يمكنه عرض الرد. يُرجى المحاولة لاحقًا، أو امسح رمز QR الموجود على إيصالك بهاتفك.</translation>
    </message>
    <message>
        <source>If you gave it at another stop, it can take a little while before it reaches the municipality.</source>
        <translation>إذا قدّمتها في محطة أخرى، فقد يستغرق وصولها إلى البلدية بعض الوقت.</translation>
    </message>
    <message>
        <source>Your sign-up from %1</source>
        <translation>تسجيلك بتاريخ %1</translation>
    </message>
    <message>
        <source>The contact person will contact you.</source>
        <translation>سيتواصل معك الشخص المسؤول.</translation>
    </message>
    <message>
        <source>The contact person has contacted you.</source>
        <translation>تواصل معك الشخص المسؤول.</translation>
    </message>
    <message>
        <source>You have been given a place. Welcome!</source>
        <translation>حصلت على مكان. أهلًا بك!</translation>
    </message>
    <message>
        <source>This time it did not work out. Thank you for wanting to help.</source>
        <translation>لم ينجح الأمر هذه المرة. شكرًا لرغبتك في المساعدة.</translation>
    </message>
    <message>
        <source>Your contact details are deleted, so %1 cannot contact you. Questions: %2</source>
        <translation>تم حذف بيانات الاتصال الخاصة بك، لذلك لا يستطيع %1 التواصل معك. للأسئلة: %2</translation>
    </message>
    <message>
        <source>%1 will contact you. Questions: %2</source>
        <translation>سيتواصل معك %1. للأسئلة: %2</translation>
    </message>
    <message>
        <source>Something else: %1</source>
        <translation>شيء آخر: %1</translation>
    </message>
    <message>
        <source>Your contact details are deleted, so the municipality cannot contact you about it.</source>
        <translation>تم حذف بيانات الاتصال الخاصة بك، لذلك لا تستطيع البلدية التواصل معك بشأن ذلك.</translation>
    </message>
    <message>
        <source>The municipality&apos;s volunteer coordinator will contact you.</source>
        <translation>سيتواصل معك منسق المتطوعين في البلدية.</translation>
    </message>
    <message>
        <source>Your offer from %1</source>
        <translation>عرضك بتاريخ %1</translation>
    </message>
    <message>
        <source>To have your contact details deleted, ask at the kiosk where you got the receipt.</source>
        <translation>لحذف بيانات الاتصال الخاصة بك، اسأل في الكشك الذي حصلت منه على الإيصال.</translation>
    </message>
    <message>
        <source>Your need from %1</source>
        <translation>طلبك بتاريخ %1</translation>
    </message>
    <message>
        <source>The municipality contacts you when someone fits.</source>
        <translation>ستتواصل معك البلدية عندما تجد من يناسبك.</translation>
    </message>
    <message>
        <source>Follow your idea</source>
        <translation>تابع فكرتك</translation>
    </message>
    <message>
        <source>Scan the QR code on your receipt, or type the code that is printed under it.</source>
        <translation>امسح رمز QR الموجود على إيصالك، أو اكتب الرمز المطبوع تحته.</translation>
    </message>
    <message>
        <source>For example ABCD-EFG-HJK</source>
        <translation>مثال: ABCD-EFG-HJK</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>اعرض</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Delete my contact details</source>
        <translation>احذف بيانات التواصل الخاصة بي</translation>
    </message>
    <message>
        <source>Delete your contact details?</source>
        <translation>هل تريد حذف بيانات التواصل الخاصة بك؟</translation>
    </message>
    <message>
        <source>We delete your name, phone number and e-mail, here and at the municipality. You will then get no personal answer; what you gave stays, without your name.</source>
        <translation>سنحذف اسمك ورقم هاتفك وبريدك الإلكتروني، هنا وفي البلدية. لن تحصل بعدها على رد شخصي؛ ما قدّمته يبقى، دون اسمك.</translation>
    </message>
    <message>
        <source>Yes, delete them</source>
        <translation>نعم، احذفها</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>What would you like to help with?</source>
        <translation>بماذا تحب أن تساعد؟</translation>
    </message>
    <message>
        <source>Tell us in your own words. The municipality&apos;s volunteer coordinator finds a place for you.</source>
        <translation>أخبرنا بكلماتك. سيجد لك منسق المتطوعين في البلدية مكانًا مناسبًا.</translation>
    </message>
    <message>
        <source>For example: I can repair bikes, and I would like to teach young people.</source>
        <translation>مثال: أستطيع إصلاح الدراجات، وأحب أن أعلّم الشباب.</translation>
    </message>
    <message>
        <source>What interests you? (you may choose several)</source>
        <translation>ما الذي يهمك؟ (يمكنك اختيار أكثر من واحد)</translation>
    </message>
</context>
<context>
    <name>IdeaFlow</name>
    <message>
        <source>The kiosk is not ready to save ideas. Please ask the staff; your idea is still here.</source>
        <translation>الكشك غير جاهز لحفظ الأفكار الآن. يُرجى سؤال الموظفين؛ فكرتك ما زالت هنا.</translation>
    </message>
    <message>
        <source>Your idea could not be saved just now. Please try again or ask the staff; nothing is lost.</source>
        <translation>تعذّر حفظ فكرتك الآن. حاول مرة أخرى أو اسأل الموظفين؛ لم يضع شيء.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>On behalf of a citizen (recorded as given with help from staff)</source>
        <translation>نيابةً عن مواطن (تُسجَّل على أنها قُدّمت بمساعدة الموظفين)</translation>
    </message>
    <message>
        <source>Send my idea</source>
        <translation>أرسل فكرتي</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>تخطَّ</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>التالي ›</translation>
    </message>
</context>
<context>
    <name>IdeaPanel</name>
    <message>
        <source>Choose an idea in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ideas chosen: one answer for all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (paper form, typed in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person: %1</source>
        <translation type="unfinished">الشخص المسؤول: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: %1 · age group: %2 · home area: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given with help from staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by the citizen alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden at the kiosk (%1): never shown on a public wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact details were left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put in the case &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave the case to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took the case from its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden at the kiosk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown again at the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looked at the contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply the citizen will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is %1 characters; at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This status needs a reason (for city hall; the citizen does not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was sent for %1 ideas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed: someone else answered it meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on. Contact person: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the wall: kiosks show it after their next sync, the follow-up site at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact details have been deleted as promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Your look was written in the access log.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (for city hall only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to another area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the contact person (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contact details (logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline for the wall (&apos;I sagde – vi gjorde&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need them? (written in the access log)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Everything will be deleted in %1 seconds, so the next person cannot see it.</source>
        <translation>سيُحذف كل شيء بعد %1 ثانية، حتى لا يراه الشخص التالي.</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>نعم، ما زلت هنا</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 ideas (estimated: counting them all would take a while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the answer deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cykelsti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <source>The municipality&apos;s key files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your association&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.json *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1 (asked once while the app is open):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageName</name>
    <message>
        <source>English</source>
        <translation>العربية</translation>
    </message>
</context>
<context>
    <name>MailSender</name>
    <message>
        <source>Send e-mails now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail, checked %1 · sent in the last 24 hours: %2 · waiting: %3 · could not be delivered: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1 waiting for the municipality&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the key and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: not sent just now; tried again in a few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: starts when the inbox has loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>MOKOKO · City hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byttebørs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Reading the year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly report is saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the yearly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ideas or sign-ups came in in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas: %1 (%2: %3) · sign-ups: %4, placed: %5 · Byttebørs matches: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still without an answer: %1, of them over %2 days: %3 · matters (similar ideas in a case count once): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Double-click: the inbox with this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas by administration area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by area and stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">الاسم</translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerWindow</name>
    <message>
        <source>MOKOKO · Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volunteers who signed up at MOKOKO for what %1 runs: %2. City hall hands you their contact details, sealed to your association&apos;s key; each time you open them, it is written in the municipality&apos;s access log with the reason you give. Mark each volunteer when you have called them: they see it when they follow up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <source>About you</source>
        <translation>عنك</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>How old are you?</source>
        <translation>كم عمرك؟</translation>
    </message>
    <message>
        <source>You are under 15, so a parent or guardian must say yes too</source>
        <translation>عمرك أقل من 15 سنة، لذلك يجب أن يوافق أحد الوالدين أو الوصي أيضًا</translation>
    </message>
    <message>
        <source>Send me an e-mail when the contact person has been in touch</source>
        <translation>أرسلوا لي رسالة بريد إلكتروني عندما يتواصل معي الشخص المسؤول</translation>
    </message>
    <message>
        <source>Parent&apos;s or guardian&apos;s name</source>
        <translation>اسم أحد الوالدين أو الوصي</translation>
    </message>
    <message>
        <source>Parent&apos;s or guardian&apos;s phone</source>
        <translation>هاتف أحد الوالدين أو الوصي</translation>
    </message>
    <message>
        <source>Yes, I am the parent or guardian and I agree</source>
        <translation>نعم، أنا أحد الوالدين أو الوصي وأوافق</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <source>Please choose 6 to 12 digits, not a row or one digit repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs were different. Please start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That PIN is not right. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the kiosk: choose a staff PIN (6 to 12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <source>Byttebørs, the swap board: what can you offer, or what do you need?</source>
        <translation>لوحة تبادل المساعدة (Byttebørs): ماذا يمكنك أن تقدّم، أو ماذا تحتاج؟</translation>
    </message>
    <message>
        <source>I / we can offer something</source>
        <translation>أستطيع / نستطيع تقديم شيء</translation>
    </message>
    <message>
        <source>I / we need something</source>
        <translation>أحتاج / نحتاج إلى شيء</translation>
    </message>
    <message>
        <source>For example: an hour a week of homework help, a trailer on Saturdays, or a meeting room.</source>
        <translation>مثال: ساعة أسبوعيًا من المساعدة في الواجبات المدرسية، أو مقطورة أيام السبت، أو غرفة اجتماعات.</translation>
    </message>
    <message>
        <source>For example: our club needs a coach on Tuesdays, or help to paint the clubhouse.</source>
        <translation>مثال: نادينا يحتاج إلى مدرب أيام الثلاثاء، أو إلى مساعدة في طلاء مبنى النادي.</translation>
    </message>
    <message>
        <source>What is it about? (choose at least one)</source>
        <translation>عمَّ يدور الأمر؟ (اختر واحدًا على الأقل)</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>أين؟</translation>
    </message>
</context>
<context>
    <name>PostsView</name>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers and needs that fit, across every stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byttebørs posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySheet</name>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>‹ Back to the form</source>
        <translation>‹ العودة إلى النموذج</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Age: %1
Lives in: %2</source>
        <translation>العمر: %1
مكان السكن: %2</translation>
    </message>
    <message>
        <source>None: you follow your idea with the code</source>
        <translation>لا شيء: ستتابع فكرتك بالرمز</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>هل هذا صحيح؟</translation>
    </message>
    <message>
        <source>This is exactly what will be saved. Touch “Change” to correct something.</source>
        <translation>هذا بالضبط ما سيُحفظ. المس «تعديل» لتصحيح شيء.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>فكرتك</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>عنك</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تعديل</translation>
    </message>
</context>
<context>
    <name>SignupsView</name>
    <message>
        <source>Something else: %1</source>
        <translation type="unfinished">شيء آخر: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sign-up in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact details have been deleted as promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Your look was written in the access log.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only opportunities I am the contact of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contact details (logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you need them? (written in the access log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished">إلغاء</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished">الشخص المسؤول</translation>
    </message>
    <message>
        <source>Contact details handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely the same person as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimilarBox</name>
    <message>
        <source>Looking for similar ideas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other idea is much like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the case &apos;%1&apos;: %2 ideas, stops: %3. An answer to it goes to every one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked ideas to this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this idea and the ticked ones in one case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it out of the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffCloseDayScreen</name>
    <message>
        <source>Sending to the municipality: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is sent to the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the day&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s figures are saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day report (A4) is saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day&apos;s figures could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not take the day&apos;s figures (%1); they are saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records are not sent yet. They are kept safely here and go at the next sync; leave the kiosk on or connect it tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk is not connected to the municipality: everything is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receipts were not printed (see Receipts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to the municipality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDashboardScreen</name>
    <message>
        <source>The day&apos;s figures are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not take the day&apos;s figures; save the day report instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day report (A4) is saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be read just now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byttebørs posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food baskets: %1 given, %2 redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has come in yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age groups (ideas and sign-ups): %1; not said: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home areas (ideas): %1 from %2 itself, %3 from elsewhere, %4 did not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard today, by age: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard today, by home area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the day report (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the short version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDayScreen</name>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer (something else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(contact details sealed: city hall has them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers or needs yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-ups yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (mokoko offer matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches yet: they appear when offers, needs or volunteers share a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byttebørs and volunteers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers and needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested matches (shared subjects, best first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffMail</name>
    <message>
        <source>New idea sent to you: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {name},

An idea has been sent to {area}, where you are the contact person:

{text}

Open it in the office app: {link}
Or search for the code {code} in the inbox.

MOKOKO – the mobile municipal office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModerationScreen</name>
    <message>
        <source>No ideas yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap an idea to hide it or show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIDDEN %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is hidden: no public wall will show it; city hall still sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the idea had changed meanwhile. The list is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ideas could not be read just now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why hide it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffOpenDayScreen</name>
    <message>
        <source>No receipt printer is set up on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test receipt went to %1. Did it come out, with æ, ø, å and a sharp QR code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test receipt did not print. Check the printer&apos;s cable, power and paper, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not running in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep open all day today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It came out fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roll is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">رجوع</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>The records could not be made ready to send again. Please try once more (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the municipality knows this kiosk as %1. It syncs now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a kiosk&apos;s connection. Scan the QR code city hall made for this kiosk; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality does not know this connection as a kiosk. Ask city hall for a new one; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality cannot be reached with it just now; nothing was changed. Try again when the kiosk is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not running in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sync status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records conflict with the central database; they are kept aside there for city hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records could not be sent; they are kept here (the log says why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 catalogue entries from the municipality could not be used; the earlier ones are kept (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key from the municipality yet: this kiosk takes no contact details (ideas without them still work). Sync to fetch the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality could not be reached at the last try. Everything is kept here and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality does not accept this kiosk&apos;s connection. Ask city hall for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality did not take the last sync; it is tried again. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished">الموظفون</translation>
    </message>
    <message>
        <source>Today&apos;s stop (every idea is tagged with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished">تعديل</translation>
    </message>
    <message>
        <source>Start the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk: %1 (codes start with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts not printed: %1, kept in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 has a stored value that does not fit (%2); its default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens cannot start yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day is closed: the kiosk sleeps until tomorrow. To open it again today, use »Start the day«.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 is out of paper. Put in a new roll; receipts that do not print are kept meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 does not answer. Check that it is switched on and connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality requires a newer version of the kiosk (at least %1; this one is %2). Ask IT to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection URL from city hall (postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the kiosk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens cannot use it until it is started again. Everything stored stays; what has not been sent goes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byttebørs and volunteers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idea on a citizen&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPaperForm</name>
    <message>
        <source>From a paper form: given at another stop or on another day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop on the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date on the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffReceiptsScreen</name>
    <message>
        <source>No printer is connected to this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 has been printed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt with the code %1 was made on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is read: print the receipt again, or hand over the food basket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not take the receipt (%1). It is kept; try again when the printer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every receipt of today has been printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a receipt&apos;s QR code or type its code: print it again, or hand over its food basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem food basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print them all again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffSetupScreen</name>
    <message>
        <source>The kiosk starts in %1 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipts are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could you read the code and scan the QR code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test receipt did not print. Check the printer&apos;s cable, power and paper, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is ticked off for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the paper roll (the shiny side towards the print head) and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the municipality knows this kiosk as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality&apos;s catalogue is here: %1 stops on the tour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">لا</translation>
    </message>
    <message>
        <source>Scan the QR code from city hall (postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip (do it later from the staff panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">تم</translation>
    </message>
    <message>
        <source>the language the kiosk starts in today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first sync, with the municipality&apos;s catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffUpdate</name>
    <message>
        <source>Installing version %1… The kiosk works as usual meanwhile; this takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is installed. It starts when the kiosk starts again: now with the button, or at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB stick with version %1 was found. Put the stick from city hall in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version found is not the one the municipality offered, or it is damaged; nothing was changed. Ask IT for a new USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 could not be downloaded; nothing was changed. Try again when the kiosk is online, or use a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 could not be installed; nothing was changed. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 did not start on this kiosk, so it went back to %2. The kiosk works as before; tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version is ready: %1 (this kiosk has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kiosk was not installed from a bundle, so IT updates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing takes a few minutes while the kiosk works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>You said – we did</source>
        <translation>قلتم – ففعلنا</translation>
    </message>
    <message>
        <source>Today MOKOKO is in %1</source>
        <translation>اليوم MOKOKO في %1</translation>
    </message>
    <message>
        <source>Your idea makes a difference</source>
        <translation>فكرتك تصنع فرقًا</translation>
    </message>
    <message>
        <source>The municipality asks:</source>
        <translation>البلدية تسأل:</translation>
    </message>
    <message>
        <source>Give an idea</source>
        <translation>قدّم فكرة</translation>
    </message>
    <message>
        <source>Become a volunteer</source>
        <translation>كن متطوعًا</translation>
    </message>
    <message>
        <source>Follow your idea</source>
        <translation>تابع فكرتك</translation>
    </message>
    <message>
        <source>Byttebørs (swap board): offer or ask for help</source>
        <translation>لوحة تبادل المساعدة (Byttebørs)</translation>
    </message>
    <message>
        <source>It takes a minute. You get a receipt with a code, so you can see what becomes of your idea.</source>
        <translation>يستغرق الأمر دقيقة. تحصل على إيصال فيه رمز، لترى ما يحدث لفكرتك.</translation>
    </message>
    <message>
        <source>The kiosk opens soon. Staff are getting it ready; please come back in a little while.</source>
        <translation>سيفتح الكشك قريبًا. الموظفون يجهّزونه؛ يُرجى العودة بعد قليل.</translation>
    </message>
</context>
<context>
    <name>StepFlow</name>
    <message>
        <source>Stop</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
    <message>
        <source>Do you want to stop?</source>
        <translation>هل تريد الإلغاء؟</translation>
    </message>
    <message>
        <source>What you have written will be deleted.</source>
        <translation>سيُحذف ما كتبته.</translation>
    </message>
    <message>
        <source>Yes, stop</source>
        <translation>نعم، ألغِ</translation>
    </message>
    <message>
        <source>No, go on</source>
        <translation>لا، تابع</translation>
    </message>
</context>
<context>
    <name>StoreProblemScreen</name>
    <message>
        <source>The kiosk is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoriesScreen</name>
    <message>
        <source>You said – we did</source>
        <translation>قلتم – ففعلنا</translation>
    </message>
    <message>
        <source>Ideas citizens gave at MOKOKO, and what the municipality did with them.</source>
        <translation>أفكار قدّمها المواطنون في MOKOKO، وما فعلته البلدية بها.</translation>
    </message>
    <message>
        <source>No stories yet. Give an idea: it could be the next one.</source>
        <translation>لا توجد قصص بعد. قدّم فكرة: قد تكون القصة التالية.</translation>
    </message>
    <message>
        <source>A citizen said: “%1”</source>
        <translation>قال مواطن: «%1»</translation>
    </message>
    <message>
        <source>The municipality did: %1</source>
        <translation>فعلت البلدية: %1</translation>
    </message>
    <message>
        <source>Given at %1 · %2</source>
        <translation>قُدّمت في %1 · %2</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Not connected to the municipality</source>
        <translation>غير متصل بالبلدية</translation>
    </message>
    <message>
        <source>Sending %1 of %2…</source>
        <translation>جارٍ إرسال %1 من %2…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline: everything is kept here</source>
        <translation>غير متصل: كل شيء محفوظ هنا</translation>
    </message>
    <message>
        <source>%1 · %2 waiting</source>
        <translation>%1 · %2 بالانتظار</translation>
    </message>
</context>
<context>
    <name>TextStep</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 من %2 حرفًا</translation>
    </message>
    <message>
        <source>Write your idea here. Short or long, as you like.</source>
        <translation>اكتب فكرتك هنا. قصيرة أو طويلة، كما تحب.</translation>
    </message>
    <message>
        <source>For example: a bench by the river, a homework café in the village hall…</source>
        <translation>مثال: مقعد بجانب النهر، أو مقهى للواجبات المدرسية في قاعة القرية…</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <source>Thank you for your idea!</source>
        <translation>شكرًا على فكرتك!</translation>
    </message>
    <message>
        <source>Thank you for signing up!</source>
        <translation>شكرًا على تسجيلك!</translation>
    </message>
    <message>
        <source>Thank you for your post!</source>
        <translation>شكرًا على إعلانك!</translation>
    </message>
    <message>
        <source>Your receipt code</source>
        <translation>رمز إيصالك</translation>
    </message>
    <message>
        <source>With this code you can follow what happens to your idea: here at the kiosk or by scanning the QR code.</source>
        <translation>بهذا الرمز يمكنك متابعة ما يحدث لفكرتك: هنا في الكشك أو بمسح رمز QR.</translation>
    </message>
    <message>
        <source>The contact person will get in touch with you. Your receipt says who, and how to reach them.</source>
        <translation>سيتواصل معك الشخص المسؤول. مكتوب على إيصالك من هو وكيف تصل إليه.</translation>
    </message>
    <message>
        <source>The municipality&apos;s volunteer coordinator reads your post and contacts you when someone fits.</source>
        <translation>سيقرأ منسق المتطوعين في البلدية منشورك ويتواصل معك عندما يجد شخصًا مناسبًا.</translation>
    </message>
    <message>
        <source>Your receipt is being printed…</source>
        <translation>جارٍ طباعة إيصالك…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer.</source>
        <translation>خذ إيصالك من الطابعة.</translation>
    </message>
    <message>
        <source>The printer is not working just now. Please write the code down or take a photo of it.</source>
        <translation>الطابعة لا تعمل الآن. يُرجى كتابة الرمز أو تصويره.</translation>
    </message>
    <message>
        <source>Please write the code down or take a photo of it.</source>
        <translation>يُرجى كتابة الرمز أو تصويره.</translation>
    </message>
    <message>
        <source>Free food for good ideas: show your receipt or your code to the staff at the container and get a food basket.</source>
        <translation>طعام مجاني مقابل الأفكار الجيدة: أرِ إيصالك أو رمزك للموظفين عند الحاوية واحصل على سلة طعام.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Scan to follow your idea</source>
        <translation>امسح لمتابعة فكرتك</translation>
    </message>
    <message>
        <source>Scan to see it again</source>
        <translation>امسح لتراه مرة أخرى</translation>
    </message>
</context>
<context>
    <name>ThemeStep</name>
    <message>
        <source>What is your idea about?</source>
        <translation>عمَّ تدور فكرتك؟</translation>
    </message>
    <message>
        <source>Touch the subject that fits best.</source>
        <translation>المس الموضوع الأنسب.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
</context>
<context>
    <name>TranslationBox</name>
    <message>
        <source>Reply in %1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed or pasted by a translator. Left empty, the citizen sees the Danish reply with a line saying it is in Danish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerFlow</name>
    <message>
        <source>Something else: %1</source>
        <translation>شيء آخر: %1</translation>
    </message>
    <message>
        <source>Parent or guardian: %1</source>
        <translation>أحد الوالدين أو الوصي: %1</translation>
    </message>
    <message>
        <source>The kiosk is not ready to save sign-ups. Please ask the staff; nothing is lost.</source>
        <translation>الكشك غير جاهز لحفظ التسجيلات الآن. يُرجى سؤال الموظفين؛ لم يضع شيء.</translation>
    </message>
    <message>
        <source>Your sign-up could not be saved just now. Please try again or ask the staff.</source>
        <translation>تعذّر حفظ تسجيلك الآن. حاول مرة أخرى أو اسأل الموظفين.</translation>
    </message>
    <message>
        <source>Sign-up, step %1 of %2</source>
        <translation>التسجيل، الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Sign me up</source>
        <translation>سجّلني</translation>
    </message>
    <message>
        <source>Send my sign-up</source>
        <translation>أرسل تسجيلي</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>التالي ›</translation>
    </message>
</context>
<context>
    <name>WhenPage</name>
    <message>
        <source>When can you help?</source>
        <translation>متى يمكنك المساعدة؟</translation>
    </message>
    <message>
        <source>When suits you? (you may choose several)</source>
        <translation>ما الوقت المناسب لك؟ (يمكنك اختيار أكثر من واحد)</translation>
    </message>
    <message>
        <source>How often?</source>
        <translation>كم مرة؟</translation>
    </message>
    <message>
        <source>A message for the contact person (optional)</source>
        <translation>رسالة إلى الشخص المسؤول (اختياري)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Today&apos;s stop and opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test receipt came out and can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enough paper on the roll for the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced with the municipality today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the kiosk starts in today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>city_hall</name>
    <message>
        <source>No idea with the code {code} has reached the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-up with the code {code} has reached the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No idea, sign-up or Byttebørs post with the code {code} has reached the central database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing with the code {code} has reached the central database yet. The request waits; handle it after the kiosk that took it has synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you need the contact details (at least a few words); it is written in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details are sealed: open them with the municipality&apos;s key file (--key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details are sealed: export them with the municipality&apos;s key file (--key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicate check opens contact details: give the municipality&apos;s key file (--key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access is logged, but the details cannot be opened: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text may be at most {limit} characters; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {label} {value}. Known: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty: write what the citizen will read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idea {code} was given in Danish: the Danish reply is the citizen&apos;s own. Leave the translation empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City hall has not handed the contact details of {code} over to you yet (or they were deleted as promised). Your look is written in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on a sign-up is for city hall&apos;s own people; mark the status without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details open with your association&apos;s key file (--key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No idea was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status {status} needs a reason (--reason); the citizen does not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision {decision}. Known: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict {conflict} has been decided already (its history says by whom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict {conflict}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sign-up status {status}. Known: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A headline has {least} to {most} characters, like &apos;Nye bænke ved åen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the idea first: a story shows what the municipality did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This idea is on the wall already; take it down first to change its headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This idea was hidden at the kiosk (moderation): it cannot go on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not do that: city hall&apos;s work needs a city-hall login (mokoko central add-office-user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These ideas are in different cases already: {listed}. Take them out of one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case&apos;s title may be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty: write what a colleague should know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <source>We keep your name and contact details only so that the municipality&apos;s contact person can answer you about your idea. They are used for nothing else. The kiosk deletes them {kiosk} after they have reached the municipality, and the municipality deletes them {after_answer}. You can ask us to delete them at any time.</source>
        <translation>نحتفظ باسمك وبيانات التواصل فقط لكي يتمكن الشخص المسؤول في البلدية من الرد عليك بشأن فكرتك. لا تُستخدم لأي غرض آخر. يحذفها الكشك بعد {kiosk} من وصولها إلى البلدية، وتحذفها البلدية {after_answer}. يمكنك أن تطلب منا حذفها في أي وقت.</translation>
    </message>
    <message>
        <source>when your idea has been dealt with</source>
        <translation>عند الانتهاء من معالجة فكرتك</translation>
    </message>
    <message>
        <source>{duration} after your idea has been dealt with</source>
        <translation>بعد {duration} من الانتهاء من معالجة فكرتك</translation>
    </message>
    <message>
        <source>We give your name, your phone number or e-mail, your age group and when you can help to the contact person of what you signed up for (named above); for &quot;something else&quot; to the municipality&apos;s volunteer coordinator. They contact you about volunteering and use your details for nothing else. The kiosk deletes them {kiosk} after they have reached the municipality; the organisation keeps them only while you volunteer with them, and at most {signup} if nothing comes of it. You can ask us to delete them at any time.</source>
        <translation>نعطي اسمك ورقم هاتفك أو بريدك الإلكتروني وفئتك العمرية والأوقات التي يمكنك المساعدة فيها للشخص المسؤول عمّا سجّلت فيه (المذكور أعلاه)؛ وإن اخترت «شيء آخر» فلمنسق المتطوعين في البلدية. يتواصلون معك بشأن التطوع ولا يستخدمون بياناتك لأي غرض آخر. يحذفها الكشك بعد {kiosk} من وصولها إلى البلدية؛ وتحتفظ بها الجهة فقط ما دمت متطوعًا لديها، ولمدة أقصاها {signup} إذا لم يتم شيء. يمكنك أن تطلب منا حذفها في أي وقت.</translation>
    </message>
    <message>
        <source>I am the child&apos;s parent or guardian. I agree to the sign-up, and the contact person may call me before the child starts.</source>
        <translation>أنا أحد والدَي الطفل أو الوصي عليه. أوافق على التسجيل، ويمكن للشخص المسؤول الاتصال بي قبل أن يبدأ الطفل.</translation>
    </message>
    <message>
        <source>The text of your post can be shown to anyone, so write no names or phone numbers in it. The municipality&apos;s volunteer coordinator may show it to people and associations it fits and contact you to put you in touch; your name, phone number and e-mail are never shown. The kiosk deletes your contact details {kiosk} after they have reached the municipality; the municipality deletes the post and your details after {offer}. You can ask us to delete them at any time.</source>
        <translation>قد يُعرض نص إعلانك على أي شخص، لذلك لا تكتب فيه أسماء أو أرقام هواتف. يمكن لمنسق المتطوعين في البلدية عرضه على أشخاص وجمعيات يناسبهم والتواصل معك ليعرّفكم ببعض؛ لا يُعرض اسمك ولا رقم هاتفك ولا بريدك الإلكتروني أبدًا. يحذف الكشك بيانات التواصل الخاصة بك بعد {kiosk} من وصولها إلى البلدية؛ وتحذف البلدية الإعلان وبياناتك بعد {offer}. يمكنك أن تطلب منا حذفها في أي وقت.</translation>
    </message>
    <message>
        <source>en_GB</source>
        <translation>ar</translation>
    </message>
</context>
<context>
    <name>day_report</name>
    <message>
        <source>Day report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {opens}–{closes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opening hours this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byttebørs posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested Byttebørs matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food baskets given / redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the municipality yet (any day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing came in this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups by task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else (no task chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age groups (ideas and sign-ups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they live (ideas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} from {place} itself, {others} from elsewhere, {unsaid} did not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard from this day: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden ideas by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only: this report holds no names or contact details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>day_summary</name>
    <message>
        <source>The day in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byttebørs posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food baskets given / redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour (ideas, sign-ups, posts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age groups (ideas and sign-ups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not heard today, by age: {groups}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the municipality yet: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts not printed: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing came in today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Under 15</source>
        <translation>أقل من 15</translation>
    </message>
    <message>
        <source>80 or over</source>
        <translation>80 فأكثر</translation>
    </message>
</context>
<context>
    <name>hours</name>
    <message>
        <source>No stop today</source>
        <translation>لا توجد محطة اليوم</translation>
    </message>
    <message>
        <source>chosen for today</source>
        <translation>مختار لهذا اليوم</translation>
    </message>
    <message>
        <source>tour plan</source>
        <translation>خطة الجولة</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>open all day</source>
        <translation>مفتوح طوال اليوم</translation>
    </message>
    <message>
        <source>closed today</source>
        <translation>مغلق اليوم</translation>
    </message>
    <message>
        <source>today %1–%2</source>
        <translation>اليوم %1–%2</translation>
    </message>
</context>
<context>
    <name>languages</name>
    <message>
        <source>Danish</source>
        <translation>الدنماركية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
</context>
<context>
    <name>moderation</name>
    <message>
        <source>Offensive or hurtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names or details of other people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advertising or spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test or a mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notify</name>
    <message>
        <source>Reply to your idea ({code})</source>
        <translation>رد على فكرتك ({code})</translation>
    </message>
    <message>
        <source>Hello,

The municipality has answered your idea.

Status: {status}
{reply}

Follow your idea: {link}
Your code: {code}

Kind regards
MOKOKO – the mobile municipal office</source>
        <translation>مرحبًا،

ردّت البلدية على فكرتك.

الحالة: {status}
{reply}

تابع فكرتك: {link}
رمزك: {code}

مع أطيب التحيات
MOKOKO – مكتب البلدية المتنقل</translation>
    </message>
    <message>
        <source>News about your sign-up ({code})</source>
        <translation>جديد بشأن تسجيلك ({code})</translation>
    </message>
    <message>
        <source>The contact person has contacted you.</source>
        <translation>تواصل معك الشخص المسؤول.</translation>
    </message>
    <message>
        <source>You have been given a place. Welcome!</source>
        <translation>حصلت على مكان. أهلًا بك!</translation>
    </message>
    <message>
        <source>Hello,

{news}

Follow your sign-up: {link}
Your code: {code}

Kind regards
MOKOKO – the mobile municipal office</source>
        <translation>مرحبًا،

{news}

تابع تسجيلك: {link}
رمزك: {code}

مع أطيب التحيات
MOKOKO – مكتب البلدية المتنقل</translation>
    </message>
</context>
<context>
    <name>printer_check</name>
    <message>
        <source>Test receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{place}, {date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish letters: æ ø å Æ Ø Å</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code below should be sharp, with a white border all round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable? Then tick the printer on the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no printer is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receipt file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is out of paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is switched off or not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reported a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>How we handle your information</source>
        <translation>كيف نتعامل مع بياناتك</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>من المسؤول</translation>
    </message>
    <message>
        <source>{name} is responsible for what you give at MOKOKO, the mobile municipal office, and on its follow-up site.</source>
        <translation>{name} هي المسؤولة (المتحكم في البيانات) عمّا تقدمه في MOKOKO، مكتب البلدية المتنقل، وعلى موقع المتابعة التابع له.</translation>
    </message>
    <message>
        <source>Address: {address}. E-mail: {email}.</source>
        <translation>العنوان: {address}. البريد الإلكتروني: {email}.</translation>
    </message>
    <message>
        <source>Phone: {phone}.</source>
        <translation>الهاتف: {phone}.</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>You can reach the municipality&apos;s data protection officer at {email}.</source>
        <translation>يمكنك التواصل مع مسؤول حماية البيانات في البلدية على {email}.</translation>
    </message>
    <message>
        <source>The municipality</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>Ask the staff at MOKOKO how to reach the municipality and its data protection officer.</source>
        <translation>اسأل الموظفين في MOKOKO عن كيفية التواصل مع البلدية ومسؤول حماية البيانات فيها.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>Who sees it</source>
        <translation>من يراها</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>إلى متى</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>حقوقك</translation>
    </message>
    <message>
        <source>You may see what the municipality has about you, have it corrected or deleted, withdraw your consent, and object to how it is used.</source>
        <translation>يحق لك أن ترى ما لدى البلدية عنك، وأن تطلب تصحيحه أو حذفه، وأن تسحب موافقتك، وأن تعترض على طريقة استخدامه.</translation>
    </message>
    <message>
        <source>At the kiosk you can delete your contact details with the code on your receipt.</source>
        <translation>يمكنك في الكشك حذف بيانات الاتصال الخاصة بك باستخدام الرمز الموجود على إيصالك.</translation>
    </message>
    <message>
        <source>Or write to {email}.</source>
        <translation>أو اكتب إلى {email}.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <source>You can complain to the Danish Data Protection Agency (Datatilsynet): {authority}.</source>
        <translation>يمكنك تقديم شكوى إلى الهيئة الدنماركية لحماية البيانات (Datatilsynet): {authority}.</translation>
    </message>
    <message>
        <source>a few days</source>
        <translation>بضعة أيام</translation>
    </message>
    <message>
        <source>How we handle your information: {address}</source>
        <translation>كيف نتعامل مع بياناتك: {address}</translation>
    </message>
    <message>
        <source>Your consent (GDPR article 6(1)(a)). You can withdraw it at any time; what was done before still stands.</source>
        <translation>موافقتك (المادة 6(1)(أ) من اللائحة العامة لحماية البيانات). يمكنك سحبها في أي وقت، ويبقى ما تم قبل ذلك صحيحًا.</translation>
    </message>
    <message>
        <source>The municipality&apos;s task in the public interest (GDPR article 6(1)(e)).</source>
        <translation>مهمة البلدية في خدمة المصلحة العامة (المادة 6(1)(هـ) من اللائحة العامة لحماية البيانات).</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>فكرتك</translation>
    </message>
    <message>
        <source>Citizens who give an idea at the kiosk.</source>
        <translation>المواطنون الذين يقدمون فكرة في الكشك.</translation>
    </message>
    <message>
        <source>What you wrote, its theme, where and when you gave it, and if you chose to say them your age group and home area. No name is kept with the idea.</source>
        <translation>ما كتبته، وموضوعه، ومكان تقديمه ووقته، وفئتك العمرية ومنطقتك إذا اخترت ذكرهما. لا يُحفظ أي اسم مع الفكرة.</translation>
    </message>
    <message>
        <source>To hear citizens in the municipality&apos;s policy work, to answer the idea publicly, and to count whether every part of the municipality and every age was heard.</source>
        <translation>للاستماع إلى المواطنين في عمل البلدية على سياساتها، والرد على الفكرة علنًا، ومعرفة ما إذا كانت كل أنحاء البلدية وكل الأعمار قد سُمعت.</translation>
    </message>
    <message>
        <source>Staff at city hall and the contact person of the area the idea concerns. If city hall publishes it as a story, everyone can read the idea and the answer, never who gave it.</source>
        <translation>موظفو البلدية والشخص المسؤول عن المجال الذي تتعلق به الفكرة. إذا نشرتها البلدية كقصة، يمكن للجميع قراءة الفكرة والرد، ولكن لن يعرف أحد من قدّمها.</translation>
    </message>
    <message>
        <source>Kept as part of the municipality&apos;s records of its policy work. So write no names or other personal details in it.</source>
        <translation>تُحفظ ضمن سجلات البلدية عن عملها على سياساتها. لذلك لا تكتب فيها أسماء أو بيانات شخصية أخرى.</translation>
    </message>
    <message>
        <source>Your contact details with an idea</source>
        <translation>بيانات الاتصال الخاصة بك مع الفكرة</translation>
    </message>
    <message>
        <source>Citizens who want an answer about their idea.</source>
        <translation>المواطنون الذين يريدون ردًا على فكرتهم.</translation>
    </message>
    <message>
        <source>Your name, phone number and e-mail, if you give them.</source>
        <translation>اسمك ورقم هاتفك وبريدك الإلكتروني، إذا قدمتها.</translation>
    </message>
    <message>
        <source>So that the contact person can answer you, and so that you get an e-mail when the municipality answers, if you ask for it. Nothing else.</source>
        <translation>لكي يتمكن الشخص المسؤول من الرد عليك، ولكي تصلك رسالة بريد إلكتروني عندما ترد البلدية إذا طلبت ذلك. ولا شيء غير ذلك.</translation>
    </message>
    <message>
        <source>The contact person who answers your idea.</source>
        <translation>الشخص المسؤول الذي يرد على فكرتك.</translation>
    </message>
    <message>
        <source>The kiosk deletes them {kiosk} after they have reached the municipality. The municipality deletes them {idea_after_answer}, and at the latest {idea_max} after you gave them.</source>
        <translation>يحذفها الكشك بعد {kiosk} من وصولها إلى البلدية. وتحذفها البلدية {idea_after_answer}، وفي موعد أقصاه {idea_max} بعد تقديمك لها.</translation>
    </message>
    <message>
        <source>Your sign-up as a volunteer</source>
        <translation>تسجيلك كمتطوع</translation>
    </message>
    <message>
        <source>Citizens who sign up as volunteers, and the parent or guardian of a child who signs up.</source>
        <translation>المواطنون الذين يسجلون كمتطوعين، وولي أمر الطفل الذي يسجل.</translation>
    </message>
    <message>
        <source>Your name, phone number or e-mail, age group, when you can help and what you wrote to the organisation; for a child, the parent&apos;s or guardian&apos;s name and phone number.</source>
        <translation>اسمك ورقم هاتفك أو بريدك الإلكتروني، وفئتك العمرية، ومتى يمكنك المساعدة، وما كتبته إلى الجهة المنظمة؛ وللطفل اسم ولي الأمر ورقم هاتفه.</translation>
    </message>
    <message>
        <source>To put you in touch with the volunteering you chose. Nothing else.</source>
        <translation>لوصلك بالعمل التطوعي الذي اخترته. ولا شيء غير ذلك.</translation>
    </message>
    <message>
        <source>The contact person of what you signed up for, who may be an association; for &quot;something else&quot;, the municipality&apos;s volunteer coordinator.</source>
        <translation>الشخص المسؤول عمّا سجلت فيه، وقد تكون جمعية؛ وفي حالة «شيء آخر» منسق المتطوعين في البلدية.</translation>
    </message>
    <message>
        <source>The kiosk deletes them {kiosk} after they have reached the municipality. The organisation keeps them only while you volunteer with it, and the municipality deletes them at the latest {signup} after you signed up.</source>
        <translation>يحذفها الكشك بعد {kiosk} من وصولها إلى البلدية. وتحتفظ بها الجهة المنظمة فقط ما دمت متطوعًا لديها، وتحذفها البلدية في موعد أقصاه {signup} بعد تسجيلك.</translation>
    </message>
    <message>
        <source>Your Byttebørs post</source>
        <translation>إعلانك في Byttebørs</translation>
    </message>
    <message>
        <source>Citizens, associations and companies who post what they offer or need.</source>
        <translation>المواطنون والجمعيات والشركات الذين ينشرون ما يقدمونه أو ما يحتاجونه.</translation>
    </message>
    <message>
        <source>The text of your post, and your name, phone number and e-mail.</source>
        <translation>نص إعلانك، واسمك ورقم هاتفك وبريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>To put you in touch with people and associations your post fits.</source>
        <translation>لوصلك بالأشخاص والجمعيات الذين يناسبهم إعلانك.</translation>
    </message>
    <message>
        <source>The municipality&apos;s volunteer coordinator. The text of the post can be shown to anyone; your contact details never.</source>
        <translation>منسق المتطوعين في البلدية. يمكن عرض نص الإعلان على أي شخص، أما بيانات الاتصال الخاصة بك فلا تُعرض أبدًا.</translation>
    </message>
    <message>
        <source>The kiosk deletes your contact details {kiosk} after they have reached the municipality. The municipality deletes the post and your details {offer} after you gave them.</source>
        <translation>يحذف الكشك بيانات الاتصال الخاصة بك بعد {kiosk} من وصولها إلى البلدية. وتحذف البلدية الإعلان وبياناتك بعد {offer} من تقديمك لها.</translation>
    </message>
    <message>
        <source>This site</source>
        <translation>هذا الموقع</translation>
    </message>
    <message>
        <source>Everyone who looks up a receipt&apos;s code or reads the stories.</source>
        <translation>كل من يبحث عن رمز إيصال أو يقرأ القصص.</translation>
    </message>
    <message>
        <source>Your device&apos;s internet address, while you use the site.</source>
        <translation>عنوان الإنترنت لجهازك أثناء استخدامك للموقع.</translation>
    </message>
    <message>
        <source>To limit how many codes can be tried from one address, so that codes cannot be guessed.</source>
        <translation>للحد من عدد الرموز التي يمكن تجربتها من عنوان واحد، حتى لا يمكن تخمين الرموز.</translation>
    </message>
    <message>
        <source>Nobody. The site sets no cookies and tracks nobody.</source>
        <translation>لا أحد. لا يضع الموقع ملفات تعريف ارتباط ولا يتتبع أحدًا.</translation>
    </message>
    <message>
        <source>Forgotten after one minute; the site keeps no log of who looked up what.</source>
        <translation>يُنسى بعد دقيقة واحدة، ولا يحتفظ الموقع بسجل لمن بحث عن ماذا.</translation>
    </message>
    <message>
        <source>Contact details are sealed on the kiosk with the municipality&apos;s public key the moment they are given; only city hall can open them, and every opening is written to a log the data protection officer reads.</source>
        <translation>تُختم بيانات الاتصال في الكشك بالمفتاح العام للبلدية لحظة تقديمها؛ ولا يستطيع فتحها إلا موظفو البلدية، وكل فتح لها يُسجَّل في سجل يقرؤه مسؤول حماية البيانات.</translation>
    </message>
    <message>
        <source>Kiosks reach the central database only over TLS with their own client certificate; a stolen kiosk is shut out by removing its login.</source>
        <translation>لا تتصل الأكشاك بقاعدة البيانات المركزية إلا عبر TLS بشهادة العميل الخاصة بكل منها؛ ويُمنع الكشك المسروق بحذف حساب دخوله.</translation>
    </message>
    <message>
        <source>The database decides what each login may do (roles, row-level security): a kiosk sees only its own records, the follow-up site reads no table, and an association only the sign-ups for its own activities.</source>
        <translation>تحدد قاعدة البيانات ما يحق لكل حساب دخول فعله (الأدوار، والأمان على مستوى الصفوف): لا يرى الكشك إلا سجلاته، ولا يقرأ موقع المتابعة أي جدول، ولا ترى الجمعية إلا التسجيلات في أنشطتها.</translation>
    </message>
    <message>
        <source>What is past its period is deleted every night by the database&apos;s own rules; the kiosk deletes its copy by itself.</source>
        <translation>ما تجاوز مدته يُحذف كل ليلة وفق قواعد قاعدة البيانات نفسها؛ ويحذف الكشك نسخته بنفسه.</translation>
    </message>
    <message>
        <source>The kiosk clears the screen when it is left alone, and nobody leaves it without the staff&apos;s PIN. No personal data is logged.</source>
        <translation>يمسح الكشك الشاشة عندما يُترك دون استخدام، ولا يمكن لأحد الخروج منه دون رمز PIN الخاص بالموظفين. ولا تُسجَّل أي بيانات شخصية.</translation>
    </message>
    <message>
        <source>Nothing is sold, and nothing is sent outside the EU/EEA.</source>
        <translation>لا يُباع شيء، ولا يُرسل شيء خارج الاتحاد الأوروبي/المنطقة الاقتصادية الأوروبية.</translation>
    </message>
</context>
<context>
    <name>readiness</name>
    <message>
        <source>No catalogue yet: connect to the municipality and sync (the catalogue comes with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stop is planned for today: choose today&apos;s stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consultation is open today: ideas cannot be given (volunteering and the Byttebørs can).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>You offer</source>
        <translation>أنت تقدّم</translation>
    </message>
    <message>
        <source>You need</source>
        <translation>أنت تحتاج</translation>
    </message>
    <message>
        <source>What happens now?</source>
        <translation>ماذا يحدث الآن؟</translation>
    </message>
    <message>
        <source>The municipality looks for a match. If someone fits, you are contacted on the phone number or e-mail you gave. Your post is kept for {duration}.</source>
        <translation>تبحث البلدية عمّن يناسبك. إذا وُجد أحد، نتواصل معك على رقم الهاتف أو البريد الإلكتروني الذي أعطيته. يُحفظ إعلانك لمدة {duration}.</translation>
    </message>
    <message>
        <source>MOKOKO · Mobile municipal office</source>
        <translation>MOKOKO · مكتب البلدية المتنقل</translation>
    </message>
    <message>
        <source>Thank you for your idea!</source>
        <translation>شكرًا على فكرتك!</translation>
    </message>
    <message>
        <source>Thank you for signing up!</source>
        <translation>شكرًا على تسجيلك!</translation>
    </message>
    <message>
        <source>Thank you for your post in the Byttebørs!</source>
        <translation>شكرًا على إعلانك في Byttebørs!</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} الساعة {time}</translation>
    </message>
    <message>
        <source>Your receipt code</source>
        <translation>رمز إيصالك</translation>
    </message>
    <message>
        <source>Your idea</source>
        <translation>فكرتك</translation>
    </message>
    <message>
        <source>The municipality&apos;s contact person for the area reads your idea. Scan the QR code or type your code at any MOKOKO kiosk to see what became of it.</source>
        <translation>سيقرأ الشخص المسؤول في البلدية عن هذا المجال فكرتك. امسح رمز QR أو اكتب رمزك في أي كشك MOKOKO لترى ما حدث لها.</translation>
    </message>
    <message>
        <source>Free food for good ideas</source>
        <translation>طعام مجاني مقابل الأفكار الجيدة</translation>
    </message>
    <message>
        <source>Show this receipt to the staff at the container and get a food basket. Valid once, at this stop.</source>
        <translation>أرِ هذا الإيصال للموظفين عند الحاوية واحصل على سلة طعام. صالح مرة واحدة، في هذه المحطة.</translation>
    </message>
    <message>
        <source>You signed up for</source>
        <translation>سجّلت في</translation>
    </message>
    <message>
        <source>Something else: “{text}”</source>
        <translation>شيء آخر: «{text}»</translation>
    </message>
    <message>
        <source>When you can</source>
        <translation>متى يمكنك المساعدة</translation>
    </message>
    <message>
        <source>Who will contact you?</source>
        <translation>من سيتواصل معك؟</translation>
    </message>
    <message>
        <source>{person} from {organisation} will contact you on the phone number or e-mail you gave.</source>
        <translation>سيتواصل معك {person} من {organisation} على رقم الهاتف أو البريد الإلكتروني الذي أعطيته.</translation>
    </message>
    <message>
        <source>The municipality&apos;s volunteer coordinator will contact you on the phone number or e-mail you gave.</source>
        <translation>سيتواصل معك منسق المتطوعين في البلدية على رقم الهاتف أو البريد الإلكتروني الذي أعطيته.</translation>
    </message>
    <message>
        <source>Your parent or guardian is called before you start.</source>
        <translation>سيُتصل بأحد والديك أو بالوصي عليك قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Questions?</source>
        <translation>أسئلة؟</translation>
    </message>
    <message>
        <source>Contact {person}: {how}</source>
        <translation>تواصل مع {person}: {how}</translation>
    </message>
</context>
<context>
    <name>receipt_code</name>
    <message>
        <source>Please type the code from your receipt.</source>
        <translation>يُرجى كتابة الرمز الموجود على إيصالك.</translation>
    </message>
    <message>
        <source>Receipt codes never contain {chars}. Please check the letters and digits again.</source>
        <translation>رموز الإيصالات لا تحتوي أبدًا على {chars}. يُرجى التحقق من الحروف والأرقام مرة أخرى.</translation>
    </message>
    <message>
        <source>A receipt code has only letters and digits, not {chars}.</source>
        <translation>رمز الإيصال يتكون من حروف وأرقام فقط، وليس {chars}.</translation>
    </message>
    <message>
        <source>A receipt code has {expected} characters; this one has {actual}.</source>
        <translation>رمز الإيصال فيه {expected} حرفًا؛ وهذا فيه {actual}.</translation>
    </message>
    <message>
        <source>This code does not add up: one character is probably mistyped, or two neighbours are swapped. Please compare it with your receipt.</source>
        <translation>هذا الرمز غير صحيح: ربما كُتب حرف خطأ، أو تبادل حرفان متجاوران مكانيهما. يُرجى مقارنته بإيصالك.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Record of processing activities (GDPR article 30): MOKOKO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished">مسؤول حماية البيانات</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named in the catalogue: fill in the catalogue&apos;s municipality section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished">الأساس القانوني</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical and organisational measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosks&apos; period is each kiosk&apos;s setting contact_retention_days ({days} days unless staff changed it); the municipality&apos;s periods are the catalogue&apos;s retention, by which the nightly purge deletes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reply</name>
    <message>
        <source>The municipality&apos;s answer is in Danish.</source>
        <translation>رد البلدية مكتوب باللغة الدنماركية.</translation>
    </message>
</context>
<context>
    <name>signup_status</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>To get an e-mail when the municipality answers, please write your e-mail.</source>
        <translation>لتصلك رسالة بريد إلكتروني عندما ترد البلدية، يُرجى كتابة بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>The date on the paper form cannot be after today.</source>
        <translation>لا يمكن أن يكون التاريخ على الاستمارة الورقية بعد اليوم.</translation>
    </message>
    <message>
        <source>The paper form is more than {days} days old. Please send it to the municipality instead of typing it in here.</source>
        <translation>مضى على الاستمارة الورقية أكثر من {days} يومًا. يُرجى إرسالها إلى البلدية بدلًا من إدخالها هنا.</translation>
    </message>
    <message>
        <source>Please choose what your idea is about.</source>
        <translation>يُرجى اختيار موضوع فكرتك.</translation>
    </message>
    <message>
        <source>Please choose where you live from the list.</source>
        <translation>يُرجى اختيار مكان سكنك من القائمة.</translation>
    </message>
    <message>
        <source>Please choose whether you offer something or need something.</source>
        <translation>يُرجى اختيار ما إذا كنت تقدّم شيئًا أو تحتاج إلى شيء.</translation>
    </message>
    <message>
        <source>Please write what you offer or need.</source>
        <translation>يُرجى كتابة ما تقدّمه أو ما تحتاجه.</translation>
    </message>
    <message>
        <source>Please shorten this to at most {limit} characters.</source>
        <translation>يُرجى اختصار هذا إلى {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Please choose at least one subject, so we can find a match.</source>
        <translation>يُرجى اختيار موضوع واحد على الأقل، لنجد من يناسبك.</translation>
    </message>
    <message>
        <source>Please write your name or your association&apos;s name.</source>
        <translation>يُرجى كتابة اسمك أو اسم جمعيتك.</translation>
    </message>
    <message>
        <source>We can only show your post to others if you say yes to this. Without it, nothing is saved.</source>
        <translation>لا يمكننا عرض إعلانك على الآخرين إلا إذا وافقت على ذلك. دون موافقتك لا يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This kiosk cannot save contact details right now. Please ask the staff.</source>
        <translation>لا يستطيع هذا الكشك حفظ بيانات التواصل الآن. يُرجى سؤال الموظفين.</translation>
    </message>
    <message>
        <source>Unknown interest: {codes}.</source>
        <translation>اهتمام غير معروف: {codes}.</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>يُرجى كتابة اسمك.</translation>
    </message>
    <message>
        <source>Please choose your age group.</source>
        <translation>يُرجى اختيار فئتك العمرية.</translation>
    </message>
    <message>
        <source>This task is for people aged {age} and over. Please choose another one.</source>
        <translation>هذه المهمة لمن عمره {age} سنة فأكثر. يُرجى اختيار مهمة أخرى.</translation>
    </message>
    <message>
        <source>Please choose whether you can help once or regularly.</source>
        <translation>يُرجى اختيار ما إذا كنت تستطيع المساعدة مرة واحدة أو بانتظام.</translation>
    </message>
    <message>
        <source>Please shorten the message to at most {limit} characters.</source>
        <translation>يُرجى اختصار الرسالة إلى {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Children under 15 need a parent or guardian: please write their name.</source>
        <translation>يحتاج الأطفال دون 15 سنة إلى أحد الوالدين أو الوصي: يُرجى كتابة اسمه.</translation>
    </message>
    <message>
        <source>Please write the parent&apos;s or guardian&apos;s phone number.</source>
        <translation>يُرجى كتابة رقم هاتف أحد الوالدين أو الوصي.</translation>
    </message>
    <message>
        <source>A parent or guardian must say yes before a child under 15 can sign up.</source>
        <translation>يجب أن يوافق أحد الوالدين أو الوصي قبل أن يتمكن طفل دون 15 سنة من التسجيل.</translation>
    </message>
    <message>
        <source>We can only pass on your sign-up if you say yes to this. Without it, nothing is saved.</source>
        <translation>لا يمكننا تمرير تسجيلك إلا إذا وافقت على ذلك. دون موافقتك لا يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Sign up either for a task or for something else, not both.</source>
        <translation>سجّل إما في مهمة أو في شيء آخر، وليس في الاثنين معًا.</translation>
    </message>
    <message>
        <source>This task is no longer open for sign-up.</source>
        <translation>لم يعد التسجيل في هذه المهمة متاحًا.</translation>
    </message>
    <message>
        <source>Please write what you would like to help with.</source>
        <translation>يُرجى كتابة ما تحب أن تساعد فيه.</translation>
    </message>
    <message>
        <source>Please choose when you can: weekdays, evenings or weekends.</source>
        <translation>يُرجى اختيار الأوقات التي تناسبك: أيام الأسبوع أو المساء أو عطلة نهاية الأسبوع.</translation>
    </message>
    <message>
        <source>When you can must be one of {choices}.</source>
        <translation>يجب أن يكون وقتك واحدًا من {choices}.</translation>
    </message>
    <message>
        <source>This is far too long. Please shorten it to at most {limit} characters.</source>
        <translation>هذا طويل جدًا. يُرجى اختصاره إلى {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Unknown language. Known: {choices}.</source>
        <translation>لغة غير معروفة. اللغات المعروفة: {choices}.</translation>
    </message>
    <message>
        <source>Please write your idea first.</source>
        <translation>يُرجى كتابة فكرتك أولًا.</translation>
    </message>
    <message>
        <source>Your idea is {excess} characters too long. Please shorten it to {limit}.</source>
        <translation>فكرتك أطول من اللازم بـ {excess} حرفًا. يُرجى اختصارها إلى {limit}.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address. Example: navn@eksempel.dk</source>
        <translation>هذا لا يبدو عنوان بريد إلكتروني. مثال: navn@eksempel.dk</translation>
    </message>
    <message>
        <source>Please write a Danish phone number with 8 digits, or a foreign number starting with its country code (for example +46).</source>
        <translation>يُرجى كتابة رقم هاتف دنماركي من 8 أرقام، أو رقم أجنبي يبدأ برمز بلده (مثل ‎+964‎).</translation>
    </message>
    <message>
        <source>Please shorten the name to at most {limit} characters.</source>
        <translation>يُرجى اختصار الاسم إلى {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>We may only keep your contact details if you say yes below. Tick the box, or remove the details.</source>
        <translation>لا يمكننا حفظ بيانات التواصل الخاصة بك إلا إذا وافقت أدناه. ضع علامة في المربع، أو احذف البيانات.</translation>
    </message>
    <message>
        <source>Age group must be one of {choices}.</source>
        <translation>يجب أن تكون الفئة العمرية واحدة من {choices}.</translation>
    </message>
    <message>
        <source>Please write a phone number or an e-mail address, so they can reach you.</source>
        <translation>يُرجى كتابة رقم هاتف أو عنوان بريد إلكتروني، ليتمكنوا من التواصل معك.</translation>
    </message>
</context>
<context>
    <name>volunteering</name>
    <message>
        <source>One-off task</source>
        <translation>مهمة لمرة واحدة</translation>
    </message>
    <message>
        <source>Regular task</source>
        <translation>مهمة منتظمة</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <source>Regularly</source>
        <translation>بانتظام</translation>
    </message>
    <message>
        <source>The whole municipality</source>
        <translation>البلدية كلها</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>أيام الأسبوع</translation>
    </message>
    <message>
        <source>Evenings</source>
        <translation>المساء</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>عطلة نهاية الأسبوع</translation>
    </message>
</context>
<context>
    <name>voucher</name>
    <message>
        <source>Voucher {code} redeemed: hand over the food basket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a voucher: its receipt has no food basket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher {code} was already redeemed at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher {code} was given at {place}; it is redeemed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher {code} is void: its idea was hidden ({reason}). No food basket for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <source>Follow your idea</source>
        <translation>تابع فكرتك</translation>
    </message>
    <message>
        <source>Mobile municipal office</source>
        <translation>مكتب البلدية المتنقل</translation>
    </message>
    <message>
        <source>The code on your receipt</source>
        <translation>الرمز الموجود على إيصالك</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>اعرض</translation>
    </message>
    <message>
        <source>Code {code}</source>
        <translation>الرمز {code}</translation>
    </message>
    <message>
        <source>Your idea about {theme}, given at {place} on {date}</source>
        <translation>فكرتك عن {theme}، قُدّمت في {place} بتاريخ {date}</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>لا يوجد رد بعد</translation>
    </message>
    <message>
        <source>Your idea has been received. The contact person has not answered yet; please look again later.</source>
        <translation>وصلتنا فكرتك. لم يرد الشخص المسؤول بعد؛ يُرجى النظر مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>الحالة: {status}</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>منذ {date}</translation>
    </message>
    <message>
        <source>Answered by: {area}</source>
        <translation>يرد: {area}</translation>
    </message>
    <message>
        <source>Contact person: {names}</source>
        <translation>الشخص المسؤول: {names}</translation>
    </message>
    <message>
        <source>Your sign-up from {date}</source>
        <translation>تسجيلك بتاريخ {date}</translation>
    </message>
    <message>
        <source>Received. The contact person will get in touch with you.</source>
        <translation>وصلنا. سيتواصل معك الشخص المسؤول.</translation>
    </message>
    <message>
        <source>The contact person has contacted you.</source>
        <translation>تواصل معك الشخص المسؤول.</translation>
    </message>
    <message>
        <source>You have been given a place. Welcome!</source>
        <translation>حصلت على مكان. أهلًا بك!</translation>
    </message>
    <message>
        <source>This time it did not work out. Thank you for wanting to help.</source>
        <translation>لم ينجح الأمر هذه المرة. شكرًا لرغبتك في المساعدة.</translation>
    </message>
    <message>
        <source>Your Byttebørs post from {date}</source>
        <translation>إعلانك في Byttebørs بتاريخ {date}</translation>
    </message>
    <message>
        <source>The municipality contacts you when someone fits.</source>
        <translation>ستتواصل معك البلدية عندما تجد من يناسبك.</translation>
    </message>
    <message>
        <source>Your idea has not arrived yet. It will, when the container is online.</source>
        <translation>لم تصل فكرتك بعد. ستصل عندما تتصل الحاوية بالإنترنت.</translation>
    </message>
    <message>
        <source>That code cannot be right</source>
        <translation>هذا الرمز لا يمكن أن يكون صحيحًا</translation>
    </message>
    <message>
        <source>Too many look-ups from here just now. Please try again in a minute.</source>
        <translation>عمليات بحث كثيرة جدًا من هنا الآن. يُرجى المحاولة بعد دقيقة.</translation>
    </message>
    <message>
        <source>The page cannot answer just now. Please try again in a little while.</source>
        <translation>لا تستطيع الصفحة الرد الآن. يُرجى المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation>لا توجد صفحة كهذه.</translation>
    </message>
    <message>
        <source>You said – we did</source>
        <translation>قلتم – ففعلنا</translation>
    </message>
    <message>
        <source>Ideas citizens gave at MOKOKO, and what the municipality did with them.</source>
        <translation>أفكار قدّمها المواطنون في MOKOKO، وما فعلته البلدية بها.</translation>
    </message>
    <message>
        <source>No stories yet.</source>
        <translation>لا توجد قصص بعد.</translation>
    </message>
    <message>
        <source>A citizen said</source>
        <translation>قال مواطن</translation>
    </message>
    <message>
        <source>The municipality did</source>
        <translation>فعلت البلدية</translation>
    </message>
    <message>
        <source>Given at {place}</source>
        <translation>قُدّمت في {place}</translation>
    </message>
    <message>
        <source>This page sets no cookies and tracks nobody.</source>
        <translation>هذه الصفحة لا تضع ملفات تعريف الارتباط ولا تتتبع أحدًا.</translation>
    </message>
    <message>
        <source>How we handle your information</source>
        <translation>كيف نتعامل مع بياناتك</translation>
    </message>
    <message>
        <source>Skip to the content</source>
        <translation>انتقل إلى المحتوى</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Accessibility statement</source>
        <translation>بيان إمكانية الوصول</translation>
    </message>
    <message>
        <source>{name} wants everyone to be able to use this site, where citizens follow up on what they gave at MOKOKO.</source>
        <translation>تريد {name} أن يتمكن الجميع من استخدام هذا الموقع، حيث يتابع المواطنون ما قدموه في MOKOKO.</translation>
    </message>
    <message>
        <source>How accessible the site is</source>
        <translation>مدى إمكانية الوصول إلى الموقع</translation>
    </message>
    <message>
        <source>The site meets the standard {standard}. We know of no part of it that does not.</source>
        <translation>يستوفي الموقع معيار {standard}. ولا نعلم بأي جزء منه لا يستوفيه.</translation>
    </message>
    <message>
        <source>How we checked</source>
        <translation>كيف تحققنا</translation>
    </message>
    <message>
        <source>Every page, in every language of the site, on a phone&apos;s and a computer&apos;s screen, was tested with the tool axe-core {version}, used with the keyboard alone, and enlarged to 200 %. Last checked on {date}.</source>
        <translation>اختُبرت كل صفحة بكل لغات الموقع، على شاشة هاتف وشاشة حاسوب، بأداة axe-core {version}، واستُخدمت بلوحة المفاتيح وحدها، وكُبّرت إلى 200 %. آخر فحص في {date}.</translation>
    </message>
    <message>
        <source>What we have not checked</source>
        <translation>ما لم نتحقق منه</translation>
    </message>
    <message>
        <source>The site has not yet been tested by people who use a screen reader. City hall&apos;s answers are written by people: an answer may be in Danish only, and the page then says so.</source>
        <translation>لم يختبر الموقع بعد أشخاص يستخدمون قارئ الشاشة. ردود البلدية يكتبها أشخاص: قد يكون الرد بالدنماركية فقط، وعندها تذكر الصفحة ذلك.</translation>
    </message>
    <message>
        <source>Tell us about a problem</source>
        <translation>أخبرنا عن مشكلة</translation>
    </message>
    <message>
        <source>If something on the site does not work for you, write to {email}. Tell us the page and what happened.</source>
        <translation>إذا لم يعمل شيء في الموقع معك، فاكتب إلى {email}. أخبرنا بالصفحة وبما حدث.</translation>
    </message>
    <message>
        <source>If something on the site does not work for you, tell the staff at MOKOKO.</source>
        <translation>إذا لم يعمل شيء في الموقع معك، فأخبر الموظفين في MOKOKO.</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <source>If you are not satisfied with our answer, you can complain to the Agency for Digital Government (Digitaliseringsstyrelsen): {body}.</source>
        <translation>إذا لم تكن راضيًا عن ردنا، يمكنك تقديم شكوى إلى وكالة الحكومة الرقمية (Digitaliseringsstyrelsen): {body}.</translation>
    </message>
</context>
</TS>

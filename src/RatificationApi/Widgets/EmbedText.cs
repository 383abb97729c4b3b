namespace RatificationApi.Widgets;

/// <summary>
/// The embed page's own words in one language. Every property is required, so a language that lacks one does not
/// build. <c>{0}</c> and <c>{1}</c> are names from data/ (a State's, an instrument's short name), never translated here.
/// </summary>
/// <remarks>
/// One table per language (<see cref="EmbedText"/>), so that a reader of that language can review the page's words
/// together. Words the widgets already use come from <see cref="Infrastructure.UiText"/> and are not repeated here
/// ("Instrument", the widgets' subtitle). The terms follow the widgets' own: a State is "État" / "Estado" /
/// "Государство" / "国家" / "الدولة", an instrument "instrument" / "instrumento" / "документ" / "文书" / "الصك".
/// </remarks>
internal sealed record EmbedStrings
{
    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public required string Choose { get; init; }
    public required string State { get; init; }
    public required string Language { get; init; }
    public required string Theme { get; init; }
    public required string Light { get; init; }
    public required string Dark { get; init; }
    public required string Compact { get; init; }
    public required string None { get; init; }
    public required string Submit { get; init; }
    public required string Hint { get; init; }
    public required string StateWidget { get; init; }
    public required string InstrumentWidget { get; init; }
    public required string Badge { get; init; }
    public required string CodeToCopy { get; init; }
    public required string Address { get; init; }
    public required string Footer { get; init; }
    public required string ApiDocs { get; init; }
}

/// <summary>The embed page's words, one table per UN language.</summary>
internal static class EmbedText
{
    private static readonly EmbedStrings Ar = new()
    {
        Heading = "تضمين أداة أو شارة للحالة",
        Intro = "اعرض على موقعك موقف دولة من صكوك الأمم المتحدة الخمسة لمكافحة الاتجار بالأشخاص والرق. تُقدَّم الأدوات والشارات من هنا دون أي نص برمجي ولا تحمّل شيئاً من مكان آخر؛ انسخ الرمز أدناه إلى صفحتك.",
        Choose = "اختر",
        State = "الدولة",
        Language = "اللغة",
        Theme = "المظهر",
        Light = "فاتح",
        Dark = "داكن",
        Compact = "مختصر",
        None = "— لا شيء —",
        Submit = "عرض المعاينة والرمز",
        Hint = "اختر دولة لعرض أداتها، أو صكاً لعرض أداته، أو كليهما لعرض شارة.",
        StateWidget = "أداة الدولة: {0}",
        InstrumentWidget = "أداة الصك: {0}",
        Badge = "الشارة: {0}، {1}",
        CodeToCopy = "الرمز المطلوب نسخه",
        Address = "العنوان:",
        Footer = "الأدوات متاحة بست لغات (ar، en، es، fr، ru، zh)؛ الأسماء والعناوين مأخوذة من البيانات مع مصادرها. يجوز لأي موقع تأطيرها، وهي تحمل وسوم ETag قوية للتخزين المؤقت.",
        ApiDocs = "وثائق واجهة البرمجة:",
    };

    private static readonly EmbedStrings En = new()
    {
        Heading = "Embed a status widget or badge",
        Intro = "Show on your own site where a State stands on the five UN instruments against trafficking in persons and slavery. Widgets and badges are served from here with no script and load nothing from elsewhere; copy the code below into your page.",
        Choose = "Choose",
        State = "State",
        Language = "Language",
        Theme = "Theme",
        Light = "light",
        Dark = "dark",
        Compact = "Compact",
        None = "— none —",
        Submit = "Show preview and code",
        Hint = "Choose a State for its widget, an instrument for its widget, or both for a badge.",
        StateWidget = "State widget: {0}",
        InstrumentWidget = "Instrument widget: {0}",
        Badge = "Badge: {0}, {1}",
        CodeToCopy = "Code to copy",
        Address = "Address:",
        Footer = "The widgets are in six languages (ar, en, es, fr, ru, zh); names and titles come from the data, with their sources. They may be framed by any site, and carry strong ETags for caches.",
        ApiDocs = "API documentation:",
    };

    private static readonly EmbedStrings Es = new()
    {
        Heading = "Insertar un widget o una insignia de situación",
        Intro = "Muestre en su propio sitio la situación de un Estado respecto de los cinco instrumentos de las Naciones Unidas contra la trata de personas y la esclavitud. Los widgets y las insignias se sirven desde aquí sin ningún script y no cargan nada de otro lugar; copie el código siguiente en su página.",
        Choose = "Elegir",
        State = "Estado",
        Language = "Idioma",
        Theme = "Tema",
        Light = "claro",
        Dark = "oscuro",
        Compact = "Compacto",
        None = "— ninguno —",
        Submit = "Mostrar vista previa y código",
        Hint = "Elija un Estado para su widget, un instrumento para su widget, o ambos para una insignia.",
        StateWidget = "Widget del Estado: {0}",
        InstrumentWidget = "Widget del instrumento: {0}",
        Badge = "Insignia: {0}, {1}",
        CodeToCopy = "Código para copiar",
        Address = "Dirección:",
        Footer = "Los widgets están en seis idiomas (ar, en, es, fr, ru, zh); los nombres y títulos proceden de los datos, con sus fuentes. Cualquier sitio puede enmarcarlos, y llevan ETag fuertes para las cachés.",
        ApiDocs = "Documentación de la API:",
    };

    private static readonly EmbedStrings Fr = new()
    {
        Heading = "Intégrer un widget ou un badge de situation",
        Intro = "Montrez sur votre propre site où en est un État à l’égard des cinq instruments des Nations Unies contre la traite des personnes et l’esclavage. Les widgets et les badges sont servis d’ici, sans aucun script, et ne chargent rien d’ailleurs ; copiez le code ci-dessous dans votre page.",
        Choose = "Choisir",
        State = "État",
        Language = "Langue",
        Theme = "Thème",
        Light = "clair",
        Dark = "sombre",
        Compact = "Compact",
        None = "— aucun —",
        Submit = "Afficher l’aperçu et le code",
        Hint = "Choisissez un État pour son widget, un instrument pour son widget, ou les deux pour un badge.",
        StateWidget = "Widget de l’État : {0}",
        InstrumentWidget = "Widget de l’instrument : {0}",
        Badge = "Badge : {0}, {1}",
        CodeToCopy = "Code à copier",
        Address = "Adresse :",
        Footer = "Les widgets existent en six langues (ar, en, es, fr, ru, zh) ; les noms et les titres viennent des données, avec leurs sources. Tout site peut les intégrer dans un cadre, et ils portent des ETag forts pour les caches.",
        ApiDocs = "Documentation de l’API :",
    };

    private static readonly EmbedStrings Ru = new()
    {
        Heading = "Встроить виджет или значок статуса",
        Intro = "Покажите на своем сайте, каково положение государства в отношении пяти документов Организации Объединенных Наций против торговли людьми и рабства. Виджеты и значки предоставляются отсюда без каких-либо скриптов и ничего не загружают из других мест; скопируйте приведенный ниже код на свою страницу.",
        Choose = "Выбор",
        State = "Государство",
        Language = "Язык",
        Theme = "Тема",
        Light = "светлая",
        Dark = "темная",
        Compact = "Компактный вид",
        None = "— нет —",
        Submit = "Показать предпросмотр и код",
        Hint = "Выберите государство для его виджета, документ для его виджета или и то и другое для значка.",
        StateWidget = "Виджет государства: {0}",
        InstrumentWidget = "Виджет документа: {0}",
        Badge = "Значок: {0}, {1}",
        CodeToCopy = "Код для копирования",
        Address = "Адрес:",
        Footer = "Виджеты доступны на шести языках (ar, en, es, fr, ru, zh); названия берутся из данных вместе с их источниками. Любой сайт может встраивать их во фрейм; они несут строгие ETag для кешей.",
        ApiDocs = "Документация API:",
    };

    private static readonly EmbedStrings Zh = new()
    {
        Heading = "嵌入状况小部件或徽章",
        Intro = "在您自己的网站上显示一个国家对联合国打击贩运人口和奴役问题五项文书的状况。小部件和徽章由本服务提供，不含任何脚本，也不从其他地方加载任何内容；请将下面的代码复制到您的网页中。",
        Choose = "选择",
        State = "国家",
        Language = "语言",
        Theme = "主题",
        Light = "浅色",
        Dark = "深色",
        Compact = "紧凑",
        None = "— 无 —",
        Submit = "显示预览和代码",
        Hint = "选择一个国家以显示其小部件，选择一项文书以显示其小部件，或同时选择两者以显示徽章。",
        StateWidget = "国家小部件：{0}",
        InstrumentWidget = "文书小部件：{0}",
        Badge = "徽章：{0}，{1}",
        CodeToCopy = "要复制的代码",
        Address = "地址：",
        Footer = "小部件提供六种语言（ar、en、es、fr、ru、zh）；名称和标题来自数据，并附有出处。任何网站均可将其嵌入框架，并带有供缓存使用的强 ETag。",
        ApiDocs = "API 文档：",
    };

    private static readonly Dictionary<string, EmbedStrings> ByLanguage = new(StringComparer.Ordinal)
    {
        ["ar"] = Ar,
        ["en"] = En,
        ["es"] = Es,
        ["fr"] = Fr,
        ["ru"] = Ru,
        ["zh"] = Zh,
    };

    /// <summary>The languages with a table: the test that every UN language has one reads this.</summary>
    public static IReadOnlyCollection<string> Languages => ByLanguage.Keys;

    /// <summary>The page's words in <paramref name="lang"/>, one of the six (validated and negotiated before).</summary>
    public static EmbedStrings In(string lang) => ByLanguage[lang];
}

using System.Globalization;

namespace RatificationApi.Infrastructure;

/// <summary>
/// The interface words of the charts, widgets and badges, in the six UN languages. Names and titles of
/// States and instruments never come from here: they come from data/, with their sources.
/// </summary>
/// <remarks>
/// The treaty terms follow the Vienna Convention on the Law of Treaties and the depositary's usage in each
/// language (ratification / adhésion / adhesión / присоединение / 加入 / انضمام, approval = утверждение / 核准,
/// consent to be bound = согласие на обязательность / 同意受约束 / الرضا بالالتزام). A status word names the
/// status, never the State, so that it reads the same for a State and for the European Union. Keys ending
/// in <c>_badge</c> are the lower-case, year-only forms that fit a badge; <c>{0}</c> is a year there.
/// </remarks>
public static class UiText
{
    private static readonly Dictionary<string, Dictionary<string, string>> Text = new(StringComparer.Ordinal)
    {
        ["parties"] = Words("الأطراف", "Parties", "Partes", "Parties", "Участники", "缔约方"),
        ["signatories"] = Words("الموقعون", "Signatories", "Signatarios", "Signataires", "Подписавшие", "签署方"),

        // The State widget.
        ["subtitle"] = Words(
            "صكوك الأمم المتحدة لمكافحة الاتجار بالأشخاص والرق",
            "UN instruments against trafficking in persons and slavery",
            "Instrumentos de las Naciones Unidas contra la trata de personas y la esclavitud",
            "Instruments des Nations Unies contre la traite des personnes et l’esclavage",
            "Документы Организации Объединенных Наций против торговли людьми и рабства",
            "联合国打击贩运人口和奴役问题文书"),
        ["instrument"] = Words("الصك", "Instrument", "Instrumento", "Instrument", "Документ", "文书"),
        ["status"] = Words("الحالة", "Status", "Situación", "Situation", "Статус", "状况"),
        ["status_party"] = Words("طرف", "Party", "Parte", "Partie", "Участник", "缔约方"),
        ["status_signatory"] = Words("موقِّع", "Signatory", "Signatario", "Signataire", "Подписавшая сторона", "签署方"),
        ["status_none"] = Words("غير طرف", "Not a party", "No es parte", "Non partie", "Не является участником", "非缔约方"),
        ["status_withdrawn"] = Words("منسحب", "Withdrawn", "Retirado", "Retrait", "Прекратил участие", "已退出"),
        ["date_unknown"] = Words("التاريخ غير معروف", "date unknown", "fecha desconocida", "date inconnue", "дата неизвестна", "日期不详"),
        ["date_uncertain"] = Words(
            "قد يكون إجراء غير معروف التاريخ قد وقع قبل ذلك",
            "an action of uncertain date may have come before",
            "un acto de fecha incierta puede haberlo precedido",
            "un acte de date incertaine a pu le précéder",
            "возможно, ему предшествовало действие с неточной датой",
            "此前可能有日期不确定的行动"),
        ["act_ratification"] = Words("تصديق", "ratification", "ratificación", "ratification", "ратификация", "批准"),
        ["act_accession"] = Words("انضمام", "accession", "adhesión", "adhésion", "присоединение", "加入"),
        ["act_succession"] = Words("خلافة", "succession", "sucesión", "succession", "правопреемство", "继承"),
        ["act_acceptance"] = Words("قبول", "acceptance", "aceptación", "acceptation", "принятие", "接受"),
        ["act_approval"] = Words("موافقة", "approval", "aprobación", "approbation", "утверждение", "核准"),
        ["act_formal_confirmation"] = Words("إقرار رسمي", "formal confirmation", "confirmación formal", "confirmation formelle", "официальное подтверждение", "正式确认"),
        ["act_consent"] = Words("الرضا بالالتزام", "consent to be bound", "consentimiento en obligarse", "consentement à être lié", "согласие на обязательность", "同意受约束"),
        ["data_as_at"] = Words("البيانات حتى {0}", "Data as at {0}", "Datos al {0}", "Données au {0}", "Данные на {0}", "数据截至{0}"),
        ["records_complete"] = Words(
            "سجلات الوديع مكتملة حتى:",
            "Depositary records complete as at:",
            "Registros del depositario completos al:",
            "Registres du dépositaire complets au :",
            "Записи депозитария полны на:",
            "保存人记录完整截至："),
        ["later_sources"] = Words(
            "الإجراءات اللاحقة مأخوذة من مصادر أخرى وقد تكون غير مكتملة.",
            "Later actions come from other sources and may be incomplete.",
            "Los actos posteriores proceden de otras fuentes y pueden estar incompletos.",
            "Les actes postérieurs proviennent d’autres sources et peuvent être incomplets.",
            "Более поздние действия взяты из других источников и могут быть неполными.",
            "此后的行动来自其他来源，可能不完整。"),

        // The instrument widget.
        ["un_member_parties"] = Words(
            "الدول الأعضاء في الأمم المتحدة الأطراف",
            "UN Member States that are parties",
            "Estados Miembros de las Naciones Unidas que son partes",
            "États Membres de l’ONU qui sont parties",
            "Государства — члены ООН, являющиеся участниками",
            "属于缔约方的联合国会员国"),
        ["n_of_m"] = Words("{0} من أصل {1}", "{0} of {1}", "{0} de {1}", "{0} sur {1}", "{0} из {1}", "{1}个中的{0}个"),
        ["percent"] = Words("{0}٪", "{0}%", "{0} %", "{0} %", "{0} %", "{0}%"),
        ["signatories_note"] = Words(
            "الموقعون: كل من وقّع، كما يعدّهم الوديع، بمن فيهم من أصبحوا أطرافاً لاحقاً.",
            "Signatories: all that signed, as the depositary counts them, including those that later became parties.",
            "Signatarios: todos los que firmaron, según el cómputo del depositario, incluidos los que luego pasaron a ser partes.",
            "Signataires : tous ceux qui ont signé, selon le décompte du dépositaire, y compris ceux devenus parties depuis.",
            "Подписавшие: все, кто подписал, по подсчету депозитария, включая ставших впоследствии участниками.",
            "签署方：按保存人的统计方式，包括后来成为缔约方的所有签署方。"),
        ["chart_caption"] = Words(
            "الأطراف والموقعون في نهاية كل سنة",
            "Parties and signatories at the end of each year",
            "Partes y signatarios al final de cada año",
            "Parties et signataires à la fin de chaque année",
            "Участники и подписавшие на конец каждого года",
            "每年年底的缔约方和签署方"),

        // Badges: lower case, the year only.
        ["party_since_badge"] = Words("طرف منذ {0}", "party since {0}", "parte desde {0}", "partie depuis {0}", "участник с {0} г.", "{0}年起为缔约方"),
        ["party_badge"] = Words("طرف", "party", "parte", "partie", "участник", "缔约方"),
        ["signatory_since_badge"] = Words("موقِّع منذ {0}", "signatory since {0}", "signatario desde {0}", "signataire depuis {0}", "подписание: {0} г.", "{0}年签署"),
        ["signatory_badge"] = Words("موقِّع", "signatory", "signatario", "signataire", "подписание", "签署方"),
        ["none_badge"] = Words("غير طرف", "not a party", "no es parte", "non partie", "не участник", "非缔约方"),
        ["withdrawn_badge"] = Words("منسحب", "withdrawn", "retirado", "retrait", "прекратил участие", "已退出"),

        // The world map and its widgets (Widgets/WorldMap.cs, MapWidgets.cs); the status words are those above.
        ["map_signatory"] = Words("موقِّع (غير طرف)", "Signatory, not a party", "Signatario, no es parte", "Signataire, non partie", "Подписавшая сторона, не участник", "签署方（非缔约方）"),
        ["map_undetermined"] = Words(
            "الحالة غير محددة (التاريخ غير معروف)",
            "Status not determined (date unknown)",
            "Situación no determinada (fecha desconocida)",
            "Situation indéterminée (date inconnue)",
            "Статус не установлен (дата неизвестна)",
            "状况无法确定（日期不详）"),
        ["map_not_participant"] = Words("ليس مشاركًا أو إقليم آخر", "Not a participant, or other territory", "No participante u otro territorio", "Non participant ou autre territoire", "Не участник или иная территория", "非参与方或其他领土"),
        ["map_legend"] = Words("مفتاح الخريطة", "Legend", "Leyenda", "Légende", "Условные обозначения", "图例"),
        ["map_status_on"] = Words("الحالة في {0}", "Status on {0}", "Situación al {0}", "Situation au {0}", "Положение на {0}", "截至{0}的状况"),
        ["map_title"] = Words("{0}: الحالة في {1}", "{0}: status on {1}", "{0}: situación al {1}", "{0} : situation au {1}", "{0}: положение на {1}", "{0}：截至{1}的状况"),
        ["map_title_region"] = Words("{0}، {1}: الحالة في {2}", "{0}, {1}: status on {2}", "{0}, {1}: situación al {2}", "{0}, {1} : situation au {2}", "{0}, {1}: положение на {2}", "{0}，{1}：截至{2}的状况"),
        ["map_data_source"] = Words(
            "البيانات: مجموعة معاهدات الأمم المتحدة (الأمين العام بصفته الوديع) والمصادر المذكورة في بيانات RatificationApi.",
            "Data: UN Treaty Collection (the Secretary-General as depositary) and the sources cited in the RatificationApi data.",
            "Datos: Colección de Tratados de las Naciones Unidas (el Secretario General como depositario) y las fuentes citadas en los datos de RatificationApi.",
            "Données : Collection des traités des Nations Unies (le Secrétaire général, dépositaire) et les sources citées dans les données de RatificationApi.",
            "Данные: Сборник договоров ООН (Генеральный секретарь как депозитарий) и источники, указанные в данных RatificationApi.",
            "数据：联合国条约集（秘书长作为保存人）及 RatificationApi 数据所引来源。"),
        ["map_geometry_source"] = Words(
            "الخريطة: Natural Earth (ملك عام)، إسقاط Equal Earth. لا تعني الحدود المبينة أي موقف من وضع أي إقليم.",
            "Map: Natural Earth (public domain), Equal Earth projection. The boundaries shown imply no position on the status of any territory.",
            "Mapa: Natural Earth (dominio público), proyección Equal Earth. Las fronteras representadas no implican postura alguna sobre la condición de ningún territorio.",
            "Carte : Natural Earth (domaine public), projection Equal Earth. Les frontières représentées n’impliquent aucune position sur le statut d’un territoire.",
            "Карта: Natural Earth (общественное достояние), проекция Equal Earth. Показанные границы не означают какой-либо позиции в отношении статуса территорий.",
            "地图：Natural Earth（公有领域），Equal Earth 投影。所示边界不代表对任何领土地位的立场。"),
        ["map_not_parties_by_region"] = Words(
            "الدول الأعضاء في الأمم المتحدة غير الأطراف في {0}، حسب المنطقة ({1})",
            "UN Member States not parties on {0}, by region ({1})",
            "Estados Miembros de las Naciones Unidas que no son partes al {0}, por región ({1})",
            "États Membres de l’ONU non parties au {0}, par région ({1})",
            "Государства — члены ООН, не являющиеся участниками на {0}, по регионам ({1})",
            "截至{0}非缔约方的联合国会员国，按区域分列（{1}）"),
        ["map_gap"] = Words("الدول الأعضاء غير الأطراف", "Member States not parties", "Estados Miembros que no son partes", "États Membres non parties", "Государства-члены, не являющиеся участниками", "非缔约方的会员国"),
        ["map_adoption"] = Words("عند اعتماد القرار، {0}", "At adoption, {0}", "En la aprobación, {0}", "À l’adoption, {0}", "На момент принятия, {0}", "通过时，{0}"),
        ["map_today"] = Words("اليوم، {0}", "Today, {0}", "Hoy, {0}", "Aujourd’hui, {0}", "Сегодня, {0}", "今天，{0}"),
        ["map_resolution_intro"] = Words(
            "الصكوك الخمسة التي تحث الجمعية العامة الدول على الانضمام إليها في الفقرتين 1 و2 من القرار، والفجوة في التصديق عليها يوم اعتماده واليوم.",
            "The five instruments that paragraphs 1 and 2 of the resolution urge States to join, and the ratification gap on the day it was adopted and today.",
            "Los cinco instrumentos a los que los párrafos 1 y 2 de la resolución instan a los Estados a adherirse, y la brecha de ratificación el día de su aprobación y hoy.",
            "Les cinq instruments auxquels les paragraphes 1 et 2 de la résolution engagent les États à adhérer, et l’écart de ratification le jour de son adoption et aujourd’hui.",
            "Пять документов, к которым пункты 1 и 2 резолюции призывают государства присоединиться, и пробел в ратификации в день ее принятия и сегодня.",
            "决议第1和第2段敦促各国加入的五项文书，以及决议通过之日和今天的批准缺口。"),
        ["map_alt"] = Words(
            "خريطة العالم لحالة {0} في {1}: {2}",
            "World map of {0} on {1}: {2}",
            "Mapa mundial de {0} al {1}: {2}",
            "Carte du monde de {0} au {1} : {2}",
            "Карта мира: {0} на {1}: {2}",
            "{0}截至{1}的世界地图：{2}"),

        // The Atom feed (Actions/AtomFeed.cs): its titles and summaries, and the two acts the widgets never show.
        // "denunciation" stands for a denunciation or a withdrawal (data/README.md); Arabic and Chinese use the word for
        // withdrawal (انسحاب, 退出), as the "withdrawn" status does.

        ["atom_feed_title"] = Words(
            "الإجراءات المتعلقة بالمعاهدات",
            "Treaty actions",
            "Actos relativos a los tratados",
            "Actes relatifs aux traités",
            "Действия в отношении договоров",
            "条约行动"),

        // {0} the participant's name, {1} the act, {2} the instrument's short name.
        ["atom_entry_title"] = Words("{0}: {1} ({2})", "{0}: {1} ({2})", "{0}: {1} ({2})", "{0} : {1} ({2})", "{0}: {1} ({2})", "{0}：{1}（{2}）"),

        // {0} the participant's name, {1} the act, {2} the instrument's title, {3} the date, {4} the sources.
        ["atom_entry_summary"] = Words(
            "{0}: {1}، {2}. التاريخ: {3}. المصادر: {4}",
            "{0}: {1}, {2}. Date: {3}. Sources: {4}",
            "{0}: {1}, {2}. Fecha: {3}. Fuentes: {4}",
            "{0} : {1}, {2}. Date : {3}. Sources : {4}",
            "{0}: {1}, {2}. Дата: {3}. Источники: {4}",
            "{0}：{1}，{2}。日期：{3}。来源：{4}"),
        ["act_signature"] = Words("توقيع", "signature", "firma", "signature", "подписание", "签署"),
        ["act_denunciation"] = Words("انسحاب", "denunciation", "denuncia", "dénonciation", "денонсация", "退出"),
    };

    public static IReadOnlyCollection<string> Keys => Text.Keys;

    public static string Get(string key, string lang) =>
        Text[key].TryGetValue(lang, out var text) ? text : Text[key]["en"];

    public static string Format(string key, string lang, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, lang), args);

    /// <summary>Whether <paramref name="key"/> has a text in each of the six languages.</summary>
    public static bool IsComplete(string key) =>
        Data.Languages.All.All(lang => Text[key].TryGetValue(lang, out var text) && !string.IsNullOrWhiteSpace(text));

    private static Dictionary<string, string> Words(string ar, string en, string es, string fr, string ru, string zh) =>
        new(StringComparer.Ordinal) { ["ar"] = ar, ["en"] = en, ["es"] = es, ["fr"] = fr, ["ru"] = ru, ["zh"] = zh };
}

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

#include "core/download/HtmlAnswer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace eoc {

namespace {

// Longest title quoted in a message; longer ones are cut with an ellipsis.
constexpr qsizetype kTitleChars = 80;

QByteArray withoutLeadingNoise(QByteArray text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    for (;;) {
        text = text.trimmed();
        if (!text.startsWith("<!--"))
            return text;
        const qsizetype end = text.indexOf("-->");
        if (end < 0)
            return {};
        text.remove(0, end + 3);
    }
}

QString decodeEntities(QString text)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    QString out;
    qsizetype from = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const QString name = m.captured(1);
        char32_t code = 0;
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            code = name.mid(2).toUInt(nullptr, 16);
        else if (name.startsWith(QLatin1Char('#')))
            code = name.mid(1).toUInt();
        else if (name == QLatin1String("amp"))
            code = '&';
        else if (name == QLatin1String("lt"))
            code = '<';
        else if (name == QLatin1String("gt"))
            code = '>';
        else if (name == QLatin1String("quot"))
            code = '"';
        else if (name == QLatin1String("apos"))
            code = '\'';
        else if (name == QLatin1String("nbsp"))
            code = ' ';
        if (code > 0 && code <= 0x10FFFF)
            out += QString::fromUcs4(&code, 1);
        else
            out += m.captured(0);
    }
    out += text.mid(from);
    return out;
}

// The page's <title>, as a person would read it: entities decoded, blanks and control characters
// collapsed to single spaces (a title is the server's text: it must not break the message).
QString pageTitle(const QByteArray &body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    const auto m = title.match(QString::fromUtf8(body));
    if (!m.hasMatch())
        return {};
    QString text = decodeEntities(m.captured(1));
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    if (text.size() > kTitleChars)
        text = text.left(kTitleChars - 1).trimmed() + QChar(0x2026);
    return text;
}

bool looksLikeSignIn(const QByteArray &body, const QString &title)
{
    static const QRegularExpression words(QStringLiteral("\\b(sign[ -]?in|log[ -]?in|logon|authenticat\\w*|"
                                                         "single sign-on|sso)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression password(QStringLiteral("<input[^>]+type\\s*=\\s*[\"']?password"),
                                             QRegularExpression::CaseInsensitiveOption);
    return words.match(title).hasMatch() || password.match(QString::fromUtf8(body)).hasMatch();
}

} // namespace

bool isHtmlContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type == "text/html" || type == "application/xhtml+xml";
}

bool looksLikeHtml(const QByteArray &bodyStart)
{
    const QByteArray start = withoutLeadingNoise(bodyStart.left(kHtmlSniffBytes)).toLower();
    for (const char *tag : {"<!doctype html", "<html", "<head", "<body", "<title"}) {
        const QByteArray t(tag);
        if (start.startsWith(t)) {
            const char after = start.size() > t.size() ? start.at(t.size()) : ' ';
            if (after == '>' || after == ' ' || after == '\t' || after == '\r' || after == '\n')
                return true;
        }
    }
    return false;
}

bool isHtmlFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    return lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm"))
           || lower.endsWith(QLatin1String(".xhtml"));
}

Error htmlAnswerError(const QUrl &asked, const QString &answeredBy, const QString &fileName,
                      const QByteArray &bodyStart)
{
    const QString title = pageTitle(bodyStart);
    QString page = looksLikeSignIn(bodyStart, title) ? QCoreApplication::translate("HtmlAnswer", "a sign-in page") : QCoreApplication::translate("HtmlAnswer", "an HTML page");
    if (!title.isEmpty())
        page += QLatin1Char(' ') + QCoreApplication::translate("HtmlAnswer", "\"%1\"").arg(title);
    return Error(ErrorClass::Auth,
                 QCoreApplication::translate("HtmlAnswer", "%1 answered with %2 instead of %3 (asked for %4); nothing was saved. The "
                                "account may lack access to the file, or its sign-in did not go through.")
                     .arg(answeredBy, page, fileName, asked.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
}

} // namespace eoc

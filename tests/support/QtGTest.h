#pragma once
// Readable GoogleTest messages for Qt types (force-included into every test).

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }
inline void PrintTo(const QByteArray &b, std::ostream *os) { *os << '"' << b.toStdString() << '"'; }
inline void PrintTo(const QUrl &u, std::ostream *os) { *os << u.toString().toStdString(); }

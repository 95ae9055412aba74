#include "core/model/grid/Utm.h"

#include <cmath>
#include <numbers>

namespace eoc::grid {

namespace {

constexpr double kA = 6378137.0;
constexpr double kF = 1.0 / 298.257223563;
constexpr double kK0 = 0.9996;
constexpr double kFalseEasting = 500000.0;

constexpr double deg(double radians) { return radians * 180.0 / std::numbers::pi; }
constexpr double rad(double degrees) { return degrees * std::numbers::pi / 180.0; }

// The series coefficients (Karney 2011, "Transverse Mercator with an accuracy of a few
// nanometers", eqs. 35-36), to n^3.
struct Series {
    double n = kF / (2.0 - kF);
    double bigA = kA / (1.0 + n) * (1.0 + n * n / 4.0 + n * n * n * n / 64.0);
    double alpha[3] = {n / 2.0 - 2.0 * n * n / 3.0 + 5.0 * n * n * n / 16.0, 13.0 * n * n / 48.0 - 3.0 * n * n * n / 5.0,
                       61.0 * n * n * n / 240.0};
    double beta[3] = {n / 2.0 - 2.0 * n * n / 3.0 + 37.0 * n * n * n / 96.0, n * n / 48.0 + n * n * n / 15.0,
                      17.0 * n * n * n / 480.0};
    double delta[3] = {2.0 * n - 2.0 * n * n / 3.0 - 2.0 * n * n * n, 7.0 * n * n / 3.0 - 8.0 * n * n * n / 5.0,
                       56.0 * n * n * n / 15.0};
};

const Series &series()
{
    static const Series s;
    return s;
}

// Longitude difference in -180..180.
double wrapDegrees(double d)
{
    while (d > 180.0)
        d -= 360.0;
    while (d < -180.0)
        d += 360.0;
    return d;
}

} // namespace

double centralMeridian(int zone)
{
    return -183.0 + 6.0 * zone;
}

UtmPoint toUtm(const GeoPoint &point, int zone)
{
    const Series &s = series();
    const double phi = rad(point.lat);
    const double lambda = rad(wrapDegrees(point.lon - centralMeridian(zone)));
    const double e2n = 2.0 * std::sqrt(s.n) / (1.0 + s.n);
    const double t = std::sinh(std::atanh(std::sin(phi)) - e2n * std::atanh(e2n * std::sin(phi)));
    const double xiPrime = std::atan2(t, std::cos(lambda));
    const double etaPrime = std::atanh(std::sin(lambda) / std::sqrt(1.0 + t * t));
    double xi = xiPrime;
    double eta = etaPrime;
    for (int j = 1; j <= 3; ++j) {
        xi += s.alpha[j - 1] * std::sin(2.0 * j * xiPrime) * std::cosh(2.0 * j * etaPrime);
        eta += s.alpha[j - 1] * std::cos(2.0 * j * xiPrime) * std::sinh(2.0 * j * etaPrime);
    }
    return {kFalseEasting + kK0 * s.bigA * eta, kK0 * s.bigA * xi};
}

GeoPoint fromUtm(const UtmPoint &point, int zone)
{
    const Series &s = series();
    const double xi = point.northing / (kK0 * s.bigA);
    const double eta = (point.easting - kFalseEasting) / (kK0 * s.bigA);
    double xiPrime = xi;
    double etaPrime = eta;
    for (int j = 1; j <= 3; ++j) {
        xiPrime -= s.beta[j - 1] * std::sin(2.0 * j * xi) * std::cosh(2.0 * j * eta);
        etaPrime -= s.beta[j - 1] * std::cos(2.0 * j * xi) * std::sinh(2.0 * j * eta);
    }
    const double chi = std::asin(std::sin(xiPrime) / std::cosh(etaPrime));
    double phi = chi;
    for (int j = 1; j <= 3; ++j)
        phi += s.delta[j - 1] * std::sin(2.0 * j * chi);
    const double lambda = std::atan2(std::sinh(etaPrime), std::cos(xiPrime));
    return {wrapDegrees(centralMeridian(zone) + deg(lambda)), deg(phi)};
}

} // namespace eoc::grid

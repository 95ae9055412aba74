#include "ui/map/Footprints.h"

#include <gtest/gtest.h>

using namespace eoc;
using namespace eoc::ui;

TEST(Footprints, RingAcrossTheAntimeridianStaysNarrow)
{
    // A scene over Fiji: 179E to 179W.
    const Ring ring = {{179.0, -16.0}, {-179.0, -16.0}, {-179.0, -18.0}, {179.0, -18.0}, {179.0, -16.0}};
    const QPolygonF n = unwrappedRing(ring);
    EXPECT_NEAR(n.boundingRect().width(), 2.0 / 360.0, 1e-12);
    EXPECT_GT(n.boundingRect().right(), 1.0);   // continues past the antimeridian
}

TEST(Footprints, RingRoundThePoleIsClosedAlongTheMapEdge)
{
    // Antarctica-like: all the way round at 70S.
    Ring ring;
    for (double lon = -180.0; lon <= 180.0; lon += 45.0)
        ring.append({lon == 180.0 ? -180.0 : lon, -70.0});
    const QPolygonF n = unwrappedRing(ring);
    EXPECT_NEAR(n.boundingRect().width(), 1.0, 1e-12);
    EXPECT_NEAR(n.boundingRect().bottom(), 1.0, 1e-12);   // down to the southern edge
}

TEST(Footprints, BoxAcrossTheAntimeridianIsOneRectangle)
{
    const QList<QPolygonF> rings = normalizedRings(Region::fromBox({170.0, -10.0, -170.0, 10.0}));
    ASSERT_EQ(rings.size(), 1);
    EXPECT_NEAR(rings.first().boundingRect().width(), 20.0 / 360.0, 1e-12);
}

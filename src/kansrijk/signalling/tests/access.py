from kansrijk.accounts.tests.matrix import Expect, World, lead, members, public
from kansrijk.signalling import services


def expectations(world: World) -> list[Expect]:
    slug = {"slug": world.coalition.slug}
    services.signal_setting_set(coalition=world.coalition, enabled=True, user=None)
    return [
        public("signalling:index"),
        public("signalling:conversation"),
        public("signalling:conversation", method="post"),
        public("signalling:instruments"),
        public("signalling:network_map"),
        public("signalling:coalition", slug),
        lead("signalling:instrument_agreement", slug),
        lead("signalling:home_visit_agreement", slug),
        members("signalling:home_visit_figures", slug),
        lead("signalling:signal_setting", slug),
        members("signalling:signal_record", slug),
        members("signalling:referral_issue", slug),
        members("signalling:referral_outcome", slug),
        public("api:signalling_api:domains"),
        public("api:signalling_api:instruments"),
        public("api:signalling_api:coalition_figures", slug),
    ]

"""The entity rules of `kazbel_entity_rules`, one module per kind of shape: words and word lists, organisation
shapes (institutions, of-chains, companies, announced names), people, and the cleaning of the base model's spans."""

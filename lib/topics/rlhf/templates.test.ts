import { checkTopicBank } from "@/lib/topics/topic-bank-checks";
import { RLHF_TEMPLATES } from "./templates";

checkTopicBank(RLHF_TEMPLATES, "rlhf", "rlhf", { distinctMisconceptions: true });
